// The words of a document, read once in analyse(): each with its normalised and input ranges, its
// matching form, the sentence and clause it stands in, what separates it from the next word, and
// its clitic-free forms under the morphology policy.
import type { Morphology } from './morphology.js';
import { analysisAt, HASH_SEED, hashStep, type FormAnalysis, type Reading } from './readings.js';
import { isSpaceCode, type Segment } from './segment.js';

/** What stands between a word and the next: nothing, spaces, a line break, a mark, or the end. */
export type Gap = 'none' | 'space' | 'break' | 'punctuation' | 'quote' | 'bracket' | 'end';

/** A word of the document. What its form says (forms, readings, future) is read from the form's shared analysis, not copied into every word. */
export class Word {
  constructor(
    /** Matching form (normalised text). */
    readonly text: string,
    /** Normalised range [start, end). */
    readonly start: number,
    readonly end: number,
    /** Index into the document's sentences and clauses (-1 if outside every one). */
    readonly sentence: number,
    readonly clause: number,
    /** The memoised analysis of the form, for what matchers keep per form (PerForm). */
    readonly analysis: FormAnalysis,
    public gap: Gap = 'end',
  ) {}

  /** The word and its forms without front clitics (و، ب، ال، لل ...), the whole word first. */
  get forms(): readonly string[] {
    return this.analysis.forms;
  }

  /** Every clitic and suffix reading of the word under the morphology policy. */
  get readings(): readonly Reading[] {
    return this.analysis.readings;
  }

  /** A verb without its future prefix (سيخرج → يخرج، وستغادر → تغادر), or null. */
  get future(): string | null {
    return this.analysis.future;
  }

  /** Always true: a word stands as itself in a stream of words and the marks between them (the quotes matcher's tokens). */
  get word(): true {
    return true;
  }
}

const QUOTES = /["'«»‹›`]/u;
const BRACKETS = /[()[\]{}]/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether each UTF-16 code unit is a letter or digit (1) or not (2), filled in as met (0). */
const wordUnit = new Uint8Array(0x10000);

/** Whether the character at `i` (one code unit, or a surrogate pair) is a letter or digit: the words are the runs of such characters. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = wordUnit[c]!;
  if (k === 0) wordUnit[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

export function gapOf(between: string | null): Gap {
  if (between === null) return 'end';
  if (between === '') return 'none';
  // Most words are followed by one space: no pattern needed to say so.
  if (between === ' ') return 'space';
  if (QUOTES.test(between)) return 'quote';
  if (BRACKETS.test(between)) return 'bracket';
  if (/\S/u.test(between)) return 'punctuation';
  // Normalisation turns tabs and other blanks into spaces: any other white space breaks the line.
  return /^ +$/.test(between) ? 'space' : 'break';
}

/** The index of the segment holding each of a rising run of offsets (-1 if none), walking forward. */
function segmentCursor(segments: readonly Segment[]): (at: number) => number {
  let k = 0;
  return (at) => {
    while (k < segments.length && segments[k]!.end <= at) k++;
    return k < segments.length && segments[k]!.start <= at ? k : -1;
  };
}

export function readWords(text: string, sentences: readonly Segment[], clauses: readonly Segment[], morphology: Morphology): Word[] {
  const sentenceAt = segmentCursor(sentences);
  const clauseAt = segmentCursor(clauses);
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  // Scanned on char codes: a pattern match object per word costs more than the rest of the word.
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    do {
      for (let k = 0; k < len; k++) h = hashStep(h, text.charCodeAt(i + k));
      i += len;
    } while (i < n && (len = wordCharAt(text, i)) > 0);
    const prev = out.at(-1);
    if (prev) prev.gap = start === prev.end ? 'none' : start === prev.end + 1 && text.charCodeAt(prev.end) === 32 ? 'space' : gapOf(text.slice(prev.end, start));
    const a = analysisAt(morphology, text, start, i, h);
    out.push(new Word(a.form, start, i, sentenceAt(start), clauseAt(start), a));
  }
  return out;
}

/** Word `i` follows word `i - 1` in the same sentence with only spaces (or the marks setting a name off) between them. */
export function spaceBefore(ws: readonly Word[], i: number): boolean {
  const a = ws[i - 1];
  // Quotation marks and brackets set a name off without ending the phrase (معبر "الطبقة"، ممري (الجرنية)).
  return !!a && !!ws[i] && (a.gap === 'space' || a.gap === 'quote' || a.gap === 'bracket') && a.sentence === ws[i]!.sentence;
}

/** Only spaces (or nothing) stand between word `k - 1` and word `k`: no mark, no line break. */
export const onlySpacesBefore = (ws: readonly Word[], k: number): boolean => k > 0 && k < ws.length && (ws[k - 1]!.gap === 'space' || ws[k - 1]!.gap === 'none');

/** The text between word `i - 1` and word `i` when both are in one sentence, else null. */
export function textBefore(text: string, ws: readonly Word[], i: number): string | null {
  const a = ws[i - 1];
  const b = ws[i];
  return a && b && a.sentence === b.sentence ? text.slice(a.end, b.start) : null;
}

/** The words of a phrase written in matching form, read as one sentence. */
export function phraseWords(phrase: string, morphology: Morphology): Word[] {
  const whole = [{ start: 0, end: phrase.length }];
  return readWords(phrase, whole, whole, morphology);
}

/** What a piece of the text is: a run of a word's digits or letters, or a mark between words. */
export type PieceKind = 'letters' | 'digits' | 'mark';

/**
 * Receives the pieces of a text in order: kind, normalised range [start, end), and the word the
 * run belongs to (null for a mark). A piece's text is the word's when the run is the whole word.
 */
export type PieceVisitor = (kind: PieceKind, start: number, end: number, word: Word | null) => void;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Calls `mark` with each character of text[from, to) that is not white space: the marks between two words. */
export function eachMark(text: string, from: number, to: number, mark: (ch: string, at: number) => void): void {
  // Told by char code: a string is made only for a mark.
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) mark(text[i]!, i);
}

/**
 * The text as pieces, to `visit` in order (what figure and date grammars read): each word split
 * into its runs of digits and of letters (و500 → و + 500, 1438هـ → 1438 + ه, الـ24 → ال + 24),
 * digit runs joined across one of `joiners` written between them (1,500 with ','), and every mark
 * between words that is not white space. Visited rather than listed: the grammars build their own
 * tokens from them, and a list of pieces for every word of every document is garbage.
 */
export function eachPiece(text: string, words: readonly Word[], joiners: string, visit: PieceVisitor): void {
  // The digit run a word ends with is held back: one joiner and the next word's digits may go on with it.
  let held = -1;
  let heldEnd = 0;
  let heldWord: Word | null = null;
  const release = () => {
    if (held < 0) return;
    visit('digits', held, heldEnd, heldWord);
    held = -1;
  };
  const mark = (_: string, at: number) => visit('mark', at, at + 1, null);
  let at = 0;
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    const joins = held >= 0 && heldEnd === at && w.start === at + 1 && joiners.includes(text[at]!) && isDigit(text.charCodeAt(w.start));
    if (!joins) {
      release();
      eachMark(text, at, w.start, mark);
    }
    for (let k = w.start; k < w.end; ) {
      const digits = isDigit(text.charCodeAt(k));
      let e = k + 1;
      while (e < w.end && isDigit(text.charCodeAt(e)) === digits) e++;
      if (joins && k === w.start) heldEnd = e;
      else {
        release();
        if (!digits || e < w.end) visit(digits ? 'digits' : 'letters', k, e, w);
        else {
          held = k;
          heldEnd = e;
          heldWord = w;
        }
      }
      k = e;
    }
    at = w.end;
  }
  release();
  eachMark(text, at, text.length, mark);
}

/** The text of a piece: its word's own string when it is the whole word. */
export const pieceText = (text: string, start: number, end: number, word: Word | null): string =>
  word && word.start === start && word.end === end ? word.text : text.slice(start, end);

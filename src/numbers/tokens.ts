// Tokens of a document for the numbers matcher: the pieces of its words (digit groups, Arabic
// words, other letters) and the single marks between them, from the text layer. A word is read
// under the morphology policy; a figure with clitics glued to it (و500, بـ300, الـ24) carries them.
import type { AnalysedDocument } from '../document.js';
import type { Morphology } from '../text/morphology.js';
import { NOTHING, PerForm, type Reading } from '../text/readings.js';
import { eachPiece, pieceText, type Word } from '../text/words.js';

/** A clitic combination written before a word: و, بال, لل, وب, ... */
export interface Prefix {
  text: string;
  /** Conjunction and preposition letters, without the article. */
  proclitics: string;
  article: boolean;
}

/** One reading of a token: clitics, then the stem that is looked up. */
export interface Analysis {
  stem: string;
  /** Length of the clitics in front of the stem. */
  offset: number;
  proclitics: string;
  article: boolean;
}

/** How words are read: the clitic combinations and the stems worth reading off a word. */
export interface Reader {
  /** The non-empty clitic combinations by their text, for clitics glued to digits. */
  byText: ReadonlyMap<string, Prefix>;
  /** Number words and first words of cue phrases: a reading with another stem is never looked at. */
  vocabulary: ReadonlySet<string>;
  /** What a whole word reads as, kept per word form. */
  words: PerForm<WordReading>;
  /** What each mark met reads as (`markAnalyses`). */
  marks: Map<string, readonly Analysis[]>;
}

export interface Token {
  kind: 'num' | 'word' | 'other' | 'punct';
  /** Normalised range; for a figure with glued clitics (و500, الـ24) the digits alone. */
  start: number;
  end: number;
  text: string;
  /** What separates it from the previous token; `break` is a line break (or the text start). */
  gap: 'none' | 'space' | 'break';
  /** Readings whose stem is in the vocabulary, the whole token first. A figure has one, carrying its glued clitics. */
  analyses: readonly Analysis[];
  /** Digits of a date, a time or a code (20/5/2018, 12:30, G20): never a figure. */
  skip: boolean;
}

/** The letters the lexicon is written in: a run of other letters is a code or a Latin word. */
const ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]+$/u;
/** Marks that join digit groups into one figure (1,500, 2.5). */
const DECIMAL_MARKS = '.,';
/** Marks that join digit groups into dates and times. */
const DATE_JOINERS = new Set(['/', ':', '-']);

/** Arabic or other-script letters: what the lexicon and the cue phrases are looked up on. */
export const isWord = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'other';

/** Token `j` exists and stands on the same line as token `j - 1`. */
export const continues = (tokens: readonly Token[], j: number): boolean => j < tokens.length && tokens[j]!.gap !== 'break';

/** The clitic combinations of the morphology policy as the figure grammar sees them. */
function prefixOf(p: Morphology['prefixes'][number]): Prefix {
  return { text: p.text, proclitics: (p.conjunction ?? '') + (p.preposition ?? ''), article: p.article };
}

const readers = new WeakMap<Morphology, WeakMap<ReadonlySet<string>, Reader>>();

/** The reader of a policy and a vocabulary, built once. */
export function numberReader(m: Morphology, vocabulary: ReadonlySet<string>): Reader {
  let byVocabulary = readers.get(m);
  if (!byVocabulary) readers.set(m, (byVocabulary = new WeakMap()));
  let reader = byVocabulary.get(vocabulary);
  if (!reader) {
    const byText = new Map(m.prefixes.filter((p) => p.text).map((p) => [p.text, prefixOf(p)]));
    const words = new PerForm((a) => wordOf(a.form, a.readings, vocabulary));
    byVocabulary.set(vocabulary, (reader = { byText, vocabulary, words, marks: new Map() }));
  }
  return reader;
}

/** How the numbers matcher reads a run of letters: its kind and the readings worth looking up. */
interface WordReading {
  kind: 'word' | 'other';
  analyses: readonly Analysis[];
}

/** A word with no reading worth looking up, one per kind. */
const PLAIN: Readonly<Record<WordReading['kind'], WordReading>> = { word: { kind: 'word', analyses: NOTHING }, other: { kind: 'other', analyses: NOTHING } };

function wordOf(text: string, rs: readonly Reading[], vocabulary: ReadonlySet<string>): WordReading {
  const analyses: Analysis[] = [];
  for (const r of rs) {
    if (r.suffix !== null || !vocabulary.has(r.stem)) continue;
    const p = prefixOf(r.prefix);
    analyses.push({ stem: r.stem, offset: p.text.length, proclitics: p.proclitics, article: p.article });
  }
  const kind = ARABIC_LETTERS.test(text) ? 'word' : 'other';
  return analyses.length ? { kind, analyses } : PLAIN[kind];
}

/** Mark digit groups chained by / or : (any count) or by two or more hyphens: 20/5/2018, 2018-05-20, 12:30. */
function markDates(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'num') continue;
    let j = k;
    const joiners: string[] = [];
    for (;;) {
      const sep = tokens[j + 1];
      const next = tokens[j + 2];
      if (!sep || !next || sep.kind !== 'punct' || !DATE_JOINERS.has(sep.text) || sep.gap !== 'none') break;
      if (next.kind !== 'num' || next.gap !== 'none') break;
      joiners.push(sep.text);
      j += 2;
    }
    if (joiners.some((s) => s !== '-') || joiners.length >= 2) for (let m = k; m <= j; m += 2) tokens[m]!.skip = true;
    k = j;
  }
}

/** A run of letters: a whole word as its form reads, a part of one (the letters of 1438هـ) as its own. */
function readLetters(text: string, start: number, end: number, w: Word | null, doc: Pick<AnalysedDocument, 'readings'>, reader: Reader): WordReading {
  if (w && w.start === start && w.end === end) return reader.words.of(w.analysis);
  const letters = text.slice(start, end);
  return wordOf(letters, doc.readings(letters), reader.vocabulary);
}

/**
 * A mark read as itself when a cue begins with it (% of the percent phrases), one list per mark:
 * marks are few, and a text has many of each. Any other mark has no reading worth looking up, so
 * no expression is tried from it.
 */
function markAnalyses(mark: string, reader: Reader): readonly Analysis[] {
  let a = reader.marks.get(mark);
  if (!a) reader.marks.set(mark, (a = reader.vocabulary.has(mark) ? [{ stem: mark, offset: 0, proclitics: '', article: false }] : NOTHING));
  return a;
}

export function tokenize(doc: Pick<AnalysedDocument, 'text' | 'words' | 'readings'>, reader: Reader): Token[] {
  const { text } = doc;
  const tokens: Token[] = [];
  let last = 0;
  let newline = text.indexOf('\n');
  eachPiece(text, doc.words, DECIMAL_MARKS, (piece, start, end, word) => {
    while (newline !== -1 && newline < last) newline = text.indexOf('\n', newline + 1);
    const gap = tokens.length === 0 || (newline !== -1 && newline < start) ? 'break' : start > last ? 'space' : 'none';
    last = end;
    const read = piece === 'letters' ? readLetters(text, start, end, word, doc, reader) : null;
    const kind = piece === 'digits' ? 'num' : piece === 'mark' ? 'punct' : read!.kind;
    const token: Token = { kind, start, end, text: pieceText(text, start, end, word), gap, analyses: read ? read.analyses : NOTHING, skip: false };
    const prev = tokens[tokens.length - 1];
    if (kind === 'num') {
      // Clitics glued to digits (و500, بـ300, الـ24) are read off the word before them.
      const glued = prev && prev.kind === 'word' && gap === 'none' ? reader.byText.get(prev.text) : undefined;
      if (glued) {
        tokens.pop();
        token.gap = prev!.gap;
      }
      token.analyses = [{ stem: token.text, offset: 0, proclitics: glued?.proclitics ?? '', article: glued?.article ?? false }];
      if (prev && prev.kind === 'other' && gap === 'none') token.skip = true;
    } else if (kind === 'punct') {
      token.analyses = markAnalyses(token.text, reader);
    } else {
      // Digits run into Latin letters (20km, 3D): part of a code, not a figure.
      if (kind === 'other' && prev?.kind === 'num' && gap === 'none') prev.skip = true;
    }
    tokens.push(token);
  });
  markDates(tokens);
  return tokens;
}

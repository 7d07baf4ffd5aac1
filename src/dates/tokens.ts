// Tokens of a document for the date grammar, line by line (no expression runs across a line
// break): the text layer's pieces of its words — letter runs, digit groups (20/5/2018,
// 20-5-2018, 1,500, 9:30 stay one token so a part of them is never taken for a day; 3-5 splits,
// a day range) — and single punctuation marks. Letters and digits split even when glued (الـ24
// → ال + 24, 1438هـ → 1438 + ه).
import type { AnalysedDocument } from '../document.js';
import type { FormAnalysis } from '../text/readings.js';
import { eachPiece, type PieceKind, type Word } from '../text/words.js';

export interface Token {
  kind: 'word' | 'num' | 'punct';
  text: string;
  /** Normalised-text range [start, end). */
  start: number;
  end: number;
  /** The analysis of the word when the token is a whole word (its readings are memoised there). */
  analysis: FormAnalysis | null;
}

/** Marks that keep digit groups together: 20/5/2018, 1,500, 9:30. */
const DIGIT_JOINERS = './,:';
/** A day-month-year written with hyphens (20-5-2018, 2018-05-20): the longest part of each group. */
const HYPHEN_DATE = [4, 2, 4] as const;
const KIND = { letters: 'word', digits: 'num', mark: 'punct' } as const;

/** Digit groups joined by hyphens with nothing between them from token `k`, each part no longer than HYPHEN_DATE allows. */
function hyphenDate(line: readonly Token[], k: number): boolean {
  if (line[k]!.kind !== 'num' || line[k + 1]?.text !== '-') return false;
  return HYPHEN_DATE.every((max, n) => {
    const d = line[k + 2 * n];
    const dash = line[k + 2 * n - 1];
    return d?.kind === 'num' && d.text.length <= max && (n === 0 || (dash?.text === '-' && dash.start === line[k + 2 * n - 2]!.end && d.start === dash.end));
  });
}

/** The line with each hyphenated date made one token (its parts touch, so they are never on two lines). */
function joinHyphenDates(text: string, line: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < line.length; k++) {
    if (!hyphenDate(line, k)) {
      out?.push(line[k]!);
      continue;
    }
    out ??= line.slice(0, k);
    const { start } = line[k]!;
    const { end } = line[k + 4]!;
    out.push({ kind: 'num', text: text.slice(start, end), start, end, analysis: null });
    k += 4;
  }
  return out ?? line;
}

/** Whether `form` holds a digit (the text layer's digits are ASCII): a piece of it is a number token. */
export function hasDigit(form: string): boolean {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Which lines of the text (split at '\n') hold a word that `opens`. */
function openLines(text: string, words: readonly Word[], opens: (w: Word) => boolean): boolean[] {
  const live: boolean[] = [false];
  let newline = text.indexOf('\n');
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    while (newline !== -1 && newline < w.start) {
      live.push(false);
      newline = text.indexOf('\n', newline + 1);
    }
    if (!live[live.length - 1] && opens(w)) live[live.length - 1] = true;
  }
  return live;
}

/**
 * The pieces (`eachPiece`) of the lines of the text (split at '\n') that hold a word `opens`
 * accepts, each with the index of its line: a grammar that reads no expression across a line
 * break and begins one only at such a word never needs the other lines, and makes no tokens for
 * them.
 */
function eachPieceOfOpenLines(
  doc: Pick<AnalysedDocument, 'text' | 'words'>,
  joiners: string,
  opens: (w: Word) => boolean,
  visit: (kind: PieceKind, start: number, end: number, word: Word | null, line: number) => void,
): void {
  const { text, words } = doc;
  const live = openLines(text, words, opens);
  let line = 0;
  let newline = text.indexOf('\n');
  eachPiece(text, words, joiners, (kind, start, end, word) => {
    while (newline !== -1 && newline < start) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    if (live[line]) visit(kind, start, end, word, line);
  });
}

/** The token lines of the text that hold a word that `opens` (one where a date may begin): a line without one yields no date. */
export function tokenLines(doc: Pick<AnalysedDocument, 'text' | 'words'>, opens: (w: Word) => boolean): Token[][] {
  const { text } = doc;
  const lines: Token[][] = [];
  let current: Token[] = [];
  let currentLine = -1;
  eachPieceOfOpenLines(doc, DIGIT_JOINERS, opens, (kind, start, end, word, line) => {
    if (line !== currentLine) {
      lines.push((current = []));
      currentLine = line;
    }
    const whole = word && start === word.start && end === word.end ? word : null;
    current.push({ kind: KIND[kind], text: whole ? whole.text : text.slice(start, end), start, end, analysis: whole?.analysis ?? null });
  });
  for (let k = 0; k < lines.length; k++) lines[k] = joinHyphenDates(text, lines[k]!);
  return lines;
}

// Tokens of a document for the date grammar, line by line (no expression runs across a line
// break): the text layer's pieces of its words — letter runs, digit groups (20/5/2018,
// 20-5-2018, 1,500, 9:30 stay one token so a part of them is never taken for a day; 3-5 splits,
// a day range) — and single punctuation marks. Letters and digits split even when glued (الـ24
// → ال + 24, 1438هـ → 1438 + ه).
import type { AnalysedDocument } from '../document.js';
import { eachPiece, pieceText, Word } from '../text/words.js';

export type TokenKind = 'word' | 'num' | 'punct';

/** A token that is not a word of letters only: digits, a mark, or the letters of a word written with digits (1438هـ). */
export interface PieceToken {
  kind: TokenKind;
  text: string;
  /** Normalised-text range [start, end). */
  start: number;
  end: number;
  /** None: the letters of a piece are looked up by their text. */
  analysis: null;
}

/**
 * A word of letters only is its own token (its text, range and memoised analysis are what the
 * grammar reads): most tokens are such words, and make no object of their own.
 */
export type Token = Word | PieceToken;

export const kindOf = (t: Token | undefined): TokenKind | undefined => (t instanceof Word ? 'word' : t?.kind);

/** Marks that keep digit groups together: 20/5/2018, 1,500, 9:30. */
const DIGIT_JOINERS = './,:';
/** A day-month-year written with hyphens (20-5-2018, 2018-05-20): the longest part of each group. */
const HYPHEN_DATE = [4, 2, 4] as const;
const KIND = { letters: 'word', digits: 'num', mark: 'punct' } as const;

/** Digit groups joined by hyphens with nothing between them from token `k`, each part no longer than HYPHEN_DATE allows. */
function hyphenDate(line: readonly Token[], k: number): boolean {
  if (kindOf(line[k]) !== 'num' || line[k + 1]?.text !== '-') return false;
  // A loop, not a callback: a closure over the line would cost every token a context object.
  for (let n = 0; n < HYPHEN_DATE.length; n++) {
    const d = line[k + 2 * n];
    const dash = line[k + 2 * n - 1];
    if (kindOf(d) !== 'num' || d!.text.length > HYPHEN_DATE[n]!) return false;
    if (n > 0 && !(dash?.text === '-' && dash.start === line[k + 2 * n - 2]!.end && d!.start === dash.end)) return false;
  }
  return true;
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

export function tokenLines(doc: Pick<AnalysedDocument, 'text' | 'words'>): Token[][] {
  const { text } = doc;
  const lines: Token[][] = [[]];
  let newline = text.indexOf('\n');
  eachPiece(text, doc.words, DIGIT_JOINERS, (kind, start, end, word) => {
    while (newline !== -1 && newline < start) {
      lines.push([]);
      newline = text.indexOf('\n', newline + 1);
    }
    const line = lines[lines.length - 1]!;
    if (kind === 'letters' && word && start === word.start && end === word.end) line.push(word);
    else line.push({ kind: KIND[kind], text: pieceText(text, start, end, word), start, end, analysis: null });
  });
  while (newline !== -1) {
    lines.push([]);
    newline = text.indexOf('\n', newline + 1);
  }
  for (let k = 0; k < lines.length; k++) lines[k] = joinHyphenDates(text, lines[k]!);
  return lines;
}

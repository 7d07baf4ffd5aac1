// Tokens of a document for the date grammar, line by line (no expression runs across a line
// break): the text layer's pieces of its words — letter runs, digit groups (20/5/2018,
// 20-5-2018, 1,500, 9:30 stay one token so a part of them is never taken for a day; 3-5 splits,
// a day range) — and single punctuation marks. Letters and digits split even when glued (الـ24
// → ال + 24, 1438هـ → 1438 + ه).
import type { AnalysedDocument } from '../document.js';
import type { FormAnalysis } from '../text/readings.js';
import { eachPiece } from '../text/words.js';

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

export function tokenLines(doc: Pick<AnalysedDocument, 'text' | 'words'>): Token[][] {
  const { text } = doc;
  const lines: Token[][] = [[]];
  let newline = text.indexOf('\n');
  eachPiece(text, doc.words, DIGIT_JOINERS, (kind, start, end, word) => {
    while (newline !== -1 && newline < start) {
      lines.push([]);
      newline = text.indexOf('\n', newline + 1);
    }
    const whole = word && start === word.start && end === word.end ? word : null;
    lines[lines.length - 1]!.push({ kind: KIND[kind], text: whole ? whole.text : text.slice(start, end), start, end, analysis: whole?.analysis ?? null });
  });
  while (newline !== -1) {
    lines.push([]);
    newline = text.indexOf('\n', newline + 1);
  }
  for (let k = 0; k < lines.length; k++) lines[k] = joinHyphenDates(text, lines[k]!);
  return lines;
}

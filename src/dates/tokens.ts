// Tokens of a document for the date grammar, line by line (no expression runs across a line
// break): the text layer's pieces of its words — letter runs, digit groups (20/5/2018,
// 20-5-2018, 1,500, 9:30 stay one token so a part of them is never taken for a day; 3-5 splits,
// a day range) — and single punctuation marks. Letters and digits split even when glued (الـ24
// → ال + 24, 1438هـ → 1438 + ه).
import type { AnalysedDocument } from '../document.js';
import type { FormAnalysis } from '../text/readings.js';
import { pieces, type Piece } from '../text/words.js';

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
const KIND = { letters: 'word', word: 'word', digits: 'num', mark: 'punct' } as const;

/** Digit groups joined by hyphens with nothing between them, each part no longer than HYPHEN_DATE allows. */
function hyphenDate(ps: readonly Piece[], k: number): boolean {
  return HYPHEN_DATE.every((max, n) => {
    const d = ps[k + 2 * n];
    const dash = ps[k + 2 * n - 1];
    return d?.kind === 'digits' && d.text.length <= max && (n === 0 || (dash?.text === '-' && dash.start === ps[k + 2 * n - 2]!.end && d.start === dash.end));
  });
}

export function tokenLines(doc: Pick<AnalysedDocument, 'text' | 'words'>): Token[][] {
  const { text } = doc;
  const lines: Token[][] = [[]];
  let newline = text.indexOf('\n');
  const ps = pieces(text, doc.words, DIGIT_JOINERS);
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!;
    while (newline !== -1 && newline < p.start) {
      lines.push([]);
      newline = text.indexOf('\n', newline + 1);
    }
    const end = hyphenDate(ps, k) ? ps[k + 4]!.end : p.end;
    const whole = p.word && p.start === p.word.start && end === p.word.end ? p.word : null;
    lines.at(-1)!.push({ kind: KIND[p.kind], text: whole ? whole.text : text.slice(p.start, end), start: p.start, end, analysis: whole?.analysis ?? null });
    if (end !== p.end) k += 4;
  }
  while (newline !== -1) {
    lines.push([]);
    newline = text.indexOf('\n', newline + 1);
  }
  return lines;
}

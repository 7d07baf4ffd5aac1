// Tokens of a normalised text for the date grammar, line by line (no expression runs across a
// line break): letter runs, digit groups (20/5/2018, 20-5-2018, 1,500, 9:30 stay one token so a
// part of them is never taken for a day; 3-5 splits, a day range) and single punctuation marks. Letters and digits split even
// when glued (الـ24 → ال + 24, 1438هـ → 1438 + ه).

export interface Token {
  kind: 'word' | 'num' | 'punct';
  text: string;
  /** Normalised-text range [start, end). */
  start: number;
  end: number;
}

const TOKEN = /([\p{L}\p{M}]+)|(\d{1,4}-\d{1,2}-\d{1,4}|\d+(?:[.,/:]\d+)*)|\S/gu;

export function tokenLines(text: string): Token[][] {
  const lines: Token[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push(
      [...line.matchAll(TOKEN)].map((m) => ({
        kind: m[1] ? 'word' : m[2] ? 'num' : 'punct',
        text: m[0],
        start: offset + m.index,
        end: offset + m.index + m[0].length,
      })),
    );
    offset += line.length + 1;
  }
  return lines;
}

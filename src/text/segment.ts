// Sentences and clauses of a normalised text. A full stop inside a quotation does not end the
// sentence (a speaker's multi-sentence quote stays with its attribution), a decimal point or a
// thousands separator never splits, and a paragraph break always does.
import { firstStartingAt } from './search.js';

export interface Segment {
  start: number;
  end: number;
  /** Set on the pieces of a run cut for being longer than MAX_SENTENCE. */
  cut?: true;
}

/** The mark that closes a quotation opened by char code `c`, or -1: « », " ", ‹ ›. Asked of every character. */
function closerOf(c: number): number {
  switch (c) {
    case 0xab:
      return 0xbb;
    case 0x22:
      return 0x22;
    case 0x2039:
      return 0x203a;
    default:
      return -1;
  }
}

/**
 * Longer than any quotation of real news (the longest of 10,000 articles: about 1,900 characters):
 * a mark left open that long is a stray one, and must not hide every sentence end after it.
 */
export const MAX_QUOTE = 3000;

/**
 * Longer than any sentence of real news (the longest of 10,000 articles: about 4,500 characters).
 * Text without full stops is cut into pieces of at most this length, so that the work per
 * sentence, and the sentence text repeated in each record, stays bounded.
 */
export const MAX_SENTENCE = 6000;

/** Ranges [open, close] of balanced quotations inside one paragraph. */
function quoteRanges(text: string, from: number, to: number): Segment[] {
  const ranges: Segment[] = [];
  let closer = -1; // the mark that closes the open quotation, -1 when none is open
  let at = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (closer >= 0 && i - at > MAX_QUOTE) closer = -1;
    if (closer >= 0) {
      if (c === closer) {
        ranges.push({ start: at, end: i + 1 });
        closer = -1;
      }
    } else {
      const close = closerOf(c);
      if (close >= 0) {
        closer = close;
        at = i;
      }
    }
  }
  return ranges;
}

/** An ASCII digit at `i` (NaN past either end is none). */
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/**
 * The code units up to U+3000 that `\s` matches (above them only U+FEFF), as ranges: a table filled
 * by testing the pattern on each unit would cost every start some milliseconds. The tests check
 * isSpaceCode against the pattern on every code unit.
 */
const SPACE = new Uint8Array(0x3001);
for (const [from, to] of [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]] as const) SPACE.fill(1, from, to + 1);

/**
 * What `\s` matches in a regular expression, by char code. A table rather than a chain of tests:
 * code optimised before a rare space (U+2009) was met would be thrown away on meeting it.
 */
export function isSpaceCode(c: number): boolean {
  return c <= 0x3000 ? SPACE[c] === 1 : c === 0xfeff;
}

const isSpaceAt = (text: string, i: number) => isSpaceCode(text.charCodeAt(i));

const isArabicLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x0621 && c <= 0x064a;
};

/** Full stop, exclamation and question mark. */
const isEndMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;
/** Marks that close a sentence after its full stop: " » › ) '. */
const isCloser = (c: number) => c === 0x22 || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x27;

function trimSegment(text: string, start: number, end: number): Segment | null {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end > start ? { start, end } : null;
}

/** Where to cut a run longer than MAX_SENTENCE: after the last space in its second half, else hard. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  for (let k = limit; k > start + MAX_SENTENCE / 2; k--) if (isSpaceAt(text, k - 1)) return k;
  return limit;
}

/** Sentences of `text`, as trimmed ranges in order. */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  const push = (s: number, e: number) => {
    while (e - s > MAX_SENTENCE) {
      const cut = cutPoint(text, s);
      const piece = trimSegment(text, s, cut);
      if (piece) out.push({ ...piece, cut: true });
      s = cut;
    }
    const seg = trimSegment(text, s, e);
    if (seg) out.push(seg);
  };
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const quotes = quoteRanges(text, paraStart, paraEnd);
    let q = 0;
    let sentStart = paraStart;
    for (let i = paraStart; i < paraEnd; i++) {
      const c = text.charCodeAt(i);
      if (!isEndMark(c)) continue;
      if (c === 0x2e && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) continue;
      // One Arabic letter before a full stop is an abbreviation (د. عثمان، م. سامر), not a word ending a sentence.
      if (c === 0x2e && isArabicLetterAt(text, i - 1) && (i - 2 < paraStart || isSpaceAt(text, i - 2))) continue;
      while (q < quotes.length && quotes[q]!.end <= i) q++;
      const inQuote = q < quotes.length && quotes[q]!.start < i && i < quotes[q]!.end - 1;
      if (inQuote) continue;
      let end = i + 1;
      while (end < paraEnd && (isEndMark(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
      if (end < paraEnd && !isSpaceAt(text, end)) continue; // "3.5", "a.m", URLs
      push(sentStart, end);
      sentStart = end;
      i = end - 1;
    }
    push(sentStart, paraEnd);
    paraStart = paraEnd + 1;
  }
  return out;
}

/** Clauses of one sentence: split at commas, semicolons and colons that are not inside a number. */
export function clauses(text: string, sentence: Segment): Segment[] {
  const out: Segment[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2c && c !== 0x3b && c !== 0x3a) continue; // , ; :
    if (isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) continue;
    const seg = trimSegment(text, start, i);
    if (seg) out.push(seg);
    start = i + 1;
  }
  const last = trimSegment(text, start, sentence.end);
  if (last) out.push(last);
  return out;
}

/** Index of the segment holding offset `at` (-1 if none). Segments are sorted and do not overlap. */
export function indexAt(segments: readonly Segment[], at: number): number {
  const k = firstStartingAt(segments, at + 1) - 1;
  return k >= 0 && at < segments[k]!.end ? k : -1;
}

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

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '"': '"', '‹': '›' };

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
  let open: { char: string; at: number } | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (open && i - open.at > MAX_QUOTE) open = null;
    if (open) {
      if (c === QUOTE_PAIRS[open.char]) {
        ranges.push({ start: open.at, end: i + 1 });
        open = null;
      }
    } else if (c in QUOTE_PAIRS) {
      open = { char: c, at: i };
    }
  }
  return ranges;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const CLOSERS = new Set(['"', '»', '›', ')', "'"]);

function trimSegment(text: string, start: number, end: number): Segment | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Where to cut a run longer than MAX_SENTENCE: after the last space in its second half, else hard. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  for (let k = limit; k > start + MAX_SENTENCE / 2; k--) if (/\s/.test(text[k - 1]!)) return k;
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
      const c = text[i]!;
      if (c !== '.' && c !== '!' && c !== '?') continue;
      if (c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      while (q < quotes.length && quotes[q]!.end <= i) q++;
      const inQuote = q < quotes.length && quotes[q]!.start < i && i < quotes[q]!.end - 1;
      if (inQuote) continue;
      let end = i + 1;
      while (end < paraEnd && (text[end] === '.' || text[end] === '!' || text[end] === '?' || CLOSERS.has(text[end]!))) end++;
      if (end < paraEnd && !/\s/.test(text[end]!)) continue; // "3.5", "a.m", URLs
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
    const c = text[i];
    if (c !== ',' && c !== ';' && c !== ':') continue;
    if (isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
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

// Position lookups over sorted items (words, tokens, segments, offset maps): the one binary search.

/** The first index in [0, n) where `past` holds, n if none; `past` is false, then true, along the range. */
export function lowerBound(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first item that starts at or after `at` (items.length if none). */
export const firstStartingAt = (items: readonly { start: number }[], at: number): number => lowerBound(items.length, (i) => items[i]!.start >= at);

/** Index of the first item that ends after `at` (items.length if none): the word holding or following an offset. */
export const firstEndingAfter = (items: readonly { end: number }[], at: number): number => lowerBound(items.length, (i) => items[i]!.end > at);

/** Index of the last item whose `key` is <= `at` (-1 if none); `items` sorted by key. */
export const lastAtOrBefore = <T>(items: ArrayLike<T>, at: number, key: (x: T) => number): number =>
  lowerBound(items.length, (i) => key(items[i]!) > at) - 1;

/** Index of the first of `items` from `from` on whose key is at or after `at` (a sorted run). */
export const firstKeyAt = <T>(items: readonly T[], key: (x: T) => number, at: number, from = 0): number =>
  from + lowerBound(items.length - from, (i) => key(items[from + i]!) >= at);

const byNStart = (x: { nStart: number }) => x.nStart;

/** Index of the first mention from `from` on that starts after `at` (mentions sorted by nStart). */
export const firstMentionAfter = (items: readonly { nStart: number }[], at: number, from = 0): number =>
  firstKeyAt(items, byNStart, at + 1, from);

/** The last of `items` (sorted by nStart) that starts before `at` and passes `test`. */
export function lastMentionBefore<T extends { nStart: number }>(items: readonly T[], at: number, test: (x: T) => boolean = () => true): T | undefined {
  for (let k = firstKeyAt(items, byNStart, at) - 1; k >= 0; k--) if (test(items[k]!)) return items[k];
  return undefined;
}

/**
 * Mentions of a whole document looked up by position: a linker asking for the mentions of one
 * sentence (or near one figure) costs a binary search, not a pass over the document. Lists come
 * sorted by their key from the matchers; an unsorted one is answered by a plain scan instead.
 */
export class MentionIndex<T> {
  private readonly sorted: boolean;
  /** The longest span of the list, which bounds how far back a span holding a point can start. */
  private readonly longest: number;

  constructor(
    readonly items: readonly T[],
    private readonly start: (x: T) => number,
    private readonly end: (x: T) => number,
  ) {
    this.sorted = items.every((x, i) => i === 0 || start(items[i - 1]!) <= start(x));
    this.longest = items.reduce((m, x) => Math.max(m, end(x) - start(x)), 0);
  }

  /** Those starting in [from, to), in list order. */
  startingIn(from: number, to: number): T[] {
    if (!this.sorted) return this.items.filter((x) => this.start(x) >= from && this.start(x) < to);
    return this.items.slice(firstKeyAt(this.items, this.start, from), firstKeyAt(this.items, this.start, to));
  }

  /** The last (in list order) that starts before `at` and passes `test`. */
  lastBefore(at: number, test: (x: T) => boolean): T | undefined {
    if (!this.sorted) return this.items.filter((x) => this.start(x) < at && test(x)).at(-1);
    for (let k = firstKeyAt(this.items, this.start, at) - 1; k >= 0; k--) if (test(this.items[k]!)) return this.items[k];
    return undefined;
  }

  /** Those overlapping [from, to), in list order. */
  overlapping(from: number, to: number): T[] {
    return this.startingIn(from - this.longest, to).filter((x) => this.start(x) < to && from < this.end(x));
  }
}

/** A MentionIndex over the normalised spans of matcher hits. */
export const mentionIndex = <T extends { nStart: number; nEnd: number }>(items: readonly T[]) =>
  new MentionIndex(items, byNStart, (x: T) => x.nEnd);

/**
 * A cursor over spans sorted by start, asked at rising offsets: how far the spans begun before an
 * offset reach (for "is this inside one?"), and whether the next span begins before another offset.
 * One sweep for all the questions of a text, whatever the order the spans came in.
 */
export class SpanCursor {
  private readonly spans: (readonly [number, number])[];
  private k = 0;
  private reach = -1;

  /** `inclusive`: a span that starts at an offset counts as begun before it. */
  constructor(
    spans: readonly { nStart: number; nEnd: number }[],
    private readonly inclusive = false,
  ) {
    this.spans = spans.map((s) => [s.nStart, s.nEnd] as const).sort((a, b) => a[0] - b[0]);
  }

  /** The furthest end of the spans that start before `at`; -1 if none. */
  reachBefore(at: number): number {
    const spans = this.spans;
    const until = this.inclusive ? at + 1 : at;
    while (this.k < spans.length && spans[this.k]![0] < until) this.reach = Math.max(this.reach, spans[this.k++]![1]);
    return this.reach;
  }

  /** Whether a span not yet passed starts before `to`. */
  nextStartsBefore(to: number): boolean {
    return this.k < this.spans.length && this.spans[this.k]![0] < to;
  }
}

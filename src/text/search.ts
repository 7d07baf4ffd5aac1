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

/** Index of the last item whose `key` is <= `at` (-1 if none); `items` sorted by key. */
export const lastAtOrBefore = <T>(items: ArrayLike<T>, at: number, key: (x: T) => number): number =>
  lowerBound(items.length, (i) => key(items[i]!) > at) - 1;

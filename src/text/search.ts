// Position lookups over items sorted by their start offset (words, tokens, segments).

/** Index of the first item that starts at or after `at` (items.length if none). */
export function firstStartingAt(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The position lookups that replaced whole-document filters (linker, place list, quotes) must
// answer exactly what the filters answered, in the same order, for sorted and unsorted lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceHit } from '../src/mentions.js';
import { toPlaces } from '../src/places/find.js';
import { firstMentionAfter, lastMentionBefore, mentionIndex, SpanCursor } from '../src/text/search.js';

interface Hit {
  nStart: number;
  nEnd: number;
  tag: number;
}

const hit = fc.record({ nStart: fc.nat(200), len: fc.nat(30), tag: fc.nat(3) }).map(({ nStart, len, tag }): Hit => ({ nStart, nEnd: nStart + len, tag }));
const sortedHits = fc.array(hit, { maxLength: 40 }).map((hs) => [...hs].sort((a, b) => a.nStart - b.nStart));
const anyHits = fc.oneof(sortedHits, fc.array(hit, { maxLength: 40 }));
const range = fc.tuple(fc.integer({ min: -10, max: 240 }), fc.nat(60)).map(([from, len]) => [from, from + len] as const);

describe('MentionIndex', () => {
  it('startingIn and overlapping answer what the filters answer', () => {
    fc.assert(
      fc.property(anyHits, range, (hits, [from, to]) => {
        const index = mentionIndex(hits);
        expect(index.startingIn(from, to)).toEqual(hits.filter((h) => h.nStart >= from && h.nStart < to));
        expect(index.overlapping(from, to)).toEqual(hits.filter((h) => h.nStart < to && from < h.nEnd));
      }),
    );
  });

  it('lastBefore answers filter(...).at(-1)', () => {
    fc.assert(
      fc.property(anyHits, fc.integer({ min: -10, max: 240 }), fc.nat(3), (hits, at, tag) => {
        const test = (h: Hit) => h.tag !== tag;
        expect(mentionIndex(hits).lastBefore(at, test)).toBe(hits.filter((h) => h.nStart < at && test(h)).at(-1));
      }),
    );
  });
});

describe('lookups over sorted lists', () => {
  it('lastMentionBefore and firstMentionAfter answer what the scans answer', () => {
    fc.assert(
      fc.property(sortedHits, fc.integer({ min: -10, max: 240 }), fc.nat(45), (hits, at, from) => {
        expect(lastMentionBefore(hits, at, (h) => h.tag > 0)).toBe(hits.filter((h) => h.nStart < at && h.tag > 0).at(-1));
        const k = Math.min(from, hits.length);
        const expected = hits.slice(k).findIndex((h) => h.nStart > at);
        expect(firstMentionAfter(hits, at, k)).toBe(expected < 0 ? hits.length : k + expected);
      }),
    );
  });
});

describe('toPlaces', () => {
  const COUNTRYSIDE = 'ريف';
  const placeHit = fc
    .record({ nStart: fc.nat(100), len: fc.integer({ min: 1, max: 30 }), name: fc.constantFrom('حلب', 'ريف حلب', 'إدلب', 'ريف إدلب') })
    .map(({ nStart, len, name }) => ({
      ref: { name, type: 'city', admin1: null, pcode: null, text: name } as unknown as PlaceHit['ref'],
      role: null,
      span: { start: nStart, end: nStart + len, text: name },
      nStart,
      nEnd: nStart + len,
    }));

  it('leaves out exactly the hits inside a longer countryside hit (the all-pairs rule)', () => {
    fc.assert(
      fc.property(fc.array(placeHit, { maxLength: 30 }), (hits) => {
        const inside = (h: PlaceHit) =>
          hits.some((o) => o !== h && o.nStart <= h.nStart && h.nEnd <= o.nEnd && o.nEnd - o.nStart > h.nEnd - h.nStart && o.ref.name.startsWith(COUNTRYSIDE));
        const expected = hits.filter((h) => !inside(h)).map((h) => h.span);
        // Two places may share a span (حلب and ريف حلب): ties are put in order by their text.
        const order = (a: { start: number; end: number; text: string }, b: { start: number; end: number; text: string }) =>
          a.start - b.start || a.end - b.end || a.text.localeCompare(b.text);
        expect(toPlaces(hits, COUNTRYSIDE).flatMap((p) => p.mentions).sort(order)).toEqual(expected.sort(order));
      }),
    );
  });
});

describe('SpanCursor', () => {
  it('answers, at rising offsets, what a filter over every span answers', () => {
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 20 }), fc.array(fc.nat(240), { maxLength: 20 }), fc.boolean(), (spans, asks, inclusive) => {
        const cursor = new SpanCursor(spans, inclusive);
        for (const at of [...asks].sort((a, b) => a - b)) {
          const before = spans.filter((s) => (inclusive ? s.nStart <= at : s.nStart < at));
          expect(cursor.reachBefore(at)).toBe(Math.max(-1, ...before.map((s) => s.nEnd)));
          expect(cursor.nextStartsBefore(at + 5)).toBe(spans.some((s) => !before.includes(s) && s.nStart < at + 5));
        }
      }),
    );
  });
});

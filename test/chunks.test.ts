// A giant input is read in pieces and joined into one document: the pieces are bounded and cover
// the text, and the joined document's offsets are the whole text's.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PIECE, pieceStarts } from '../src/chunks.js';
import { extract } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import type { DocumentResult, Span } from '../src/schema.js';

const rules = loadRules();

describe('pieceStarts', () => {
  it.each([
    ['short text: one piece', 'abc def', 10, [0]],
    ['a line break in the last quarter', 'aaaaaaa\nbbbbbbbbbbbb', 10, [0, 8, 18]],
    ['a sentence end when no line break', 'aaaaaa. bbbbbbbbbbbb', 10, [0, 8, 18]],
    ['a space when no sentence end', 'aaaaaaa bbbbbbbbbbbbb', 10, [0, 8, 18]],
    ['a line break too early is not taken', 'a\naaaaaaaaaaaaaa', 10, [0, 10]],
    ['no surrogate pair is cut', 'aaaaaaaaa😀aaaa', 10, [0, 9]],
  ])('%s', (_, text, max, starts) => {
    expect(pieceStarts(text, max)).toEqual(starts);
  });

  it('pieces cover the text in order, each at most max characters, never splitting a surrogate pair', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '.', '؟', 'ب', '😀');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (units, max) => {
        const text = units.join('');
        const starts = pieceStarts(text, max);
        expect(starts[0]).toBe(0);
        const ends = [...starts.slice(1), text.length];
        starts.forEach((s, k) => {
          if (text) expect(ends[k]! - s).toBeGreaterThan(0);
          expect(ends[k]! - s).toBeLessThanOrEqual(max);
          const c = text.charCodeAt(s);
          expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
        });
      }),
    );
  });
});

/** Every span of a document, with what it claims to cover. */
function spans(doc: DocumentResult): Span[] {
  return [
    ...doc.evacuations.flatMap((e) => e.mentions),
    ...doc.places.flatMap((p) => p.mentions),
    ...doc.corridors.flatMap((c) => c.mentions),
    ...doc.quotes.map((q) => q.statement),
  ];
}

describe('a text longer than any article', () => {
  const article = readFileSync(new URL('../fixtures/articles/01-homs-waer-final.txt', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const copies = Math.ceil((2.5 * MAX_PIECE) / article.length);
  const giant = Array.from({ length: copies }, () => article).join('\n\n');
  const one = extract(article, { rules, published: '2017-05-21' });
  const whole = extract(giant, { rules, published: '2017-05-21', validate: true });

  it('is read in pieces, and says so', () => {
    expect(whole.warnings.join(' ')).toMatch(new RegExp(`read in ${pieceStarts(giant).length} pieces`));
    expect(pieceStarts(giant).length).toBeGreaterThanOrEqual(3);
    expect(one.warnings.join(' ')).not.toMatch(/pieces/);
  });

  it('gives offsets into the whole text', () => {
    const all = spans(whole);
    expect(all.length).toBeGreaterThan(copies * spans(one).length * 0.9);
    for (const s of all) expect(giant.slice(s.start, s.end)).toBe(s.text);
    for (const d of whole.dates) expect(giant.slice(d.start, d.end).length).toBe(d.end - d.start);
    expect(Math.max(...all.map((s) => s.end))).toBeGreaterThan(2 * MAX_PIECE);
  });

  it('merges the repeats of a figure across pieces, as within one', () => {
    const key = (e: DocumentResult['evacuations'][number]) => `${e.count}|${e.kind}|${e.status}`;
    expect(whole.evacuations.map(key)).toEqual(one.evacuations.map(key));
    whole.evacuations.forEach((e, k) => expect(e.mentions.length).toBe(copies * one.evacuations[k]!.mentions.length));
    expect(whole.places.map((p) => p.name).sort()).toEqual(one.places.map((p) => p.name).sort());
    expect(whole.quotes).toHaveLength(copies * one.quotes.length);
    // A part of a figure points at the record of that figure.
    whole.evacuations.forEach((e, k) => expect(e.part_of).toBe(one.evacuations[k]!.part_of));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isLetterMark, mapCodePoint, normalize } from '../src/text/normalize.js';

/** The definition, one code point at a time with strings: what the table-driven normaliser must equal. */
function reference(input: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; ) {
    if (input[i] === '\r' && input[i + 1] === '\n') {
      text += '\n';
      starts.push(i);
      ends.push(i + 2);
      i += 2;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const mapped = mapCodePoint(input.slice(i, i + width), cp);
    if (mapped === '' && ends.at(-1) === i && isLetterMark(cp)) ends[ends.length - 1] = i + width;
    for (const unit of mapped.split('')) {
      text += unit;
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { text, starts, ends };
}

describe('normalize: matching form', () => {
  it.each([
    ['حُمُّص', 'حمص'],
    ['الـ24', 'ال24'],
    ['أإآٱ', 'اااا'],
    ['فى الروسى', 'في الروسي'],
    ['مدينة', 'مدينه'],
    ['مسؤول مسئول', 'مسءول مسءول'],
    ['١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['۱۲۳', '123'],
    ['قال، ثم؛ لماذا؟', 'قال, ثم; لماذا?'],
    ['١٫٥', '1.5'],
    ['١٬٥٠٠', '1,500'],
    ['\u200fحلب\u200e', 'حلب'],
    ['ﻻ', 'لا'],
    ['Aleppo', 'aleppo'],
    ['“نص”', '"نص"'],
    ['a\r\nb', 'a\nb'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps spans back to the input, including the marks of the last letter', () => {
    const input = 'خرج ٣٠٠ شخصاً من حُمُّص';
    const n = normalize(input);
    const at = n.text.indexOf('شخصا');
    expect(input.slice(n.toOriginal(at), n.originalEnd(at + 4))).toBe('شخصاً');
    const h = n.text.indexOf('حمص');
    expect(input.slice(n.toOriginal(h), n.originalEnd(h + 3))).toBe('حُمُّص');
    expect(n.toOriginal(n.text.length)).toBe(input.length);
  });

  it('fold collapses spaces and trims', () => {
    expect(fold('  ريف   حمص\tالشمالى ')).toBe('ريف حمص الشمالي');
  });

  it('equals the per-code-point definition, text and offset map, for any text', () => {
    const special = 'حمص ًٌّْـٰ؀\u0610\u06d6\ufe0f\u200f\u2067\ufeff\u00ad ﻻﷲﻷ ٠۹ ،؛؟٫٪ “”‘’—\u00a0\t\r\n\r AZİ ß 😀 \ud800 \udc00 ی ک ۀ';
    const char = fc.oneof(fc.constantFrom(...special), fc.string({ unit: 'grapheme', maxLength: 1 }), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }).map((a) => a.join('')), (input) => {
        const n = normalize(input);
        const ref = reference(input);
        expect(n.text).toBe(ref.text);
        for (let i = 0; i < ref.text.length; i++) {
          expect(n.toOriginal(i)).toBe(ref.starts[i]);
          expect(n.originalEnd(i + 1)).toBe(ref.ends[i]);
        }
        expect(fold(input)).toBe(ref.text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });

  it('fold returns text already in matching form as it is, and folds the rest, for text near that form', () => {
    // Mostly letters that fold to themselves and single spaces, so both the already-folded path and the folding one are taken.
    const char = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...'ابتجحدرسعفقكلمنهوي '.split('')) }, { weight: 1, arbitrary: fc.constantFrom('ى', 'أ', '\t', '\u00a0', 'ـ', 'A', '٣') });
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((a) => a.join('')), (input) => {
        expect(fold(input)).toBe(reference(input).text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 1000 },
    );
  });

  it('grows its buffers when ligatures make the text longer than the input', () => {
    const input = 'ﷲ'.repeat(100);
    expect(normalize(input).text).toBe(reference(input).text);
    expect(normalize(input).originalEnd(normalize(input).text.length)).toBe(100);
  });

  it('keeps the offset map monotonic and inside the input for any text', () => {
    const alphabet = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةئؤ ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟«»"\u200f\r\nAbc.123'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (input) => {
        const n = normalize(input);
        let prev = 0;
        for (let i = 0; i < n.text.length; i++) {
          const s = n.toOriginal(i);
          const e = n.originalEnd(i + 1);
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(input.length);
          prev = s;
        }
      }),
    );
  });
});

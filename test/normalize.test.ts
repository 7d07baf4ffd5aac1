import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../src/text/normalize.js';

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

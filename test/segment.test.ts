// Sentence and clause splitting, read by char code: the cases that decide a split, and properties
// over random text (segments sorted, trimmed, covering every non-blank character once).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauses, isSpaceCode, MAX_QUOTE, sentences } from '../src/text/segment.js';

const texts = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['خرج 300 شخص. وعاد 200 آخرون.', ['خرج 300 شخص.', 'وعاد 200 آخرون.']],
    ['بلغ العدد 3.5 الف شخص.', ['بلغ العدد 3.5 الف شخص.']],
    ['قال: "خرجوا. وعادوا." ثم غادر. تم.', ['قال: "خرجوا. وعادوا." ثم غادر.', 'تم.']],
    ['قال «خرجوا. وعادوا» ثم غادر.', ['قال «خرجوا. وعادوا» ثم غادر.']],
    ['هل خرجوا?! نعم.', ['هل خرجوا?!', 'نعم.']],
    ['انظر www.example.com الان. تم.', ['انظر www.example.com الان.', 'تم.']],
    ['سطر اول\nسطر ثان', ['سطر اول', 'سطر ثان']],
    ['  \u00a0 نص \u2003 ', ['نص']],
    // one Arabic letter before a full stop is an abbreviation (د. for doctor), not a sentence's last word
    ['قال الوزير د. عثمان بابكر إن العدد ارتفع. وأضاف.', ['قال الوزير د. عثمان بابكر إن العدد ارتفع.', 'وأضاف.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('a quotation mark left open longer than MAX_QUOTE hides no sentence end after it', () => {
    const text = `قال «${'كلمة '.repeat(MAX_QUOTE / 5)}. وبعد ذلك خرجوا. ثم عادوا.`;
    expect(texts(text).slice(-2)).toEqual(['وبعد ذلك خرجوا.', 'ثم عادوا.']);
  });
});

describe('clauses', () => {
  it('split at commas, semicolons and colons, not inside numbers', () => {
    const text = 'خرج 1,500 شخص, وعاد 200; ثم قال: انتهى';
    expect(clauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end))).toEqual(['خرج 1,500 شخص', 'وعاد 200', 'ثم قال', 'انتهى']);
  });
});

describe('isSpaceCode', () => {
  it('is what \\s matches, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('property: random text', () => {
  const alphabet = fc.constantFrom(...'ابت 12.,;:!?"«»‹›)\'\n\u00a0\u2003'.split(''));
  it('sentences are sorted, trimmed and hold every non-blank character; clauses lie inside them', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')), (text) => {
        const segs = sentences(text);
        let covered = 0;
        let prev = 0;
        for (const s of segs) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(/^\s|\s$/.test(text.slice(s.start, s.end))).toBe(false);
          covered += text.slice(s.start, s.end).replace(/\s/g, '').length;
          for (const c of clauses(text, s)) {
            expect(c.start).toBeGreaterThanOrEqual(s.start);
            expect(c.end).toBeLessThanOrEqual(s.end);
          }
          prev = s.end;
        }
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMention } from '../src/index.js';

const FRAGMENTS = [
  'خرج أكثر من ٤٥٠٠ مسلحٍ',
  'وعاد نحو 12 ألف شخص',
  'بين 400 و500 مقاتل',
  'من 10 إلى 12 ألفاً',
  'عشرات الآلاف من المدنيين',
  'خمسمائة وخمسة وعشرون',
  'الدفعة الرابعة',
  'يوم الاثنين',
  'في 20/5/2018',
  'خلال الساعات الـ24 الماضية',
  'و500 آخرين',
  'بلغت النسبة 50 في المئة',
  'مليون ونصف',
  'ما لا يقل عن ٣٠',
  'قمة G20',
  'أكثـــر من',
  'ثلاثة آلاف وخمسمئة',
  '1.5 مليون',
  'تقريباً',
  'على الأقل',
  'و',
  '400-',
  'بين',
  'نصف',
  'حتى',
];
const SEPARATORS = [' ', '  ', '، ', '\n', '. ', ' - ', '', '"'];

/** The bounds OUTPUT.md gives each qualifier. */
function boundsHold(h: NumberMention): boolean {
  switch (h.qualifier) {
    case 'exact':
    case 'about':
      return h.value !== null && h.min === h.value && h.max === h.value;
    case 'more_than':
    case 'at_least':
      return h.value !== null && h.min === h.value && h.max === null;
    case 'less_than':
    case 'up_to':
      return h.value !== null && h.min === null && h.max === h.value;
    case 'range':
      return h.value !== null && h.min === h.value && h.max !== null && h.max > h.min;
    case 'vague':
      return h.value === null && h.min === null && h.max === null;
  }
}

describe('numbers: invariants on random text', () => {
  it('hits are ordered, disjoint and not empty; bounds follow the qualifier', () => {
    const piece = fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)).map(([f, s]) => f + s);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const input = pieces.join('');
        let previousEnd = 0;
        for (const h of findNumbers(input)) {
          expect(h.start).toBeGreaterThanOrEqual(previousEnd);
          expect(h.end).toBeGreaterThan(h.start);
          expect(boundsHold(h)).toBe(true);
          previousEnd = h.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const digitsIn = (s: string, script: string) => s.replace(/\d/g, (d) => script[Number(d)]!);
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('numbers: any integer written with digits', () => {
  it('is read back whatever the digit script and thousands separator', () => {
    const written = fc.integer({ min: 0, max: 999_999_999 }).chain((n) =>
      fc
        .constantFrom(
          String(n),
          group(n, ','),
          digitsIn(group(n, '٬'), ARABIC_INDIC),
          digitsIn(String(n), PERSIAN),
          n >= 1000 ? group(n, '.') : String(n),
        )
        .map((s) => [n, s] as const),
    );
    fc.assert(
      fc.property(written, ([n, s]) => {
        const hits = findNumbers(`أفادت المصادر بخروج ${s} شخص من المدينة`);
        expect(hits.map((h) => [h.text, h.value, h.qualifier])).toEqual([[s, n, 'exact']]);
      }),
      { numRuns: 300 },
    );
  });
});

// An independent speller of 1–999,999 in standard masculine forms, to read back.
const UNITS = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const TENS = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمائة', 'خمسمئة', 'ستمائة', 'سبعمئة', 'ثمانمئة', 'تسعمائة'];

function below1000(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h) parts.push(HUNDREDS[h]!);
  if (r > 0 && r <= 10) parts.push(UNITS[r]!);
  else if (r === 11) parts.push('أحد عشر');
  else if (r === 12) parts.push('اثنا عشر');
  else if (r > 12 && r < 20) parts.push(`${UNITS[r - 10]} عشر`);
  else if (r >= 20) parts.push(r % 10 ? `${UNITS[r % 10]} و${TENS[Math.floor(r / 10)]}` : TENS[r / 10]!);
  return parts.join(' و');
}

function spell(n: number): string {
  const k = Math.floor(n / 1000);
  const rest = n % 1000;
  const k100 = k % 100;
  const thousands =
    k === 0 ? '' : k === 1 ? 'ألف' : k === 2 ? 'ألفان' : `${below1000(k)} ${k100 >= 3 && k100 <= 10 ? 'آلاف' : k100 > 10 ? 'ألفاً' : 'ألف'}`;
  return [thousands, below1000(rest)].filter(Boolean).join(' و');
}

describe('numbers: any integer written in words', () => {
  it.each([
    [25, 'خمسة وعشرون'],
    [2500, 'ألفان وخمسمئة'],
    [13000, 'ثلاثة عشر ألفاً'],
    [101002, 'مئة وواحد ألف واثنان'],
  ])('the test speller writes %i as %s', (n, words) => {
    expect(spell(n)).toBe(words);
  });

  it('is read back as one expression', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const words = spell(n);
        const hits = findNumbers(`أفادت المصادر بخروج ${words} شخصاً من المدينة`);
        expect(hits.map((h) => [h.text, h.value])).toEqual([[words, n]]);
      }),
      { numRuns: 500 },
    );
  });
});

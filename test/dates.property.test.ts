// Invariants of the dates matcher on arbitrary mixes of date fragments, noise, diacritics,
// tatweel, Arabic-Indic digits, clitics, punctuation and line breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateMention } from '../src/index.js';
import { dateHits } from './dates.helpers.js';

const fragments = [
  'اليوم', 'أمس', 'غدًا', 'الجمعة', 'الاثنين', 'يوم', 'صباح', 'الماضي', 'الماضية', 'المقبل', 'منذ', 'قبل', 'خلال',
  'الساعات', 'الـ24', 'ساعة', 'الأيام', 'يومين', 'ثلاثة', 'أيام', 'عام', 'سنة', 'شهر', 'الشهر', 'العام', 'الأسبوع',
  'مطلع', 'منتصف', 'أيار', 'مايو', 'آب', 'أب', 'مارس', 'كانون', 'الثاني', 'الأول', 'تشرين', 'رمضان', 'هـ', 'م',
  'الثالث', 'الحادي', 'والعشرين', 'من', 'في', 'بين', 'و', 'الموافق', '3', '٣', '24', '2018', '٢٠١٨', '1438', '20/5/2018',
  '2018-05-20', '3-5', '(', ')', '/', '-', '،', '.', ':', '\n', 'وفي', 'والجمعة', 'لعام', 'بالأمس', 'صحيفة', 'السابع',
  'الساعة', 'المادة', 'قال', 'حلب', 'ُ', 'ّ', 'ـ', 'ً',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 3 })), { maxLength: 30 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '', '  ', '\u200f'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));
const published = fc.option(fc.constantFrom('2018-07-02', '2016-12-16', '2019-01-01', '2016-02-29'), { nil: null });

describe('dates matcher invariants', () => {
  it('mentions are ordered, non-overlapping, not empty and valid DateMentions', () => {
    fc.assert(
      fc.property(text, published, (input, pub) => {
        let last = 0;
        for (const h of dateHits(input, pub)) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.nEnd).toBeGreaterThan(h.nStart);
          last = h.end;
          expect(DateMention.safeParse(h).success).toBe(true);
          if (h.value) expect(h.value.length).toBe({ day: 10, month: 7, year: 4 }[h.precision]);
          if (!pub && h.relative) expect(h.value).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });
});

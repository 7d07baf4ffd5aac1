// Whole-pipeline invariants: whatever the text, every span the output carries is an exact slice
// of the input, and the output validates against the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { DocumentResult } from '../src/index.js';
import { badSpans } from './support/spans.js';

const fragments = [
  'وقال رئيس مركز المصالحة، اللواء أليكسي تسيغانكوف، ',
  '"إن ٢٥٠٠ شخصٍ عبروا ممر مخيم الوافدين الإنساني" ',
  'خرج نحو 1,200 مسلحٍ وعائلاتهم من حيّ الوعر بمدينة حمص ',
  'إلى ريفي حلب الشمالي وإدلب ',
  'أمس السبت ',
  'منذ 3 أيار/مايو ',
  'بحسب المرصد السوري لحقوق الإنسان. ',
  'وعاد ۳۰۰ نازح إلى منازلهم فى الغوطة الشرقية، ',
  'عبر معبر العامرية - الراموسة ',
  'ومن المتوقع خروج بين 400 و500 مقاتل غداً. ',
  'الـ24 ساعة الماضية ',
  '«لا يزال الوضع صعبا» ',
  '\r\n',
  '\u200f',
  'ـ',
  'ً',
  'dans la ville ',
];

describe('pipeline invariants', () => {
  it('every emitted span is input.slice(start, end), and the document validates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 14 }), (parts) => {
        const input = parts.join('');
        const doc = extract(input, { published: '2018-05-13' });
        expect(DocumentResult.safeParse(doc).success).toBe(true);
        expect(badSpans(input, doc)).toEqual([]);
        for (const e of doc.evacuations) expect(input).toContain(e.sentence);
      }),
      { numRuns: 150 },
    );
  });

  it('an empty text gives an empty document with a warning', () => {
    const doc = extract('  \n ', { id: 'x' });
    expect(doc).toMatchObject({ id: 'x', evacuations: [], places: [], quotes: [] });
    expect(doc.warnings.join(' ')).toMatch(/empty/);
  });

  it('rejects an impossible published date', () => {
    expect(() => extract('نص', { published: '2018-02-30' })).toThrow(/no such day/);
  });
});

describe('matchers read together', () => {
  it.each<[string, string[]]>([
    // A date the places matcher reads as part of a city's name is no date; the same words alone are one.
    ['وتستمر الأعمال في مدن العبور وبدر و6 أكتوبر والعاشر من رمضان. ووصل الوفد في 6 أكتوبر.', ['2018-10-06']],
    ['ووصل الوفد في 6 أكتوبر إلى القاهرة.', ['2018-10-06']],
  ])('%s', (text, dates) => {
    expect(extract(text, { published: '2018-10-24' }).dates.map((d) => d.value)).toEqual(dates);
  });

  it.each<[string, string[]]>([
    // A name that is also a word, inside the name of a person who speaks, is that person's name;
    // a place the gazetteer alone names stays one when it opens the name, and so does the word elsewhere.
    ['وذكرت مديرة الشؤون الإنسانية في محلية شندي، سلوى عثمان، أن الحافلات وصلت.', ['شندي']],
    ['وقال مدير مخيم حسن شام إن العائلات وصلت.', ['حسن شام']],
    // Any place after the person's first name is their family name; one with a preposition written on it is a place.
    ['وأشار مدير المحمية سليمان الزوايدة إلى أن المخيمات ممتلئة.', []],
    ['وقال رئيس بلدية بيت لاهيا، سامي أبو ريدة، إن العائلات نزحت.', ['بيت لاهيا']],
    ['وأكد عميد كلية الآداب والعلوم الانسانية برقادة بالقيروان، عبد الكريم العبيدي لموزاييك أن الطلبة عادوا.', ['القيروان']],
  ])('places: %s', (text, places) => {
    expect(extract(text, { published: '2018-10-24' }).places.map((p) => p.name)).toEqual(places);
  });
});

// CSV tables: the columns promised, one row per record with the document's id, date, url, title
// and outlet first, every place in origin/destination and the first one described, p-codes only where
// they are real, HXL hashtags for every column, RFC 4180 quoting that reads back exactly, and no formula a spreadsheet would run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_TABLE_NAMES, csvHeader, csvRows, LIST_SEPARATOR } from '../src/output/csv.js';
import { isPcode } from '../src/output/pcode.js';
import { DocumentResult, type PlaceRef } from '../src/index.js';

/** RFC 4180 reader, enough to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const place = (name: string, admin1: string | null, id: string | null): PlaceRef => ({
  name, en: null, type: 'city', admin1, country: 'SY', lat: 34.9, lon: 36.7, id, text: name,
});

const DOC = DocumentResult.parse({
  id: 'articles/a.txt',
  language: 'ar',
  published: '2018-05-13',
  relevance: 0.9,
  topics: ['evacuation'],
  evacuations: [
    {
      count: 3387, min: 3387, max: 3387, qualifier: 'exact', unit: 'person', group: 'people', kind: 'evacuation',
      status: 'completed', cumulative: true, since: '2018-05-07', date: null,
      origin: [place('الرستن', 'Homs', 'SY0400'), place('تلبيسة', null, 'sy:talbiseh')], destination: [],
      corridor: 'ممر الرستن', buses: 40, source: { name: 'سانا', type: 'outlet' },
      mentions: [{ start: 10, end: 14, text: '3387' }, { start: 90, end: 94, text: '3387' }], part_of: null, confidence: 0.9,
      sentence: 'خرج 3387 شخصاً، بينهم "مقاتلون"\nمن الرستن.',
    },
    {
      count: null, min: null, max: null, qualifier: 'vague', unit: 'family', group: 'families', kind: 'return',
      status: 'planned', cumulative: false, since: null, date: '2018-05-14', origin: [], destination: [place('ريف حلب الشمالي', 'Aleppo', 'SY02#rif-north')],
      corridor: null, buses: null, source: null, mentions: [{ start: 200, end: 205, text: 'عشرات' }], part_of: 0, confidence: 0.5,
      sentence: '=HYPERLINK("http://x.example")',
    },
  ],
  places: [{ ...place('الرستن', 'Homs', 'SY0400'), roles: ['origin', 'location'], mentions: [{ start: 30, end: 36, text: 'الرستن' }] }],
  corridors: [{ name: 'ممر الرستن', kind: 'corridor', places: [place('الرستن', 'Homs', 'SY0400')], humanitarian: true, mentions: [{ start: 40, end: 50, text: 'ممر الرستن' }] }],
  dates: [{ text: 'أمس', value: '2018-05-12', precision: 'day', relative: true, start: 3, end: 6 }],
  quotes: [{ speaker: { name: 'يوري يفتوشينكو', title: 'رئيس مركز المصالحة', rank: 'اللواء', organization: null }, anonymous: false, verb: 'قال', direct: true, text: 'انتهت العملية', outlet: null, start: 60, end: 73, statement: { start: 50, end: 77, text: 'قال اللواء: «انتهت العملية»' } }],
  warnings: [],
});

const table = (name: (typeof CSV_TABLE_NAMES)[number]) => {
  const [header, ...rows] = parseCsv(csvHeader(name) + csvRows(name, DOC));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('CSV tables', () => {
  it('evacuations: the columns in the documented order, sentence last', () => {
    expect(parseCsv(csvHeader('evacuations'))[0]).toEqual([
      'id', 'published', 'url', 'title', 'outlet', 'count', 'min', 'max', 'qualifier', 'unit', 'group', 'kind', 'status', 'cumulative', 'since', 'date',
      'origin', 'origin_en', 'origin_admin1', 'origin_pcode', 'origin_id', 'origin_lat', 'origin_lon',
      'destination', 'destination_en', 'destination_admin1', 'destination_pcode', 'destination_id', 'destination_lat', 'destination_lon',
      'corridor', 'buses', 'part_of', 'source_name', 'source_type', 'confidence', 'evidence', 'start', 'end', 'sentence',
    ]);
  });

  it('every table starts with the document id and published date', () => {
    for (const name of CSV_TABLE_NAMES) expect(parseCsv(csvHeader(name))[0]!.slice(0, 2)).toEqual(['id', 'published']);
  });

  it('evacuations: one row per record, every place in origin/destination, the first one described in the columns after, nulls empty, booleans spelt out', () => {
    const [first, second] = table('evacuations');
    expect(first).toMatchObject({
      id: 'articles/a.txt', published: '2018-05-13', count: '3387', qualifier: 'exact', cumulative: 'true', since: '2018-05-07', date: '',
      url: '', title: '', outlet: '',
      origin: `الرستن${LIST_SEPARATOR}تلبيسة`, origin_admin1: 'Homs', origin_pcode: 'SY0400', origin_id: 'SY0400', origin_lat: '34.9', origin_lon: '36.7',
      destination: '', destination_pcode: '', destination_id: '', corridor: 'ممر الرستن', buses: '40', source_name: 'سانا', source_type: 'outlet',
      confidence: '0.9', evidence: '3387', start: '10', end: '14', sentence: 'خرج 3387 شخصاً، بينهم "مقاتلون"\nمن الرستن.',
    });
    // An internal gazetteer id is no p-code: it stays in *_id, never in *_pcode.
    expect(second).toMatchObject({
      count: '', qualifier: 'vague', cumulative: 'false', source_name: '', destination: 'ريف حلب الشمالي', destination_admin1: 'Aleppo',
      destination_pcode: '', destination_id: 'SY02#rif-north',
    });
  });

  it('url, title and outlet of the document start every row of every table', () => {
    const traced = { ...DOC, url: 'https://news.example/a', title: 'خبر', outlet: 'سانا' };
    for (const name of CSV_TABLE_NAMES) {
      const [header, ...rows] = parseCsv(csvHeader(name) + csvRows(name, traced));
      expect(header!.slice(0, 5)).toEqual(['id', 'published', 'url', 'title', 'outlet']);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.slice(0, 5)).toEqual(['articles/a.txt', '2018-05-13', 'https://news.example/a', 'خبر', 'سانا']);
    }
  });

  it('documents: one row per document, even without records', () => {
    const rows = parseCsv(csvHeader('documents') + csvRows('documents', { ...DOC, evacuations: [], warnings: ['a', 'b'] }));
    expect(rows).toHaveLength(2);
    expect(Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]))).toMatchObject({
      id: 'articles/a.txt', language: 'ar', records: '0', place_count: '1', corridor_count: '1', date_count: '1', quote_count: '1', warnings: `a${LIST_SEPARATOR}b`,
    });
  });

  it.each<[string, string | null, string | null]>([
    ['SY04', 'SY04', 'governorate'],
    ['SY0400', 'SY0400', 'district'],
    ['SY040300', 'SY040300', 'subdistrict'],
    ['C10011010', 'C10011010', 'Damascus neighbourhood'],
    ['sy:al-waer', null, 'internal id'],
    ['cc:EG', null, 'country'],
    ['SY02#rif-north-east', null, 'derived region'],
  ])('pcode column of %s is %s (%s)', (id, pcode) => {
    const rows = parseCsv(csvHeader('places') + csvRows('places', { ...DOC, places: [{ ...DOC.places[0]!, id }] }));
    const cells = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(cells.pcode).toBe(pcode ?? '');
    expect(cells.place_id).toBe(id);
  });

  // The rule that keeps internal ids out of p-code columns, checked on the whole gazetteer: a real
  // OCHA p-code (the shared table, when present) and nothing else.
  it('of all the gazetteer ids, exactly the OCHA p-codes are p-codes', () => {
    const shared = join(import.meta.dirname, '..', '..', 'shared', 'data', 'syria-admin-pcodes.csv');
    const ocha = existsSync(shared) ? new Set(readFileSync(shared, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0])) : null;
    const dir = join(import.meta.dirname, '..', 'rules', 'gazetteer');
    const ids = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(1000);
    const wrong = ids.filter((id) => isPcode(id) !== (ocha ? ocha.has(id) : !/[:#]/.test(id)));
    expect(wrong).toEqual([]);
    expect(ids.filter(isPcode).length).toBeGreaterThanOrEqual(345);
  });

  it('with HXL, a row of hashtags under the header, one per column', () => {
    for (const name of CSV_TABLE_NAMES) {
      const [header, tags] = parseCsv(csvHeader(name, { hxl: true }));
      expect(tags).toHaveLength(header!.length);
      for (const tag of tags!) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    }
    const [header, tags] = parseCsv(csvHeader('evacuations', { hxl: true }));
    const tagOf = Object.fromEntries(header!.map((h, i) => [h, tags![i]]));
    expect(tagOf).toMatchObject({
      count: '#affected', date: '#date', url: '#meta+url', outlet: '#meta+source', origin_admin1: '#adm1+origin+name',
      origin_pcode: '#loc+origin+code', origin_lat: '#geo+origin+lat', destination_lon: '#geo+dest+lon', destination: '#loc+dest+name+list',
    });
  });

  it('escapes a formula in a text cell with a leading apostrophe', () => {
    expect(table('evacuations')[1]!.sentence).toBe(`'=HYPERLINK("http://x.example")`);
  });

  it.each<[(typeof CSV_TABLE_NAMES)[number], Record<string, string>]>([
    ['places', { name: 'الرستن', type: 'city', admin1: 'Homs', country: 'SY', lat: '34.9', pcode: 'SY0400', place_id: 'SY0400', roles: `origin${LIST_SEPARATOR}location`, mentions: '1', start: '30' }],
    ['corridors', { name: 'ممر الرستن', kind: 'corridor', humanitarian: 'true', places: 'الرستن', places_pcode: 'SY0400', places_id: 'SY0400', text: 'ممر الرستن', start: '40' }],
    ['dates', { text: 'أمس', value: '2018-05-12', precision: 'day', relative: 'true', start: '3', end: '6' }],
    ['quotes', { speaker_name: 'يوري يفتوشينكو', speaker_rank: 'اللواء', speaker_organization: '', anonymous: 'false', direct: 'true', text: 'انتهت العملية' }],
  ])('%s table', (name, expected) => {
    const rows = table(name);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'articles/a.txt', published: '2018-05-13', ...expected });
  });

  it('a document without records gives no rows', () => {
    expect(csvRows('evacuations', { ...DOC, evacuations: [] })).toBe('');
  });

  it('uses CRLF between records (RFC 4180)', () => {
    expect(csvHeader('dates')).toBe('id,published,url,title,outlet,text,value,precision,relative,start,end\r\n');
  });

  it('reads back any text exactly, formulas behind an apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (sentence, id) => {
        const doc = { ...DOC, id, evacuations: [{ ...DOC.evacuations[0]!, sentence }] };
        const [row] = parseCsv(csvRows('evacuations', doc));
        const guard = (s: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? `'${s}` : s);
        expect(row![0]).toBe(guard(id));
        expect(row!.at(-1)).toBe(guard(sentence));
      }),
    );
  });
});

// The fixture batch through every analyst format, read back with a real parser (csv-parse, exceljs,
// check-geojson) and checked field by field against the same run's JSONL documents; and batches of
// any shape (JSONL under any name) giving one document per line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeFrontMatter } from '../src/io/frontmatter.js';
import { CSV_TABLES, type Cell, type CsvTable } from '../src/output/csv.js';
import { XLSX_SHEETS } from '../src/output/xlsx.js';
import type { DocumentResult, PlaceRef } from '../src/schema.js';
import { ensureBuilt, jsonl, ROOT, run } from './cli-helpers.js';

const SLOW = { timeout: 180_000 };
const ARTICLES = join(ROOT, 'fixtures', 'articles');
const url = (id: string) => `https://news.example/fixtures/${id}`;
const OUTLET = 'وكالة الاختبار';

let dir: string;
let docs: DocumentResult[];
let batchLines: number;

/** The fixture articles as one JSONL batch, each with an (invented) url and outlet. */
function writeBatch(): string {
  const lines = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { text, frontMatter } = takeFrontMatter(readFileSync(join(ARTICLES, f), 'utf8'));
      const id = basename(f, '.txt');
      return JSON.stringify({ id, text, published: frontMatter?.published, title: frontMatter?.title, url: url(id), source: OUTLET });
    });
  batchLines = lines.length;
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'evac-formats-'));
  writeFileSync(join(dir, 'batch.jsonl'), writeBatch());
  const out = await run(['-q', 'batch.jsonl'], { cwd: dir });
  expect(out.code).toBe(0);
  docs = jsonl(out.stdout) as unknown as DocumentResult[];
}, SLOW.timeout);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isPcode = (id: string | null) => id !== null && /^(SY\d{2}(\d{2}){0,2}|C\d+)$/.test(id);
const cellText = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));

async function csvOf(args: string[]): Promise<{ header: string[]; tags: string[] | null; rows: Record<string, string>[] }> {
  const out = await run(['-q', 'batch.jsonl', '-f', 'csv', ...args], { cwd: dir });
  expect(out.code).toBe(0);
  const records = parse(out.stdout, { bom: true, relax_column_count: false }) as string[][];
  const header = records[0]!;
  const hxl = args.includes('--hxl');
  const body = records.slice(hxl ? 2 : 1);
  return { header, tags: hxl ? records[1]! : null, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

describe('CSV for analysts, read back with csv-parse', SLOW, () => {
  it('evacuations with --hxl: hashtags under the header, one row per record, traced, every place listed and the first one described', async () => {
    const { header, tags, rows } = await csvOf(['--hxl']);
    expect(tags).toHaveLength(header.length);
    expect(Object.fromEntries(header.map((h, i) => [h, tags![i]]))).toMatchObject({ count: '#affected', url: '#meta+url', origin_admin1: '#adm1+origin+name', date: '#date' });
    const records = docs.flatMap((d) => d.evacuations.map((e) => ({ d, e })));
    expect(rows).toHaveLength(records.length);
    expect(records.length).toBeGreaterThan(50);
    records.forEach(({ d, e }, i) => {
      const row = rows[i]!;
      const end = (role: 'origin' | 'destination', first: PlaceRef | undefined, all: PlaceRef[]) => ({
        [role]: all.map((p) => p.name).join(' | '),
        [`${role}_en`]: cellText(first?.en),
        [`${role}_admin1`]: cellText(first?.admin1),
        [`${role}_pcode`]: first && isPcode(first.id) ? first.id! : '',
        [`${role}_id`]: cellText(first?.id),
        [`${role}_lat`]: cellText(first?.lat),
        [`${role}_lon`]: cellText(first?.lon),
      });
      expect(row).toEqual(
        expect.objectContaining({
          id: d.id, published: cellText(d.published), url: url(d.id), title: d.title, outlet: OUTLET,
          count: cellText(e.count), kind: e.kind, status: e.status, date: cellText(e.date), unit: e.unit,
          ...end('origin', e.origin[0], e.origin),
          ...end('destination', e.destination[0], e.destination),
          evidence: e.mentions[0]!.text, start: String(e.mentions[0]!.start), end: String(e.mentions[0]!.end),
        }),
      );
    });
    // The fixtures do name places without a p-code: the column stays empty while the id is kept.
    expect(rows.some((r) => r.origin_id && !r.origin_pcode)).toBe(true);
    expect(rows.some((r) => r.origin_pcode)).toBe(true);
    expect(rows.filter((r) => r.origin_en).length).toBeGreaterThan(rows.length / 2);
  });

  it('-t documents: one row per article, records and warnings counted, nothing missing', async () => {
    const { rows } = await csvOf(['-t', 'documents']);
    expect(rows.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(rows).toHaveLength(batchLines);
    docs.forEach((d, i) => {
      expect(rows[i]).toEqual(
        expect.objectContaining({
          url: url(d.id), title: d.title, outlet: OUTLET, published: cellText(d.published), language: d.language,
          records: String(d.evacuations.length), place_count: String(d.places.length), quote_count: String(d.quotes.length),
          warnings: d.warnings.join(' | '),
        }),
      );
    });
  });

  it('-t documents over the fixture folder: one row per file', async () => {
    const out = await run(['-q', ARTICLES, '-f', 'csv', '-t', 'documents'], { cwd: dir });
    const rows = parse(out.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => basename(r.id!))).toEqual(readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort());
    expect(rows.every((r) => r.title)).toBe(true);
  });
});

/** What a typed workbook cell holds for a table cell: days as dates, the rest as they are. */
function expectedCell(header: string, cell: Cell): unknown {
  if (cell === null) return null;
  if (typeof cell === 'string' && ['published', 'since', 'date', 'value'].includes(header) && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
}

describe('Excel workbook, read back with exceljs', SLOW, () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = await run(['-q', 'batch.jsonl', '-o', 'out.xlsx'], { cwd: dir });
    expect(out.code).toBe(0);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
  }, SLOW.timeout);

  it('one sheet per table, in order', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['documents', 'evacuations', 'places', 'corridors', 'quotes', 'dates']);
  });

  it.each(XLSX_SHEETS)('%s: header frozen, autofilter, every cell typed and equal to the document', (name: CsvTable) => {
    const sheet = workbook.getWorksheet(name)!;
    const { header } = CSV_TABLES[name];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...header]);
    const expected = docs.flatMap((d) => CSV_TABLES[name].rows(d));
    expect(sheet.actualRowCount - 1).toBe(expected.length);
    expected.forEach((cells, r) => {
      const row = sheet.getRow(r + 2);
      cells.forEach((cell, c) => {
        const value = row.getCell(c + 1).value;
        expect(value ?? null, `${name} row ${r + 2} ${header[c]}`).toEqual(expectedCell(header[c]!, cell));
      });
    });
  });

  it('evidence stays text, dates are dates, figures are numbers, Arabic columns read right to left', () => {
    const sheet = workbook.getWorksheet('evacuations')!;
    const col = (h: string) => CSV_TABLES.evacuations.header.indexOf(h) + 1;
    const row = sheet.getRow(2);
    expect(typeof row.getCell(col('evidence')).value).toBe('string');
    expect(row.getCell(col('published')).value).toBeInstanceOf(Date);
    expect(typeof row.getCell(col('count')).value).toBe('number');
    expect(sheet.getColumn(col('sentence')).alignment).toMatchObject({ readingOrder: 'rtl' });
    expect(sheet.getColumn(col('evidence')).numFmt).toBe('@');
  });
});

describe('GeoJSON map layer, validated with check-geojson', SLOW, () => {
  it('a valid FeatureCollection: located places as points, located movements as lines, traced', async () => {
    const out = await run(['-q', 'batch.jsonl', '-o', 'map.geojson'], { cwd: dir });
    expect(out.code).toBe(0);
    const text = readFileSync(join(dir, 'map.geojson'), 'utf8');
    const collection = check(text) as unknown as { type: string; features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');

    const located = (p: PlaceRef) => p.lat !== null && p.lon !== null;
    const points = collection.features.filter((f) => f.geometry.type === 'Point');
    const expectedPoints = docs.flatMap((d) => d.places.filter(located).map((p) => ({ d, p })));
    expect(points).toHaveLength(expectedPoints.length);
    expectedPoints.forEach(({ d, p }, i) => {
      expect(points[i]!.geometry.coordinates).toEqual([p.lon, p.lat]);
      expect(points[i]!.properties).toMatchObject({ feature: 'place', name: p.name, en: p.en, place_id: p.id, document: d.id, url: url(d.id) });
    });

    const lines = collection.features.filter((f) => f.geometry.type === 'LineString');
    const expectedLines = docs.flatMap((d) =>
      d.evacuations.flatMap((e) => {
        const from = e.origin.find(located);
        const to = e.destination.find(located);
        return from && to ? [{ d, e, from, to }] : [];
      }),
    );
    expect(expectedLines.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(expectedLines.length);
    expectedLines.forEach(({ d, e, from, to }, i) => {
      expect(lines[i]!.geometry.coordinates).toEqual([[from.lon, from.lat], [to.lon, to.lat]]);
      expect(lines[i]!.properties).toMatchObject({ feature: 'movement', count: e.count, kind: e.kind, status: e.status, date: e.date, document: d.id, url: url(d.id) });
    });
  });

  it('an empty batch is still a valid, empty FeatureCollection', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const out = await run(['-q', 'empty.jsonl', '-f', 'geojson'], { cwd: dir });
    expect(check(out.stdout.toString('utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('any batch shape', SLOW, () => {
  it.each(['batch.json', 'batch.txt', 'batch'])('a JSONL batch named %s gives one document per line', async (name) => {
    writeFileSync(join(dir, name), readFileSync(join(dir, 'batch.jsonl')));
    const out = await run(['-q', name], { cwd: dir });
    expect(out.code).toBe(0);
    expect(jsonl(out.stdout).map((d) => d.id)).toEqual(docs.map((d) => d.id));
  });

  it('a JSON array of articles; -o - is stdout', async () => {
    const articles = readFileSync(join(dir, 'batch.jsonl'), 'utf8').trim().split('\n').slice(0, 3).map((l) => JSON.parse(l) as object);
    writeFileSync(join(dir, 'array.json'), JSON.stringify(articles, null, 2));
    const out = await run(['-q', 'array.json', '-o', '-'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(jsonl(out.stdout)).toEqual(docs.slice(0, 3));
  });

  it('a bad published date and a repeated id: still extracted, with warnings', async () => {
    writeFileSync(join(dir, 'odd.jsonl'), '{"id":"a","text":"نزح 300 مدني من حمص أمس","published":"13/05/2018"}\n{"id":"a","text":"وصل 40 شخصا"}\n');
    const out = await run(['odd.jsonl'], { cwd: dir });
    expect(out.code).toBe(0);
    const [first, second] = jsonl(out.stdout) as unknown as DocumentResult[];
    expect(first!.warnings).toContain('invalid published date "13/05/2018" (expected YYYY-MM-DD): ignored');
    expect(first!.evacuations.map((e) => e.count)).toEqual([300]);
    expect(second!.warnings).toContain('duplicate id "a": an earlier document has it too');
    expect(out.errors).toContain('evac-extract: a: warning: duplicate id "a": an earlier document has it too');
  });
});

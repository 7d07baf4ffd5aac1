// Flat CSV tables of document results: one row per evacuation (or place, corridor, date, quote,
// document), each row starting with the document's id, published date, url, title and outlet so
// that every row traces back to its article. Place columns hold the first place (Arabic and English
// name, governorate, OCHA p-code, gazetteer id, coordinates) and a list column holds them all. RFC 4180 (CRLF line ends, quotes
// doubled), UTF-8. Text cells starting with = + - @ TAB or CR get a leading apostrophe so that a
// spreadsheet never runs them as formulas (csv-stringify's escape_formulas; numbers are left alone).
// Lists inside one cell are joined with " | "; a null value is an empty cell.
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult, Evacuation, PlaceRef, Span } from '../schema.js';
import { hxlTag } from './hxl.js';
import { pcodeOf } from './pcode.js';

export type Cell = string | number | boolean | null;
type Column<T> = readonly [header: string, value: (row: T) => Cell];

export interface Table {
  header: readonly string[];
  rows(doc: DocumentResult): Cell[][];
}

export const LIST_SEPARATOR = ' | ';

/** One cell for a list; null when every item is null, so an all-unknown list stays an empty cell. */
const joined = (values: readonly (string | null)[]): string | null =>
  values.some((v) => v !== null) ? values.map((v) => v ?? '').join(LIST_SEPARATOR) : null;

const names = (places: readonly PlaceRef[]) => joined(places.map((p) => p.name));
const englishNames = (places: readonly PlaceRef[]) => joined(places.map((p) => p.en));
const pcodes = (places: readonly PlaceRef[]) => joined(places.map(pcodeOf));
const ids = (places: readonly PlaceRef[]) => joined(places.map((p) => p.id));

const firstMention = (mentions: readonly Span[]): Span | undefined => mentions[0];

/** The first place of a list in its own columns (`origin`, `origin_en`, …), the whole list in `<role>s`. */
function placeColumns<T>(role: string, places: (row: T) => readonly PlaceRef[]): Column<T>[] {
  const first = (row: T): PlaceRef | undefined => places(row)[0];
  return [
    // The contract's column: every place, joined (OUTPUT.md); the columns after it describe the first.
    [role, (r) => names(places(r))],
    [`${role}_en`, (r) => first(r)?.en ?? null],
    [`${role}_admin1`, (r) => first(r)?.admin1 ?? null],
    [`${role}_pcode`, (r) => { const p = first(r); return p ? pcodeOf(p) : null; }],
    [`${role}_id`, (r) => first(r)?.id ?? null],
    [`${role}_lat`, (r) => first(r)?.lat ?? null],
    [`${role}_lon`, (r) => first(r)?.lon ?? null],
  ];
}

/** What every row starts with: the document it comes from. */
const DOCUMENT_COLUMNS: readonly Column<DocumentResult>[] = [
  ['id', (d) => d.id],
  ['published', (d) => d.published],
  ['url', (d) => d.url ?? null],
  ['title', (d) => d.title ?? null],
  ['outlet', (d) => d.outlet ?? null],
];

function table<T>(items: (doc: DocumentResult) => readonly T[], columns: readonly Column<T>[]): Table {
  return {
    header: [...DOCUMENT_COLUMNS.map(([h]) => h), ...columns.map(([h]) => h)],
    rows: (doc) => {
      const lead = DOCUMENT_COLUMNS.map(([, value]) => value(doc));
      return items(doc).map((item) => [...lead, ...columns.map(([, value]) => value(item))]);
    },
  };
}

export const CSV_TABLES = {
  documents: table((d) => [d], [
    ['language', (d) => d.language],
    ['relevance', (d) => d.relevance],
    ['topics', (d) => (d.topics.length ? d.topics.join(LIST_SEPARATOR) : null)],
    ['records', (d) => d.evacuations.length],
    ['place_count', (d) => d.places.length],
    ['corridor_count', (d) => d.corridors.length],
    ['date_count', (d) => d.dates.length],
    ['quote_count', (d) => d.quotes.length],
    ['warnings', (d) => (d.warnings.length ? d.warnings.join(LIST_SEPARATOR) : null)],
  ]),
  evacuations: table((d) => d.evacuations, [
    ['count', (e) => e.count],
    ['min', (e) => e.min],
    ['max', (e) => e.max],
    ['qualifier', (e) => e.qualifier],
    ['unit', (e) => e.unit],
    ['group', (e) => e.group],
    ['kind', (e) => e.kind],
    ['status', (e) => e.status],
    ['cumulative', (e) => e.cumulative],
    ['since', (e) => e.since],
    ['date', (e) => e.date],
    ...placeColumns<Evacuation>('origin', (e) => e.origin),
    ...placeColumns<Evacuation>('destination', (e) => e.destination),
    ['corridor', (e) => e.corridor],
    ['buses', (e) => e.buses],
    ['part_of', (e) => e.part_of],
    ['source_name', (e) => e.source?.name ?? null],
    ['source_type', (e) => e.source?.type ?? null],
    ['confidence', (e) => e.confidence],
    ['evidence', (e) => firstMention(e.mentions)?.text ?? null],
    ['start', (e) => firstMention(e.mentions)?.start ?? null],
    ['end', (e) => firstMention(e.mentions)?.end ?? null],
    ['sentence', (e) => e.sentence],
  ]),
  places: table((d) => d.places, [
    ['name', (p) => p.name],
    ['en', (p) => p.en],
    ['type', (p) => p.type],
    ['admin1', (p) => p.admin1],
    ['country', (p) => p.country],
    ['lat', (p) => p.lat],
    ['lon', (p) => p.lon],
    ['pcode', (p) => pcodeOf(p)],
    ['place_id', (p) => p.id],
    ['roles', (p) => joined(p.roles)],
    ['mentions', (p) => p.mentions.length],
    ['text', (p) => p.text],
    ['start', (p) => firstMention(p.mentions)?.start ?? null],
    ['end', (p) => firstMention(p.mentions)?.end ?? null],
  ]),
  corridors: table((d) => d.corridors, [
    ['name', (c) => c.name],
    ['kind', (c) => c.kind],
    ['humanitarian', (c) => c.humanitarian],
    ['places', (c) => names(c.places)],
    ['places_en', (c) => englishNames(c.places)],
    ['places_pcode', (c) => pcodes(c.places)],
    ['places_id', (c) => ids(c.places)],
    ['mentions', (c) => c.mentions.length],
    ['text', (c) => firstMention(c.mentions)?.text ?? null],
    ['start', (c) => firstMention(c.mentions)?.start ?? null],
    ['end', (c) => firstMention(c.mentions)?.end ?? null],
  ]),
  dates: table((d) => d.dates, [
    ['text', (m) => m.text],
    ['value', (m) => m.value],
    ['precision', (m) => m.precision],
    ['relative', (m) => m.relative],
    ['start', (m) => m.start],
    ['end', (m) => m.end],
  ]),
  quotes: table((d) => d.quotes, [
    ['speaker_name', (q) => q.speaker.name],
    ['speaker_title', (q) => q.speaker.title],
    ['speaker_rank', (q) => q.speaker.rank],
    ['speaker_organization', (q) => q.speaker.organization],
    ['anonymous', (q) => q.anonymous],
    ['verb', (q) => q.verb],
    ['direct', (q) => q.direct],
    ['outlet', (q) => q.outlet],
    ['start', (q) => q.start],
    ['end', (q) => q.end],
    ['text', (q) => q.text],
  ]),
} satisfies Record<string, Table>;

export type CsvTable = keyof typeof CSV_TABLES;
export const CSV_TABLE_NAMES = Object.keys(CSV_TABLES) as CsvTable[];

const toCsv = (records: Cell[][]) =>
  stringify(records, {
    record_delimiter: 'windows',
    // A sentence may hold line breaks: quote any cell with CR or LF, not only CRLF.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });

/** The header row, and with `hxl` the row of HXL hashtags under it. */
export const csvHeader = (name: CsvTable, { hxl = false }: { hxl?: boolean } = {}): string => {
  const { header } = CSV_TABLES[name];
  return toCsv(hxl ? [[...header], header.map(hxlTag)] : [[...header]]);
};

export const csvRows = (name: CsvTable, doc: DocumentResult): string => toCsv(CSV_TABLES[name].rows(doc));

// Flat CSV tables of document results: one row per evacuation (or place, corridor, date, quote),
// each row starting with the document's id and published date. RFC 4180 (CRLF line ends, quotes
// doubled), UTF-8. Text cells starting with = + - @ TAB or CR get a leading apostrophe so that a
// spreadsheet never runs them as formulas (csv-stringify's escape_formulas; numbers are left alone).
// Lists inside one cell are joined with " | "; a null value is an empty cell.
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult, PlaceRef, Span } from '../schema.js';

type Cell = string | number | boolean | null;
type Column<T> = readonly [header: string, value: (row: T) => Cell];

interface Table {
  header: readonly string[];
  rows(doc: DocumentResult): Cell[][];
}

export const LIST_SEPARATOR = ' | ';

/** One cell for a list; null when every item is null, so an all-unknown list stays an empty cell. */
const joined = (values: readonly (string | null)[]): string | null =>
  values.some((v) => v !== null) ? values.map((v) => v ?? '').join(LIST_SEPARATOR) : null;

const names = (places: readonly PlaceRef[]) => joined(places.map((p) => p.name));
const admin1s = (places: readonly PlaceRef[]) => joined(places.map((p) => p.admin1));
const pcodes = (places: readonly PlaceRef[]) => joined(places.map((p) => p.id));

const firstMention = (mentions: readonly Span[]): Span | undefined => mentions[0];

function table<T>(items: (doc: DocumentResult) => readonly T[], columns: readonly Column<T>[]): Table {
  return {
    header: ['id', 'published', ...columns.map(([h]) => h)],
    rows: (doc) => items(doc).map((item) => [doc.id, doc.published, ...columns.map(([, value]) => value(item))]),
  };
}

export const CSV_TABLES = {
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
    ['origin', (e) => names(e.origin)],
    ['origin_admin1', (e) => admin1s(e.origin)],
    ['origin_pcode', (e) => pcodes(e.origin)],
    ['destination', (e) => names(e.destination)],
    ['destination_admin1', (e) => admin1s(e.destination)],
    ['destination_pcode', (e) => pcodes(e.destination)],
    ['corridor', (e) => e.corridor],
    ['buses', (e) => e.buses],
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
    ['pcode', (p) => p.id],
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
    ['places_pcode', (c) => pcodes(c.places)],
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

export const csvHeader = (name: CsvTable): string => toCsv([[...CSV_TABLES[name].header]]);

export const csvRows = (name: CsvTable, doc: DocumentResult): string => toCsv(CSV_TABLES[name].rows(doc));

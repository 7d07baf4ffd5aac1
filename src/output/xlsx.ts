// One Excel workbook with a sheet per CSV table (documents, evacuations, places, corridors, quotes,
// dates). Cells are typed: numbers as numbers, days as dates, booleans as booleans, and text as
// text (so evidence such as "3-5" or "1/2" is never turned into a date). Every sheet has its header
// row frozen and an autofilter; Arabic columns read right to left.
// Memory stays flat on large batches: rows are spilled to a temporary file per sheet as documents
// arrive, and at the end each sheet is streamed into the workbook in turn (exceljs's streaming
// WorkbookWriter), so a sheet never waits in memory for the one before it.
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { DocumentResult } from '../schema.js';
import { CSV_TABLES, type Cell, type CsvTable } from './csv.js';
import type { Sink } from './sink.js';
import type { DocumentWriter } from './writers.js';

/** Sheets in workbook order: documents first, so nothing that was read goes unlisted. */
export const XLSX_SHEETS: readonly CsvTable[] = ['documents', 'evacuations', 'places', 'corridors', 'quotes', 'dates'];

/** Columns holding YYYY-MM-DD days (a `value` of month or year precision stays text). */
const DATE_COLUMNS = new Set(['published', 'since', 'date', 'value']);

/** Columns of Arabic text, shown right to left. */
const ARABIC_COLUMNS = new Set([
  'title', 'outlet', 'origin', 'destination', 'topics', 'corridor', 'source_name', 'evidence', 'sentence',
  'name', 'text', 'places', 'speaker_name', 'speaker_title', 'speaker_rank', 'speaker_organization', 'verb',
]);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function typed(header: string, cell: Cell): Cell | Date {
  if (typeof cell !== 'string' || !DATE_COLUMNS.has(header)) return cell;
  const day = DAY.exec(cell);
  return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : cell;
}

/** Spreadsheet column letters of a 1-based index (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** A Writable that hands exceljs's bytes to the sink, waiting for it (back-pressure). */
const sinkStream = (sink: Sink) =>
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.write(chunk).then(() => done(), done);
    },
  });

async function writeWorkbook(sink: Sink, spills: ReadonlyMap<CsvTable, string>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sinkStream(sink), useStyles: true, useSharedStrings: false });
  for (const name of XLSX_SHEETS) {
    const { header } = CSV_TABLES[name];
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = header.map((h) => ({
      key: h,
      width: ARABIC_COLUMNS.has(h) ? 40 : DATE_COLUMNS.has(h) ? 12 : Math.max(10, h.length + 2),
      style: {
        ...(DATE_COLUMNS.has(h) ? { numFmt: 'yyyy-mm-dd' } : {}),
        ...(ARABIC_COLUMNS.has(h) ? { numFmt: '@', alignment: { readingOrder: 'rtl', horizontal: 'right' } } : {}),
      },
    }));
    sheet.autoFilter = `A1:${columnLetter(header.length)}1`;
    const top = sheet.addRow([...header]);
    top.font = { bold: true };
    top.commit();
    const lines = createInterface({ input: createReadStream(spills.get(name)!, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const cells = JSON.parse(line) as Cell[];
      sheet.addRow(cells.map((c, i) => typed(header[i]!, c))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

export function xlsxWriter(sink: Sink): DocumentWriter {
  let folder: string | null = null;
  const spills = new Map<CsvTable, string>();
  const streams = new Map<CsvTable, WriteStream>();
  // A run that ends without end() (no input could be read, a write error) must not leave its spill.
  const discard = () => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
  const open = async () => {
    if (folder) return;
    folder = await mkdtemp(join(tmpdir(), 'evac-xlsx-'));
    process.once('exit', discard);
    for (const name of XLSX_SHEETS) {
      const path = join(folder, `${name}.jsonl`);
      spills.set(name, path);
      streams.set(name, createWriteStream(path));
    }
  };
  return {
    async write(doc: DocumentResult) {
      await open();
      for (const name of XLSX_SHEETS) {
        const rows = CSV_TABLES[name].rows(doc);
        const stream = streams.get(name)!;
        if (rows.length && !stream.write(rows.map((r) => `${JSON.stringify(r)}\n`).join(''))) await once(stream, 'drain');
      }
    },
    async end() {
      await open();
      try {
        for (const stream of streams.values()) {
          stream.end();
          await once(stream, 'close');
        }
        await writeWorkbook(sink, spills);
      } finally {
        process.off('exit', discard);
        await rm(folder!, { recursive: true, force: true });
      }
    },
  };
}

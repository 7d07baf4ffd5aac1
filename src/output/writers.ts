// Streams document results in one of the output formats, each document as soon as it is done:
// JSONL one per line; JSON an array (`[` first, then each document); CSV a header row, then rows;
// GeoJSON one FeatureCollection; XLSX a workbook of every table (spilled to disk, then streamed);
// table a terminal view per article; html one review page, each article's section as it comes.
// Nothing is collected, so memory stays flat however many documents a batch has.
// Each format's module is imported when that format is asked for: a JSONL run does not load the
// table, spreadsheet, map or page code (nor their packages).
import type { DocumentResult } from '../schema.js';
import type { CsvTable } from './csv.js';
import type { Sink } from './sink.js';
import type { TableStyle } from './table.js';

/** The output formats, each with the file extensions that choose it when -o names a file. */
const FORMATS = {
  jsonl: ['.jsonl', '.ndjson'],
  json: ['.json'],
  csv: ['.csv'],
  xlsx: ['.xlsx'],
  geojson: ['.geojson'],
  table: [],
  html: ['.html', '.htm'],
} as const satisfies Record<string, readonly string[]>;

export type OutputFormat = keyof typeof FORMATS;
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];

/** The format an output file name asks for (by extension, any case), if any. */
export const formatOfFile = (file: string): OutputFormat | undefined =>
  OUTPUT_FORMATS.find((f) => (FORMATS[f] as readonly string[]).some((ext) => file.toLowerCase().endsWith(ext)));

export interface WriterOptions {
  /** JSON only: indent documents. */
  pretty?: boolean;
  /** CSV only: which table (default evacuations). */
  table?: CsvTable;
  /** CSV only: start with a UTF-8 byte-order mark. */
  bom?: boolean;
  /** CSV only: a row of HXL hashtags under the header. */
  hxl?: boolean;
  /** Table only: shaping, colour and width (default: shaped, no colour, 120 columns). */
  style?: Partial<TableStyle>;
}

/** The article a result came from, for the formats a person reads (the data formats leave it out). */
export interface ArticleView {
  /** The text the result's offsets index. */
  text: string;
  title: string | null;
}

export interface DocumentWriter {
  write(doc: DocumentResult, article?: ArticleView): Promise<void>;
  /** The formats that write a document as its compact JSON text take that text (JSON.stringify(doc)) too. */
  writeJson?(json: string): Promise<void>;
  end(): Promise<void>;
}

function jsonlWriter(sink: Sink): DocumentWriter {
  const writeJson = (json: string) => sink.write(`${json}\n`);
  return {
    write: (doc) => writeJson(JSON.stringify(doc)),
    writeJson,
    end: async () => {},
  };
}

function jsonWriter(sink: Sink, pretty: boolean): DocumentWriter {
  let count = 0;
  const writeJson = (json: string) => sink.write(`${count++ ? ',\n' : '[\n'}${json}`);
  return {
    write: (doc) => writeJson(pretty ? JSON.stringify(doc, null, 2).replace(/^/gm, '  ') : JSON.stringify(doc)),
    ...(pretty ? {} : { writeJson }),
    end: () => sink.write(count ? '\n]\n' : '[]\n'),
  };
}

async function csvWriter(sink: Sink, table: CsvTable, bom: boolean, hxl: boolean): Promise<DocumentWriter> {
  const { csvHeader, csvRows } = await import('./csv.js');
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await sink.write(`${bom ? '\uFEFF' : ''}${csvHeader(table, { hxl })}`);
  };
  return {
    async write(doc) {
      await start();
      const rows = csvRows(table, doc);
      if (rows) await sink.write(rows);
    },
    end: start,
  };
}

async function tableWriter(sink: Sink, style: TableStyle): Promise<DocumentWriter> {
  const { renderDocument } = await import('./table.js');
  return {
    write: (doc, article) => sink.write(renderDocument(doc, article?.title ?? null, style)),
    end: async () => {},
  };
}

export async function createWriter(format: OutputFormat, sink: Sink, options: WriterOptions = {}): Promise<DocumentWriter> {
  switch (format) {
    case 'jsonl':
      return jsonlWriter(sink);
    case 'json':
      return jsonWriter(sink, options.pretty ?? false);
    case 'csv':
      return csvWriter(sink, options.table ?? 'evacuations', options.bom ?? false, options.hxl ?? false);
    case 'xlsx':
      return (await import('./xlsx.js')).xlsxWriter(sink);
    case 'geojson':
      return (await import('./geojson.js')).geojsonWriter(sink);
    case 'table':
      return tableWriter(sink, { shape: true, colour: false, width: 120, ...options.style });
    case 'html':
      return (await import('./html/writer.js')).htmlWriter(sink);
  }
}

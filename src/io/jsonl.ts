// JSONL batches: one article per line, `{ id?, text, published?, url?, title?, source? }` (`date` is
// accepted for `published`, `outlet` for `source`). Lines are read as a stream, so a batch of any
// size is processed in constant memory, and a bad line is reported on its own while the others are
// still processed. A JSON array of such objects is read with the same rules (articleRecord).
import { parsePublished, PublishedDateError } from '../published.js';
import { InputError } from './errors.js';

export interface JsonlRecord {
  id: string | null;
  text: string;
  published: string | null;
  url: string | null;
  title: string | null;
  /** The publishing outlet (`source` or `outlet`). */
  outlet: string | null;
  /** An unusable `published` is not a reason to lose the article: it is dropped with a warning. */
  warnings: string[];
}

export interface Line {
  /** 1-based. */
  lineNo: number;
  bytes: Uint8Array;
}

/** Splits a byte stream into lines (LF or CRLF); the last line needs no line break. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let lineNo = 0;
  const take = (tail: Uint8Array): Uint8Array => {
    const all = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    return all.length && all[all.length - 1] === 0x0d ? all.subarray(0, all.length - 1) : all;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      yield { lineNo: ++lineNo, bytes: take(chunk.subarray(from, nl)) };
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) yield { lineNo: ++lineNo, bytes: take(new Uint8Array(0)) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const optionalString = (rec: Record<string, unknown>, key: string): string | null => {
  const v = rec[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new InputError(`"${key}" must be a string`);
  return v;
};

/** The record on one line, or null for a blank line. Throws InputError naming the problem. */
export function parseJsonlLine(bytes: Uint8Array): JsonlRecord | null {
  let line: string;
  try {
    line = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('not UTF-8 text (JSONL must be UTF-8)');
  }
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`bad JSON: ${(e as Error).message}`);
  }
  return articleRecord(value);
}

/** One article object of a JSONL line or a JSON array. Throws InputError naming the problem. */
export function articleRecord(value: unknown): JsonlRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('expected a JSON object with a "text" field');
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') throw new InputError(rec.text === undefined ? 'missing "text" (the article, a string)' : '"text" must be a string');
  const id = rec.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') throw new InputError('"id" must be a string or a number');
  const warnings: string[] = [];
  let published: string | null = null;
  try {
    published = parsePublished(rec.published ?? rec.date);
  } catch (e) {
    if (!(e instanceof PublishedDateError)) throw e;
    warnings.push(`${e.message}: ignored`);
  }
  return {
    id: id === undefined || id === null ? null : String(id),
    text: rec.text,
    published,
    url: optionalString(rec, 'url'),
    title: optionalString(rec, 'title'),
    outlet: optionalString(rec, 'source') ?? optionalString(rec, 'outlet'),
    warnings,
  };
}

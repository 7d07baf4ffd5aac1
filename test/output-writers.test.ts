// Writers stream documents in order in each format; sinks respect backpressure, and a file
// appears only complete (atomic rename) or not at all.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvHeader } from '../src/output/csv.js';
import { atomicFileSink, deviceSink, stdoutSink, TEMP_PREFIX, type Sink } from '../src/output/sink.js';
import { createWriter, type OutputFormat, type WriterOptions } from '../src/output/writers.js';
import type { DocumentResult } from '../src/schema.js';

const doc = (id: string): DocumentResult => ({
  id, language: 'ar', published: null, relevance: 0, topics: [], evacuations: [], places: [], corridors: [],
  dates: [{ text: 'أمس', value: null, precision: 'day', relative: true, start: 0, end: 3 }], quotes: [], warnings: [],
});

/** A slow reader: small buffer, so writes must wait for 'drain'. */
function slowStream() {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(cb);
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function render(format: OutputFormat, docs: DocumentResult[], options: WriterOptions = {}): Promise<string> {
  const { stream, text } = slowStream();
  const sink = stdoutSink(stream);
  const writer = await createWriter(format, sink, options);
  for (const d of docs) await writer.write(d);
  await writer.end();
  await sink.commit();
  return text();
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => doc(`doc-${i}`));

describe('writers', () => {
  it.each([0, 1, 3])('jsonl: %i documents, one per line, in order', async (n) => {
    const out = await render('jsonl', ids(n));
    expect(out.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(ids(n));
    expect(out === '' || out.endsWith('\n')).toBe(true);
  });

  it.each([
    [0, false],
    [1, false],
    [3, false],
    [3, true],
  ])('json: %i documents (pretty %s) make one array', async (n, pretty) => {
    const out = await render('json', ids(n), { pretty });
    expect(JSON.parse(out)).toEqual(ids(n));
    // Compact: "[", one line per document, "]"; pretty: each document over many lines.
    expect(out.split('\n').length > n + 3).toBe(pretty);
  });

  it('csv: the header even without documents, then the rows', async () => {
    expect(await render('csv', [], { table: 'dates' })).toBe(csvHeader('dates'));
    const out = await render('csv', ids(2), { table: 'dates' });
    expect(out.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('csv: --bom puts the byte-order mark first, once', async () => {
    const out = await render('csv', ids(2), { table: 'dates', bom: true });
    expect(out.startsWith('\uFEFFid,published')).toBe(true);
    expect(out.indexOf('\uFEFF', 1)).toBe(-1);
  });
});

describe('atomicFileSink', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'evac-sink-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const temps = () => readdirSync(dir).filter((f) => f.startsWith(TEMP_PREFIX));

  async function writeSome(sink: Sink) {
    for (let i = 0; i < 200; i++) await sink.write(`line ${i}\n`);
  }

  it('the target appears only at commit, complete', async () => {
    const target = join(dir, 'out.jsonl');
    const sink = await atomicFileSink(target);
    await writeSome(sink);
    expect(() => statSync(target)).toThrow();
    expect(temps()).toHaveLength(1);
    await sink.commit();
    expect(readFileSync(target, 'utf8').split('\n')).toHaveLength(201);
    expect(temps()).toEqual([]);
  });

  it('abort leaves an existing target untouched and removes the temporary file', async () => {
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    const sink = await atomicFileSink(target);
    await writeSome(sink);
    sink.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(temps()).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const sink = await atomicFileSink(target);
    await sink.write('new');
    await sink.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('writes a device in place instead of renaming over it', async () => {
    const sink = await deviceSink('/dev/null');
    await writeSome(sink);
    await sink.commit();
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('fails at once when the folder does not exist', async () => {
    await expect(atomicFileSink(join(dir, 'no', 'out.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

// How many articles a run will read, counted before reading them, for the progress bar's ETA:
// one per text or HTML file, one per line of a JSONL file (blank lines too: an estimate). Standard input cannot be
// counted ahead (null).
import { createReadStream } from 'node:fs';
import { formatOf } from './articles.js';
import type { Expanded, InputFormat } from './inputs.js';

const NEWLINE = 0x0a;

async function jsonlLines(path: string): Promise<number> {
  let lines = 0;
  let open = false; // bytes seen since the last newline
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, at + 1)) lines++;
    open = chunk.length > 0 && chunk[chunk.length - 1] !== NEWLINE;
  }
  return lines + (open ? 1 : 0);
}

export async function countArticles(inputs: readonly Expanded[], format: InputFormat): Promise<number | null> {
  let total = 0;
  for (const entry of inputs) {
    if ('failure' in entry) continue;
    if (entry.source.kind === 'stdin') return null;
    total += formatOf(entry.source.path, format) === 'jsonl' ? await jsonlLines(entry.source.path).catch(() => 1) : 1;
  }
  return total;
}

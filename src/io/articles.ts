// One source (file or standard input) → its articles, in order, each ready for extract(): the text
// offsets will index, its id, its own publication date if it carries one, what traces it back
// (url, title, outlet) and reading warnings. A batch is known by its content, whatever the file is
// called: lines of JSON objects (JSONL) or a JSON array of them. A problem is yielded as a failure
// naming the input (and line), never thrown, so the caller goes on.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { parsePublished, PublishedDateError } from '../published.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { takeFrontMatter } from './frontmatter.js';
import { htmlToText, looksLikeHtml } from './html.js';
import type { Failure, InputFormat, Source } from './inputs.js';
import { articleRecord, parseJsonlLine, splitLines, type JsonlRecord } from './jsonl.js';

/**
 * A JSONL record's fields, whatever the input: `text` is what offsets index (decoded as read, front
 * matter blanked, or the text of an HTML page), `published` the article's own date, url/title/outlet
 * what traces it back.
 */
export interface Article extends Omit<JsonlRecord, 'id'> {
  /** Document id: JSONL `id`, front matter `id`, else the path as given (`path:line` in JSONL), `-` for stdin. */
  id: string;
  /** How messages name this article: the path, `path:line`, or `-`. */
  name: string;
}

export type Item = { article: Article } | { failure: Failure };

export const HTML_OFFSETS_WARNING = 'html: offsets refer to the extracted text';

const STDIN_NAME = '-';

export function formatOf(path: string, format: InputFormat): InputFormat {
  if (format !== 'auto') return format;
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'auto';
}

/** A page's own date is a hint, not the user's input: an unusable one is a warning, not a failure. */
function pageDate(raw: string | null, warnings: string[]): string | null {
  try {
    return parsePublished(raw);
  } catch (e) {
    if (!(e instanceof PublishedDateError)) throw e;
    warnings.push(`html: page date ${JSON.stringify(raw)} ignored (not a YYYY-MM-DD date)`);
    return null;
  }
}

/** The text of one article whose content may be HTML (by `format`, or sniffed when 'auto'). */
type Content = Pick<Article, 'text' | 'published' | 'url' | 'title' | 'outlet'> & { html: boolean };

function fromContent(text: string, format: InputFormat, warnings: string[]): Content {
  if (format === 'html' || (format === 'auto' && looksLikeHtml(text))) {
    const page = htmlToText(text);
    warnings.push(HTML_OFFSETS_WARNING);
    return { ...page, published: pageDate(page.published, warnings), html: true };
  }
  return { text, published: null, url: null, title: null, outlet: null, html: false };
}

function articleFromBytes(name: string, bytes: Uint8Array, format: InputFormat): Article {
  const decoded = decodeBytes(bytes);
  const warnings = [...decoded.warnings];
  const { html, ...content } = fromContent(decoded.text, format, warnings);
  if (html) return { id: name, name, ...content, warnings };
  const { text, frontMatter } = takeFrontMatter(content.text);
  const fm = frontMatter;
  return { id: fm?.id ?? name, name, text, published: fm?.published ?? null, url: fm?.url ?? null, title: fm?.title ?? null, outlet: fm?.outlet ?? null, warnings };
}

/** A batch record (JSONL line, JSON array item) → its article; an HTML `text` is reduced to its story. */
function articleFromRecord(rec: JsonlRecord, where: string): Article {
  const warnings = [...rec.warnings];
  const { html, ...page } = fromContent(rec.text, 'auto', warnings);
  return {
    id: rec.id ?? where,
    name: where,
    text: page.text,
    published: rec.published ?? page.published,
    url: rec.url ?? page.url,
    title: rec.title ?? page.title,
    outlet: rec.outlet ?? page.outlet,
    warnings,
  };
}

const failure = (name: string, e: unknown): Item => {
  if (e instanceof InputError) return { failure: { name, message: e.message } };
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { failure: { name, message: 'cannot read: permission denied' } };
  if (code === 'EISDIR') return { failure: { name, message: 'is a folder' } };
  if (code === 'ENOENT') return { failure: { name, message: 'no such file or folder' } };
  if (code === 'ERR_FS_FILE_TOO_LARGE') return { failure: { name, message: 'file too large to read as one article (split it, or use JSONL)' } };
  if (typeof code === 'string') return { failure: { name, message: `cannot read: ${(e as Error).message}` } };
  throw e;
};

const hasUtf16Bom = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

async function* jsonlArticles(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Item> {
  for await (const { lineNo, bytes } of splitLines(chunks)) {
    const where = `${name}:${lineNo}`;
    if (lineNo === 1 && hasUtf16Bom(bytes)) {
      yield { failure: { name, message: 'UTF-16 JSONL is not supported: JSONL must be UTF-8' } };
      return;
    }
    try {
      const rec = parseJsonlLine(bytes);
      if (rec) yield { article: articleFromRecord(rec, where) };
    } catch (e) {
      yield failure(where, e);
    }
  }
}

/** First byte after a UTF-8 BOM and blanks, or undefined if there is none yet. */
function firstSignificant(bytes: Buffer): number | undefined {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(from).find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
}

/** A JSON array of article objects; `undefined` when the bytes are not a JSON array at all. */
function jsonArrayArticles(name: string, bytes: Buffer): Generator<Item> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  return (function* () {
    for (const [i, item] of value.entries()) {
      const where = `${name}#${i + 1}`;
      try {
        yield { article: articleFromRecord(articleRecord(item), where) };
      } catch (e) {
        yield failure(where, e);
      }
    }
  })();
}

/**
 * A stream whose kind is told by its content: a first significant byte `{` starts a JSONL batch
 * (read line by line, in constant memory), `[` a JSON array of articles (read whole), anything
 * else is one article.
 */
async function* sniffedArticles(name: string, stream: AsyncIterable<Buffer>, format: InputFormat): AsyncGenerator<Item> {
  const it = stream[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let first: number | undefined;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    head = Buffer.concat([head, r.value]);
    first = firstSignificant(head);
  }
  const chunks = (async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  if (format === 'jsonl' || (format === 'auto' && first === 0x7b)) {
    yield* jsonlArticles(name, chunks);
    return;
  }
  const all: Buffer[] = [];
  for await (const c of chunks) all.push(c);
  const bytes = Buffer.concat(all);
  const batch = format === 'auto' && first === 0x5b ? jsonArrayArticles(name, bytes) : undefined;
  if (batch) {
    yield* batch;
    return;
  }
  try {
    yield { article: articleFromBytes(name, bytes, format) };
  } catch (e) {
    yield failure(name, e);
  }
}

export async function* readSource(source: Source, format: InputFormat = 'auto', stdin: Readable = process.stdin): AsyncGenerator<Item> {
  if (source.kind === 'stdin') {
    yield* sniffedArticles(STDIN_NAME, stdin, format);
    return;
  }
  const { path } = source;
  const fmt = formatOf(path, format);
  try {
    if (fmt === 'jsonl') yield* jsonlArticles(path, createReadStream(path));
    else if (fmt === 'auto') yield* sniffedArticles(path, createReadStream(path), fmt);
    else yield { article: articleFromBytes(path, await readFile(path), fmt) };
  } catch (e) {
    yield failure(path, e);
  }
}

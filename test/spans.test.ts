// The span contract over whole outputs: every object with start, end and text — evacuation
// mentions, places, corridors, dates, quotes and their statements — is `input.slice(start, end)`,
// where input is what the article reader hands on: HTML's extracted text, a file with its front
// matter blanked, UTF-16 decoded. Checked on the team's fixtures in every input form and on the
// dev set of real articles when ../shared is present.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSource, type Article } from '../src/io/articles.js';
import { takeFrontMatter } from '../src/io/frontmatter.js';
import { extract } from '../src/pipeline.js';
import { DEV_DIR, HAS_DEV } from './support/shared.js';
import { badSpans, spansIn } from './support/spans.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'articles');
const fixtures = readdirSync(root).filter((f) => f.endsWith('.txt')).sort();
const dir = mkdtempSync(join(tmpdir(), 'evac-spans-'));

async function articleOf(name: string, bytes: Buffer): Promise<Article> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const items = [];
  for await (const item of readSource({ kind: 'file', path })) items.push(item);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (!('article' in item)) throw new Error(item.failure.message);
  return item.article;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe.each(fixtures)('%s: every span slices the input', (file) => {
  const raw = readFileSync(join(root, file), 'utf8');
  const body = takeFrontMatter(raw).text.trim();

  it('as a text file with front matter: offsets index the file itself', async () => {
    const a = await articleOf(file, Buffer.from(raw));
    const doc = extract(a.text, { published: a.published });
    expect(spansIn(doc).length).toBeGreaterThan(0);
    expect(badSpans(raw, doc)).toEqual([]);
  });

  it('as UTF-16 with a byte-order mark', async () => {
    const a = await articleOf(file.replace('.txt', '-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, 'utf-16le')]));
    expect(a.text).toBe(body);
    expect(badSpans(body, extract(a.text, { published: a.published }))).toEqual([]);
  });

  it('as an HTML page: offsets index the extracted text', async () => {
    const page = `<!doctype html><html><head><title>t</title></head><body><article>${body
      .split(/\n+/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n')}</article></body></html>`;
    const a = await articleOf(file.replace('.txt', '.html'), Buffer.from(page));
    const doc = extract(a.text, { published: a.published });
    expect(spansIn(doc).length).toBeGreaterThan(0);
    expect(badSpans(a.text, doc)).toEqual([]);
  });
});

describe.runIf(HAS_DEV)('the dev set of real articles', () => {
  it('every span of every document slices its text', () => {
    const lines = readFileSync(join(DEV_DIR, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    let quotes = 0;
    for (const line of lines) {
      const rec = JSON.parse(line) as { id: string; text: string; published?: string };
      const doc = extract(rec.text, { id: rec.id, published: rec.published ?? null });
      quotes += doc.quotes.length;
      expect(badSpans(rec.text, doc), rec.id).toEqual([]);
    }
    expect(quotes).toBeGreaterThan(0);
  });
});

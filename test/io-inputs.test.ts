// Inputs → sources (folders, globs, missing files) and sources → articles (ids, dates, formats),
// on files made in a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_OFFSETS_WARNING, readSource, type Item } from '../src/io/articles.js';
import { expandInputs, type Expanded, type InputFormat } from '../src/io/inputs.js';

let dir: string;
const cwd = process.cwd();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evac-inputs-'));
  const files: Record<string, string | Buffer> = {
    'a/1.txt': 'خرج 500 مدني',
    'a/2.md': `---\nid: fm-2\ndate: 2018-05-03\n---\nوصل 40 شخصا`,
    'a/b/3.html': '<html><head><meta property="article:published_time" content="2018-05-04"></head><body><p>نص</p></body></html>',
    'a/b/4.jsonl': '{"id":"r1","text":"أ","published":"2018-05-05"}\n\n{"text":"ب"}\n{"text":\n',
    'a/b/5.NDJSON': '{"text":"ج"}\n',
    'a/skip.pdf': '%PDF-1.4',
    'a/.hidden/6.txt': 'مخفي',
    'a/README': 'no extension',
    'empty/x.csv': 'a,b',
    'cp.txt': iconv.encode('خرج المدنيون من حلب', 'windows-1256'),
    'page.txt': '<!DOCTYPE html><html><body><article><p>خبر</p></article></body></html>',
    'fm.txt': '---\npublished: 2018-02-30\n---\nنص',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const describeExpanded = (items: Expanded[]) =>
  items.map((i) => ('failure' in i ? `! ${i.failure.name}: ${i.failure.message}` : i.source.kind === 'stdin' ? '-' : i.source.path));

describe('expandInputs', () => {
  it.each<[string, string[], string[]]>([
    ['a file as given', ['a/1.txt'], ['a/1.txt']],
    ['a folder: article files, recursively, sorted, no hidden ones', ['a'], ['a/1.txt', 'a/2.md', 'a/b/3.html', 'a/b/4.jsonl', 'a/b/5.NDJSON']],
    ['a folder with a trailing slash', ['a/b/'], ['a/b/3.html', 'a/b/4.jsonl', 'a/b/5.NDJSON']],
    ['a glob', ['a/**/*.{txt,md}'], ['a/1.txt', 'a/2.md']],
    ['a glob takes any extension it names', ['a/*.pdf'], ['a/skip.pdf']],
    ['a file named twice is read once', ['a/1.txt', 'a', './a/1.txt'], ['a/1.txt', 'a/2.md', 'a/b/3.html', 'a/b/4.jsonl', 'a/b/5.NDJSON']],
    ['stdin', ['-', 'a/1.txt', '-'], ['-', 'a/1.txt']],
    ['a missing file', ['nope.txt', 'a/1.txt'], ['! nope.txt: no such file or folder', 'a/1.txt']],
    ['a glob matching nothing', ['z/*.txt'], ['! z/*.txt: no files match this pattern']],
    ['a folder without articles', ['empty'], ['! empty: no article files in this folder (looked for .txt .md .html .htm .jsonl .ndjson)']],
  ])('%s', async (_, args, expected) => {
    expect(describeExpanded(await expandInputs(args))).toEqual(expected);
  });
});

async function read(path: string, format: InputFormat = 'auto'): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of readSource({ kind: 'file', path }, format)) out.push(item);
  return out;
}

describe('readSource', () => {
  it('a text file: the path is the id', async () => {
    expect(await read('a/1.txt')).toEqual([{ article: { id: 'a/1.txt', name: 'a/1.txt', text: 'خرج 500 مدني', published: null, title: null, warnings: [] } }]);
  });

  it('front matter gives id and date, and is blanked', async () => {
    const [item] = await read('a/2.md');
    expect(item).toEqual({ article: { id: 'fm-2', name: 'a/2.md', text: `${' '.repeat(3)}\n${' '.repeat(8)}\n${' '.repeat(16)}\n   \nوصل 40 شخصا`, published: '2018-05-03', title: null, warnings: [] } });
  });

  it('an HTML page: its text, its date, and a warning about offsets', async () => {
    expect(await read('a/b/3.html')).toEqual([{ article: { id: 'a/b/3.html', name: 'a/b/3.html', text: 'نص', published: '2018-05-04', title: null, warnings: [HTML_OFFSETS_WARNING] } }]);
  });

  it('HTML content is recognised whatever the extension, unless text is forced', async () => {
    expect((await read('page.txt'))[0]).toMatchObject({ article: { text: 'خبر' } });
    expect((await read('page.txt', 'text'))[0]).toMatchObject({ article: { text: expect.stringContaining('<article>') } });
  });

  it('JSONL: one article per line, ids default to path:line, blank lines skipped, bad lines reported', async () => {
    expect(await read('a/b/4.jsonl')).toEqual([
      { article: { id: 'r1', name: 'a/b/4.jsonl:1', text: 'أ', published: '2018-05-05', title: null, warnings: [] } },
      { article: { id: 'a/b/4.jsonl:3', name: 'a/b/4.jsonl:3', text: 'ب', published: null, title: null, warnings: [] } },
      { failure: { name: 'a/b/4.jsonl:4', message: expect.stringMatching(/^bad JSON/) } },
    ]);
  });

  it('Windows-1256 text is decoded, with a note', async () => {
    expect(await read('cp.txt')).toEqual([{ article: expect.objectContaining({ text: 'خرج المدنيون من حلب', warnings: ['decode: not UTF-8, read as Windows-1256'] }) }]);
  });

  it.each<[string, RegExp]>([
    ['a/skip.pdf', /binary file \(a PDF document\)/],
    ['fm.txt', /front matter: invalid published date "2018-02-30"/],
    ['missing.txt', /no such file or folder/],
  ])('%s is a failure naming the problem', async (path, message) => {
    expect(await read(path)).toEqual([{ failure: { name: path, message: expect.stringMatching(message) } }]);
  });
});

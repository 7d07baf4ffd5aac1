// The command end to end: inputs of every kind (good and bad) in a temporary folder, the lines it
// prints on stderr, the exit code, and the documents it writes in each format. Most tests run
// main() in-process (cli-helpers `run`); a few smoke tests spawn the built command, for what only
// a real process shows (signals, a closed pipe, the launcher).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentResult } from '../src/index.js';
import { BIN, BUNDLE, collect, ensureBuilt, jsonl, ROOT, run, schemaErrors, spawnRun, start, type RunResult } from './cli-helpers.js';

/** Runs wait for a free core (see cli-helpers), so a test's time includes its wait. */
const SLOW = { timeout: 180_000 };

let root: string;
let seq = 0;

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'evac-cli-'));
}, SLOW.timeout);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder holding `files` (path → content). */
function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = join(root, `t${seq++}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

// Example sentences written for these tests (not taken from any article).
const ARTICLE = 'خرجت صباح اليوم 15 حافلة تقل نحو 600 مدني من بلدة مضايا المحاصرة عبر معبر الراموسة باتجاه ريف إدلب، وفق ما أفاد مراسلون.';
const ARTICLE_2 = 'أعلنت لجنة المصالحة أن 120 عائلة عادت إلى منازلها في البلدة بعد توقف القصف، على أن تستكمل عودة الباقين الأسبوع المقبل.';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const HTML = `<!DOCTYPE html><html><head><title>موقع</title><meta property="article:published_time" content="2018-05-06T08:00:00+03:00"></head>
<body><nav>الرئيسية | سياسة</nav><article><h1>عنوان الخبر</h1><p>${ARTICLE}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;

const E = (line: string) => `evac-extract: ${line}`;

type Doc = ReturnType<typeof DocumentResult.parse>;
const docs = (out: Buffer) => jsonl(out).map((d) => DocumentResult.parse(d));

/** Every span a document reports, with where it claims to be. */
function spans(doc: Doc): { start: number; end: number; text: string }[] {
  return [
    ...doc.evacuations.flatMap((e) => e.mentions),
    ...doc.places.flatMap((p) => p.mentions),
    ...doc.corridors.flatMap((c) => c.mentions),
    ...doc.dates,
    ...doc.quotes,
    ...doc.quotes.map((q) => q.statement),
  ];
}

/** The folder of mixed inputs, run once and checked by several tests below. */
const MIXED: Record<string, string | Buffer> = {
  'arts/badfront.md': `---\ndate: 2018-02-30\n---\n${ARTICLE}`,
  'arts/batch.jsonl': [
    JSON.stringify({ id: 'b1', text: ARTICLE, published: '2018-05-03' }),
    '{"id": "b2", "text": ',
    JSON.stringify({ id: 'b3' }),
    JSON.stringify({ id: 'b4', text: ARTICLE, date: '2018-02-30' }),
    JSON.stringify({ text: ARTICLE_2 }),
  ].join('\n'),
  'arts/blank.md': ' \n\t\n',
  'arts/cp1256.txt': iconv.encode(ARTICLE, 'windows-1256'),
  'arts/empty.txt': '',
  'arts/good.txt': ARTICLE,
  'arts/latin.txt': Buffer.from('Déplacés: évacuation à Alep, été, hôpital, écoles fermées.', 'latin1'),
  'arts/notes.pdf': '%PDF-1.4 not an article extension: a folder scan skips it',
  'arts/page.html': HTML,
  'arts/pic.txt': PNG,
  'arts/sub/u16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARTICLE_2, 'utf-16be')]),
  'arts/sub/u16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE_2, 'utf-16le')]),
  'mine/README.txt': 'a rules folder without rule files',
};
let mixedDir: string;
let mixed: Promise<RunResult>;
beforeAll(() => {
  mixedDir = workdir(MIXED);
  mixed = run(['--published', '2018-05-13', 'arts', 'missing.txt'], { cwd: mixedDir });
});

describe.concurrent('inputs', SLOW, () => {
  it('a folder of mixed files: each bad one is one line on stderr, the good ones are written in order, exit 1', async () => {
    const r = await mixed;
    expect(r.code).toBe(1);

    const out = docs(r.stdout);
    expect(out.map((d) => d.id)).toEqual([
      'b1', 'b4', 'arts/batch.jsonl:5', 'arts/blank.md', 'arts/cp1256.txt', 'arts/empty.txt', 'arts/good.txt', 'arts/page.html', 'arts/sub/u16be.txt', 'arts/sub/u16le.txt',
    ]);
    const byId = Object.fromEntries(out.map((d) => [d.id, d]));
    for (const id of ['b1', 'arts/cp1256.txt', 'arts/good.txt', 'arts/page.html', 'arts/sub/u16be.txt', 'arts/sub/u16le.txt']) {
      expect(byId[id]!.language, id).toBe('ar');
    }
    expect(byId['arts/empty.txt']!.warnings).toEqual(['empty document: no text to extract from']);
    expect(byId['arts/blank.md']!.warnings).toEqual(['empty document: no text to extract from']);

    expect(r.errors).toEqual([
      E('arts/badfront.md: front matter: invalid published date "2018-02-30" (no such day)'),
      expect.stringMatching(/^evac-extract: arts\/batch\.jsonl:2: bad JSON: /),
      E('arts/batch.jsonl:3: missing "text" (the article, a string)'),
      E('b4: warning: invalid published date "2018-02-30" (no such day): ignored'),
      E('arts/blank.md: warning: empty document: no text to extract from'),
      E('arts/cp1256.txt: warning: decode: not UTF-8, read as Windows-1256'),
      E('arts/empty.txt: warning: empty document: no text to extract from'),
      expect.stringMatching(/^evac-extract: arts\/latin\.txt: not UTF-8 text and not Windows-1256\/UTF-16 either \(\d+% of the bytes are invalid UTF-8/),
      E('arts/page.html: warning: html: offsets refer to the extracted text'),
      E('arts/pic.txt: binary file (a PNG image), not text: convert it to text first'),
      E('missing.txt: no such file or folder'),
      E('6 inputs failed, 10 documents written'),
    ]);
  });

  it('inputs that only warn exit 0; --quiet silences warnings, not errors', async () => {
    const cwd = workdir({
      'empty.txt': '',
      'damaged.txt': Buffer.concat([Buffer.from(ARTICLE.repeat(4)), Buffer.from([0xff]), Buffer.from(ARTICLE)]),
    });
    const [loud, quiet] = await Promise.all([
      run(['-p', '2018-05-13', 'empty.txt', 'damaged.txt'], { cwd }),
      run(['-q', 'empty.txt', 'damaged.txt', 'missing.txt'], { cwd }),
    ]);
    expect(loud.code).toBe(0);
    expect(loud.errors).toEqual([
      E('empty.txt: warning: empty document: no text to extract from'),
      E('damaged.txt: warning: decode: 1 invalid UTF-8 byte replaced with U+FFFD'),
    ]);
    expect(quiet.code).toBe(1);
    expect(quiet.errors).toEqual([E('missing.txt: no such file or folder'), E('1 input failed, 2 documents written')]);
    expect(docs(quiet.stdout).map((d) => d.warnings.includes('empty document: no text to extract from'))).toEqual([true, false]);
  });

  it('expands a quoted glob itself', async () => {
    const cwd = workdir({ 'a/x.txt': ARTICLE, 'a/b/y.txt': ARTICLE_2, 'a/b/z.md': ARTICLE });
    const r = await run(['a/**/*.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.id)).toEqual(['a/b/y.txt', 'a/x.txt']);
  });

  it.each<[string, string[], string, string[]]>([
    ['piped JSONL is a batch with ids -:line', [], `${JSON.stringify({ text: ARTICLE })}\n${JSON.stringify({ id: 'k', text: ARTICLE_2 })}\n`, ['-:1', 'k']],
    ['"-" reads stdin (one article, id "-") among other inputs', ['a.txt', '-'], ARTICLE_2, ['a.txt', '-']],
  ])('stdin: %s', async (_, args, input, ids) => {
    const r = await run(args, { cwd: workdir({ 'a.txt': ARTICLE }), input });
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.id)).toEqual(ids);
  });
});

describe.concurrent('reference date', SLOW, () => {
  it("an input's own date wins over --published, which fills in for the others", async () => {
    const cwd = workdir({
      'a-front.txt': `---\npublished: 2018-05-03\n---\n${ARTICLE}`,
      'b-plain.txt': ARTICLE,
      'c-batch.jsonl': `${JSON.stringify({ text: ARTICLE, date: '2018-05-04' })}\n${JSON.stringify({ text: ARTICLE })}\n`,
      'd-page.html': HTML,
    });
    const r = await run(['--published', '2018-01-01', '.'], { cwd });
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => [d.id, d.published])).toEqual([
      ['a-front.txt', '2018-05-03'],
      ['b-plain.txt', '2018-01-01'],
      ['c-batch.jsonl:1', '2018-05-04'],
      ['c-batch.jsonl:2', '2018-01-01'],
      ['d-page.html', '2018-05-06'],
    ]);
  });

  it('an invalid --published is a usage error', async () => {
    const r = await run(['--published', '2018-13-01', 'a.txt'], { cwd: workdir({ 'a.txt': ARTICLE }) });
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.errors[0]).toBe(E('--published: invalid published date "2018-13-01" (no such day)'));
  });

});

describe.concurrent('offsets', SLOW, () => {
  it('index the text as read: front matter blanked (not cut), UTF-16 and Windows-1256 decoded, BOM removed', async () => {
    const head = '---\nid: with-front\npublished: 2018-05-13\ntitle: "خبر"\n---\n';
    const cwd = workdir({
      'a.txt': head + ARTICLE,
      'b.txt': ARTICLE,
      'c.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf-16le')]),
      'd.txt': iconv.encode(ARTICLE, 'windows-1256'),
      'e.txt': `\uFEFF${ARTICLE}`,
    });
    const r = await run(['-q', '--published', '2018-05-13', '.'], { cwd });
    const [withFront, ...plain] = docs(r.stdout);
    expect(plain).toHaveLength(4);

    const raw = readFileSync(join(cwd, 'a.txt'), 'utf8');
    const found = spans(withFront!);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(raw.slice(s.start, s.end)).toBe(s.text);
    expect(found).toEqual(spans(plain[0]!).map((s) => ({ ...s, start: s.start + head.length, end: s.end + head.length })));

    for (const d of plain) {
      expect(spans(d)).toEqual(spans(plain[0]!));
      for (const s of spans(d)) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe.concurrent('output formats', SLOW, () => {
  it('jsonl by default: one document per line', async () => {
    const r = await mixed;
    expect(r.stdout.toString('utf8').split('\n')).toHaveLength(docs(r.stdout).length + 1);
  });

  it('json: one array, in input order (--pretty indents it)', async () => {
    const r = await run(['-f', 'json', '--pretty', 'a.txt', 'b.txt'], { cwd: workdir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE_2 }) });
    expect(r.code).toBe(0);
    const text = r.stdout.toString('utf8');
    expect(text).toMatch(/^\[\n  \{\n    "id": "a\.txt",/);
    expect((JSON.parse(text) as unknown[]).map((d) => DocumentResult.parse(d).id)).toEqual(['a.txt', 'b.txt']);
  });

  it('json when nothing could be read is still an array', async () => {
    const r = await run(['-f', 'json', 'missing.txt'], { cwd: workdir() });
    expect(r.code).toBe(1);
    expect(r.stdout.toString('utf8')).toBe('[]\n');
  });

  it('csv: a header row, then one row per evacuation starting with the document id; --bom first', async () => {
    const r = await run(['-f', 'csv', '--bom', '-p', '2018-05-13', 'a.txt', 'b.txt'], { cwd: workdir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE_2 }) });
    expect(r.code).toBe(0);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = r.stdout.subarray(3).toString('utf8').split('\r\n').slice(0, -1);
    expect(header).toMatch(/^id,published,url,title,outlet,count,min,max,qualifier,unit,group,kind,status,cumulative,since,date,origin,.*,sentence$/);
    for (const row of rows) expect(row).toMatch(/^[ab]\.txt,2018-05-13,/);
  });

  it('csv --table corridors: its own columns, no BOM unless asked', async () => {
    const r = await run(['-f', 'csv', '-t', 'corridors', 'a.txt'], { cwd: workdir({ 'a.txt': ARTICLE }) });
    const [header, ...rows] = r.stdout.toString('utf8').split('\r\n').slice(0, -1);
    expect(header).toBe('id,published,url,title,outlet,name,kind,humanitarian,places,places_en,places_pcode,places_id,mentions,text,start,end');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith('a.txt,,')).toBe(true);
  });

  it.each<[string, string[], RegExp]>([
    ['--bom with JSONL', ['--bom'], /--bom applies to CSV output only/],
    ['--table with JSON', ['-f', 'json', '-t', 'places'], /--table applies to CSV output only/],
    ['--pretty with CSV', ['-f', 'csv', '--pretty'], /--pretty applies to JSON output only/],
    ['an unknown format', ['-f', 'xml'], /argument 'xml' is invalid/],
    ['--no-shape without the table', ['--no-shape'], /--no-shape applies to table output only/],
    ['an unknown table', ['-f', 'csv', '-t', 'people'], /argument 'people' is invalid/],
    ['an unknown option', ['--colour'], /unknown option '--colour'/],
  ])('%s is a usage error (exit 2)', async (_, args, message) => {
    const r = await run([...args, 'a.txt'], { cwd: workdir({ 'a.txt': ARTICLE }) });
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.errors[0]).toMatch(/^evac-extract: /);
    expect(r.errors[0]).toMatch(message);
  });
});

describe.concurrent('-o FILE', SLOW, () => {
  const temps = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.evac-tmp-'));

  it.each<[string, (text: string) => void]>([
    ['out.json', (t) => expect(JSON.parse(t)).toHaveLength(1)],
    ['out.csv', (t) => expect(t.startsWith('id,published,url,title,outlet,count')).toBe(true)],
    ['review.html', (t) => expect(t).toMatch(/^<!doctype html>[\s\S]*<section class="article" id="a0"[\s\S]*<\/html>\n$/)],
  ])('writes %s, not stdout, in the format its extension names', async (file, check) => {
    const cwd = workdir({ 'a.txt': ARTICLE });
    const r = await run(['a.txt', '-o', file], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(0);
    check(readFileSync(join(cwd, file), 'utf8'));
    expect(temps(cwd)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['no-such-folder', /^evac-extract: .*no-such-folder: rules folder not found$/],
    ['bad-rules', /^evac-extract: .*bad-rules\/x\.yaml: unknown rule kind "nonsense"/],
    ['misspelt', /^evac-extract: misspelt\/q\.yaml: outlets: Unrecognized key: "head"$/],
    ['bad-regex', /^evac-extract: bad-regex\/e\.yaml: blockers\.0: bad regular expression "\(x": .+$/],
  ])('leaves an existing file untouched when the run cannot start (--rules %s: exit 2)', async (rules, message) => {
    const cwd = workdir({
      'a.txt': ARTICLE,
      'out.jsonl': 'old',
      'bad-rules/x.yaml': 'kind: nonsense\n',
      'misspelt/q.yaml': 'kind: quotes\noutlets:\n  head: [وكالة]\n',
      'bad-regex/e.yaml': 'kind: evacuations\nblockers: ["(x"]\n',
    });
    const r = await run(['a.txt', '--rules', rules, '-o', 'out.jsonl'], { cwd });
    expect(r.code).toBe(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(readFileSync(join(cwd, 'out.jsonl'), 'utf8')).toBe('old');
    expect(temps(cwd)).toEqual([]);
  });

  it('leaves an existing file untouched when no input could be processed', async () => {
    const cwd = workdir({ 'out.jsonl': 'old', 'pic.txt': PNG });
    const r = await run(['pic.txt', 'missing.txt', '-o', 'out.jsonl'], { cwd });
    expect(r.code).toBe(1);
    expect(r.errors).toContain(E('out.jsonl: not written (no input could be processed)'));
    expect(readFileSync(join(cwd, 'out.jsonl'), 'utf8')).toBe('old');
  });

  it('the target appears only when the run is complete; an interrupted run leaves it untouched', async () => {
    const cwd = workdir({ 'old.jsonl': 'old' });
    const line = `${JSON.stringify({ text: ARTICLE })}\n`;
    const waitForTemp = async () => {
      while (!temps(cwd).length) await new Promise((r) => setTimeout(r, 25));
      expect(temps(cwd)).toHaveLength(1);
    };

    const finished = await start(['-', '-o', 'new.jsonl'], cwd);
    const done = collect(finished);
    finished.stdin!.write(line);
    await waitForTemp();
    expect(existsSync(join(cwd, 'new.jsonl'))).toBe(false);
    finished.stdin!.end(line);
    expect((await done).code).toBe(0);
    expect(jsonl(readFileSync(join(cwd, 'new.jsonl')))).toHaveLength(2);

    const interrupted = await start(['-', '-o', 'old.jsonl'], cwd);
    const stopped = collect(interrupted);
    interrupted.stdin!.write(line);
    await waitForTemp();
    interrupted.kill('SIGTERM');
    expect((await stopped).signal).toBe('SIGTERM');
    expect(readFileSync(join(cwd, 'old.jsonl'), 'utf8')).toBe('old');
    expect(temps(cwd)).toEqual([]);
  });

  it('a folder as target is a usage error', async () => {
    const r = await run(['a.txt', '-o', 'dir'], { cwd: workdir({ 'a.txt': ARTICLE, 'dir/keep': '' }) });
    expect(r.code).toBe(2);
    expect(r.errors[0]).toBe(E('-o dir: is a folder; give a file name'));
  });
});

describe.concurrent('commands and help', SLOW, () => {
  it('schema prints a JSON Schema that every written document satisfies', async () => {
    const r = await run(['schema'], { cwd: workdir() });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout.toString('utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const written = jsonl((await mixed).stdout);
    expect(written.length).toBeGreaterThan(5);
    for (const d of written) expect(schemaErrors(schema, d)).toEqual([]);
    expect(schemaErrors(schema, { ...written[0], published: '13/05/2018' })).not.toEqual([]);
    expect(schemaErrors(schema, { ...written[0], language: 'fr' })).not.toEqual([]);
  });

  it('schema describes every field', async () => {
    const schema = JSON.parse((await run(['schema'], { cwd: workdir() })).stdout.toString('utf8')) as Record<string, unknown>;
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, sub] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
        const s = sub as Record<string, unknown>;
        // A nullable field is anyOf [field, null]: its description may sit on the field.
        const described = s.description ?? (s.anyOf as Record<string, unknown>[] | undefined)?.find((a) => a.description)?.description;
        if (typeof described !== 'string' || !described) undescribed.push(`${path}.${key}`);
        walk(sub, `${path}.${key}`);
      }
      for (const k of ['items', 'anyOf']) [n[k]].flat().forEach((c) => walk(c, path));
    };
    walk(schema, '$');
    expect(undescribed).toEqual([]);
    expect(JSON.stringify(schema)).toContain('UTF-16 code units');
  });

  it('--help teaches: usage, formats, examples, exit codes (exit 0, stdout)', async () => {
    const r = await run(['--help'], { cwd: workdir() });
    expect(r.code).toBe(0);
    const help = r.stdout.toString('utf8');
    for (const part of ['Usage: evac-extract', '--format', '--table', '--published', '--rules', 'Examples:', 'Exit codes:', 'schema', 'gazetteer', '--no-shape', 'review page']) {
      expect(help).toContain(part);
    }
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version'], { cwd: workdir() });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout.toString('utf8').trim()).toBe(pkg.version);
  });

  it('an extra --rules folder is merged (one without rule files changes nothing)', async () => {
    const r = await run(['-p', '2018-05-13', 'arts/good.txt', '--rules', 'mine'], { cwd: mixedDir });
    expect(r.code).toBe(0);
    const [good] = docs(r.stdout);
    expect(good).toEqual(docs((await mixed).stdout).find((d) => d.id === 'arts/good.txt'));
  });

  it('gazetteer import writes a rules file that --rules accepts', async () => {
    const row = (id: string, name: string, alternates: string, cls: string, code: string) =>
      [id, name, name, alternates, '34.9', '36.7', cls, code, 'SY', '', '11', '', '', '', '40000', '', '360', 'Asia/Damascus', '2012-01-18'].join('\t');
    const cwd = workdir({
      'geo.tsv': [row('1001', 'Qaryat Al Ward', 'Qaryat Al Ward,قرية الورد', 'P', 'PPL'), row('1002', 'Khirbat X', 'Khirbat X', 'P', 'PPL'), row('1003', 'Tall Y', 'تل الياسمين', 'T', 'HLL')].join('\n'),
      'a.txt': ARTICLE,
      'mine/README.txt': 'rules folder',
    });
    // -o creates its folder.
    const imported = await run(['gazetteer', 'import', 'geo.tsv', '--country', 'sy', '--classes', 'P,A', '-o', 'mine/sy/gazetteer.json'], { cwd });
    expect(imported.code).toBe(0);
    expect(imported.errors).toEqual([E('mine/sy/gazetteer.json: 1 gazetteer entries written, 1 row without an Arabic name skipped')]);
    const file = JSON.parse(readFileSync(join(cwd, 'mine/sy/gazetteer.json'), 'utf8')) as { kind: string; entries: { id: string; name: string }[] };
    expect(file.kind).toBe('gazetteer');
    expect(file.entries.map((e) => [e.id, e.name])).toEqual([['geonames:1001', 'قرية الورد']]);
    const used = await run(['--rules', 'mine/sy', 'a.txt'], { cwd });
    expect(used.code).toBe(0);
  });

  it.each<[string[], string, number]>([
    [['gazetteer', 'import', 'nope.tsv'], 'nope.tsv: cannot read: no such file', 1],
    [['gazetteer', 'import', 'a.txt'], 'a.txt: line 1: expected 19 tab-separated columns, found 1', 1],
    [['gazetteer', 'import', 'a.txt', '--country', 'Syria'], '--country: expected a two-letter ISO 3166-1 code such as SY, got "Syria"', 2],
    [['gazetteer'], 'Usage: evac-extract gazetteer [options] [command]', 2],
  ])('gazetteer %j fails clearly', async (args, message, code) => {
    const r = await run(args, { cwd: workdir({ 'a.txt': ARTICLE }) });
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it('the installed command runs as a process: an article in, a document out, exit 0', async () => {
    const r = await spawnRun(['-q', '-p', '2018-05-13', 'a.txt'], { cwd: workdir({ 'a.txt': ARTICLE }) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(docs(r.stdout).map((d) => d.evacuations.map((e) => e.count))).toEqual([[600]]);
  });

  it('the installed command runs the bundle, which gives what the sources give', async () => {
    const cwd = workdir({ 'a.jsonl': [ARTICLE, 'نزح 300 شخص من حلب.'].map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') });
    // A module loader hook lists every ES module the process loads, and a preloaded script every
    // CommonJS module it required by the end; the bundle is read by bin/launch.js, as neither.
    writeFileSync(join(cwd, 'required.cjs'), 'process.on("exit", () => { for (const f of Object.keys(require.cache)) process.stderr.write(`LOADED ${require("node:url").pathToFileURL(f)}\\n`); });');
    const hook = 'data:text/javascript,export async function load(u,c,n){if(u.startsWith("file:"))process.stderr.write("LOADED "+u+"\\n");return n(u,c)}';
    const child = spawnSync(process.execPath, ['--no-warnings', '--experimental-loader', hook, '--require', './required.cjs', BIN, '-q', '-p', '2018-05-13', 'a.jsonl'], { cwd });
    const loaded = child.stderr.toString('utf8').split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => fileURLToPath(l.slice(7)));
    expect(loaded).toEqual(expect.arrayContaining([BIN, join(cwd, 'required.cjs')]));
    expect(loaded.filter((f) => f.startsWith(join(ROOT, 'dist')))).toEqual([]);
    expect(existsSync(BUNDLE)).toBe(true);
    const sources = await run(['-q', '-p', '2018-05-13', 'a.jsonl'], { cwd });
    expect(child.status).toBe(0);
    expect(child.stdout.toString('utf8')).toBe(sources.stdout.toString('utf8'));
  });

  it('the installed command finds a place a --rules gazetteer adds (the prebuilt place index holds the built-in names only)', async () => {
    const cwd = workdir({
      'a.txt': 'نزح 300 شخص من قرية عين الزيتونة الشرقية إلى ريف إدلب أمس.',
      'mine/g.json': JSON.stringify({ kind: 'gazetteer', entries: [{ id: 'test:zaytouna', name: 'عين الزيتونة الشرقية', type: 'village', country: 'SY' }] }),
    });
    const origins = (r: RunResult) => docs(r.stdout).flatMap((d) => d.evacuations.flatMap((e) => e.origin.map((p) => [p.id, p.text])));
    const built = await spawnRun(['-q', 'a.txt'], { cwd });
    expect(origins(built)).toEqual([[null, 'عين الزيتونة']]);
    const extended = await spawnRun(['-q', '--rules', 'mine', 'a.txt'], { cwd });
    expect(origins(extended)).toEqual([['test:zaytouna', 'عين الزيتونة الشرقية']]);
  });

  it('the installed command exits 2 with one line for a bad rules folder', async () => {
    const r = await spawnRun(['--rules', 'mine', 'a.txt'], { cwd: workdir({ 'a.txt': ARTICLE, 'mine/c.yaml': 'kind: corridors\nrelative: []\n' }) });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([E('mine/c.yaml: Unrecognized key: "relative"')]);
  });

  it('stops quietly when the reader closes the pipe', async () => {
    const child = await start(['-'], workdir());
    const done = collect(child);
    child.stdout!.once('data', () => child.stdout!.destroy());
    child.stdin!.end(`${JSON.stringify({ text: ARTICLE })}\n`.repeat(300));
    const r = await done;
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });
});

// Batch runs: --jobs N gives the bytes --jobs 1 gives, shards make the whole, the GNU parallel
// recipe of the README gives what one run gives, and the progress bar shows only on a terminal.
// The batch is the project's own fixture articles, cycled past the size that starts the pool.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, jsonl, ROOT, run, spawnRun } from './cli-helpers.js';

const ARTICLES = join(ROOT, 'fixtures', 'articles');
const DOCS = 240; // over 300,000 characters: enough to start the pool
const BAD_LINES = [17, 150, 239]; // 0-based positions of lines that cannot be read
const SMALL = 60; // the first lines, for what one thread shows as well

let dir: string;
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'evac-batch-'));
  const texts = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ARTICLES, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const lines = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `doc-${i}`, published: '2018-05-13', text: texts[i % texts.length] }));
  expect(lines.join('').length).toBeGreaterThan(300_000);
  writeFileSync(join(dir, 'clean.jsonl'), `${lines.slice(0, SMALL).join('\n')}\n`);
  for (const k of BAD_LINES) lines[k] = k === 150 ? '{"id": "broken", "text": 5}' : '{not json';
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'small.jsonl'), `${lines.slice(0, SMALL).join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const idNumber = (d: Record<string, unknown>) => Number(String(d.id).slice(4));

describe('--jobs', () => {
  it('writes byte for byte what one thread writes, failures included, in input order', async () => {
    // The built command: worker threads load the compiled worker.
    const one = await spawnRun(['-q', '--jobs', '1', 'batch.jsonl'], { cwd: dir });
    const two = await spawnRun(['-q', '--jobs', '2', 'batch.jsonl'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    expect(two.errors).toEqual(one.errors);
    expect(one.errors.slice(0, 3).map((e) => e.replace(/:.*$/, ''))).toEqual(BAD_LINES.map(() => 'evac-extract'));
    expect(one.errors.slice(0, 3).map((e) => /batch\.jsonl:(\d+)/.exec(e)?.[1])).toEqual(BAD_LINES.map((k) => String(k + 1)));
    const docs = jsonl(one.stdout);
    expect(docs).toHaveLength(DOCS - BAD_LINES.length);
    expect(docs.map(idNumber)).toEqual(Array.from({ length: DOCS }, (_, i) => i).filter((i) => !BAD_LINES.includes(i)));
  }, 240_000);
});

describe('worker heap limits', () => {
  it('workers that run out of their heap leave their batches to the main thread: the same documents', async () => {
    // The compiled modules, as the built command runs them (the pool starts the compiled worker).
    type Ordered = typeof import('../src/parallel/ordered.js');
    type Rules = typeof import('../src/rules/load.js');
    const { extractInOrder } = (await import(join(ROOT, 'dist', 'parallel', 'ordered.js'))) as Ordered;
    const { loadRules } = (await import(join(ROOT, 'dist', 'rules', 'load.js'))) as Rules;
    const lines = readFileSync(join(dir, 'clean.jsonl'), 'utf8').split('\n').filter(Boolean);
    const articles = Array.from({ length: 320 }, (_, i) => {
      const { id, text } = JSON.parse(lines[i % lines.length]!) as { id: string; text: string };
      return { article: { id: `${id}/${i}`, name: `line ${i}`, text, published: '2018-05-13', url: null, title: null, outlet: null, warnings: [] } };
    });
    async function* items() {
      yield* articles;
    }
    const collect = async (jobs: number, workerHeap?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }) => {
      const out: string[] = [];
      for await (const r of extractInOrder(items(), { jobs, rules: loadRules(), rulesDirs: [], validate: false, serialise: true, published: null, workerHeap })) {
        out.push('failure' in r ? `failure ${r.failure.message}` : JSON.stringify(r.outcome));
      }
      return out;
    };
    const inline = await collect(1);
    // Too small a heap for the rules alone: every worker dies, every batch falls back.
    const starved = await collect(2, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    expect(starved).toEqual(inline);
    expect(inline.every((d) => d.startsWith('{"serialised"'))).toBe(true);
  }, 240_000);
});

describe('--shard', () => {
  it('splits the articles (and the failures) into disjoint shards that make the whole', async () => {
    const whole = await run(['-q', '-j', '1', 'small.jsonl'], { cwd: dir });
    const shards = await Promise.all([0, 1, 2].map((i) => run(['-q', '-j', '1', '--shard', `${i}/3`, 'small.jsonl'], { cwd: dir })));
    shards.forEach((s, i) => {
      const numbers = jsonl(s.stdout).map(idNumber);
      expect(numbers.every((n) => n % 3 === i)).toBe(true);
      expect(s.code).toBe(s.errors.length ? 1 : 0);
    });
    const merged = shards.flatMap((s) => s.stdout.toString('utf8').split('\n').filter(Boolean));
    merged.sort((a, b) => idNumber(JSON.parse(a) as Record<string, unknown>) - idNumber(JSON.parse(b) as Record<string, unknown>));
    expect(`${merged.join('\n')}\n`).toBe(whole.stdout.toString('utf8'));
    expect(shards.flatMap((s) => s.errors.slice(0, -1)).sort()).toEqual(whole.errors.slice(0, -1).sort());
  }, 240_000);
});

describe('a map step for GNU parallel', () => {
  it.skipIf(!hasParallel)('the README recipe (parallel --pipe -k) over a split input gives what one run gives', async () => {
    const single = await run(['-q', '-j', '1', 'clean.jsonl'], { cwd: dir });
    expect(single.code).toBe(0);
    // The README's recipe, with the built command in place of the installed one.
    const merged = execFileSync(
      'sh',
      ['-c', `parallel --pipe -k -N 20 --halt now,fail=1 node ${JSON.stringify(BIN)} -q -j 1 < clean.jsonl`],
      { cwd: dir, maxBuffer: 1 << 28 },
    );
    expect(merged.equals(single.stdout)).toBe(true);
  }, 240_000);
});

describe('progress', () => {
  it('prints nothing extra when stderr is not a terminal', async () => {
    const r = await run(['-j', '1', 'clean.jsonl', '-o', 'out.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, 120_000);

  it.skipIf(spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0)(
    'on a terminal, ends with a one-line summary (not with --quiet)',
    () => {
      const inTerminal = (args: string) =>
        execFileSync('script', ['-qefc', `node ${JSON.stringify(BIN)} ${args} small.jsonl -o out.jsonl`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
      const shown = (() => {
        try {
          return inTerminal('-j 1');
        } catch (e) {
          return String((e as { stdout: string }).stdout); // exit 1: the batch has bad lines
        }
      })();
      expect(shown).toMatch(/evac-extract: 59 documents, \d+ records, 1 error in [\d.]+ s/);
      let quiet = '';
      try {
        inTerminal('-q -j 1');
      } catch (e) {
        quiet = String((e as { stdout: string }).stdout);
      }
      expect(quiet).not.toMatch(/documents, \d+ records/);
      expect(quiet).toMatch(/small\.jsonl:18/);
    },
    120_000,
  );
});

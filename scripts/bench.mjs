#!/usr/bin/env node
// Throughput and start-up of the built CLI on real news, with the limits to compare them with,
// all measured in the same run (the machine's load and speed cancel out of the ratios):
//   - the single-pass limit: read the JSONL, parse each line, normalise its text and run one
//     regular expression over it, in this process;
//   - the full pipeline with --jobs 1 and --jobs N (JSONL output), each in a child process so its
//     peak RSS is its own, and the two outputs compared byte for byte;
//   - start-up: one article, against `node -e 0`.
// Not a test: `npm run build && npm run bench [-- --corpus FILE --mb 100 --jobs 2]`.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// What bin/evac-extract.js runs (the bundle, through bin/launch.js), called in-process so that its
// own time can be measured.
const CLI = join(ROOT, 'dist', 'bundle', 'cli.cjs');
const LAUNCH = join(ROOT, 'bin', 'launch.js');
const BIN = join(ROOT, 'bin', 'evac-extract.js');
const SHARED_NEWS = join(ROOT, '..', 'shared', 'eval', 'news', 'jawhara.jsonl');

const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string' },
    mb: { type: 'string', default: '0' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
  },
});
const MB = Number(opts.mb);
const JOBS = Number(opts.jobs);
if (!(MB >= 0) || !Number.isInteger(JOBS) || JOBS < 2) {
  console.error('usage: node scripts/bench.mjs [--corpus news.jsonl] [--mb N (repeat the corpus to N MB)] [--jobs N >= 2] [--keep]');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('bench: dist/bundle/cli.cjs not found: run `npm run build` first');
  process.exit(1);
}

/** The corpus lines: real news when there is some, else the project's own fixture articles. */
function corpusLines() {
  const file = opts.corpus ?? (existsSync(SHARED_NEWS) ? SHARED_NEWS : null);
  if (file) return { from: file, lines: readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()) };
  const dir = join(ROOT, 'fixtures', 'articles');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => JSON.stringify({ id: f, text: readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));
  return { from: `${dir} (no news corpus found)`, lines };
}

/** The batch file: the corpus, repeated (with fresh ids) until it holds at least `mb` MB. */
async function writeBatch(path, lines, mb) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let round = 0; round === 0 || bytes < mb * 1e6; round++) {
    for (const line of lines) {
      const rec = JSON.parse(line);
      if (round) rec.id = `${rec.id ?? 'line'}#${round}`;
      const s = `${round ? JSON.stringify(rec) : line}\n`;
      bytes += Buffer.byteLength(s);
      if (!out.write(s)) await new Promise((r) => out.once('drain', r));
    }
  }
  await new Promise((r) => out.end(r));
  return bytes;
}

/** Read, parse, normalise and one regular expression pass: what any tool must at least do. */
async function singlePass(path) {
  const { normalize } = await import(pathToFileURL(join(ROOT, 'dist', 'text', 'normalize.js')).href);
  const t0 = performance.now();
  let digits = 0;
  let docs = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const { text } = normalize(JSON.parse(line).text);
    digits += text.match(/\d+/g)?.length ?? 0;
    docs++;
  }
  return { seconds: (performance.now() - t0) / 1000, docs, digits };
}

/** One CLI run in a child process: its time inside the process, exit code and peak RSS. */
function runCli(args, cwd) {
  const report = join(cwd, 'report.json');
  const code = `
    import { writeFileSync } from 'node:fs';
    const { loadCli } = await import(${JSON.stringify(pathToFileURL(LAUNCH).href)});
    const { main } = loadCli().exports;
    const t0 = performance.now();
    const code = await main([process.execPath, 'evac-extract', ...${JSON.stringify(args)}]);
    writeFileSync(${JSON.stringify(report)}, JSON.stringify({ code, ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0 || !existsSync(report)) throw new Error(`the CLI run crashed (status ${child.status})`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report);
  if (result.code > 1) throw new Error(`the CLI exited with ${result.code}`);
  return result;
}

/** Median wall time of `runs` runs of a command, in seconds. */
function medianWall(cmd, args, runs, cwd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(cmd, args, { cwd, stdio: 'ignore' });
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const { from, lines } = corpusLines();
const dir = mkdtempSync(join(tmpdir(), 'evac-bench-'));
try {
  const batch = join(dir, 'batch.jsonl');
  const bytes = await writeBatch(batch, lines, MB);
  const mb = bytes / 1e6;
  console.log(`evac-extract bench: ${from}${MB ? `, repeated to ${mb.toFixed(0)} MB` : ''}; node ${process.version}; ${availableParallelism()} cores`);

  const limit = await singlePass(batch);
  const docs = limit.docs;
  const one = runCli(['-q', '--jobs', '1', '-o', 'one.jsonl', 'batch.jsonl'], dir);
  const many = runCli(['-q', '--jobs', String(JOBS), '-o', 'many.jsonl', 'batch.jsonl'], dir);
  const same = readFileSync(join(dir, 'one.jsonl')).equals(readFileSync(join(dir, 'many.jsonl')));

  writeFileSync(join(dir, 'one-article.jsonl'), `${lines[0]}\n`);
  const nodeStart = medianWall(process.execPath, ['-e', '0'], 5, dir);
  const oneArticle = medianWall(process.execPath, [BIN, '-q', 'one-article.jsonl'], 5, dir);

  const row = (name, seconds, rssKb) =>
    `${name.padEnd(26)} ${seconds.toFixed(2).padStart(8)} ${(mb / seconds).toFixed(2).padStart(8)} ${(docs / seconds).toFixed(0).padStart(10)} ${rssKb ? (rssKb / 1024).toFixed(0).padStart(12) : ''.padStart(12)}`;
  console.log(`${docs} articles, ${mb.toFixed(1)} MB`);
  console.log(`${'run'.padEnd(26)} ${'seconds'.padStart(8)} ${'MB/s'.padStart(8)} ${'articles/s'.padStart(10)} ${'peak RSS MB'.padStart(12)}`);
  console.log(row('single pass (the limit)', limit.seconds));
  console.log(row('pipeline --jobs 1', one.ms / 1000, one.maxRssKb));
  console.log(row(`pipeline --jobs ${JOBS}`, many.ms / 1000, many.maxRssKb));
  console.log(`--jobs ${JOBS} speed-up: ${(one.ms / many.ms).toFixed(2)}x; output ${same ? 'byte-identical to' : 'DIFFERENT from'} --jobs 1`);
  console.log(`pipeline --jobs 1 / single pass: ${((100 * limit.seconds) / (one.ms / 1000)).toFixed(1)}% of the limit`);
  console.log(`start-up, one article: ${oneArticle.toFixed(2)} s; node -e 0: ${nodeStart.toFixed(2)} s (${(oneArticle / nodeStart).toFixed(1)}x)`);
  console.log('(pipeline seconds: inside the process, rule loading included, Node start-up excluded)');
  if (!same) process.exitCode = 1;
} finally {
  if (opts.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

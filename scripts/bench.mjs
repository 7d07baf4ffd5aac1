#!/usr/bin/env node
// Throughput and start-up of the built CLI on real news, with the limits to compare them with,
// all measured in the same run (the machine's load and speed cancel out of the ratios):
//   - the single-pass limit: read the JSONL, parse each line, normalise its text and run one
//     regular expression over it, in this process;
//   - the full pipeline with --jobs 1 and --jobs N (JSONL output), each in a child process so its
//     peak RSS is its own, and the two outputs compared byte for byte;
//   - start-up: one article, against `node -e 0`.
// Each is run `--runs` times, interleaved, and the best time reported beside the median: on a
// shared machine the load of its neighbours comes and goes, and the best run is the code's speed
// (the ratios are of best runs; peak RSS is the highest of any run).
// Not a test: `npm run build && npm run bench [-- --corpus FILE --mb 100 --jobs 2 --runs 3]`.
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
    runs: { type: 'string', default: '3' },
  },
});
const MB = Number(opts.mb);
const JOBS = Number(opts.jobs);
const RUNS = Number(opts.runs);
if (!(MB >= 0) || !Number.isInteger(JOBS) || JOBS < 2 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node scripts/bench.mjs [--corpus news.jsonl] [--mb N (repeat the corpus to N MB)] [--jobs N >= 2] [--runs N >= 1] [--keep]');
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

/** The best and the median of some times. */
function timesOf(seconds) {
  const sorted = [...seconds].sort((a, b) => a - b);
  return { best: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)] };
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

  const limits = [];
  const ones = [];
  const manys = [];
  let same = true;
  for (let r = 0; r < RUNS; r++) {
    limits.push(await singlePass(batch));
    ones.push(runCli(['-q', '--jobs', '1', '-o', 'one.jsonl', 'batch.jsonl'], dir));
    manys.push(runCli(['-q', '--jobs', String(JOBS), '-o', 'many.jsonl', 'batch.jsonl'], dir));
    same &&= readFileSync(join(dir, 'one.jsonl')).equals(readFileSync(join(dir, 'many.jsonl')));
    if (RUNS > 1) console.error(`run ${r + 1}/${RUNS}: --jobs 1 ${(ones[r].ms / 1000).toFixed(2)} s, --jobs ${JOBS} ${(manys[r].ms / 1000).toFixed(2)} s`);
  }
  const docs = limits[0].docs;
  const limit = timesOf(limits.map((l) => l.seconds));
  const one = { ...timesOf(ones.map((o) => o.ms / 1000)), maxRssKb: Math.max(...ones.map((o) => o.maxRssKb)) };
  const many = { ...timesOf(manys.map((o) => o.ms / 1000)), maxRssKb: Math.max(...manys.map((o) => o.maxRssKb)) };
  const speedUps = ones.map((o, r) => o.ms / manys[r].ms).sort((a, b) => a - b);

  writeFileSync(join(dir, 'one-article.jsonl'), `${lines[0]}\n`);
  const nodeStart = medianWall(process.execPath, ['-e', '0'], 5, dir);
  const oneArticle = medianWall(process.execPath, [BIN, '-q', 'one-article.jsonl'], 5, dir);

  const row = (name, t, rssKb) =>
    `${name.padEnd(26)} ${t.best.toFixed(2).padStart(8)} ${t.median.toFixed(2).padStart(8)} ${(mb / t.best).toFixed(2).padStart(8)} ${(docs / t.best).toFixed(0).padStart(10)} ${rssKb ? (rssKb / 1024).toFixed(0).padStart(12) : ''.padStart(12)}`;
  console.log(`${docs} articles, ${mb.toFixed(1)} MB; ${RUNS} run${RUNS > 1 ? 's' : ''} each (MB/s and articles/s of the best)`);
  console.log(`${'run'.padEnd(26)} ${'best s'.padStart(8)} ${'median s'.padStart(8)} ${'MB/s'.padStart(8)} ${'articles/s'.padStart(10)} ${'peak RSS MB'.padStart(12)}`);
  console.log(row('single pass (the limit)', limit));
  console.log(row('pipeline --jobs 1', one, one.maxRssKb));
  console.log(row(`pipeline --jobs ${JOBS}`, many, many.maxRssKb));
  const spread = RUNS > 1 ? ` (runs: ${speedUps[0].toFixed(2)}-${speedUps.at(-1).toFixed(2)}x)` : '';
  console.log(`--jobs ${JOBS} speed-up: ${(one.best / many.best).toFixed(2)}x of best runs${spread}; output ${same ? 'byte-identical to' : 'DIFFERENT from'} --jobs 1`);
  console.log(`pipeline --jobs 1 / single pass: ${((100 * limit.best) / one.best).toFixed(1)}% of the limit`);
  console.log(`start-up, one article: ${oneArticle.toFixed(2)} s; node -e 0: ${nodeStart.toFixed(2)} s (${(oneArticle / nodeStart).toFixed(1)}x)`);
  console.log('(pipeline seconds: inside the process, rule loading included, Node start-up excluded)');
  if (!same) process.exitCode = 1;
} finally {
  if (opts.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

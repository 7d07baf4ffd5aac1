#!/usr/bin/env node
// Throughput of the built CLI on a large batch: docs/s, MB/s and peak memory (RSS).
// Not a test: `npm run build && npm run bench [-- --docs 5000]`.
//
// The batch is made from fixtures/articles/*.txt (cycled), or from a built-in generator of news
// sentences when that folder is absent, and run twice: as one JSONL file (the batch path) and as a
// folder of text files. Each run happens in a child process so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const ARTICLES = join(ROOT, 'fixtures', 'articles');

const { values: opts } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    files: { type: 'string', default: '300' },
    format: { type: 'string', default: 'jsonl' },
    keep: { type: 'boolean', default: false },
  },
});
const DOCS = Number(opts.docs);
const FILES = Math.min(Number(opts.files), DOCS);
if (!Number.isInteger(DOCS) || DOCS < 1 || !Number.isInteger(FILES) || FILES < 0) {
  console.error('usage: node scripts/bench.mjs [--docs N] [--files N] [--format jsonl|json|csv] [--keep]');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js not found: run `npm run build` first');
  process.exit(1);
}

/** Deterministic pseudo-random numbers, so two runs measure the same batch. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Articles assembled from sentence patterns of wire copy (written for this script). */
function generated(count) {
  const rand = rng(42);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const n = (lo, hi) => String(lo + Math.floor(rand() * (hi - lo)));
  const places = ['حمص', 'حلب', 'إدلب', 'دوما', 'حرستا', 'الرستن', 'تلبيسة', 'جرابلس', 'درعا', 'القنيطرة', 'الباب', 'عربين'];
  const sources = ['المرصد السوري لحقوق الإنسان', 'مصدر في المعارضة', 'وكالة الأنباء الرسمية', 'مسؤول في الهلال الأحمر'];
  const patterns = [
    () => `خرجت ${n(5, 60)} حافلة تقل ${n(100, 3000)} مدني من ${pick(places)} باتجاه ${pick(places)} صباح اليوم.`,
    () => `وقال ${pick(sources)} إن نحو ${n(200, 9000)} شخص عادوا إلى منازلهم في ${pick(places)} منذ مطلع الشهر.`,
    () => `وأفادت مصادر محلية بنزوح أكثر من ${n(50, 900)} عائلة من قرى ريف ${pick(places)} خلال الأسبوع الماضي.`,
    () => `ووصلت الدفعة الثانية من المهجرين إلى ${pick(places)} عبر معبر ${pick(places)}، وتضم ${n(300, 2000)} شخص بينهم نساء وأطفال.`,
    () => `ومن المقرر أن يخرج ما بين ${n(400, 500)} و${n(600, 900)} مسلح مع عائلاتهم خلال الأيام المقبلة.`,
    () => `وأكد ${pick(sources)} في تصريح صحفي أن "العملية مستمرة وفق الاتفاق".`,
    () => `وشهدت المنطقة هدوءا حذرا بعد اشتباكات متقطعة استمرت ${n(2, 12)} ساعات.`,
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(patterns)())
      .join(' ')
      .replace(/(.{300,}?[.!])\s/g, '$1\n\n'),
  );
}

/** Article bodies (front matter dropped: JSONL records carry their date as a field). */
function sourceArticles() {
  if (!existsSync(ARTICLES)) return { from: 'built-in generator', texts: generated(50) };
  const files = readdirSync(ARTICLES).filter((f) => /\.(txt|md)$/.test(f)).sort();
  if (!files.length) return { from: 'built-in generator', texts: generated(50) };
  const texts = files.map((f) => readFileSync(join(ARTICLES, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  return { from: `fixtures/articles (${files.length} articles, cycled)`, texts };
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

function runCli(args, cwd) {
  const report = join(cwd, 'report.json');
  const code = `
    import { writeFileSync } from 'node:fs';
    const { main } = await import(${JSON.stringify(pathToFileURL(CLI).href)});
    const t0 = performance.now();
    const code = await main([process.execPath, 'evac-extract', ...${JSON.stringify(args)}]);
    writeFileSync(${JSON.stringify(report)}, JSON.stringify({ code, ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0 || !existsSync(report)) fail(`the CLI run crashed (status ${child.status})`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  if (result.code !== 0) fail(`the CLI exited with ${result.code} (see its messages above)`);
  return result;
}

const { from, texts } = sourceArticles();
const dir = mkdtempSync(join(tmpdir(), 'evac-bench-'));
try {
  const records = Array.from({ length: DOCS }, (_, i) => ({ id: `bench-${i}`, published: '2018-05-13', text: texts[i % texts.length] }));
  writeFileSync(join(dir, 'batch.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  mkdirSync(join(dir, 'files'));
  for (const r of records.slice(0, FILES)) writeFileSync(join(dir, 'files', `${r.id}.txt`), r.text);

  const textBytes = (rs) => rs.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);
  const out = `out.${opts.format}`;
  const scenarios = [
    { name: 'JSONL batch', docs: DOCS, bytes: textBytes(records), args: ['batch.jsonl'] },
    ...(FILES ? [{ name: 'folder of .txt', docs: FILES, bytes: textBytes(records.slice(0, FILES)), args: ['files'] }] : []),
  ];

  console.log(`evac-extract bench: ${DOCS} documents from ${from}; output ${opts.format}; node ${process.version}`);
  console.log('scenario          docs     MB   seconds    docs/s    MB/s   peak RSS MB   output MB');
  for (const s of scenarios) {
    const r = runCli(['-q', '-p', '2018-05-13', '-f', opts.format, '-o', out, ...s.args], dir);
    const secs = r.ms / 1000;
    const mb = s.bytes / 1e6;
    const outMb = statSync(join(dir, out)).size / 1e6;
    console.log(
      [s.name.padEnd(15), String(s.docs).padStart(6), mb.toFixed(1).padStart(6), secs.toFixed(2).padStart(9), (s.docs / secs).toFixed(0).padStart(9),
        (mb / secs).toFixed(2).padStart(7), (r.maxRssKb / 1024).toFixed(0).padStart(13), outMb.toFixed(1).padStart(11)].join(' '),
    );
  }
  console.log('(seconds: the run inside the process, rule loading included, Node start-up excluded; peak RSS: the whole process)');
} catch (e) {
  if (!process.exitCode) throw e;
} finally {
  if (opts.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

#!/usr/bin/env node
// Part of `npm run build`, after the bundle and the prebuilt rules: records V8's code cache for the
// CLI script (bin/launch.js) by extracting one article as a usual run does, so that the cache holds
// the functions such a run compiles. The article below was written for this, not taken from news.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { loadCli } from '../bin/launch.js';

const ARTICLE = `---
published: 2019-03-14
title: خروج دفعة جديدة من المهجرين باتجاه حماة
---
حماة - مراسلون

خرجت صباح اليوم الخميس 35 حافلة تقل نحو 1,800 شخص بينهم 400 طفل من بلدة كفرنبل بريف إدلب الجنوبي عبر ممر أبو الظهور الإنساني باتجاه مدينة حماة، بإشراف الهلال الأحمر العربي السوري.

وقال محافظ حماة في تصريح للصحفيين إن "عملية الإجلاء ستستمر حتى نهاية الأسبوع المقبل"، مشيراً إلى أن نحو 3 آلاف عائلة عادت إلى منازلها في ريف حماة الشمالي منذ 12 آذار الماضي.
`;

const dir = mkdtempSync(join(tmpdir(), 'evac-code-cache-'));
try {
  const article = join(dir, 'article.txt');
  writeFileSync(article, ARTICLE);
  const { exports: cli, recordCache } = loadCli({ useCache: false });
  const stderr = new PassThrough();
  const messages = [];
  stderr.on('data', (chunk) => messages.push(chunk));
  const io = { stdin: Readable.from([]), stdout: new Writable({ write: (_chunk, _encoding, done) => done() }), stderr };
  const code = await cli.main([process.execPath, 'evac-extract', '-q', '-f', 'jsonl', article], io);
  if (code !== 0) throw new Error(`the run that records the code cache exited with ${code}: ${Buffer.concat(messages).toString()}`);
  recordCache();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

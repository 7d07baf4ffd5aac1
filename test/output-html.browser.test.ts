/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The review page in a real browser (Debian's Chromium, headless, through playwright-core): the
// page from a fixture batch highlights every record's evidence, links rows and evidence, keeps a
// verdict across a reload and exports it, makes no network request, and shows injected markup as
// text. A screenshot goes to test-output/ for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, run } from './cli-helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output');
const BATCH = [
  'fixtures/articles/01-homs-waer-final.txt',
  'fixtures/articles/12-afrin-displacement.txt',
  'fixtures/articles/21-talafar-exodus-kurdish.txt',
  'test/fixtures/review/injection.txt',
];

let dir: string;
let url: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

async function open(): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('.progress:not(:empty)');
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  ensureBuilt();
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'evac-review-'));
  const file = join(dir, 'review.html');
  const { code, errors } = await run(['-q', ...BATCH, '-o', file], { cwd: ROOT });
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  url = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  // Every request is recorded; anything but the page itself is refused.
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => requests.push(`pageerror: ${e.message}`));
  await open();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('review page', () => {
  it('lists every article with its record count', async () => {
    const index = await page.locator('.index li').evaluateAll((lis) => lis.map((li) => li.querySelector('.count')!.textContent));
    const counts = await page.locator('section.article').evaluateAll((s) => s.map((el) => String(el.querySelectorAll('tbody tr[data-record]').length)));
    expect(index).toHaveLength(BATCH.length);
    expect(index).toEqual(counts);
    // The title comes from the article's front matter.
    expect(await page.locator('#a0 h2 .title').textContent()).toBe('خروج الدفعة الأخيرة من المسلحين وعائلاتهم من حي الوعر بحمص');
  });

  it('highlights the evidence of every record, and the page text is the article text', async () => {
    const checked = await page.evaluate(() => {
      const problems: string[] = [];
      let records = 0;
      for (const section of document.querySelectorAll('section.article')) {
        const { doc } = JSON.parse(section.querySelector('script.article-data')!.textContent!) as { doc: { evacuations: { mentions: { text: string }[] }[] } };
        doc.evacuations.forEach((e, i) => {
          records++;
          const id = `${section.id}-r${i}`;
          const marked = [...section.querySelectorAll<HTMLElement>('.hl.t-figure')].filter((el) => el.dataset.ids!.split(' ').includes(id));
          const text = marked.map((el) => el.textContent).join('');
          const expected = [...new Set(e.mentions.map((m) => m.text))].join('');
          if (text !== e.mentions.map((m) => m.text).join('') && text !== expected) problems.push(`${id}: ${JSON.stringify(text)} ≠ ${JSON.stringify(expected)}`);
        });
      }
      return { records, problems };
    });
    expect(checked.problems).toEqual([]);
    expect(checked.records).toBeGreaterThan(10);
    const text = await page.locator('#a0 .text').textContent();
    expect(text).toBe(readFileSync(join(ROOT, BATCH[0]!), 'utf8').replace(/^---[\s\S]*?---/, (m) => m.replace(/[^\n]/g, ' ')));
  });

  it('scrolls a clicked row to its evidence and flashes it; a click on the evidence goes back', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const row = page.locator('#a2 tbody tr[data-record]').last();
    const id = (await row.getAttribute('data-record'))!;
    await row.click({ position: { x: 10, y: 5 } });
    const evidence = page.locator(`#a2 .hl.t-figure[data-ids~="${id}"]`).first();
    await expect.poll(() => evidence.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    const box = await evidence.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    await page.evaluate(() => window.scrollTo(0, 0));
    await evidence.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${id}-row`);
  });

  it('moves through records with the keyboard and shows a mark’s fields on focus', async () => {
    await page.locator('#a0-r0-row').focus();
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('a0-r1-row');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.ids)).toContain('a0-r1');
    await expect.poll(() => page.locator('.tip').isVisible()).toBe(true);
    expect(await page.locator('.tip').textContent()).toContain('figure');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('a0-r1-row');
  });

  it('filters records by kind and status', async () => {
    await page.selectOption('select[name=kind]', 'return');
    const shown = await page.locator('tbody tr[data-record]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['return']));
    await page.selectOption('select[name=kind]', '');
    await page.selectOption('select[name=status]', 'planned');
    const planned = await page.locator('tbody tr[data-record]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(new Set(planned)).toEqual(new Set(['planned']));
    await page.selectOption('select[name=status]', '');
  });

  it('keeps a verdict and a corrected field across a reload, and exports them as JSONL', async () => {
    await page.locator('#a0-r1-row button[data-verdict=wrong]').click();
    await page.locator('#a0-r1-row button[data-action=edit]').click();
    await page.locator('tr.edit select').selectOption('count');
    await page.locator('tr.edit input').fill('350');
    await page.locator('tr.edit button', { hasText: 'Save' }).click();
    await page.locator('#a1-r0-row button[data-verdict=correct]').click();
    await open();
    expect(await page.locator('#a0-r1-row button[data-verdict=wrong]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#a0-r1-row td[data-field=count]').textContent()).toBe('350');
    expect(await page.locator('.progress').textContent()).toMatch(/^2 of \d+ records reviewed$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.id)).toEqual([BATCH[0], BATCH[1]]);
    expect(lines[0].evacuations).toHaveLength(1);
    expect(lines[0].evacuations[0]).toMatchObject({ review: { verdict: 'wrong', corrections: { count: '350' } } });
    expect(lines[0].evacuations[0].mentions[0].text).toBeTruthy();
    expect(lines[1].evacuations[0].review).toMatchObject({ verdict: 'correct', corrections: {} });
    expect(lines[0]).toHaveProperty('places');
  });

  it('shows markup from an article, its id and title as text', async () => {
    const section = page.locator('#a3');
    expect(await page.evaluate(() => (window as { injected?: unknown }).injected)).toBeUndefined();
    expect(await section.locator('.text').textContent()).toContain(`<script>window.injected = 'text'</script>`);
    expect(await section.locator('.text').textContent()).toContain(`<img src=x onerror="window.injected = 'img'">`);
    expect(await section.locator('h2').textContent()).toContain(`inject"><script>window.injected = 'id'</script>`);
    expect(await section.locator('script').count()).toBe(1);
    expect(await section.locator('img').count()).toBe(0);
  });

  it('makes no network request', async () => {
    await page.mouse.wheel(0, 4000);
    await page.screenshot({ path: join(OUT, 'review.png') });
    expect(requests.filter((u) => u !== url)).toEqual([]);
  });
});

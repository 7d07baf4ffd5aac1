// Required gold dates of the dev articles found among the values findDates gives for that article,
// held above the floor of support/dev-floors.ts; misses are listed. Skipped when the shared dev set
// is not next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/index.js';
import { DEV_FLOORS, recall } from './support/dev-floors.js';
import { DEV_DIR } from './support/shared.js';

const DEV = DEV_DIR;
const present = existsSync(`${DEV}dev.jsonl`);

interface Article {
  id: string;
  published: string | null;
  text: string;
}

const articles: Article[] = present
  ? readFileSync(`${DEV}dev.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article)
  : [];

describe.skipIf(!present)('dev set: required gold dates', () => {
  it('stays above the dates recall floor', () => {
    const tally = { tp: 0, fp: 0, fn: 0 };
    const missed: string[] = [];
    for (const article of articles) {
      const gold = JSON.parse(readFileSync(`${DEV}gold/${article.id}.json`, 'utf8')) as { dates?: { required?: string[] } };
      const values = new Set(findDates(article.text, { published: article.published }).map((d) => d.value));
      for (const date of gold.dates?.required ?? []) {
        if (values.has(date)) tally.tp++;
        else (tally.fn++, missed.push(`${article.id}: ${date}`));
      }
    }
    console.log(`dates on dev: recall ${(100 * recall(tally)).toFixed(1)}% (tp ${tally.tp}, fn ${tally.fn})`, missed);
    expect(recall(tally)).toBeGreaterThanOrEqual(DEV_FLOORS.dates.recall);
  });
});

// Every required gold date of the dev articles is among the values findDates gives for that
// article. Skipped when the shared dev set is not next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/index.js';
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
  it.each(articles.map((a) => [a.id, a] as const))('article %s', (id, article) => {
    const gold = JSON.parse(readFileSync(`${DEV}gold/${id}.json`, 'utf8')) as { dates?: { required?: string[] } };
    const values = new Set(findDates(article.text, { published: article.published }).map((d) => d.value));
    for (const date of gold.dates?.required ?? []) expect(values, `${id}: ${date}`).toContain(date);
  });
});

// Records on the shared dev set (skipped where /work/shared is absent): counts F1 and the accuracy
// of their attributes as the shared scorer computes them, held above the floors of
// support/dev-floors.ts; the misses are listed by the scorer (`--verbose`), not asserted here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import { DEV_FLOORS } from './support/dev-floors.js';
import { f1, score, sum, type Gold } from './support/gold.js';
import { DEV_DIR } from './support/shared.js';

describe.skipIf(!existsSync(DEV_DIR))('records on the dev set', () => {
  test('counts and attributes stay above their floors', () => {
    const rules = loadRules();
    const articles = readFileSync(join(DEV_DIR, 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; text: string; published?: string | null });
    const scores = articles.map((a) => {
      const gold = JSON.parse(readFileSync(join(DEV_DIR, 'gold', `${a.id}.json`), 'utf8')) as Gold;
      return score(gold, extract(a.text, { rules, id: a.id, published: a.published ?? null }));
    });
    const counts = f1(sum(scores.map((s) => s.counts)));
    const right = scores.reduce((n, s) => n + s.attributes.right, 0);
    const total = scores.reduce((n, s) => n + s.attributes.total, 0);
    console.log(`records dev: counts F1 ${(100 * counts).toFixed(1)}%, attributes ${(100 * right / total).toFixed(1)}% (${right}/${total})`);
    expect(counts).toBeGreaterThanOrEqual(DEV_FLOORS.records.counts);
    expect(right / total).toBeGreaterThanOrEqual(DEV_FLOORS.records.attributes);
  });
});

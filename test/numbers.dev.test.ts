// Every figure of a gold corpus (GOLD.md format) must be among the numbers found in its article,
// with the gold's bounds and qualifier: the shared dev set (skipped when absent) and the team's
// fixture articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../src/index.js';
import { DEV_DIR } from './support/shared.js';

interface GoldFigure {
  count?: number | null;
  min?: number | null;
  max?: number | null;
  qualifier?: string;
  optional?: boolean;
}

const CORPORA = [
  { name: 'dev set', root: DEV_DIR },
  { name: 'fixtures', root: join(import.meta.dirname, '..', 'fixtures') },
];

for (const { name, root } of CORPORA) {
  const present = existsSync(join(root, 'gold')) && existsSync(join(root, 'articles'));
  const golds = present
    ? readdirSync(join(root, 'gold'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(root, 'gold', f), 'utf8')) as { evacuations: GoldFigure[] }] as const)
    : [];

  describe.skipIf(!present)(`numbers: every gold figure of the ${name}`, () => {
    it('has gold figures to check', () => {
      expect(golds.flatMap(([, g]) => g.evacuations).filter((e) => typeof e.count === 'number').length).toBeGreaterThan(0);
    });

    it.each(golds)('article %s', (id, gold) => {
      const hits = findNumbers(readFileSync(join(root, 'articles', `${id}.txt`), 'utf8'));
      for (const fig of gold.evacuations) {
        if (fig.qualifier === 'vague') continue;
        const candidates = hits.filter(
          (h) =>
            // A range may be written without a count (GOLD.md), by its ends alone.
            (fig.count == null ? fig.min != null : h.value === fig.count) &&
            (fig.min == null || h.min === fig.min) &&
            (fig.max == null || h.max === fig.max) &&
            (fig.qualifier === undefined || h.qualifier === fig.qualifier),
        );
        expect(candidates, `${id}: ${JSON.stringify(fig)}`).not.toHaveLength(0);
      }
      const vagueGold = gold.evacuations.filter((f) => f.qualifier === 'vague' && !f.optional).length;
      expect(hits.filter((h) => h.qualifier === 'vague').length).toBeGreaterThanOrEqual(vagueGold);
    });
  });
}

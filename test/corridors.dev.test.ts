// The dev articles (shared/eval/dev, absent in CI): required gold corridors found with the places
// matcher as it stands, held above the recall floor of support/dev-floors.ts; misses and false hits
// are listed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCorridorMentions, toCorridors } from '../src/corridors/find.js';
import { analyse } from '../src/document.js';
import { findPlaceMentions } from '../src/places/find.js';
import { loadRules } from '../src/rules/load.js';
import { norm, type Gold } from './support/gold.js';
import { DEV_FLOORS } from './support/dev-floors.js';
import { DEV_DIR } from './support/shared.js';

const DEV = DEV_DIR;
const present = existsSync(join(DEV, 'gold'));

describe.skipIf(!present)('corridors on the dev articles', () => {
  it('stays above the corridors recall floor', () => {
    const rules = loadRules();
    const missed: string[] = [];
    const falseHits: string[] = [];
    let required = 0;
    for (const file of readdirSync(join(DEV, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(DEV, 'gold', file), 'utf8')) as Gold;
      const doc = analyse(readFileSync(join(DEV, 'articles', `${gold.id}.txt`), 'utf8'), { rules });
      const predicted = toCorridors(findCorridorMentions(doc, findPlaceMentions(doc))).map((c) => ({
        name: c.name,
        names: [...c.places.map((p) => norm(p.name)), norm(c.name)],
      }));
      // One-to-one, as the scorer matches: each gold corridor takes the first unused prediction.
      const left = [...predicted];
      const take = (alts: string[]) => {
        const i = left.findIndex((p) => alts.map(norm).some((a) => p.names.includes(a)));
        return i >= 0 ? left.splice(i, 1)[0] : undefined;
      };
      for (const g of gold.corridors?.required ?? []) {
        required++;
        if (!take(g)) missed.push(`${gold.id}: ${g.join(' / ')}`);
      }
      for (const g of gold.corridors?.optional ?? []) take(g);
      falseHits.push(...left.map((p) => `${gold.id}: ${p.name}`));
    }
    console.log(`corridors on dev: ${required - missed.length}/${required} required found, ${falseHits.length} false hits`, missed, falseHits);
    expect((required - missed.length) / required).toBeGreaterThanOrEqual(DEV_FLOORS.corridors.recall);
  });
});

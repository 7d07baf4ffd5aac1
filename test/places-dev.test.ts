// Recall and precision of place names on the dev articles (skipped where /work/shared is absent).
// Names are compared after the scorer's normalisation (shared/eval/score.mjs `norm`): recall over
// the REQUIRED gold places, precision against required + optional, each held above its floor in
// support/dev-floors.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/document.js';
import { findPlaceMentions, toPlaces } from '../src/places/find.js';
import { loadRules } from '../src/rules/load.js';
import { norm } from './support/gold.js';
import { DEV_FLOORS } from './support/dev-floors.js';
import { DEV_DIR } from './support/shared.js';

const DEV = DEV_DIR;


type GoldPlace = string | string[];

describe.skipIf(!existsSync(DEV))('places on the dev set', () => {
  test('recall of required places and precision against all gold places', () => {
    const rules = loadRules();
    let found = 0;
    let required = 0;
    let correct = 0;
    let predicted = 0;
    const report: string[] = [];
    for (const file of readdirSync(join(DEV, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(DEV, 'gold', file), 'utf8'));
      const text = readFileSync(join(DEV, 'articles', file.replace(/\.json$/, '.txt')), 'utf8');
      const names = new Set(toPlaces(findPlaceMentions(analyse(text, { rules })), rules.places.countryside?.canonical ?? null).map((p) => norm(p.name)));
      const alts = (g: GoldPlace) => (Array.isArray(g) ? g : [g]).map(norm);
      const req: GoldPlace[] = gold.places?.required ?? [];
      const all = [...req, ...(gold.places?.optional ?? [])].flatMap(alts);
      const missed = req.filter((g) => !alts(g).some((a) => names.has(a)));
      const extra = [...names].filter((n) => !all.includes(n));
      required += req.length;
      found += req.length - missed.length;
      predicted += names.size;
      correct += names.size - extra.length;
      report.push(`${file}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`);
    }
    const recall = found / required;
    const precision = correct / predicted;
    console.log(`places dev: recall ${(100 * recall).toFixed(1)}% (${found}/${required}), precision ${(100 * precision).toFixed(1)}% (${correct}/${predicted})\n${report.join('\n')}`);
    expect(recall).toBeGreaterThanOrEqual(DEV_FLOORS.places.recall);
    expect(precision).toBeGreaterThanOrEqual(DEV_FLOORS.places.precision);
  });
});

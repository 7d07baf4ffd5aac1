// Named speakers on the dev articles against the gold officials: required officials found as the
// speaker of some quote (recall) and quotes naming a person gold neither requires nor allows
// (precision), held above the floors of support/dev-floors.ts. Names are compared as the scorer
// compares them. Skipped when the shared dev set is not next to the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import { findQuoteMentions } from '../src/quotes/find.js';
import { loadRules } from '../src/rules/load.js';
import { norm } from './support/gold.js';
import { DEV_FLOORS, precision, recall } from './support/dev-floors.js';
import { DEV_DIR } from './support/shared.js';

const DEV = DEV_DIR;
const present = existsSync(`${DEV}gold`) && existsSync(`${DEV}articles`);


interface Official {
  name: string;
  aliases?: string[];
}

const ids = present ? readdirSync(`${DEV}gold`).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort() : [];
const rules = present ? loadRules() : null;

function speakersOf(id: string): Set<string> {
  const text = readFileSync(`${DEV}articles/${id}.txt`, 'utf8');
  const quotes = findQuoteMentions(analyse(text, { rules: rules! }));
  return new Set(quotes.map((q) => q.speaker.name).filter((n): n is string => !!n).map(norm));
}

describe.skipIf(!present)('dev set: named speakers against gold officials', () => {
  it('stays above the officials floors', () => {
    const tally = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(`${DEV}gold/${id}.json`, 'utf8')) as {
        officials?: { required?: Official[]; optional?: Official[] };
      };
      const names = (o: Official) => [o.name, ...(o.aliases ?? [])].map(norm);
      const required = gold.officials?.required ?? [];
      const allowed = [...required, ...(gold.officials?.optional ?? [])];
      const speakers = speakersOf(id);
      const missed = required.filter((o) => !names(o).some((n) => speakers.has(n))).map((o) => o.name);
      const unexpected = [...speakers].filter((s) => !allowed.some((o) => names(o).includes(s)));
      tally.tp += required.length - missed.length;
      tally.fn += missed.length;
      tally.fp += unexpected.length;
      misses.push(...missed.map((n) => `${id} missed ${n}`), ...unexpected.map((n) => `${id} unexpected ${n}`));
    }
    console.log(
      `quotes on dev: officials precision ${(100 * precision(tally)).toFixed(1)}%, recall ${(100 * recall(tally)).toFixed(1)}% (tp ${tally.tp}, fp ${tally.fp}, fn ${tally.fn})`,
      misses,
    );
    expect(precision(tally)).toBeGreaterThanOrEqual(DEV_FLOORS.officials.precision);
    expect(recall(tally)).toBeGreaterThanOrEqual(DEV_FLOORS.officials.recall);
  });
});

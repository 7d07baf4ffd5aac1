// Named speakers on the dev articles against the gold officials: every required official is the
// speaker of some quote (recall), and no quote names a person gold neither requires nor allows
// (precision). Names are compared as the scorer compares them. Skipped when the shared dev set is
// not next to the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import { findQuoteMentions } from '../src/quotes/find.js';
import { loadRules } from '../src/rules/load.js';
import { norm } from './support/gold.js';
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
  const tally = { tp: 0, fp: 0, fn: 0 };

  it.each(ids)('article %s', (id) => {
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
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
  });

  it('reports precision and recall', () => {
    const precision = tally.tp + tally.fp ? tally.tp / (tally.tp + tally.fp) : 1;
    const recall = tally.tp + tally.fn ? tally.tp / (tally.tp + tally.fn) : 1;
    console.log(`quotes on dev: officials precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}% (tp ${tally.tp}, fp ${tally.fp}, fn ${tally.fn})`);
    expect(tally.tp + tally.fn).toBeGreaterThan(0);
  });
});

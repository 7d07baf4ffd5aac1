// The quotes matcher's function words are rules (rules/quotes/words.yaml, `roles`): one added
// through --rules is honoured, and an unknown role is refused. Invented for the test: إلى as a
// word before the outlet an interview was given to (في حديث إلى رويترز), as مع is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';

const rulesDir = (yaml: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-roles-'));
  writeFileSync(join(dir, 'quotes.yaml'), `kind: quotes\n${yaml}`);
  return dir;
};

describe('function-word roles of the quotes rules', () => {
  it('reads a word added to a role through --rules', () => {
    const text = 'وقال المحافظ في حديث إلى رويترز إن الحافلات ستصل غدا إلى المدينة.';
    const outlets = (rulesDirs: string[]) => extract(text, { rulesDirs }).quotes.map((q) => q.outlet);
    expect(outlets([])).toEqual([null]);
    expect(outlets([rulesDir('roles:\n  givenWith: [إلى]\n')])).toEqual(['رويترز']);
  });

  // Invented for the test: ع (a spoken shortening of على) as a preposition of the morphology.
  it('reads a word behind an adjunct preposition as no subject of the verb, when the morphology reads that preposition', () => {
    const text = 'قال محافظ حمص إن الحافلات وصلت. وأضاف عالهاتف أن العائلات ستعود غدا إلى المدينة.';
    const verbs = (rulesDirs: string[]) => extract(text, { rulesDirs }).quotes.map((q) => q.verb);
    const preposition = mkdtempSync(join(tmpdir(), 'quotes-morphology-'));
    writeFileSync(join(preposition, 'morphology.yaml'), 'kind: morphology\nprepositions: [ع]\n');
    expect(verbs([])).toEqual(['قال']);
    expect(verbs([preposition])).toEqual(['قال']);
    expect(verbs([preposition, rulesDir('roles:\n  adjunct: [ع]\n')])).toEqual(['قال', 'أضاف']);
  });

  it('refuses a role the schema does not know', () => {
    expect(() => loadRules([rulesDir('roles:\n  nearby: [قرب]\n')])).toThrow();
  });
});

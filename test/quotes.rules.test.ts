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

  it('refuses a role the schema does not know', () => {
    expect(() => loadRules([rulesDir('roles:\n  nearby: [قرب]\n')])).toThrow();
  });
});

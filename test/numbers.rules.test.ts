import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers, loadRules, RulesError } from '../src/index.js';

function rulesDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'numbers-rules-'));
  writeFileSync(join(dir, 'numbers.yaml'), yaml);
  return dir;
}

describe('numbers rules', () => {
  it('a user rules folder extends the built-in hedges and words', () => {
    const dir = rulesDir(['kind: numbers', 'hedges:', '  before:', '    about: [يجي]', 'units:', '  3: [تلاتة]'].join('\n'));
    const sentence = 'طلع يجي 500 شخص وتلاتة أطفال';
    expect(findNumbers(sentence).map((h) => [h.text, h.qualifier])).toEqual([['500', 'exact']]);
    expect(findNumbers(sentence, { rulesDirs: [dir] }).map((h) => [h.text, h.qualifier, h.value])).toEqual([
      ['يجي 500', 'about', 500],
      ['تلاتة', 'exact', 3],
    ]);
  });

  it('rejects a malformed rules file with the offending field', () => {
    const dir = rulesDir(['kind: numbers', 'tens:', '  twenty: [عشرون]'].join('\n'));
    expect(() => loadRules([dir])).toThrow(RulesError);
    expect(() => loadRules([dir])).toThrow(/tens/);
  });

  it('rejects a multi-word entry where a single word is required', () => {
    const dir = rulesDir(['kind: numbers', 'ambiguous: [ست البيت]'].join('\n'));
    expect(() => loadRules([dir])).toThrow(/single word/);
  });
});

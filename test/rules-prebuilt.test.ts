// The built-in rules prebuilt into dist/rules.json by `npm run build` must compile to the rules
// the YAML files give: the prebuilt data survives JSON unchanged, and names what it was built from.
import { describe, expect, it } from 'vitest';
import { PLACE_NAMES, placeNameTable } from '../src/places/gazetteer.js';
import { builtFromRuleFiles, prebuildRules } from '../src/rules/load.js';

describe('prebuilt rules', () => {
  it('are plain JSON data (no values JSON would change) with a fingerprint of the rule files, and so are the derived tables', () => {
    const prebuilt = prebuildRules({ [PLACE_NAMES]: placeNameTable });
    expect(JSON.parse(JSON.stringify(prebuilt))).toStrictEqual(prebuilt);
    expect(prebuilt.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(prebuilt.data)).toEqual(expect.arrayContaining(['numbers', 'dates', 'gazetteer', 'places', 'quotes']));
    expect(Object.keys(prebuilt.tables)).toEqual([PLACE_NAMES]);
  });

  it('are used when the rule files keep their stamps, or else their contents, and not when a file changed', () => {
    const { stamps, fingerprint } = prebuildRules();
    expect(stamps.map(([name]) => name)).toEqual(expect.arrayContaining(['evacuations.yaml', 'places.yaml']));
    const touched = stamps.map(([name, size, mtime]): typeof stamps[number] => [name, size, mtime - 1000]);
    const cases: [string, Parameters<typeof builtFromRuleFiles>[0], ReturnType<typeof builtFromRuleFiles>][] = [
      ['as built', { stamps, fingerprint }, 'stamps'],
      ['copied (other times, same contents)', { stamps: touched, fingerprint }, 'contents'],
      ['a file edited', { stamps: touched, fingerprint: '0'.repeat(64) }, false],
      ['a file added', { stamps: stamps.slice(1), fingerprint: '0'.repeat(64) }, false],
    ];
    for (const [name, built, expected] of cases) expect(builtFromRuleFiles(built), name).toBe(expected);
  });
});

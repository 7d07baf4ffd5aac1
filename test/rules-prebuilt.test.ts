// The built-in rules prebuilt into dist/rules.json by `npm run build` must compile to the rules
// the YAML files give: the prebuilt data survives JSON unchanged, and names what it was built from.
import { describe, expect, it } from 'vitest';
import { PLACE_NAMES, placeNameTable } from '../src/places/gazetteer.js';
import { prebuildRules } from '../src/rules/load.js';

describe('prebuilt rules', () => {
  it('are plain JSON data (no values JSON would change) with a fingerprint of the rule files, and so are the derived tables', () => {
    const prebuilt = prebuildRules({ [PLACE_NAMES]: placeNameTable });
    expect(JSON.parse(JSON.stringify(prebuilt))).toStrictEqual(prebuilt);
    expect(prebuilt.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(prebuilt.data)).toEqual(expect.arrayContaining(['numbers', 'dates', 'gazetteer', 'places', 'quotes']));
    expect(Object.keys(prebuilt.tables)).toEqual([PLACE_NAMES]);
  });
});

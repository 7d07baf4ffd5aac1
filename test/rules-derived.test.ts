// A table derived at build time from the built-in rules (rules/derived.ts) must only be used with
// the compiled kinds it was derived from: never with user rules, nor a mix of both.
import { describe, expect, it } from 'vitest';
import { derivedTable, markPrebuilt, usePrebuiltTables } from '../src/rules/derived.js';

describe('derived tables', () => {
  usePrebuiltTables({ names: ['from the build'] });
  const builtA = markPrebuilt({ kind: 'a' });
  const builtB = markPrebuilt({ kind: 'b' });
  const user = { kind: 'a' };

  it.each<[string, object[], unknown]>([
    ['every kind prebuilt', [builtA, builtB], ['from the build']],
    ['a kind compiled from user rules', [user], undefined],
    ['prebuilt and user kinds mixed', [builtA, user], undefined],
  ])('%s', (_, from, expected) => {
    expect(derivedTable('names', from)).toEqual(expected);
  });

  it('a table the build did not write is computed', () => {
    expect(derivedTable('other', [builtA])).toBeUndefined();
  });
});

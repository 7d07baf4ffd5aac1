// A rule kind names the kinds its compiler reads (`needs`) and receives them compiled: the loader
// compiles them first, a --rules file of the needed kind reaches the compiler that reads it, and
// on the prebuilt path a kind and what it needs compile only when the kind is first read.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileKind, defineRuleKind, dependencyOrder } from '../src/rules/kind.js';
import { ruleKinds } from '../src/rules/kinds.js';
import { loadRules, RulesError } from '../src/rules/load.js';

const Count = z.strictObject({ n: z.number() });
const base = defineRuleKind({ kind: 'base', schema: () => Count, compile: (d) => d.n });
const plus = defineRuleKind({ kind: 'plus', schema: () => Count, needs: { base }, compile: (d, { base: b }) => b + d.n });
const twice = defineRuleKind({ kind: 'twice', schema: () => Count, needs: { base, plus }, compile: (d, { base: b, plus: p }) => [b, p, d.n] });

describe('dependencyOrder puts every kind after the kinds it needs, otherwise as listed', () => {
  it.each<[string, Record<string, typeof base | typeof plus | typeof twice>, string[]]>([
    ['already in order', { base, plus }, ['base', 'plus']],
    ['needed kind listed later', { plus, base }, ['base', 'plus']],
    ['two levels', { twice, plus, base }, ['base', 'plus', 'twice']],
    ['no needs keep their order', { base, other: { ...base, kind: 'other' } }, ['base', 'other']],
  ])('%s', (_, kinds, order) => {
    expect(dependencyOrder(kinds)).toEqual(order);
  });

  it('the shipped kinds: each after what it needs', () => {
    const order = dependencyOrder(ruleKinds);
    for (const [name, def] of Object.entries(ruleKinds) as [string, { needs?: Record<string, { kind: string }> }][]) {
      for (const dep of Object.values(def.needs ?? {})) expect(order.indexOf(dep.kind)).toBeLessThan(order.indexOf(name));
    }
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a needed kind that is not listed', { plus }, /"base" is needed but not known/],
    ['kinds that need each other', { loop: { kind: 'loop', schema: () => Count, needs: { self: { kind: 'loop' } }, compile: () => 0 } }, /need each other: loop → loop/],
  ])('%s is a programming error', (_, kinds, message) => {
    expect(() => dependencyOrder(kinds as Record<string, typeof base>)).toThrow(message);
  });
});

describe('compileKind passes a kind the compiled rules of what it needs, under its own names', () => {
  it.each<[string, typeof base | typeof plus | typeof twice, Record<string, unknown>, unknown]>([
    ['no needs', base, {}, 2],
    ['one', plus, { base: 40 }, 42],
    ['two', twice, { base: 1, plus: 3 }, [1, 3, 2]],
  ])('%s', (_, def, compiled, out) => {
    expect(compileKind(def, { n: 2 }, compiled)).toEqual(out);
  });

  it('reads them when it compiles, so a lazily compiled kind compiles then', () => {
    const read: string[] = [];
    const compiled = Object.defineProperty({}, 'base', { get: () => (read.push('base'), 40) });
    expect(read).toEqual([]);
    expect(compileKind(plus, { n: 2 }, compiled)).toBe(42);
    expect(read).toEqual(['base']);
  });
});

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-needs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Invented for the tests: ث (a spoken shortening of ثم) as a conjunction, ع (of على) as a preposition.
const withConjunction = rulesDir({ 'morphology.yaml': 'kind: morphology\nconjunctions: [ث]\n' });
const withPreposition = rulesDir({ 'morphology.yaml': 'kind: morphology\nprepositions: [ع]\n' });
const adjunctRole = rulesDir({ 'quotes.yaml': 'kind: quotes\nroles:\n  adjunct: [ع]\n' });

describe('a --rules morphology file reaches the compilers that need it', () => {
  const words = (text: string) => (i: number) => text.split(' ')[i];
  it.each<[string, (dirs: string[]) => boolean]>([
    ['quotes: a source phrase after the conjunction', (dirs) => loadRules(dirs).quotes.sources.match(words('ثبحسب المرصد'), 0) !== null],
    ['the linker: a since word after the conjunction', (dirs) => loadRules(dirs).evacuations.sinceWords.has('ثمنذ')],
  ])('%s', (_, found) => {
    expect(found([])).toBe(false);
    expect(found([withConjunction])).toBe(true);
  });

  it('quotes: the adjunct role must be a preposition of the morphology in force', () => {
    expect(() => loadRules([adjunctRole])).toThrow(RulesError);
    expect(() => loadRules([adjunctRole])).toThrow(/^[^,]*quotes\.yaml: roles\.adjunct\.0: ع is not one of the prepositions of the morphology rules$/);
    expect(loadRules([withPreposition, adjunctRole]).quotes.roles.adjunct.has('ع')).toBe(true);
  });
});

describe('a cue word the linker reads is added once, to the kind that owns it', () => {
  it.each<[string, Record<string, string>, (dirs: string[]) => boolean]>([
    ['a since cue (dates), alone and after a conjunction', { 'dates.yaml': 'kind: dates\nsinceCues: [مذ]\n' }, (dirs) => ['مذ', 'ومذ'].every((w) => loadRules(dirs).evacuations.sinceWords.has(w))],
    ['a destination cue (places)', { 'places.yaml': 'kind: places\nroles:\n  destination: [قاصدين]\n' }, (dirs) => loadRules(dirs).evacuations.grammar.towards.has('قاصدين')],
    ['an English destination cue (english)', { 'english.yaml': 'kind: english\nplaces:\n  roles:\n    destination: [unto]\n' }, (dirs) => loadRules(dirs)['evacuations-en'].grammar.towards.has('unto')],
  ])('%s', (_, files, found) => {
    expect(found([])).toBe(false);
    expect(found([rulesDir(files)])).toBe(true);
  });
});

describe('the prebuilt rules (dist, as the CLI runs them)', () => {
  it('compile a kind and what it needs when the kind is first read, and the English rules only when asked', async () => {
    // Built by `npm run build`, which `npm test` runs first.
    const dist = new URL('../dist/rules/', import.meta.url);
    expect(existsSync(new URL('../rules.json', dist))).toBe(true);
    const { ruleKinds: kinds } = (await import(new URL('kinds.js', dist).href)) as typeof import('../src/rules/kinds.js');
    const { loadRules: load } = (await import(new URL('load.js', dist).href)) as typeof import('../src/rules/load.js');
    const compiled: string[] = [];
    for (const def of Object.values(kinds) as { kind: string; compile: (...a: unknown[]) => unknown }[]) {
      const compile = def.compile;
      def.compile = (...a) => (compiled.push(def.kind), compile(...a));
    }
    const rules = load();
    expect(compiled).toEqual([]);
    expect(rules.quotes.roles.adjunct.size).toBeGreaterThan(0);
    expect(compiled).toEqual(['morphology', 'quotes']);
    expect(rules.evacuations.sinceWords.size).toBeGreaterThan(0);
    expect(compiled).toEqual(['morphology', 'quotes', 'dates', 'places', 'evacuations']);
    expect(rules['evacuations-en'].sinceWords.has('since')).toBe(true);
    expect(compiled.slice(5)).toEqual(['english', 'evacuations-en']);
  });
});

// The terminal view: Arabic shaped into presentation forms and put in visual order for terminals
// without bidi; left alone with --no-shape or EVAC_NO_SHAPE; a table only where a person reads it.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { countText, shortQuote } from '../src/output/table.js';
import { visualLine } from '../src/output/shape.js';
import type { Evacuation } from '../src/schema.js';
import { BIN, ensureBuilt, ROOT, run } from './cli-helpers.js';

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');

describe('visualLine', () => {
  it.each([
    // خرج 300 شخص: words reversed, letters in their joined forms, the number left to right.
    ['خرج 300 شخص', 'FEBA FEA8 FEB7 0020 0033 0030 0030 0020 FE9D FEAE FEA7'],
    // لا joins into one ligature; final alef after lam.
    ['لا', 'FEFB'],
    // A bracket pair stays a pair around the number once mirrored.
    ['خرج (300)', '0028 0033 0030 0030 0029 0020 FE9D FEAE FEA7'],
    // ة at the end takes its final form, م at the start its initial one.
    ['مدينة', 'FE94 FEE8 FEF3 FEAA FEE3'],
    ['Homs 2017', '0048 006F 006D 0073 0020 0032 0030 0031 0037'],
  ])('%s', (input, expected) => {
    expect(hex(visualLine(input))).toBe(expected);
  });

  it('leaves text without right-to-left letters unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc 123-().,/:xyz') }), (s) => visualLine(s) === s));
  });

  it('reverses the order of Arabic words and keeps each word whole', () => {
    const word = fc.string({ unit: fc.constantFrom(...'بتثجحخسشصضطظعغفقكمنهي'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const shaped = words.map((w) => visualLine(w));
        expect(visualLine(words.join(' '))).toBe([...shaped].reverse().join(' '));
      }),
    );
  });
});

describe('cells', () => {
  const e = (over: Partial<Evacuation>): Evacuation => ({
    count: 300, min: null, max: null, qualifier: 'exact', unit: 'person', group: 'people', kind: 'evacuation', status: 'completed',
    cumulative: false, since: null, date: null, origin: [], destination: [], corridor: null, buses: null, source: null, part_of: null,
    mentions: [{ start: 0, end: 3, text: '300' }], confidence: 1, sentence: '', ...over,
  });
  it.each([
    [e({}), '300'],
    [e({ qualifier: 'about' }), '~300'],
    [e({ qualifier: 'more_than' }), '>300'],
    [e({ qualifier: 'up_to', unit: 'family' }), '≤300 families'],
    [e({ qualifier: 'range', count: null, min: 30, max: 40 }), '30–40'],
    [e({ qualifier: 'vague', count: null }), 'some'],
  ])('count %#', (evacuation, expected) => {
    expect(countText(evacuation)).toBe(expected);
  });

  it('cuts a long quote at a word', () => {
    expect(shortQuote('أ'.repeat(10) + ' ' + 'ب'.repeat(10), 15)).toBe(`${'أ'.repeat(10)}…`);
    expect(shortQuote('قال   إن\nالقافلة', 70)).toBe('قال إن القافلة');
  });
});

describe('evac-extract --format table', () => {
  beforeAll(ensureBuilt);
  const article = 'fixtures/articles/01-homs-waer-final.txt';
  // حمص in presentation forms, in visual order.
  const HOMS_SHAPED = '\uFEBA\uFEE4\uFEA3';
  const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

  it('shapes Arabic and draws the records as a table, without colour in a pipe', async () => {
    const { code, stdout } = await run(['-f', 'table', article], { cwd: ROOT });
    const out = stdout.toString('utf8');
    expect(code).toBe(0);
    expect(out).toMatch(/^fixtures\/articles\/01-homs-waer-final\.txt · .+ · published 2017-05-21 · ar · relevance \d\.\d\d\n/);
    expect(out).toContain('│ count');
    expect(out).toContain(HOMS_SHAPED);
    expect(out).toContain('speakers:');
    expect(out).not.toContain('حمص');
    expect(out).not.toContain('\x1b[');
  });

  it('leaves Arabic in logical order with --no-shape or EVAC_NO_SHAPE', async () => {
    const flag = (await run(['-f', 'table', '--no-shape', article], { cwd: ROOT })).stdout.toString('utf8');
    const env = spawnSync(process.execPath, [BIN, '-f', 'table', article], { cwd: ROOT, env: { ...process.env, EVAC_NO_SHAPE: '1' } }).stdout.toString('utf8');
    for (const out of [flag, env]) {
      expect(out).toContain('حمص');
      expect(out).not.toMatch(PRESENTATION_FORM);
    }
    expect(env).toBe(flag);
  });

  it('is the default on a terminal (with colour unless NO_COLOR), JSONL in a pipe', async () => {
    const piped = (await run([article], { cwd: ROOT })).stdout.toString('utf8');
    expect(JSON.parse(piped.split('\n')[0]!)).toMatchObject({ id: article });
    // `script` gives the command a pseudo-terminal for stdout (stderr, where a progress bar would go,
    // is left out: only what stdout shows is under test).
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `${process.execPath} ${BIN} -q ${article} 2>/dev/null`, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env } }).stdout.toString('utf8');
    const coloured = onTty({ NO_COLOR: '' });
    expect(coloured).toContain('\x1b[1m');
    const uncoloured = coloured.replace(/\x1b\[[0-9;]*m/g, '');
    expect(uncoloured).toContain('│ count');
    expect(uncoloured).toContain(HOMS_SHAPED);
    const plain = onTty({ NO_COLOR: '1' });
    expect(plain).toContain('│ count');
    expect(plain).not.toContain('\x1b[');
  });
});

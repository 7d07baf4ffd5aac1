// A clitic added to rules/morphology.yaml through --rules is read by every matcher: they all read
// words through the word layer. Invented for the tests: ع (a spoken shortening of على) as a
// preposition, ث (of ثم) as a conjunction.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../src/index.js';
import { extract } from '../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'morphology-'));
writeFileSync(join(dir, 'morphology.yaml'), 'kind: morphology\nprepositions: [ع]\n');

const records = (text: string, rulesDirs: string[] = []) =>
  // In an article about people moving (the lede sets its relevance), as in the linker's own tests.
  extract(`تتواصل عمليات الإجلاء وسط موجة نزوح واسعة وقصف متواصل على المخيمات والمعابر.\n\n${text}`, { rulesDirs }).evacuations.map((e) => ({ count: e.count, group: e.group, origin: e.origin.map((p) => p.name) }));

describe('a new preposition in the morphology rules', () => {
  it.each<[string, string, { count: number; group: string; origin: string[] }]>([
    ['the people noun after the figure', 'خرج 300 عالمدنيين من حلب.', { count: 300, group: 'civilians', origin: ['حلب'] }],
    ['the movement word', 'وقال المحافظ إن 200 عالعائلة عالمغادرة من حمص.', { count: 200, group: 'families', origin: ['حمص'] }],
  ])('the linker reads %s through it', (_, text, record) => {
    expect(records(text)).toEqual([]);
    expect(records(text, [dir])).toEqual([record]);
  });
});

describe('the corridor matcher reads it on a head word', () => {
  it.each<[string, string, string]>([
    ['وصلت الحافلات عمعبر الراموسة صباحا.', 'معبر الراموسة', 'معبر الراموسة'],
    ['خرج المدنيون عالممر الإنساني في بلدة الرستن.', 'ممر الرستن', 'الممر الإنساني في بلدة الرستن'],
  ])('%s', (text, name, mention) => {
    expect(extract(text).corridors).toEqual([]);
    const [corridor, ...more] = extract(text, { rulesDirs: [dir] }).corridors;
    expect(more).toEqual([]);
    expect([corridor?.name, corridor?.mentions.map((m) => m.text)]).toEqual([name, [mention]]);
  });
});

// One clitic, every matcher: a conjunction added through --rules (invented for the test: ث, a
// spoken shortening of ثم "then") lets each matcher find its mention in a word that carries it.
const conj = mkdtempSync(join(tmpdir(), 'morphology-conj-'));
writeFileSync(join(conj, 'morphology.yaml'), 'kind: morphology\nconjunctions: [ث]\n');

describe('a new conjunction in the morphology rules', () => {
  const lede = 'تتواصل عمليات الإجلاء وسط موجة نزوح واسعة وقصف متواصل على المخيمات والمعابر.\n\n';
  const found: Record<string, (rulesDirs: string[]) => unknown[]> = {
    numbers: (rulesDirs) => findNumbers('وصلت قافلة أولى ثخمسمئة مدني إلى حماة', { rulesDirs }).map((n) => n.value),
    places: (rulesDirs) => extract('غادرت الحافلات دمشق ثحمص', { rulesDirs }).places.map((p) => p.name),
    corridors: (rulesDirs) => extract('وصلت الحافلات ثمعبر الراموسة صباحا', { rulesDirs }).corridors.map((c) => c.name),
    quotes: (rulesDirs) => extract('ثقال المحافظ إن الحافلات ستصل غدا إلى المدينة', { rulesDirs }).quotes.map((q) => q.verb),
    // Source phrases are compiled with the conjunctions of the morphology in force.
    'quote sources': (rulesDirs) => extract('خرج 300 مدني من حلب ثبحسب المرصد السوري لحقوق الإنسان.', { rulesDirs }).quotes.map((q) => q.verb),
    linker: (rulesDirs) => extract(`${lede}ثخرج 300 مدني من حلب.`, { rulesDirs }).evacuations.map((e) => e.count),
  };
  it.each<[string, unknown]>([
    ['numbers', 500],
    ['places', 'حمص'],
    ['corridors', 'معبر الراموسة'],
    ['quotes', 'قال'],
    ['quote sources', 'بحسب'],
    ['linker', 300],
  ])('%s', (matcher, mention) => {
    expect(found[matcher]!([])).not.toContain(mention);
    expect(found[matcher]!([conj])).toContain(mention);
  });
});

describe('the stem a one-word name needs is data', () => {
  // وباب is و + ب + إب (here a list member after حلب) only if two letters may be a name off a preposition.
  const short = mkdtempSync(join(tmpdir(), 'morphology-stem-'));
  writeFileSync(join(short, 'morphology.yaml'), 'kind: morphology\nmin_name_stem: 2\n');
  const names = (rulesDirs: string[]) => extract('وزعت المساعدات في حلب وباب المدينة القديمة', { rulesDirs }).places.map((p) => p.name);
  it('وباب is not إب under the shipped policy, and is with min_name_stem 2', () => {
    expect(names([])).toEqual(['حلب']);
    expect(names([short])).toEqual(['حلب', 'إب']);
  });
});

// A clitic added to rules/morphology.yaml through --rules is read by every matcher that reads words
// through the word layer (so far the corridors and the linker). Invented for the test: ع (a spoken
// shortening of على) as a preposition.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

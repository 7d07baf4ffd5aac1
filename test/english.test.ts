// The English path: table-driven sentences for each finder, the linker's records through
// extract(), the English fixture article against its gold, and the offset invariants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import { findEnglishEvidence } from '../src/english/index.js';
import { toNormalized } from '../src/english/text.js';
import { takeFrontMatter } from '../src/io/frontmatter.js';
import { normalize } from '../src/text/normalize.js';
import { extract } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import type { Evacuation } from '../src/schema.js';
import { f1, score, type Gold } from './support/gold.js';
import { badSpans } from './support/spans.js';

const rules = loadRules();
const PUBLISHED = '2018-04-03'; // a Tuesday
const evidence = (text: string) => findEnglishEvidence(analyse(text, { published: PUBLISHED, rules }));

describe('numbers', () => {
  it.each<[string, string, Partial<{ value: number | null; min: number | null; max: number | null; qualifier: string }>]>([
    ['Buses carried 1,146 people out of the town.', '1,146', { value: 1146, qualifier: 'exact' }],
    ['Some 2,000 people left overnight.', 'Some 2,000', { value: 2000, qualifier: 'about' }],
    ['An estimated 5,500 civilians fled the fighting.', 'An estimated 5,500', { value: 5500, qualifier: 'about' }],
    ['More than 3,000 fighters crossed the line.', 'More than 3,000', { value: 3000, min: 3000, max: null, qualifier: 'more_than' }],
    ['At least 400 families were moved.', 'At least 400', { min: 400, max: null, qualifier: 'at_least' }],
    ['Fewer than 90 people remained.', 'Fewer than 90', { min: null, max: 90, qualifier: 'less_than' }],
    ['Up to 40,000 relatives may follow them.', 'Up to 40,000', { value: 40000, max: 40000, qualifier: 'up_to' }],
    ['Between 300 and 400 fighters will leave.', 'Between 300 and 400', { value: 300, min: 300, max: 400, qualifier: 'range' }],
    ['Officials expect 1,200-1,500 people to go.', '1,200-1,500', { min: 1200, max: 1500, qualifier: 'range' }],
    ['Between 3 and 4 million people were uprooted.', 'Between 3 and 4 million', { min: 3000000, max: 4000000, qualifier: 'range' }],
    ['Nearly 1.5 million Syrians live in the country.', 'Nearly 1.5 million', { value: 1500000, qualifier: 'about' }],
    ['Three thousand people returned home.', 'Three thousand', { value: 3000, qualifier: 'exact' }],
    ['Tens of thousands of civilians have fled.', 'Tens of thousands', { value: null, qualifier: 'vague' }],
    ['Dozens of wounded were taken out.', 'Dozens', { value: null, qualifier: 'vague' }],
    ['The agency said 3,000 people or more had left.', '3,000 people', { value: 3000, qualifier: 'exact' }],
  ])('%s', (sentence, text, expected) => {
    const hit = evidence(sentence).numbers.find((n) => n.text.startsWith(text.split(' ')[0]!));
    expect(hit, sentence).toBeDefined();
    if (!text.includes('people')) expect(hit!.text).toBe(text);
    expect(hit).toMatchObject(expected);
  });

  it('takes no ordinal for a figure', () => {
    expect(evidence('The first batch and the 2nd convoy left the town of Douma.').numbers).toEqual([]);
  });
});

describe('dates', () => {
  it.each<[string, string, string | null, string]>([
    ['The buses left on April 2 after midnight.', 'April 2', '2018-04-02', 'point'],
    ['The deal was signed on 3 May 2017 in Astana.', '3 May 2017', '2017-05-03', 'point'],
    ['The offensive began on Feb. 18 with air strikes.', 'Feb. 18', '2018-02-18', 'point'],
    ['The convoy arrived on Monday evening in Idlib.', 'Monday', '2018-04-02', 'point'],
    ['The first buses arrived yesterday in Jarablus.', 'yesterday', '2018-04-02', 'point'],
    ['More buses are due to arrive tomorrow morning.', 'tomorrow', '2018-04-04', 'point'],
    ['Since March 18, some 4,000 people have left.', 'Since March 18', '2018-03-18', 'since'],
    ['About 900 people fled in the past 24 hours, monitors said.', 'in the past 24 hours', '2018-04-03', 'period'],
    ['The siege was imposed in 2013 by government forces.', '2013', '2013', 'point'],
    ['Talks resumed last Friday in Geneva.', 'last Friday', '2018-03-30', 'point'],
    ['The camp opened in April 2016 near the border.', 'April 2016', '2016-04', 'point'],
  ])('%s', (sentence, text, value, role) => {
    const hit = evidence(sentence).dates.find((d) => d.text === text);
    expect(hit, sentence).toBeDefined();
    expect(hit).toMatchObject({ value, role });
  });

  it('does not take the verb "may" for a month', () => {
    expect(evidence('Fighters may leave the town in the coming days, he said.').dates).toEqual([]);
  });
});

describe('places', () => {
  it.each<[string, string, string, string | null]>([
    ['Buses left the town of Douma in the afternoon.', 'Douma', 'دوما', 'origin'],
    ['The convoy headed to Jarablus near the Turkish border.', 'Jarablus', 'جرابلس', 'destination'],
    ['Thousands fled northern Syria as the fighting spread.', 'northern Syria', 'شمال سوريا', 'origin'],
    ['Civilians were bused through the Wafideen camp crossing.', 'Wafideen camp', 'مخيم الوافدين', 'via'],
    ['Talks were held in Astana between the sides.', 'Astana', 'أستانة', 'location'],
    ['The delegations flew from Khartoum after the talks.', 'Khartoum', 'الخرطوم', 'origin'],
    ['The rebel leaders travelled to Riyadh for the talks.', 'Riyadh', 'الرياض', 'destination'],
    ['The family later flew on to Lyon with the children.', 'Lyon', 'Lyon', 'destination'],
    ['The evacuees were flown to Nairobi on Monday.', 'Nairobi', 'نيروبي', 'destination'],
    ['Fighters were taken out of Arbin, Zamalka and Harasta overnight.', 'Harasta', 'حرستا', 'origin'],
    ['The first convoy of the day left Deir ez-Zor at dawn.', 'Deir ez-Zor', 'دير الزور', 'origin'],
  ])('%s', (sentence, text, name, role) => {
    const hit = evidence(sentence).places.find((p) => p.span.text === text);
    expect(hit, sentence).toBeDefined();
    expect(hit!.ref.name).toBe(name);
    expect(hit!.role).toBe(role);
  });

  it('takes no name outside the gazetteer without a place word before it', () => {
    expect(evidence('Lyon was not part of the plan, the minister told the meeting.').places).toEqual([]);
  });

  it('makes a corridor of a place and its head word', () => {
    const ev = evidence('About 500 people passed through the Wafideen crossing on Sunday.');
    expect(ev.corridors.map((c) => [c.corridor.kind, c.corridor.places.map((p) => p.name)])).toEqual([['crossing', ['الوافدين']]]);
  });
});

describe('quotes', () => {
  it.each<[string, Partial<{ name: string | null; title: string | null; rank: string | null; organization: string | null }>, Partial<{ anonymous: boolean; direct: boolean; outlet: string | null; text: string }>]>([
    ['Homs Governor Talal Barazi said 300 families would return next week.', { name: 'Talal Barazi', title: 'Homs Governor' }, { text: '300 families would return next week' }],
    ['"We will not leave our homes," said Abu Khaled, a local council member.', { name: 'Abu Khaled', title: 'a local council member' }, { direct: true, text: 'We will not leave our homes' }],
    ['Lt. Gen. Sergei Rudskoi told reporters in Moscow that 2,000 fighters had left.', { name: 'Sergei Rudskoi', rank: 'Lt. Gen.' }, { text: '2,000 fighters had left' }],
    ['Talal Barazi, the governor of Homs, said the last buses would leave on Friday.', { name: 'Talal Barazi', title: 'the governor of Homs' }, { text: 'the last buses would leave on Friday' }],
    ['About 1,000 people left the camp, a UNHCR spokeswoman told Reuters.', { name: null, title: 'UNHCR spokeswoman', organization: 'UNHCR' }, { anonymous: false, outlet: 'Reuters' }],
    ['About 600 people crossed overnight, a rebel official told AFP.', { name: null }, { anonymous: true, outlet: 'AFP' }],
    ['According to the Syrian Observatory for Human Rights, 500 civilians fled.', { organization: 'Syrian Observatory for Human Rights' }, { text: '500 civilians fled' }],
    ['The buses left Douma on Sunday, state news agency SANA said.', { name: null, organization: null }, { outlet: 'SANA', text: 'The buses left Douma on Sunday' }],
  ])('%s', (sentence, speaker, fields) => {
    const [q] = evidence(sentence).quotes;
    expect(q, sentence).toBeDefined();
    expect(q!.speaker).toMatchObject(speaker);
    expect(q).toMatchObject(fields);
  });

  it('resolves "he" and a surname to the full name said before', () => {
    const quotes = evidence(
      'Russian envoy Alexander Lavrentiev said the talks were over. "Nobody will be forced out," he said. Lavrentiev added that buses were ready.',
    ).quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Alexander Lavrentiev', 'Alexander Lavrentiev', 'Alexander Lavrentiev']);
  });

  it('takes no group pronoun for the last named speaker', () => {
    const quotes = evidence('Envoy Staffan de Mistura said the talks were over. They said the buses were ready.').quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Staffan de Mistura']);
  });

  it('takes no negated or infinitive verb for an attribution', () => {
    expect(evidence('The rebel group has not confirmed the deal and refused to say more about it.').quotes).toEqual([]);
  });
});

type Expected = Partial<Pick<Evacuation, 'count' | 'min' | 'max' | 'qualifier' | 'group' | 'kind' | 'status' | 'cumulative' | 'unit' | 'buses'>> & {
  origin?: string;
  destination?: string;
};

describe('evacuation records', () => {
  it.each<[string, Expected[]]>([
    ['Buses carrying 1,146 people left the town of Douma on Monday, state media said.', [{ count: 1146, group: 'people', kind: 'evacuation', status: 'completed', origin: 'دوما' }]],
    ['About 3,000 civilians fled Afrin for the nearby town of Tal Rifaat on Sunday.', [{ count: 3000, qualifier: 'about', group: 'civilians', kind: 'displacement' }]],
    ['More than 500 refugees returned to Syria from Lebanon on Saturday, officials said.', [{ count: 500, qualifier: 'more_than', group: 'refugees', kind: 'return', status: 'completed' }]],
    ['Around 200 families are expected to leave the camp next week under the deal.', [{ count: 200, unit: 'family', group: 'families', status: 'planned' }]],
    ['A total of 9,500 people have been evacuated so far from the district, the ministry said.', [{ count: 9500, cumulative: true, kind: 'evacuation' }]],
    ['Some 700 fighters boarded the buses bound for Idlib province late on Sunday.', [{ count: 700, qualifier: 'about', group: 'fighters', kind: 'evacuation' }]],
    ['At least 1,600 civilians have been killed in the town since the offensive began.', []],
    ['The 24 buses passed through the crossing late in the evening, witnesses said.', []],
  ])('%s', (sentence, expected) => {
    // In an article about people moving, as in the news (the lede sets the document's relevance).
    const records = extract(`Evacuations continued amid shelling as displaced families reached the camps.\n\n${sentence}`, { published: PUBLISHED }).evacuations;
    expect(records.map((r) => r.count)).toEqual(expected.map((e) => e.count));
    records.forEach((r, i) => {
      const { origin, destination, ...fields } = expected[i]!;
      expect(r).toMatchObject(fields);
      if (origin) expect(r.origin.map((p) => p.name)).toContain(origin);
      if (destination) expect(r.destination.map((p) => p.name)).toContain(destination);
    });
  });
});

describe('the English fixture article', () => {
  const root = join(import.meta.dirname, '..', 'fixtures');
  const raw = readFileSync(join(root, 'articles', '19-english-douma-wire.txt'), 'utf8');
  const { text, frontMatter } = takeFrontMatter(raw);
  const doc = extract(text, { id: '19-english-douma-wire', published: frontMatter?.published ?? null });
  const gold = JSON.parse(readFileSync(join(root, 'gold', '19-english-douma-wire.json'), 'utf8')) as Gold;

  it('is read as English, with every span exact', () => {
    expect(doc.language).toBe('en');
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(badSpans(raw, doc)).toEqual([]);
  });

  it('finds the gold places, corridor, official and dates', () => {
    const s = score(gold, doc);
    expect(f1(s.places)).toBeGreaterThanOrEqual(0.8);
    expect(s.corridors.misses).toEqual([]);
    expect(s.officials.misses).toEqual([]);
    expect(s.dates.misses).toEqual([]);
    expect(f1(s.counts)).toBeGreaterThan(0);
  });
});

describe('offsets', () => {
  it('toNormalized inverts toOriginal', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\r', '\n', '\u200f', '—', '“', 'é', 'ـ', 'َ', 'ب') }), (s) => {
        const norm = normalize(s);
        for (let i = 0; i <= norm.text.length; i++) expect(toNormalized(norm, norm.toOriginal(i))).toBeLessThanOrEqual(i);
        for (let k = 0; k <= s.length; k++) expect(norm.toOriginal(toNormalized(norm, k))).toBeGreaterThanOrEqual(Math.min(k, norm.toOriginal(norm.text.length)));
      }),
    );
  });
});

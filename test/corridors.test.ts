import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCorridorMentions, toCorridors } from '../src/corridors/find.js';
import { extract } from '../src/pipeline.js';
import { corridorsRules } from '../src/corridors/rules.js';
import { analyse, type AnalysedDocument } from '../src/document.js';
import type { PlaceHit } from '../src/mentions.js';
import { fold } from '../src/text/normalize.js';
import { gazetteerRules } from '../src/places/gazetteer-rules.js';
import type { CompiledRules } from '../src/rules/kinds.js';
import { BUILTIN_RULES_DIR, loadRules, mergeRuleData } from '../src/rules/load.js';
import type { CorridorKind, PlaceType } from '../src/schema.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

// A small gazetteer of our own, so these cases do not move when the shipped gazetteer grows.
const gazetteer = gazetteerRules.compile(
  gazetteerRules.schema().parse({
    kind: 'gazetteer',
    entries: [
      { id: 't:sy', name: 'سوريا', type: 'country', country: 'SY', aliases: ['سورية'] },
      { id: 't:ghouta', name: 'الغوطة الشرقية', type: 'region' },
      { id: 't:damascus', name: 'دمشق', type: 'city' },
      { id: 't:jarablus', name: 'جرابلس', type: 'city' },
      { id: 't:rastan', name: 'الرستن', type: 'city' },
      { id: 't:nasib', name: 'نصيب', type: 'town' },
      { id: 't:nasib-x', name: 'معبر نصيب', type: 'crossing', aliases: ['معبر جابر نصيب'] },
      { id: 't:bab-salama-x', name: 'معبر باب السلامة', type: 'crossing', aliases: ['باب السلامة'] },
      // A crossing named after a place that a camp is also named after (the camp found by its bare name).
      { id: 't:bzeibiz-camp', name: 'مخيم بزيبز', type: 'camp' },
      { id: 't:bzeibiz-x', name: 'جسر بزيبز', type: 'crossing' },
      // Places the gazetteer marks as named by everyday words (بشري "human", أدري "I know").
      { id: 't:bsharri', name: 'بشري', type: 'town', ambiguous: true },
      { id: 't:adre-x', name: 'أدري', type: 'crossing', aliases: ['معبر أدري'], ambiguous: true },
    ],
  }),
);
const rules: CompiledRules = { ...loadRules(), gazetteer };

interface Expected {
  name: string;
  kind: CorridorKind;
  humanitarian: boolean;
  places: string[];
}
const C = (name: string, kind: CorridorKind, humanitarian: boolean, places: string[]): Expected => ({ name, kind, humanitarian, places });

/** Place hits as the places matcher would give them: [surface, canonical name, type]. */
function placeHits(doc: AnalysedDocument, places: readonly (readonly [string, string, PlaceType])[]): PlaceHit[] {
  return places.flatMap(([surface, name, type]) => {
    const nStart = doc.text.indexOf(fold(surface));
    if (nStart < 0) throw new Error(`test place ${surface} not in text`);
    const nEnd = nStart + fold(surface).length;
    const span = doc.span(nStart, nEnd);
    const ref = { name, en: null, type, admin1: null, country: null, lat: null, lon: null, id: `hit:${name}`, text: span.text };
    return [{ ref, role: null, span, nStart, nEnd }];
  });
}

function run(text: string, places: readonly (readonly [string, string, PlaceType])[] = [], r: CompiledRules = rules) {
  const doc = analyse(text, { rules: r });
  return { doc, hits: findCorridorMentions(doc, placeHits(doc, places)) };
}

const summary = (text: string, places: readonly (readonly [string, string, PlaceType])[] = [], r: CompiledRules = rules): Expected[] =>
  toCorridors(run(text, places, r).hits).map((c) => ({ name: c.name, kind: c.kind, humanitarian: c.humanitarian, places: c.places.map((p) => p.name) }));

describe('corridors: named constructions', () => {
  it.each<[string, Expected[]]>([
    // A name in construct right after the head, with trailing adjectives.
    ['وصلت القافلة الأولى عبر ممر بيت سحم الإنساني مساء أمس', [C('ممر بيت سحم', 'corridor', true, ['بيت سحم'])]],
    ['أغلقت السلطات الأردنية معبر نصيب الحدودي أمام الشاحنات', [C('معبر نصيب', 'crossing', false, ['نصيب'])]],
    ['أعيد فتح معبر جابر نصيب أمام المسافرين', [C('معبر نصيب', 'crossing', false, ['نصيب'])]],
    // A corridor named by its two ends, from one to the other.
    ['وفتحت الممرات الإنسانية من الرستن نحو جرابلس صباح أمس', [C('ممر الرستن - جرابلس', 'corridor', true, ['الرستن', 'جرابلس'])]],
    ['وخرج المدنيون عبر ممر آمن من الغوطة الشرقية إلى دمشق', [C('ممر الغوطة الشرقية - دمشق', 'corridor', true, ['الغوطة الشرقية', 'دمشق'])]],
    // A street or road is a corridor as the way people go (after عبر, سالكين), its name its own.
    ['وعاد آلاف النازحين سيراً عبر شارع الرشيد الساحلي نحو الشمال', [C('شارع الرشيد', 'corridor', false, ['الرشيد'])]],
    ['ونزحت العائلات سالكة طريق بيت سحم باتجاه العاصمة', [C('طريق بيت سحم', 'corridor', false, ['بيت سحم'])]],
    // ... or after a verb of crossing it.
    ['وقال إن 200 ألف مواطن عبروا شارع الرشيد الساحلي سيرا على الأقدام', [C('شارع الرشيد', 'corridor', false, ['الرشيد'])]],
    ['وخرجت العائلات عبر جسر الرستن شمالي المدينة', [C('جسر الرستن', 'crossing', false, ['الرستن'])]],
    ['عبرت عشرات الشاحنات من معبر باب الهوى صباح اليوم', [C('معبر باب الهوى', 'crossing', false, ['باب الهوى'])]],
    ['أوقف عناصر حاجز الرستن سيارة مدنية', [C('حاجز الرستن', 'checkpoint', false, ['الرستن'])]],
    ['دخلت المساعدات عبر منفذ الرمثا الحدودي', [C('منفذ الرمثا', 'exit', false, ['الرمثا'])]],
    // A gate is a crossing when called a border one, or after a word of going through it (Libya's gates).
    ['ودخلت العائلات المدينة عبر بوابة السبعة غربي المدينة', [C('معبر السبعة', 'crossing', false, ['السبعة'])]],
    // ... but a crossing head asks for a crossing, whatever else its name means (أدري "I know").
    ['عبر مئات اللاجئين معبر أدري إلى تشاد', [C('معبر أدري', 'crossing', false, ['أدري'])]],
    // A name set off by quotation marks or brackets.
    ['وصلت الحافلات إلى معبر "بيت سحم" صباحا', [C('معبر بيت سحم', 'crossing', false, ['بيت سحم'])]],
    ['وأغلقت السلطات معبر «الرمثا» أمام الشاحنات', [C('معبر الرمثا', 'crossing', false, ['الرمثا'])]],
    ['عبر المدنيون نقطة عبور الصالحية ظهرا', [C('معبر الصالحية', 'crossing', false, ['الصالحية'])]],
    ['تجمع الأهالي عند ممر مخيم الوافدين منذ الصباح', [C('ممر مخيم الوافدين', 'corridor', false, ['مخيم الوافدين'])]],
    ['نقل المصابون عبر ممر مخيم الشهداء', [C('ممر مخيم الشهداء', 'corridor', false, ['مخيم الشهداء'])]],
    // Two places joined by a hyphen name one crossing.
    ['مرت الحافلات بمعبر العامرية - الراموسة قبل الظهر', [C('معبر العامرية - الراموسة', 'crossing', false, ['العامرية', 'الراموسة'])]],
    // A bridge named after a place is no camp's bridge, though a camp bears the place's name.
    ['وانطلقت الحافلات صباحاً عبر جسر بزيبز نحو الفلوجة', [C('جسر بزيبز', 'crossing', false, ['بزيبز'])]],
    // Spelling noise: diacritics, tanween, tatweel, Egyptian ى.
    ['خرجوا عبر ممرّ بيتِ سَحم', [C('ممر بيت سحم', 'corridor', false, ['بيت سحم'])]],
    ['مرورا بمعبـر الراموسة فى حلب', [C('معبر الراموسة', 'crossing', false, ['الراموسة'])]],
    ['افتتح الجيش ممرّاً إنسانياً في بلدة الرستن', [C('ممر الرستن', 'corridor', true, ['الرستن'])]],
    // An unnamed head located by a link word, with clitics on the head.
    // ... with the verb's subject between (وسلك آلاف النازحين شارع ...).
    ['وسلك آلاف النازحين شارع الجلاء سيرا على الأقدام نحو الجنوب', [C('شارع الجلاء', 'corridor', false, ['الجلاء'])]],
    ['وعبرت نحو 300 عائلة شارع الرشيد الساحلي مساء أمس', [C('شارع الرشيد', 'corridor', false, ['الرشيد'])]],
    ['خرجت الدفعة الأخيرة عبر الممر الإنساني في بلدة تلبيسة', [C('ممر تلبيسة', 'corridor', true, ['تلبيسة'])]],
    ['توجهت العائلات للممر الآمن في بلدة الرستن', [C('ممر الرستن', 'corridor', true, ['الرستن'])]],
    ['والمعبر الإنساني عند بلدة كفرزيتا مغلق', [C('معبر كفرزيتا', 'crossing', true, ['كفرزيتا'])]],
    ['تجمعت الحافلات عند نقطة تفتيش بالقرب من بلدة الحولة', [C('نقطة تفتيش الحولة', 'checkpoint', false, ['الحولة'])]],
    ['يعمل الممر الآمن في مخيم اليرموك على مدار الساعة', [C('ممر مخيم اليرموك', 'corridor', true, ['مخيم اليرموك'])]],
    // ... or on a street, whose noun is part of the name (الممر الآمن على شارع الرشيد).
    ['ونزح الآلاف عبر الممر الآمن على شارع الرشيد الساحلي', [C('ممر شارع الرشيد', 'corridor', true, ['شارع الرشيد'])]],
    ['افتتح منفذ إضافي في محيط بلدة المليحة', [C('منفذ المليحة', 'exit', false, ['المليحة'])]],
    ['أقام الجيش حاجز تفتيش قرب مدينة حماة', [C('حاجز حماة', 'checkpoint', false, ['حماة'])]],
    ['نصب حاجز عند مدخل بلدة الحولة', [C('حاجز الحولة', 'checkpoint', false, ['الحولة'])]],
    ['فتح الجيش ممرا آمنا ببلدة كفرنبودة', [C('ممر كفرنبودة', 'corridor', true, ['كفرنبودة'])]],
    ['يقع المعبر الواقع في بلدة خربة الجوز على الحدود', [C('معبر خربة الجوز', 'crossing', false, ['خربة الجوز'])]],
    // ... or where it was opened, told after it.
    ['خرج المدنيون عبر ممر إنساني فُتح في بلدة تلبيسة', [C('ممر تلبيسة', 'corridor', true, ['تلبيسة'])]],
    ['افتتحت ممرات إنسانية في بلدة عربين', [C('ممر عربين', 'corridor', true, ['عربين'])]],
    ['أعلن الجيش فتح ممر آمن لخروج المدنيين في بلدة حمورية', [C('ممر حمورية', 'corridor', true, ['حمورية'])]],
    ['خرجت العائلات من الممر الذي افتتحه الجيش قرب بلدة مسرابا', [C('ممر مسرابا', 'corridor', false, ['مسرابا'])]],
    ['أكد المسؤول أن المنفذ لا يزال يعمل في بلدة مسرابا', [C('منفذ مسرابا', 'exit', false, ['مسرابا'])]],
    // Duals and lists: one corridor per member.
    ['وانطلقت الحافلات من ممري الرستن والرميلة باتجاه الشمال', [C('ممر الرستن', 'corridor', false, ['الرستن']), C('ممر الرميلة', 'corridor', false, ['الرميلة'])]],
    ['أعادت الحكومة فتح منفذي التنف والوليد', [C('منفذ التنف', 'exit', false, ['التنف']), C('منفذ الوليد', 'exit', false, ['الوليد'])]],
    ['خصصت السلطات ممرين آمنين في بلدتي الهبيط وكفرنبودة', [C('ممر الهبيط', 'corridor', true, ['الهبيط']), C('ممر كفرنبودة', 'corridor', true, ['كفرنبودة'])]],
    ['أغلقت تركيا معابر جرابلس، باب السلامة', [C('معبر جرابلس', 'crossing', false, ['جرابلس']), C('معبر باب السلامة', 'crossing', false, ['باب السلامة'])]],
    ['عبرت القوافل معبري باب السلامة وباب الهوى', [C('معبر باب السلامة', 'crossing', false, ['باب السلامة']), C('معبر باب الهوى', 'crossing', false, ['باب الهوى'])]],
    ['أغلقت تركيا معابر باب السلامة وجرابلس', [C('معبر باب السلامة', 'crossing', false, ['باب السلامة']), C('معبر جرابلس', 'crossing', false, ['جرابلس'])]],
    // Link words that join two places into one corridor.
    ['افتتح ممر إنساني بين بلدتي الرستن وتلبيسة', [C('ممر الرستن - تلبيسة', 'corridor', true, ['الرستن', 'تلبيسة'])]],
    ['أقيم ممر آمن يربط المليحة بجسرين', [C('ممر المليحة - جسرين', 'corridor', true, ['المليحة', 'جسرين'])]],
    ['ممر آمن يربط الغوطة الشرقية بدمشق', [C('ممر الغوطة الشرقية - دمشق', 'corridor', true, ['الغوطة الشرقية', 'دمشق'])]],
    // Ordinal lists announced by a dual head.
    [
      'وحددت اللجنة معبرين آمنين أمام الأهالي، الأول عند مخيم الوافدين والثاني يربط بين جسرين وحمورية',
      [C('معبر مخيم الوافدين', 'crossing', true, ['مخيم الوافدين']), C('معبر جسرين - حمورية', 'crossing', true, ['جسرين', 'حمورية'])],
    ],
    [
      'أقيمت نقطتا عبور، أولاهما قرب بلدة قلعة المضيق وثانيهما في بلدة مورك',
      [C('معبر قلعة المضيق', 'crossing', false, ['قلعة المضيق']), C('معبر مورك', 'crossing', false, ['مورك'])],
    ],
    // Mentions sharing a place are one corridor, named by the mention with the most places.
    ['خرج المسلحون عبر ممر الرستن. وتوقفت الحافلات عند نقطة تفتيش قرب الرستن', [C('ممر الرستن', 'corridor', false, ['الرستن'])]],
    ['وصلت الحافلات إلى معبر الراموسة. ثم عبرت معبر العامرية - الراموسة', [C('معبر العامرية - الراموسة', 'crossing', false, ['العامرية', 'الراموسة'])]],
    ['فتح ممر بيت سحم أمس. وخرج المئات عبر الممر الإنساني في بلدة بيت سحم', [C('ممر بيت سحم', 'corridor', true, ['بيت سحم'])]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<[string, (readonly [string, string, PlaceType])[], Expected[]]>([
    // Places the places matcher found: canonical names replace the surface.
    ['فتحت السلطات ممرات آمنة في مدينتي دوما وحرستا', [['دوما', 'دوما', 'city'], ['حرستا', 'حرستا', 'city']], [C('ممر دوما', 'corridor', true, ['دوما']), C('ممر حرستا', 'corridor', true, ['حرستا'])]],
    ['عبرت الحافلات ممر قلعه المضيق', [['قلعه المضيق', 'قلعة المضيق', 'town']], [C('ممر قلعة المضيق', 'corridor', false, ['قلعة المضيق'])]],
    ['انتظرت العائلات عند الحاجز القريب من حرستا', [['حرستا', 'حرستا', 'city']], []],
  ])('%s (with place hits)', (text, places, expected) => {
    expect(summary(text, places)).toEqual(expected);
  });

  it('gives an unknown name the type its context says', () => {
    const types = (text: string) => run(text).hits.flatMap((h) => h.corridor.places.map((p) => [p.name, p.type, p.id]));
    expect(types('عبر ممر مخيم الشهداء')).toEqual([['مخيم الشهداء', 'camp', null]]);
    expect(types('الممر في بلدة تلبيسة')).toEqual([['تلبيسة', 'town', null]]);
    expect(types('عبر معبر الصالحية')).toEqual([['الصالحية', 'crossing', null]]);
    expect(types('عبر ممر بيت سحم')).toEqual([['بيت سحم', 'other', null]]);
  });
});

describe('corridors: back-references', () => {
  const hits = (text: string) => run(text).hits.map((h) => [h.corridor.name, h.span.text, h.backReference]);

  it.each<[string, [string, string, boolean][]]>([
    [
      'خرجت 20 حافلة عبر ممر بيت سحم. وأكد المسؤول أن هذا الممر سيبقى مفتوحا',
      [['ممر بيت سحم', 'ممر بيت سحم', false], ['ممر بيت سحم', 'هذا الممر', true]],
    ],
    [
      'توقفت الحافلات عند معبر الراموسة، ثم انسحبت من المعبر بعد إطلاق النار',
      [['معبر الراموسة', 'معبر الراموسة', false], ['معبر الراموسة', 'المعبر', true]],
    ],
    ['فتح معبر نصيب أمس. وقال الوزير إن المعبر نفسه سيغلق ليلا', [['معبر نصيب', 'معبر نصيب', false], ['معبر نصيب', 'المعبر نفسه', true]]],
    ['عبرت القافلة ممر بيت سحم، وخرجت عبر الممر ذاته قافلة ثانية', [['ممر بيت سحم', 'ممر بيت سحم', false], ['ممر بيت سحم', 'الممر ذاته', true]]],
    ['افتتح ممر الرستن. وخرج 300 شخص من خلال هذا الممر', [['ممر الرستن', 'ممر الرستن', false], ['ممر الرستن', 'هذا الممر', true]]],
    [
      'فتح ممر بيت سحم. وبلغ عدد الخارجين عبر الممرات الإنسانية 8 آلاف',
      [['ممر بيت سحم', 'ممر بيت سحم', false], ['ممر بيت سحم', 'الممرات الإنسانية', true]],
    ],
    // A demonstrative points back whatever the head; a bare head only to its own kind.
    ['أغلق معبر الراموسة. وأوضح أن هذا الممر سيفتح غدا', [['معبر الراموسة', 'معبر الراموسة', false], ['معبر الراموسة', 'هذا الممر', true]]],
    ['أغلق معبر الراموسة. ثم فتح الممر مجددا', [['معبر الراموسة', 'معبر الراموسة', false]]],
    ['عبر ممر الرستن ثم ممر بيت سحم. وأغلق هذا الممر', [['ممر الرستن', 'ممر الرستن', false], ['ممر بيت سحم', 'ممر بيت سحم', false], ['ممر بيت سحم', 'هذا الممر', true]]],
    // A bare head far from the last named crossing refers to nothing.
    ['أغلق معبر الراموسة. وصل الوفد. بدأت المفاوضات. انتهى الاجتماع. ثم فتح المعبر', [['معبر الراموسة', 'معبر الراموسة', false]]],
    ['وأكد أن هذا الممر سيبقى مفتوحا', []],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('adds the spans of back-references to the corridor they refer to', () => {
    const corridors = toCorridors(run('خرجت 20 حافلة عبر ممر بيت سحم. وأكد المسؤول أن هذا الممر سيبقى مفتوحا').hits);
    expect(corridors.map((c) => [c.name, c.mentions.map((m) => m.text)])).toEqual([['ممر بيت سحم', ['ممر بيت سحم', 'هذا الممر']]]);
  });
});

describe('corridors: not corridors', () => {
  it.each([
    'أبدت الحكومة استعدادها لتوفير ممر لخروج المسلحين من المدينة',
    'قال رئيس هيئة المعابر إن الحركة طبيعية',
    'نجح المتظاهرون في كسر حاجز الخوف',
    'ستسلك الحافلات ممرا خاصا باتجاه إدلب',
    'أسعف الممرضون الجرحى في المستشفى',
    'جاء البيان معبرا عن قلق المنظمة',
    'الحواجز العسكرية المنتشرة في المدينة تعيق الحركة',
    'طالبت المنظمة بفتح ممر إنساني في سوريا',
    'طالبوا بممر آمن في الغوطة الشرقية',
    'أوقف حاجز الجيش السيارة',
    'دعت الأمم المتحدة إلى فتح ممرات آمنة للمدنيين',
    'انتشرت نقاط تفتيش على الطرقات الرئيسية',
    // A verb the road is the subject of names no road.
    'قطع الرعايا رحلة برية عبر طريق يمر بمدينتي عطبرة وهيا',
    // Nor does a passive verb of the corridor itself.
    'وأجلت الطواقم 500 امرأة من داخل المخيم عبر ممر فُتح من جهة حي الجابريات',
    // A preposition with its pronoun after the head names nothing.
    'وتولى الجيش تأمين الطريق حتى آخر حاجز له قرب وادي حميد',
    'افتتحت الشركة منافذ بيع جديدة',
    // A head counted by a figure names no crossing.
    'وأشار إلى أن منافذ الوزارة البالغ عددها 1200 منفذ استقبلت أكثر من مليوني مستهلك',
    'عبرت السفينة الممر المائي',
    'أغلق المعبر أمام الشاحنات',
    'سيبقى الممر الإنساني في الأيام المقبلة مفتوحا',
    'يسلك الطريق ممرا يؤدي إلى الساحل',
    'اعتقلت الشرطة منفذ الهجوم بعد ساعات',
    'أقام الجيش حاجزا عند مدخل المدينة',
    'طالبت المنظمة بممر آمن لخروج الجرحى من المدينة',
    // A town named by an everyday word (بشري, Bsharri) is no checkpoint's name without the places matcher's word for it.
    'شكل المتظاهرون حاجز بشري أمام مبنى البرلمان',
    // After من, a place and no second end: where the people come from, not the corridor's name.
    'وفتحت السلطات ممرا آمنا من الرستن لخروج المدنيين',
    // A street or road elsewhere is an address.
    'يقع مقر الوزارة في شارع الرشيد وسط المدينة',
    'أغلقت الشرطة طريق بيت سحم أمام السيارات',
    // ... and so is one a preposition separates from the verb, or a road named after the towns it joins.
    'سلك المتظاهرون الطريق إلى شارع الرشيد وسط المدينة',
    'وسلكت الحافلات طريق دمشق حمص الدولي',
    'وانهار جسر الرستن بعد الفيضان',
    'وتجمعت الحافلات أمام بوابة الملعب صباحا',
  ])('%s', (text) => {
    expect(run(text).hits).toEqual([]);
  });

  it('takes a street for a corridor only in an article about people moving', () => {
    const route = 'وانطلقت المسيرة من أمام المسرح البلدي عبر شارع الحرية نحو ساحة الحكومة.';
    expect(extract(route).corridors).toEqual([]);
    const moving = 'ونزح أكثر من 300 ألف شخص من شمال القطاع نحو الجنوب خلال أسبوع. وسار آلاف النازحين عبر شارع الحرية نحو الجنوب.';
    expect(extract(moving).corridors.map((c) => c.name)).toEqual(['شارع الحرية']);
  });

  it('takes a gate gone through for a crossing only in an article about people moving', () => {
    expect(extract('ويمكن التقديم على الوحدات السكنية عبر بوابة الصندوق حتى نهاية الشهر.').corridors).toEqual([]);
    const moving = 'تتواصل عودة النازحين بعد موجة نزوح واسعة وقصف على المخيمات. وعادت 120 عائلة إلى المدينة عبر بوابة السبعة غربيها.';
    expect(extract(moving).corridors.map((c) => c.name)).toEqual(['معبر السبعة']);
  });
});

describe('corridors: rules are data', () => {
  it('a rule file can add a head word', () => {
    const builtIn = parseYaml(readFileSync(join(BUILTIN_RULES_DIR, 'corridors.yaml'), 'utf8'));
    const extra = { kind: 'corridors', heads: [{ kind: 'crossing', lemma: 'مخاضة', singular: ['مخاضة'] }] };
    const corridors = corridorsRules.compile(corridorsRules.schema().parse(mergeRuleData(builtIn, extra)), { morphology: rules.morphology });
    const text = 'عبرت الشاحنات مخاضة الصالحية';
    expect(summary(text)).toEqual([]);
    expect(summary(text, [], { ...rules, corridors })).toEqual([C('مخاضة الصالحية', 'crossing', false, ['الصالحية'])]);
  });
});

describe('corridors: spans', () => {
  const pieces = [
    'عبر', 'ممر', 'بممر', 'والمعبر', 'للممر', 'ممري', 'معبرين', 'منفذ', 'نقطة تفتيش', 'حاجز', 'الممرات', 'هذا', 'ذاته',
    'بيت', 'سحم', 'الرستن', 'والرميلة', 'العامرية', '-', 'الراموسة', 'مخيم', 'الوافدين', 'بلدة', 'في', 'قرب', 'بالقرب من',
    'يصل', 'جسرين', 'بجسرين', 'الإنساني', 'آمنين', 'أولهما', 'والثاني', 'الخوف', 'هيئة', '،', '.', 'ـ', 'َ', 'ّ', 'فى', 'ٌ', '\n', '٣',
  ];
  const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '  ', ' - ')), { maxLength: 40 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

  it('every hit is a non-empty span naming at least one place', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { hits } = run(input);
        for (const h of hits) {
          expect(h.nStart).toBeLessThan(h.nEnd);
          expect(h.span.text.length).toBeGreaterThan(0);
          expect(h.corridor.places.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('diacritics and tatweel do not change what is found', () => {
    const base = 'خرج المدنيون عبر ممري الرستن والرميلة، ثم عبر الممر الإنساني في مخيم الوافدين وعند معبر العامرية - الراموسة';
    const marks = ['َ', 'ُ', 'ِ', 'ّ', 'ْ', 'ـ'];
    const noisy = fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom(...marks)), { maxLength: 15 }).map((ins) => {
      const chars = [...base];
      // Marks go after letters only, as in real text.
      for (const [at, m] of ins.sort((a, b) => b[0] - a[0])) if (/\p{L}/u.test(chars[at - 1] ?? '')) chars.splice(at, 0, m);
      return chars.join('');
    });
    const expected = summary(base);
    expect(expected).toHaveLength(4);
    fc.assert(
      fc.property(noisy, (input) => {
        expect(summary(input)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('corridors: border places crossed, more link words, generic phrases', () => {
  it.each<[string, (readonly [string, string, PlaceType])[], Expected[]]>([
    // a place crossed that the text calls a border place is a crossing, with no head word
    ['غادرت الدفعة الثالثة عبر منطقة المصنع الحدودية باتجاه الأراضي السورية', [['المصنع', 'المصنع', 'crossing']], [C('معبر المصنع', 'crossing', false, ['المصنع'])]],
    [
      'دخل 640 شخصا عبر مركزي الدبوسية وجوسية الحدوديين',
      [['الدبوسية', 'الدبوسية', 'crossing'], ['جوسية', 'جوسية', 'town']],
      [C('معبر الدبوسية', 'crossing', false, ['الدبوسية']), C('معبر جوسية', 'crossing', false, ['جوسية'])],
    ],
    // a point, gate or post named and called a border one is a crossing
    ['وشهدت نقطة المصنع الحدودية ازدحاما كبيرا', [['المصنع', 'المصنع', 'crossing']], [C('معبر المصنع', 'crossing', false, ['المصنع'])]],
    ['وعبر آلاف الأكراد بوابة سروج الحدودية', [['سروج', 'سروج', 'city']], [C('معبر سروج', 'crossing', false, ['سروج'])]],
    ['وأغلق مركز الرمثا الحدودي أمام المسافرين', [['الرمثا', 'الرمثا', 'city']], [C('معبر الرمثا', 'crossing', false, ['الرمثا'])]],
    // ... but not without that adjective, nor point back to a crossing named before
    ['وتجمع النازحون في نقطة المصنع قرب الطريق', [['المصنع', 'المصنع', 'crossing']], []],
    ['وافتتحت الوزارة مركز الرمثا الصحي', [['الرمثا', 'الرمثا', 'city']], []],
    // ... nor is a camp whose name holds the head word
    ['ووصلت العائلات إلى مركز الجدعة للتأهيل قرب القيارة', [['مركز الجدعة للتأهيل', 'مخيم الجدعة', 'camp']], []],
    ['عبروا معبر الرمثا ثم توقفوا عند النقطة الحدودية', [['الرمثا', 'الرمثا', 'city']], [C('معبر الرمثا', 'crossing', false, ['الرمثا'])]],
    // an Iraqi checkpoint named after a known place, in construct only
    ['وعادت العائلات عبر سيطرة الرستن صباحا', [['الرستن', 'الرستن', 'city']], [C('سيطرة الرستن', 'checkpoint', false, ['الرستن'])]],
    ['ونقل أغلبهم إلى المدينة الخاضعة لسيطرة الرستن', [['الرستن', 'الرستن', 'city']], []],
    ['وتواصل القوات استعادة السيطرة على مدينة الرستن', [['الرستن', 'الرستن', 'city']], []],
    ['وبعد سيطرة التنظيم على البلدة نزح الآلاف', [], []],
    // an axis is a corridor only in a name the gazetteer gives with it (Gaza's), else a front line
    ['وعبر النازحون محور نتساريم باتجاه الشمال', [['محور نتساريم', 'محور نتساريم', 'other']], [C('محور نتساريم', 'corridor', false, ['محور نتساريم'])]],
    ['واندلعت اشتباكات عنيفة في محور عين زارة', [['عين زارة', 'عين زارة', 'town']], []],
    // link words: عبر, and هو naming the crossing
    ['خرج المدنيون عبر الممر الإنساني عبر مخيم الركبان', [], [C('ممر مخيم الركبان', 'corridor', true, ['مخيم الركبان'])]],
    ['وافتتحت السلطات معبرا ثالثا هو القائم على الحدود', [['القائم', 'القائم', 'town']], [C('معبر القائم', 'crossing', false, ['القائم'])]],
  ])('%s', (text, places, expected) => {
    expect(summary(text, places)).toEqual(expected);
  });

  it.each<[string, (readonly [string, string, PlaceType])[]]>([
    ['ويعد المنفذ البري الوحيد بين الأردن وسوريا مغلقا منذ أشهر', [['الأردن', 'الأردن', 'country'], ['سوريا', 'سوريا', 'country']]],
    ['ويفتح المعبر بين الأحد والخميس من كل أسبوع', []],
    ['ويعمل المعبر بين الساعة الثامنة والرابعة', []],
    ['عبر المسافرون بلدة الرستن باتجاه حمص', [['الرستن', 'الرستن', 'city']]],
  ])('not a named corridor: %s', (text, places) => {
    expect(run(text, places).hits).toEqual([]);
  });
});

describe('corridors: the shipped rules name a corridor\'s places as the article spells them', () => {
  it.each<[string, string, string[]]>([
    // The gazetteer's crossing is معبر جيلفا غوزو; the article writes جيلوة غوزو, and so does its places list.
    ['وعاد 300 لاجئ سوري من تركيا عبر معبر جيلوة غوزو المقابل لباب الهوى، وتتواصل عودة اللاجئين.', 'معبر جيلوة غوزو', ['جيلوة غوزو']],
    // ... a crossing's place without its head, as the corridor names the place it is named after.
    ['ونزح آلاف المدنيين من الرمادي عبر جسر بزيبز باتجاه بغداد، وتتواصل موجة النزوح.', 'جسر بزيبز', ['بزيبز']],
  ])('%s', (text, name, places) => {
    const doc = extract(text, { published: '2024-01-01' });
    const corridor = doc.corridors.find((c) => c.places.some((p) => places.includes(p.name)));
    expect(corridor?.name).toBe(name);
    expect(corridor?.places.map((p) => p.name)).toEqual(places);
  });
});

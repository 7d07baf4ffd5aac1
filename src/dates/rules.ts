// Rule kind "dates": the word lists of rules/dates.yaml and their compiled form, one lexicon of
// folded phrases where each phrase carries every role the lists give it (اليوم is a relative day
// and a period unit, عام a year cue and a counted unit).
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { fold } from '../text/normalize.js';
import { defineRuleKind } from '../rules/kind.js';
import { morphologyRules, type Morphology } from '../text/morphology.js';
import type { Calendar, Dir, Unit } from './calendar.js';

const schema = lazily((z) => {
  const words = z.array(z.string().trim().min(1, 'a word cannot be empty')).default([]);
  const numbered = (key: RegExp, what: string) => z.record(z.string().regex(key, `expected ${what}`), words).default({});
  const monthKey = /^(?:[1-9]|1[0-2])$/;
  const dayKey = /^(?:[1-9]|[12]\d|3[01])$/;

  return z.strictObject({
    kind: z.literal('dates'),
    gregorianMonths: numbered(monthKey, 'a month number 1-12'),
    hijriMonths: numbered(monthKey, 'a month number 1-12'),
    guardedMonthNames: words,
    weekdays: z.partialRecord(z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']), words).default({}),
    guardedWeekdayNames: words,
    weekdayFollowers: words,
    notWeekdayAfter: words,
    nameHeads: words,
    relativeDays: numbered(/^-?\d$/, 'a day offset such as -1'),
    notRelativeBefore: words,
    dayPrefixes: words,
    modifiers: z.partialRecord(z.enum(['past', 'next', 'current']), words).default({}),
    parts: words,
    relativeUnits: z.partialRecord(z.enum(['week', 'month', 'year']), words).default({}),
    demonstratives: words,
    yearCues: words,
    monthCues: words,
    yearPrepositions: words,
    yearFollowers: words,
    gregorianMarkers: words,
    hijriMarkers: words,
    ordinals: z
      .strictObject({
        units: numbered(dayKey, 'a day number 1-31'),
        compoundUnits: numbered(/^[1-9]$/, 'a unit 1-9'),
        teen: words,
        tens: numbered(/^[23]0$/, '20 or 30'),
      })
      .default({ units: {}, compoundUnits: {}, teen: [], tens: {} }),
    numberWords: numbered(/^\d+$/, 'a number'),
    countUnits: z
      .partialRecord(z.enum(['day', 'week', 'month', 'year']), z.strictObject({ singular: words, dual: words, plural: words }))
      .default({}),
    agoCues: words,
    agoBlockers: words,
    sinceCues: words,
    periodCues: words,
    periodUnits: z.partialRecord(z.enum(['hours', 'days', 'day']), words).default({}),
    periodQualifiers: words,
    dateLinkers: words,
    dayOf: words,
    dayRangeConnectors: words,
    outletCues: words,
    outlets: words,
    dayBlockers: words,
    ordinalBlockers: words,
    dayNameHeads: words,
    futureCues: words,
    agreedCues: words,
    habitualHeads: words,
    untilCues: words,
    extensionCues: words,
    pastCues: words,
    futureVerbs: words,
    scheduleVerbs: words,
    firstDays: words,
  });
});

export type CountForm = 'singular' | 'dual' | 'plural';

/** Every role a folded phrase can play; a phrase in several lists carries several. */
export interface Lex {
  month?: { cal: Calendar; month: number };
  guardedMonth?: true;
  weekday?: number;
  guardedWeekday?: true;
  weekdayFollower?: true;
  notWeekdayAfter?: true;
  nameHead?: true;
  relativeDay?: number;
  notRelativeBefore?: true;
  dayPrefix?: true;
  modifier?: Dir;
  part?: true;
  relativeUnit?: 'week' | 'month' | 'year';
  demonstrative?: true;
  yearCue?: true;
  monthCue?: true;
  yearPreposition?: true;
  yearFollower?: true;
  marker?: Calendar;
  ordinal?: number;
  numberWord?: number;
  countUnit?: { unit: Unit; form: CountForm };
  ago?: true;
  agoBlocker?: true;
  since?: true;
  periodCue?: true;
  periodUnit?: 'hours' | 'days' | 'day';
  periodQualifier?: true;
  dateLinker?: true;
  dayOf?: true;
  dayRangeConnector?: true;
  outletCue?: true;
  outlet?: true;
  dayBlocker?: true;
  ordinalBlocker?: true;
  dayNameHead?: true;
  futureCue?: true;
  agreedCue?: true;
  habitualHead?: true;
  untilCue?: true;
  extensionCue?: true;
  pastCue?: true;
  futureVerb?: true;
  scheduleVerb?: true;
  firstDay?: true;
}

/**
 * Every lexicon entry has every role, most of them undefined: entries of one shape keep the grammar's
 * lookups of a role monomorphic, where entries made of different roles would each be a shape of
 * their own (and code optimised for some would be thrown away on meeting another).
 */
const BLANK_LEX: { readonly [K in keyof Required<Lex>]: undefined } = {
  month: undefined,
  guardedMonth: undefined,
  weekday: undefined,
  guardedWeekday: undefined,
  weekdayFollower: undefined,
  notWeekdayAfter: undefined,
  nameHead: undefined,
  relativeDay: undefined,
  notRelativeBefore: undefined,
  dayPrefix: undefined,
  modifier: undefined,
  part: undefined,
  relativeUnit: undefined,
  demonstrative: undefined,
  yearCue: undefined,
  monthCue: undefined,
  yearPreposition: undefined,
  yearFollower: undefined,
  marker: undefined,
  ordinal: undefined,
  numberWord: undefined,
  countUnit: undefined,
  ago: undefined,
  agoBlocker: undefined,
  since: undefined,
  periodCue: undefined,
  periodUnit: undefined,
  periodQualifier: undefined,
  dateLinker: undefined,
  dayOf: undefined,
  dayRangeConnector: undefined,
  outletCue: undefined,
  outlet: undefined,
  dayBlocker: undefined,
  ordinalBlocker: undefined,
  dayNameHead: undefined,
  futureCue: undefined,
  agreedCue: undefined,
  habitualHead: undefined,
  untilCue: undefined,
  extensionCue: undefined,
  pastCue: undefined,
  futureVerb: undefined,
  scheduleVerb: undefined,
  firstDay: undefined,
};

export interface CompiledDates {
  readonly lexicon: ReadonlyMap<string, Lex>;
  /** First words of all phrases: most tokens are none, and skip the lookup. */
  readonly firstWords: ReadonlySet<string>;
  /** The first words of every phrase longer than them (الشهر of الشهر الماضي): where a lookup goes on to the next word. */
  readonly openings: ReadonlySet<string>;
  /** Words in the longest phrase: how far before a word a phrase that covers it may begin. */
  readonly longestPhrase: number;
  /** The since cues (منذ، اعتبارا من), folded: the linker reads them too. */
  readonly sinceCues: readonly string[];
}

/** The lists whose phrases carry one flag, by the flag. */
const FLAG_LISTS = {
  guardedMonth: 'guardedMonthNames',
  guardedWeekday: 'guardedWeekdayNames',
  weekdayFollower: 'weekdayFollowers',
  notWeekdayAfter: 'notWeekdayAfter',
  nameHead: 'nameHeads',
  notRelativeBefore: 'notRelativeBefore',
  dayPrefix: 'dayPrefixes',
  part: 'parts',
  demonstrative: 'demonstratives',
  yearCue: 'yearCues',
  monthCue: 'monthCues',
  yearPreposition: 'yearPrepositions',
  yearFollower: 'yearFollowers',
  ago: 'agoCues',
  agoBlocker: 'agoBlockers',
  since: 'sinceCues',
  periodCue: 'periodCues',
  periodQualifier: 'periodQualifiers',
  dateLinker: 'dateLinkers',
  dayOf: 'dayOf',
  dayRangeConnector: 'dayRangeConnectors',
  outletCue: 'outletCues',
  outlet: 'outlets',
  dayBlocker: 'dayBlockers',
  ordinalBlocker: 'ordinalBlockers',
  dayNameHead: 'dayNameHeads',
  futureCue: 'futureCues',
  agreedCue: 'agreedCues',
  habitualHead: 'habitualHeads',
  untilCue: 'untilCues',
  extensionCue: 'extensionCues',
  pastCue: 'pastCues',
  futureVerb: 'futureVerbs',
  scheduleVerb: 'scheduleVerbs',
  firstDay: 'firstDays',
} as const satisfies Partial<Record<keyof Lex, keyof z.infer<ReturnType<typeof schema>>>>;

const WEEKDAY_INDEX = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;

export function compileDates(data: z.infer<ReturnType<typeof schema>>, { morphology: m }: { morphology: Morphology }): CompiledDates {
  const lexicon = new Map<string, Lex>();
  const add = (phrase: string, patch: Lex) => {
    const key = fold(phrase);
    if (!key) return;
    lexicon.set(key, { ...(lexicon.get(key) ?? BLANK_LEX), ...patch });
  };
  const addAll = (list: readonly string[], patch: Lex) => list.forEach((w) => add(w, patch));
  const entries = <V>(rec: Partial<Record<string, V>>) => Object.entries(rec) as [string, V][];

  for (const [cal, months] of [['gregorian', data.gregorianMonths], ['hijri', data.hijriMonths]] as const) {
    for (const [m, list] of entries(months)) addAll(list, { month: { cal, month: Number(m) } });
  }
  for (const [day, list] of entries(data.weekdays)) addAll(list, { weekday: WEEKDAY_INDEX[day as keyof typeof WEEKDAY_INDEX] });
  for (const [offset, list] of entries(data.relativeDays)) addAll(list, { relativeDay: Number(offset) });
  for (const [dir, list] of entries(data.modifiers)) addAll(list, { modifier: dir as Dir });
  for (const [unit, list] of entries(data.relativeUnits)) addAll(list, { relativeUnit: unit as Lex['relativeUnit'] });
  addAll(data.gregorianMarkers, { marker: 'gregorian' });
  addAll(data.hijriMarkers, { marker: 'hijri' });

  const { units, compoundUnits, teen, tens } = data.ordinals;
  for (const [n, list] of entries(units)) addAll(list, { ordinal: Number(n) });
  for (const [u, unitWords] of entries(compoundUnits)) {
    for (const w of unitWords) {
      for (const t of teen) add(`${w} ${t}`, { ordinal: 10 + Number(u) });
      for (const [ten, tenWords] of entries(tens)) {
        const n = Number(ten) + Number(u);
        if (n <= 31) for (const t of tenWords) add(`${w} ${m.and}${t}`, { ordinal: n });
      }
    }
  }
  for (const [ten, list] of entries(tens)) addAll(list, { ordinal: Number(ten) });

  // A counted number may take the article after its noun (الأيام الثلاثة الماضية).
  for (const [n, list] of entries(data.numberWords)) for (const w of list) {
    add(w, { numberWord: Number(n) });
    add(m.article + w, { numberWord: Number(n) });
  }
  for (const [unit, forms] of entries(data.countUnits)) {
    for (const form of ['singular', 'dual', 'plural'] as const) addAll(forms[form], { countUnit: { unit: unit as Unit, form } });
  }
  for (const [unit, list] of entries(data.periodUnits)) addAll(list, { periodUnit: unit as Lex['periodUnit'] });

  for (const [flag, list] of Object.entries(FLAG_LISTS)) addAll(data[list], { [flag]: true });

  const firstWords = new Set([...lexicon.keys()].map((k) => k.split(' ')[0]!));
  const openings = new Set([...lexicon.keys()].flatMap((k) => k.split(' ').slice(1).map((_, n) => k.split(' ', n + 1).join(' '))));
  const longestPhrase = Math.max(0, ...[...lexicon.keys()].map((k) => k.split(' ').length));
  return { lexicon, firstWords, openings, longestPhrase, sinceCues: data.sinceCues.map(fold) };
}

export const datesRules = defineRuleKind({ kind: 'dates', schema, needs: { morphology: morphologyRules }, compile: compileDates });

export type CompiledDatesRules = ReturnType<typeof datesRules.compile>;

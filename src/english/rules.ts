// Rule kind "english": the lexicons of the English path (rules/english.yaml), compiled once into
// word-bounded regexes over the normalised text (Latin lower-cased) and lookup maps keyed by the
// matched phrase.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import type { Anchor, Dir } from '../dates/calendar.js';
import { fold } from '../text/normalize.js';
import { defineRuleKind, regexSource } from '../rules/kind.js';
import { contract } from '../schema.js';

const schema = lazily((z) => {
  const { CorridorKind, PlaceRole } = contract();
  const Phrases = z.array(z.string().trim().min(1)).default([]);
  const HedgeQualifier = z.enum(['about', 'more_than', 'at_least', 'less_than', 'up_to']);
  const DateUnit = z.enum(['day', 'week', 'month', 'year']);

  return z.strictObject({
    kind: z.literal('english'),
    abbreviations: Phrases,
    numbers: z
      .strictObject({
        scales: z.record(z.string(), z.number().positive()).default({}),
        hedges: z.partialRecord(HedgeQualifier, Phrases).default({}),
        hedges_after: z.partialRecord(HedgeQualifier, Phrases).default({}),
        vague: Phrases,
        range_openers: Phrases,
        range_joiners: Phrases,
        joiners_needing_opener: Phrases,
      })
      .prefault({}),
    dates: z
      .strictObject({
        months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
        weekdays: z.record(z.string(), z.number().int().min(0).max(6)).default({}),
        weekday_modifiers: z.record(z.string(), z.enum(['past', 'next', 'current'])).default({}),
        relative: z.record(z.string(), z.tuple([DateUnit, z.number().int()])).default({}),
        month_cues: Phrases,
        since: Phrases,
        period_cues: Phrases,
        period_modifiers: Phrases,
        period_units: z.record(z.string(), z.number().int()).default({}),
      })
      .prefault({}),
    places: z
      .strictObject({
        roles: z.partialRecord(PlaceRole, Phrases).default({}),
        lead_in: Phrases,
        articles: Phrases,
        dateline_tail: regexSource(z, 'u').default('^\\s*-'),
      })
      .prefault({}),
    corridors: z
      .strictObject({ heads: z.record(z.string(), CorridorKind).default({}), humanitarian: Phrases })
      .prefault({}),
    quotes: z
      .strictObject({
        verbs: Phrases,
        verb_blockers: Phrases,
        according_to: Phrases,
        audience: Phrases,
        ranks: Phrases,
        titles: Phrases,
        anonymous: Phrases,
        organizations: Phrases,
        pronouns: Phrases,
        outlets: Phrases,
        name_particles: Phrases,
      })
      .prefault({}),
  });
});

/** The form a phrase is looked up by: folded, without full stops, single spaces. */
export const phraseKey = (s: string): string => fold(s).replace(/\./g, '').replace(/\s+/g, ' ').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Regex source matching any of `phrases` (longest first; "." optional, any run of spaces). */
function alt(phrases: Iterable<string>): string {
  const forms = [...new Set([...phrases].map((p) => fold(p)).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return '(?!)';
  return forms.map((p) => escape(p).replace(/\\\./g, '\\.?').replace(/ /g, '\\s+')).join('|');
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const keyed = <V>(entries: Iterable<[string, V]>) => new Map([...entries].map(([k, v]) => [phraseKey(k), v] as const));
const set = (phrases: readonly string[]) => new Set(phrases.map(phraseKey));
const byValue = <V extends string>(record: Partial<Record<V, string[]>>) =>
  keyed((Object.entries(record) as [V, string[]][]).flatMap(([v, ps]) => ps.map((p) => [p, v] as [string, V])));

function compileDates(d: z.infer<ReturnType<typeof schema>>['dates']) {
  const M = alt(Object.keys(d.months));
  // The full name of each month (its longest key) is the only form that counts after a cue alone.
  const full = new Map<number, string>();
  for (const [k, m] of Object.entries(d.months)) if ((full.get(m)?.length ?? 0) < k.length) full.set(m, k);
  const dayEnd = '(?:st|nd|rd|th)?(?!\\d|[,.]\\d)';
  const pattern = [
    `${B}(?:(?<since>${alt(d.since)})\\s+)?(?:`,
    `(?<iso>\\d{4}-\\d{2}-\\d{2})`,
    `|(?<mdM>${M})\\.?\\s+(?<mdD>\\d{1,2})${dayEnd}(?:,?\\s+(?<mdY>\\d{4}))?`,
    `|(?<dmD>\\d{1,2})${dayEnd}\\s+(?:of\\s+)?(?<dmM>${M})(?:\\.?,?\\s+(?<dmY>\\d{4}))?`,
    `|(?<myM>${M})\\.?,?\\s+(?<myY>\\d{4})`,
    `|(?<rel>${alt(Object.keys(d.relative))})`,
    `|(?:(?<wdDir>${alt(Object.keys(d.weekday_modifiers))})\\s+)?(?<wd>${alt(Object.keys(d.weekdays))})`,
    `|(?:${alt(d.period_cues)})\\s+the\\s+(?:${alt(d.period_modifiers)})\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?<perUnit>${alt(Object.keys(d.period_units))})`,
    `|(?<=${B}(?:${alt(d.month_cues)})\\s+)(?:(?<moM>${alt(full.values())})|(?<yr>(?:1[89]|20)\\d{2}))`,
    `)${E}`,
  ].join('');
  const relative = new Map<string, Anchor>();
  for (const [k, [unit, n]] of Object.entries(d.relative)) {
    relative.set(phraseKey(k), unit === 'week' ? { t: 'week', n } : { t: 'shift', unit, n });
  }
  return {
    pattern: new RegExp(pattern, 'gu'),
    months: keyed(Object.entries(d.months)),
    weekdays: keyed(Object.entries(d.weekdays)),
    weekdayDir: keyed(Object.entries(d.weekday_modifiers).map(([k, v]) => [k, v === 'current' ? null : (v as Dir)])),
    relative,
    periodUnits: keyed(Object.entries(d.period_units)),
    /** The since cues, as the linker reads words. */
    sinceCues: d.since.map(phraseKey),
  };
}

function compile(data: z.infer<ReturnType<typeof schema>>) {
  const { numbers: n, places: p, corridors: c, quotes: q } = data;
  return {
    abbreviations: set(data.abbreviations),
    numbers: {
      scales: keyed(Object.entries(n.scales)),
      // Digits with thousands commas or none, a decimal part, and a scale word (1,146; 1.5 million).
      figure: new RegExp(`${B}(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(${alt(Object.keys(n.scales))}))?${E}`, 'gu'),
      hedgeBefore: new RegExp(`${B}(${alt(Object.values(n.hedges).flat())})\\s+$`, 'u'),
      hedgeAfter: new RegExp(`^\\s+(${alt(Object.values(n.hedges_after).flat())})${E}`, 'u'),
      hedges: byValue(n.hedges),
      hedgesAfter: byValue(n.hedges_after),
      vague: new RegExp(`${B}(?:${alt(n.vague)})${E}`, 'gu'),
      opener: new RegExp(`${B}(?:${alt(n.range_openers)})\\s+$`, 'u'),
      joiner: new RegExp(`^\\s*(${alt(n.range_joiners)})\\s*$`, 'u'),
      needsOpener: set(n.joiners_needing_opener),
    },
    dates: compileDates(data.dates),
    places: {
      // The role word, then lead-in words, right before the name.
      roleBefore: new RegExp(`${B}(${alt(Object.values(p.roles).flat())})\\s+(?:(?:${alt(p.lead_in)})\\s+){0,4}$`, 'u'),
      roles: byValue(p.roles),
      /** The destination cues, as the linker reads words. */
      destinationCues: (p.roles.destination ?? []).map(phraseKey),
      articles: set(p.articles),
      dateline: new RegExp(p.dateline_tail, 'u'),
    },
    corridors: {
      headAfter: new RegExp(`^\\s+(${alt(Object.keys(c.heads))})${E}`, 'u'),
      headBefore: new RegExp(`${B}(${alt(Object.keys(c.heads))})\\s+(?:of|at|in|near)\\s+(?:the\\s+)?$`, 'u'),
      kinds: keyed(Object.entries(c.heads)),
      humanitarian: new RegExp(`${B}(?:${alt(c.humanitarian)})\\s+$`, 'u'),
    },
    quotes: {
      verb: new RegExp(`${B}(?:${alt(q.verbs)})${E}`, 'gu'),
      verbBlockers: set(q.verb_blockers),
      accordingTo: new RegExp(`${B}(?:${alt(q.according_to)})${E}`, 'gu'),
      audience: new RegExp(`^\\s*(?:${alt(q.audience)})${E}`, 'u'),
      rank: new RegExp(`^(?:${alt(q.ranks)})${E}\\.?`, 'u'),
      title: new RegExp(`${B}(?:${alt(q.titles)})${E}`, 'gu'),
      anonymous: set(q.anonymous),
      organizations: set(q.organizations),
      pronouns: set(q.pronouns),
      outlet: new RegExp(`${B}(?:${alt(q.outlets)})${E}`, 'gu'),
      outlets: keyed(q.outlets.map((o) => [o, o.replace(/^the\s+/i, '')])),
      particles: set(q.name_particles),
    },
  };
}

export const englishRules = defineRuleKind({ kind: 'english', schema, compile });

export type CompiledEnglishRules = ReturnType<typeof compile>;

// Rule kind "numbers": schema of rules/*.{json,yaml} files with `kind: numbers` and their compiled
// form: one lexicon of number words (by folded stem), the clitic prefixes, and word tries for the
// hedges, range openers and percent phrases around a figure.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { fold } from '../text/normalize.js';
import { defineRuleKind } from '../rules/kind.js';
import { buildTrie, type Trie } from './phrase.js';
import type { Morphology } from '../text/morphology.js';
import { numberReader, type Reader } from './tokens.js';

const schema = lazily((z) => {
  const Phrases = z.array(z.string().trim().min(1));
  const Words = z.array(z.string().regex(/^\S+$/, 'expected a single word'));
  const ByValue = z.record(z.string().regex(/^\d+(\.\d+)?$/, 'expected a number'), Words);

  const HedgeQualifier = z.enum(['about', 'more_than', 'at_least', 'less_than', 'up_to']);
  const Hedges = z.partialRecord(HedgeQualifier, Phrases);

  return z.strictObject({
    kind: z.literal('numbers'),
    units: ByValue.default({}),
    teen_units: ByValue.default({}),
    teen_suffix: Words.default([]),
    tens: ByValue.default({}),
    hundreds: ByValue.default({}),
    multipliers: ByValue.default({}),
    duals: ByValue.default({}),
    fractions: ByValue.default({}),
    ambiguous: Words.default([]),
    weekdays: Words.default([]),
    hamza_lookalikes: Words.default([]),
    ordinals: Words.default([]),
    vague: z.strictObject({ words: Words.default([]), quantifiers: Words.default([]) }).prefault({}),
    percent: Phrases.default([]),
    hedges: z.strictObject({ before: Hedges.default({}), asides: Phrases.default([]), after: Hedges.default({}), negations: Words.default([]), still: Words.default([]) }).prefault({}),
    headings: z
      .strictObject({ verbs: Hedges.default({}), heads: Words.default([]), times: Words.default([]), reach: z.number().int().positive().default(20) })
      .prefault({}),
    ranges: z.array(z.strictObject({ openers: Phrases, joiners: Words.min(1), max_ratio: z.number().min(1).optional() })).default([]),
  });
});

/** What the lexicon knows about one folded stem; a stem can play several parts (عشرة: 10 and the teen suffix). */
export interface WordEntry {
  unit?: number;
  teenUnit?: number;
  teenSuffix?: boolean;
  tens?: number;
  hundreds?: number;
  multiplier?: number;
  dual?: number;
  fraction?: number;
  vague?: boolean;
  quantifier?: boolean;
  ambiguous?: boolean;
  weekday?: boolean;
  lookalike?: boolean;
  ordinal?: boolean;
}

export interface CompiledNumbersRules {
  /** Number words and first words of cue phrases: the stems a word is read for. */
  vocabulary: ReadonlySet<string>;
  lexicon: Map<string, WordEntry>;
  hedgesBefore: Trie<HedgeQualifier>;
  hedgesAfter: Trie<HedgeQualifier>;
  /** Verb + "the number of" (تجاوز عدد): qualifies the next figure of the sentence within `headingReach` tokens. */
  headings: Trie<HedgeQualifier>;
  headingReach: number;
  /** Negations that make a "more than" a word or two after them a ceiling (لا تتسع لأكثر من ألف). */
  hedgeNegations: ReadonlySet<string>;
  /** Verbs of "cease" that a negation turns into "still" (لا يزال). */
  hedgeStill: ReadonlySet<string>;
  /** Words after which a figure tells a time (منذ 23 أيلول): the heading waits past it. */
  headingTimes: ReadonlySet<string>;
  percent: Trie<true>;
  /** Range openers and, for each, the joiners it takes. */
  rangeOpeners: Trie<Set<string>>;
  /** Joiners of ranges without an opener (400-500). */
  bareJoiners: Set<string>;
  /** How many times the lower bound the upper may be, for a joiner without an opener that sets it. */
  bareRatios: ReadonlyMap<string, number>;
}

type Data = z.infer<ReturnType<typeof schema>>;
export type HedgeQualifier = keyof Data['hedges']['before'];

function lexicon(d: Data): Map<string, WordEntry> {
  const lex = new Map<string, WordEntry>();
  const add = (form: string, patch: WordEntry) => {
    const key = fold(form);
    lex.set(key, { ...lex.get(key), ...patch });
  };
  const table = (t: Record<string, string[]>, patch: (v: number) => WordEntry) => {
    for (const [v, forms] of Object.entries(t)) for (const f of forms) add(f, patch(Number(v)));
  };
  table(d.units, (unit) => ({ unit }));
  table(d.teen_units, (teenUnit) => ({ teenUnit }));
  table(d.tens, (tens) => ({ tens }));
  table(d.hundreds, (hundreds) => ({ hundreds }));
  for (const [v, forms] of Object.entries(d.units)) {
    const u = Number(v);
    if (u < 3 || u > 9) continue;
    for (const f of forms) for (const h of d.hundreds['100'] ?? []) add(f + h, { hundreds: u * 100 });
  }
  table(d.multipliers, (multiplier) => ({ multiplier }));
  table(d.duals, (dual) => ({ dual }));
  table(d.fractions, (fraction) => ({ fraction }));
  for (const f of d.teen_suffix) add(f, { teenSuffix: true });
  for (const f of d.ambiguous) add(f, { ambiguous: true });
  for (const f of d.weekdays) add(f, { weekday: true });
  for (const f of d.hamza_lookalikes) add(f, { lookalike: true });
  for (const f of d.ordinals) add(f, { ordinal: true });
  for (const f of d.vague.words) add(f, { vague: true });
  for (const f of d.vague.quantifiers) add(f, { quantifier: true });
  return lex;
}

const words = (phrase: string) => fold(phrase).split(' ');

/** A trie of hedge phrases, each followed by one of `tails` (تجاوز + عدد); by default by nothing. */
function hedgeTrie(h: Data['hedges']['before'], tails: readonly string[][] = [[]]): Trie<HedgeQualifier> {
  return buildTrie(
    Object.entries(h).flatMap(([q, phrases]) =>
      (phrases ?? []).flatMap((p) => tails.map((tail) => [[...words(p), ...tail], q as HedgeQualifier] as const)),
    ),
  );
}

function compile(d: Data): CompiledNumbersRules {
  const openers = d.ranges.flatMap((r) => r.openers.map((o) => [words(o), new Set(r.joiners.map(fold))] as const));
  const lex = lexicon(d);
  const hedgesBefore = hedgeTrie(d.hedges.before, [[], ...d.hedges.asides.map(words)]);
  const hedgesAfter = hedgeTrie(d.hedges.after);
  const headings = hedgeTrie(d.headings.verbs, d.headings.heads.map((w) => [fold(w)]));
  const percent = buildTrie(d.percent.map((p) => [words(p), true] as const));
  const rangeOpeners = buildTrie(openers, (a, b) => new Set([...a, ...b]));
  const tries = [hedgesBefore, hedgesAfter, headings, percent, rangeOpeners];
  const vocabulary = new Set([...lex.keys(), ...tries.flatMap((t) => [...t.next.keys()])]);
  return {
    vocabulary,
    lexicon: lex,
    hedgesBefore,
    hedgesAfter,
    headings,
    headingReach: d.headings.reach,
    hedgeNegations: new Set(d.hedges.negations.map(fold)),
    hedgeStill: new Set(d.hedges.still.map(fold)),
    headingTimes: new Set(d.headings.times.map(fold)),
    percent,
    rangeOpeners,
    bareJoiners: new Set(d.ranges.filter((r) => r.openers.length === 0).flatMap((r) => r.joiners.map(fold))),
    bareRatios: new Map(d.ranges.filter((r) => r.openers.length === 0 && r.max_ratio !== undefined).flatMap((r) => r.joiners.map((j) => [fold(j), r.max_ratio!] as const))),
  };
}

export const numbersRules = defineRuleKind({ kind: 'numbers', schema, compile });

/** The numbers rules read under a morphology policy: its clitics are the ones figures carry. */
export interface NumbersGrammar extends CompiledNumbersRules {
  reader: Reader;
  /** The conjunction that joins the parts of a compound figure. */
  and: string;
  /** Single proclitics that may be written on the next word (و500). */
  proclitics: readonly string[];
  article: string;
}

const grammars = new WeakMap<CompiledNumbersRules, WeakMap<Morphology, NumbersGrammar>>();

export function numbersGrammar(rules: CompiledNumbersRules, m: Morphology): NumbersGrammar {
  let byPolicy = grammars.get(rules);
  if (!byPolicy) grammars.set(rules, (byPolicy = new WeakMap()));
  let g = byPolicy.get(m);
  if (!g) {
    const single = m.prefixes.filter((p) => !p.article && (!p.conjunction || !p.preposition) && p.text);
    g = { ...rules, reader: numberReader(m, rules.vocabulary), proclitics: single.map((p) => p.text), article: m.article, and: m.and };
    byPolicy.set(m, g);
  }
  return g;
}

// Rule kind "corridors": schema of rules/*.{json,yaml} files with `kind: corridors` and their compiled form.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { fold } from '../text/normalize.js';
import { defineRuleKind } from '../rules/kind.js';
import { contract, type CorridorKind, type PlaceType } from '../schema.js';
import { morphologyRules, type Morphology } from '../text/morphology.js';
import { PhraseIndex } from '../text/phrases.js';

const schema = lazily((z) => {
  const { CorridorKind, PlaceType } = contract();
  const words = z.array(z.string()).default([]);

  const Head = z.strictObject({
    kind: CorridorKind,
    lemma: z.string().min(1),
    singular: z.array(z.string()).min(1),
    dual: words,
    plural: words,
    /** Words the head must follow to count: a street is a corridor only as the way people go (عبر شارع الرشيد). */
    after: z.array(z.string()).optional(),
    /**
     * Verbs of going along that count the head as their object with their subject between (وسلك آلاف
     * النازحين شارع صلاح الدين): up to `subjectWords` words, spaces only, no preposition among them.
     */
    after_subject: words,
    /**
     * Adjective stems one of which must follow the name for the head to count: a point or a gate is a
     * crossing only when called a border one (نقطة المصنع الحدودية، بوابة مرشد بينار الحدودية).
     */
    needs: z.array(z.string()).optional(),
    /** Words after which the head counts without the adjective it `needs`: the way people went (Libya's gates: عبر بوابة السبعة). */
    needs_unless_after: words,
    /**
     * The head counts only with a name the gazetteer knows, and never points back: Iraqi سيطرة is a
     * checkpoint in سيطرة كوكجلي, "control" in سيطرة التنظيم and السيطرة.
     */
    known: z.boolean().default(false),
    /**
     * The head counts only inside a name the gazetteer gives with it, and never points back: Gaza's
     * axes are corridors (محور نتساريم), elsewhere an axis is a front line (محور عين زارة).
     */
    own: z.boolean().default(false),
  });

  return z.strictObject({
    kind: z.literal('corridors'),
    heads: z.array(Head).default([]),
    inflections: z.array(z.string()).default(['']),
    humanitarian: words,
    adjectives: words,
    links: z.array(z.strictObject({ words: z.string().min(1), joins: z.boolean().default(false) })).default([]),
    classifiers: z.record(z.string(), PlaceType.nullable()).default({}),
    nameNouns: z.record(z.string(), PlaceType).default({}),
    ordinals: words,
    demonstratives: z.strictObject({ before: words, after: words }).default({ before: [], after: [] }),
    bareBackReferenceSentences: z.number().int().nonnegative().default(2),
    interludeWords: z.number().int().nonnegative().default(2),
    subjectWords: z.number().int().nonnegative().default(4),
    relatives: words,
    purposePrepositions: words,
    negations: words,
    placePrepositions: words,
    namePrefixes: words,
    notNames: words,
    unknownNames: z
      .strictObject({ rejectEndings: words, rejectInitials: words, minLengthForInitials: z.number().int().positive().default(4) })
      .default({ rejectEndings: [], rejectInitials: [], minLengthForInitials: 4 }),
    tooWide: z
      .strictObject({ construct: z.array(PlaceType).default([]), location: z.array(PlaceType).default([]), ends: z.array(PlaceType).default([]) })
      .default({ construct: [], location: [], ends: [] }),
    stopPhrases: words,
    routeEnds: z.strictObject({ from: words, to: words }).default({ from: [], to: [] }),
    borderCrossings: z
      .strictObject({ kind: CorridorKind, lemma: z.string().min(1), through: words, adjectives: words })
      .optional(),
  });
});

export type HeadNumber = 'singular' | 'dual' | 'plural';

export interface HeadInfo {
  kind: CorridorKind;
  lemma: string;
  number: HeadNumber;
  /** The form itself carries the article (نقطة التفتيش). */
  definite: boolean;
  /** The words the head counts only after (folded), or null when it always counts. */
  after: ReadonlySet<string> | null;
  /** Verbs (folded stems) the head counts after with their subject between. */
  afterSubject: ReadonlySet<string>;
  /** The adjectives one of which must follow the head's name, or null when none is needed. */
  needs: PhraseIndex<true> | null;
  /** Words (folded) after which the head needs none of them. */
  needsUnlessAfter: ReadonlySet<string>;
  /** Only a name the gazetteer knows makes the head a corridor. */
  known: boolean;
  /** Only a gazetteer name that includes the head makes it a corridor. */
  own: boolean;
}

const NUMBERS: HeadNumber[] = ['singular', 'dual', 'plural'];
const ALL = { conj: true, prep: true, article: true };

const entries = <T>(list: readonly string[], value: T) => list.map((w) => [fold(w), value] as const);
const set = (list: readonly string[]) => new Set(list.map(fold));

function compile(data: z.infer<ReturnType<typeof schema>>, { morphology: m }: { morphology: Morphology }) {
  const inflect = (stems: readonly string[]) => stems.flatMap((s) => data.inflections.map((e) => fold(s + e)));
  const heads = data.heads.flatMap((h) => {
    const after = h.after ? set(h.after) : null;
    const afterSubject = set(h.after_subject);
    const needsUnlessAfter = set(h.needs_unless_after);
    const needs = h.needs ? new PhraseIndex<true>(inflect(h.needs).map((w) => [w, true] as const), { article: true }) : null;
    return NUMBERS.flatMap((number) =>
      h[number].map((form) => {
        const f = fold(form);
        return [f, { kind: h.kind, lemma: h.lemma, number, definite: f.split(' ').slice(1).some((w) => w.startsWith(m.article)), after, afterSubject, needs, needsUnlessAfter, known: h.known, own: h.own } satisfies HeadInfo] as const;
      }),
    );
  });
  const adjectives = [...inflect(data.adjectives).map((w) => [w, false] as const), ...inflect(data.humanitarian).map((w) => [w, true] as const)];
  return {
    heads: new PhraseIndex<HeadInfo>(heads, ALL),
    /** Adjective → whether it makes the corridor humanitarian. */
    adjectives: new PhraseIndex<boolean>(adjectives, { article: true }),
    links: new PhraseIndex<boolean>(data.links.map((l) => [fold(l.words), l.joins] as const), { conj: true }),
    classifiers: new PhraseIndex<PlaceType | null>(Object.entries(data.classifiers).map(([w, t]) => [fold(w), t] as const), { conj: true, prep: true }),
    nameNouns: new PhraseIndex<PlaceType>(Object.entries(data.nameNouns).map(([w, t]) => [fold(w), t] as const), { conj: true }),
    ordinals: new PhraseIndex<true>(entries(data.ordinals, true as const), { conj: true }),
    demonstrativesBefore: new PhraseIndex<true>(entries(data.demonstratives.before, true as const), { conj: true, prep: true }),
    demonstrativesAfter: set(data.demonstratives.after),
    /** The words before a corridor's two ends (من X إلى Y). */
    routeFrom: set(data.routeEnds.from),
    routeTo: set(data.routeEnds.to),
    bareBackReferenceSentences: data.bareBackReferenceSentences,
    interludeWords: data.interludeWords,
    subjectWords: data.subjectWords,
    relatives: set(data.relatives),
    purposePrepositions: set(data.purposePrepositions),
    negations: set(data.negations),
    placePrepositions: set(data.placePrepositions),
    namePrefixes: set(data.namePrefixes),
    notNames: set(data.notNames),
    unknownNames: {
      rejectEndings: data.unknownNames.rejectEndings.map(fold),
      rejectInitials: data.unknownNames.rejectInitials.map(fold),
      minLengthForInitials: data.unknownNames.minLengthForInitials,
    },
    tooWide: {
      construct: new Set<PlaceType>(data.tooWide.construct),
      location: new Set<PlaceType>(data.tooWide.location),
      ends: new Set<PlaceType>(data.tooWide.ends),
    },
    stopPhrases: new PhraseIndex<true>(entries(data.stopPhrases, true as const), { conj: true, prep: true }),
    borderCrossings: data.borderCrossings
      ? {
          kind: data.borderCrossings.kind,
          lemma: data.borderCrossings.lemma,
          through: new PhraseIndex<true>(entries(data.borderCrossings.through, true as const), { conj: true }),
          adjectives: new PhraseIndex<true>(inflect(data.borderCrossings.adjectives).map((w) => [w, true] as const), { article: true }),
        }
      : null,
  };
}

export const corridorsRules = defineRuleKind({ kind: 'corridors', schema, needs: { morphology: morphologyRules }, compile });

export type CompiledCorridorsRules = ReturnType<typeof compile>;

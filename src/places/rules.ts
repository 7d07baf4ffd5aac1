// Rule kind "places" (rules/places.yaml): the words around place names — clitics, type words,
// directions, countryside and area nouns, role cues, ambiguity and stop lists. Compiled once into
// folded sets and maps; the gazetteer itself is a separate kind (gazetteer-rules.ts).
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { fold, stripMarks } from '../text/normalize.js';
import { defineRuleKind } from '../rules/kind.js';
import { contract, type PlaceRole, type PlaceType } from '../schema.js';

const schema = lazily((z) => {
  const { PlaceRole, PlaceType } = contract();
  const Words = z.array(z.string().trim().min(1)).default([]);

  const TypeWord = z.strictObject({
    type: PlaceType,
    singular: Words,
    plural: Words,
    prefer: z.array(PlaceType).default([]),
    /** What the plural prefers, where it differs: the camps of a town (مخيمات عامرية الفلوجة) are in the town. */
    pluralPrefer: z.array(PlaceType).optional(),
    unknown: z.enum(['any', 'definite', 'none']).default('none'),
    homographs: Words,
    /** A name the gazetteer writes with this head (مخيم الجفينة) is named without it where the article drops it. */
    dropped: z.boolean().default(false),
  });

  const Direction = z.strictObject({
    id: z.string().min(1),
    en: z.string().min(1),
    axis: z.enum(['ns', 'ew']).optional(),
    nouns: z.array(z.string().trim().min(1)).min(1),
    adjectives: z.array(z.string().trim().min(1)).min(1),
  });

  return z.strictObject({
    kind: z.literal('places'),
    typeWords: z.array(TypeWord).default([]),
    typePreference: z.array(PlaceType).default([]),
    notNames: Words,
    personTitles: Words,
    constructHeads: Words,
    pronounSuffixes: Words,
    nisbaDrops: z.array(z.string()).default(['']),
    nameSuffixes: Words,
    boundaryWords: Words,
    directions: z.array(Direction).default([]),
    countryside: z
      .strictObject({
        canonical: z.string().min(1),
        en: z.string().min(1),
        prefer: z.array(PlaceType).default([]),
        singular: Words,
        plural: Words,
        definite: Words,
      })
      .optional(),
    areaNouns: Words,
    linkWords: Words,
    linkClitics: Words,
    adjectivalBases: z.array(PlaceType).default([]),
    roles: z
      .strictObject({
        origin: Words,
        destination: Words,
        via: Words,
        location: Words,
        clitics: z.record(z.string(), PlaceRole).default({}),
      })
      .default({ origin: [], destination: [], via: [], location: [], clitics: {} }),
    dateline: z.strictObject({ maxBracket: z.number().int().positive().default(40) }).default({ maxBracket: 40 }),
    ambiguous: z
      .strictObject({
        strong: Words,
        preposition: Words,
        senses: z.record(z.string(), Words).default({}),
        adjectives: Words,
        cancelBefore: Words,
        cancelAfter: Words,
        offices: Words,
        ofPlace: Words,
      })
      .default({ strong: [], preposition: [], senses: {}, adjectives: [], cancelBefore: [], cancelAfter: [], offices: [], ofPlace: [] }),
    outletWords: Words,
    outletSuffixes: Words,
    distanceUnits: Words,
    notPlaces: Words,
    // Words read only as written, never as clitic + name (بصدد is not ب + صدد); see rules/places-common.yaml.
    wholeWords: Words,
    // Name particles writers join to the next word (أبو سالم → أبوسالم).
    joinedParticles: Words,
  });
});

export type PlacesData = z.infer<ReturnType<typeof schema>>;

export interface TypeWordRule {
  type: PlaceType;
  plural: boolean;
  /** A dual (بلدتي، معبري): two names follow, not a plural's adjective. */
  dual: boolean;
  prefer: readonly PlaceType[];
  unknown: 'any' | 'definite' | 'none';
  /** The word as the rules write it, for canonical names (محافظة). */
  label: string;
  /** Other words its letters spell once folded, as written with their hamza (إحياء): not this type word. */
  homographs: ReadonlySet<string>;
}

export interface DirectionRule {
  id: string;
  en: string;
  axis: 'ns' | 'ew' | null;
  noun: string;
  adjective: string;
}

export type Ambiguity = 'strong' | 'preposition' | 'sense';

export interface CompiledPlacesRules {
  typeWords: ReadonlyMap<string, TypeWordRule>;
  /** The folded heads, each with its space, of `dropped` type words (مخيم ). */
  droppedHeads: readonly string[];
  typeRank: (t: PlaceType) => number;
  notNames: ReadonlySet<string>;
  /** Titles of a person (الحاج، الشيخ): a name left with one first when its type word is dropped names the person. */
  personTitles: ReadonlySet<string>;
  constructHeads: ReadonlySet<string>;
  /** Whether a word ends in a pronoun (آخرها). */
  hasPronoun: (word: string) => boolean;
  /** Endings a name loses before a nisba suffix, the empty one included (روسيا → روس + ية). */
  nisbaDrops: readonly string[];
  nameSuffixes: ReadonlySet<string>;
  boundaryWords: ReadonlySet<string>;
  directionNouns: ReadonlyMap<string, DirectionRule>;
  directionAdjectives: ReadonlyMap<string, DirectionRule>;
  countryside: {
    canonical: string;
    en: string;
    /** Entry types a countryside is built on when several share the base's name. */
    prefer: readonly PlaceType[];
    singular: ReadonlySet<string>;
    plural: ReadonlySet<string>;
    definite: ReadonlySet<string>;
  } | null;
  areaNouns: ReadonlySet<string>;
  linkWords: ReadonlySet<string>;
  linkClitics: ReadonlySet<string>;
  adjectivalBases: ReadonlySet<PlaceType>;
  /** Role cues as folded word sequences, keyed by their last word. */
  roleCues: ReadonlyMap<string, readonly { words: readonly string[]; role: PlaceRole }[]>;
  cliticRoles: ReadonlyMap<string, PlaceRole>;
  /** The destination cues (إلى، باتجاه), folded: the linker reads them too. */
  destinationCues: readonly string[];
  /** What follows a dateline place: `:` or `-`, maybe after the agency in brackets (sticky). */
  datelineTail: RegExp;
  /** Folded names (word sequences joined by one space) and how much cue they need. */
  ambiguous: ReadonlyMap<string, Ambiguity>;
  /** For each `sense` name, the words before it that give it its common sense (صلاة المغرب). */
  senses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words before or after an ambiguous name that make it a channel or a person (أفادت الميادين). */
  cancel: { before: ReadonlySet<string>; after: ReadonlySet<string> };
  /** Offices named after the place they govern (محافظ، والي): the name after one is that place. */
  offices: ReadonlySet<string>;
  ofPlace: ReadonlySet<string>;
  /** Names spelt like a feminine nisba (السعودية): after a definite noun, its adjective. */
  adjectives: ReadonlySet<string>;
  outletWords: ReadonlySet<string>;
  /** Words after a name that make it an outlet or club (واشنطن بوست). */
  outletSuffixes: ReadonlySet<string>;
  /** Units of distance: "170 كم شمال بغداد" locates a place from another, and composes no region. */
  distanceUnits: ReadonlySet<string>;
  wholeWords: ReadonlySet<string>;
  /** Matches a joinable particle and the space after it, for the joined spelling of a name. */
  joinedParticles: RegExp;
  /** Folded phrases whose words are not places. */
  notPlaces: readonly string[];
  /** Every word these rules give a job (cues, type words, directions, stop words): never a name the gazetteer lacks. */
  reserved: ReadonlySet<string>;
  /** Words that can open a place phrase other than a name: type, countryside, area, direction and outlet words. */
  openers: ReadonlySet<string>;
}

const foldSet = (ws: readonly string[]) => new Set(ws.map(fold));

/** A dual in the genitive, as type words come: the singular and ي, its ة (folded ه) as ت (مدينتي، معبري، مديريتي). */
const isDual = (w: string, singulars: readonly string[]) => w.endsWith('تي') || singulars.some((s) => s.replace(/ه$/, 'ت') + 'ي' === w);

export function compilePlaces(data: PlacesData): CompiledPlacesRules {
  const typeWords = new Map<string, TypeWordRule>();
  for (const t of data.typeWords) {
    const label = t.singular[0] ?? t.plural[0] ?? '';
    for (const [forms, plural] of [[t.singular, false], [t.plural, true]] as const) {
      const homographs = new Set(t.homographs.map(stripMarks));
      for (const w of forms) typeWords.set(fold(w), { type: t.type, plural, dual: plural && isDual(fold(w), t.singular.map(fold)), prefer: (plural && t.pluralPrefer) || t.prefer, unknown: t.unknown, label, homographs });
    }
  }
  const directionNouns = new Map<string, DirectionRule>();
  const directionAdjectives = new Map<string, DirectionRule>();
  for (const d of data.directions) {
    const rule: DirectionRule = { id: d.id, en: d.en, axis: d.axis ?? null, noun: d.nouns[0]!, adjective: d.adjectives[0]! };
    for (const n of d.nouns) directionNouns.set(fold(n), rule);
    for (const a of d.adjectives) directionAdjectives.set(fold(a), rule);
  }
  const roleCues = new Map<string, { words: string[]; role: PlaceRole }[]>();
  for (const role of ['origin', 'destination', 'via', 'location'] as const) {
    for (const cue of data.roles[role]) {
      const words = fold(cue).split(' ');
      const last = words[words.length - 1]!;
      const list = roleCues.get(last) ?? [];
      list.push({ words, role });
      // Longer cues first: بالقرب من is location before من alone is origin.
      list.sort((a, b) => b.words.length - a.words.length);
      roleCues.set(last, list);
    }
  }
  const ambiguous = new Map<string, Ambiguity>();
  for (const n of data.ambiguous.preposition) ambiguous.set(fold(n), 'preposition');
  const senses = new Map(Object.entries(data.ambiguous.senses).map(([n, before]) => [fold(n), foldSet(before)] as const));
  for (const n of senses.keys()) ambiguous.set(n, 'sense');
  for (const n of data.ambiguous.strong) ambiguous.set(fold(n), 'strong');
  const ranks = new Map(data.typePreference.map((t, i) => [t, i]));
  const cs = data.countryside;
  const reserved = foldSet([
    ...data.notNames, ...data.boundaryWords, ...data.areaNouns, ...data.linkWords, ...data.outletWords,
    ...data.directions.flatMap((d) => [...d.nouns, ...d.adjectives]),
    ...(cs ? [...cs.singular, ...cs.plural, ...cs.definite] : []),
  ]);
  for (const w of [...typeWords.keys(), ...roleCues.keys()]) reserved.add(w);
  const openers = new Set([
    ...typeWords.keys(), ...directionNouns.keys(), ...foldSet(data.areaNouns), ...foldSet(data.outletWords),
    ...(cs ? foldSet([...cs.singular, ...cs.plural, ...cs.definite]) : []),
  ]);
  return {
    typeWords,
    droppedHeads: data.typeWords.filter((t) => t.dropped).flatMap((t) => t.singular.map((w) => `${fold(w)} `)),
    typeRank: (t) => ranks.get(t) ?? ranks.size,
    notNames: foldSet(data.notNames),
    personTitles: foldSet(data.personTitles),
    constructHeads: foldSet(data.constructHeads),
    hasPronoun: (w) => data.pronounSuffixes.some((p) => w.length > p.length + 2 && w.endsWith(fold(p))),
    nisbaDrops: data.nisbaDrops.map(fold),
    nameSuffixes: foldSet(data.nameSuffixes),
    boundaryWords: foldSet(data.boundaryWords),
    directionNouns,
    directionAdjectives,
    countryside: data.countryside
      ? {
          canonical: data.countryside.canonical,
          en: data.countryside.en,
          prefer: data.countryside.prefer,
          singular: foldSet(data.countryside.singular),
          plural: foldSet(data.countryside.plural),
          definite: foldSet(data.countryside.definite),
        }
      : null,
    areaNouns: foldSet(data.areaNouns),
    linkWords: foldSet(data.linkWords),
    linkClitics: foldSet(data.linkClitics),
    adjectivalBases: new Set(data.adjectivalBases),
    roleCues,
    destinationCues: data.roles.destination.map(fold),
    cliticRoles: new Map(Object.entries(data.roles.clitics).map(([c, r]) => [fold(c), r])),
    datelineTail: new RegExp(` *(?:\\([^()\\n]{1,${data.dateline.maxBracket}}\\) *)?[:-]`, 'y'),
    ambiguous,
    senses,
    cancel: { before: foldSet(data.ambiguous.cancelBefore), after: foldSet(data.ambiguous.cancelAfter) },
    offices: foldSet(data.ambiguous.offices),
    ofPlace: foldSet(data.ambiguous.ofPlace),
    adjectives: foldSet(data.ambiguous.adjectives),
    outletWords: foldSet(data.outletWords),
    outletSuffixes: foldSet(data.outletSuffixes),
    distanceUnits: foldSet(data.distanceUnits),
    wholeWords: foldSet(data.wholeWords),
    joinedParticles: new RegExp(`(^| )(${data.joinedParticles.map(fold).join('|') || '(?!)'}) (?=\\S)`, 'g'),
    notPlaces: [...new Set(data.notPlaces.map(fold))],
    reserved,
    openers,
  };
}

export const placesRules = defineRuleKind({ kind: 'places', schema, compile: compilePlaces });

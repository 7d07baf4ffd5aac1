// Rule kind "quotes": attribution verbs, source phrases and the lexicons a speaker phrase is read
// with (titles, ranks, bodies, unnamed sources, media, first names, function words). compile()
// folds every entry once and builds the tries and sets the matcher looks words up in.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { morphologyRules, type Morphology } from '../text/morphology.js';
import { fold, stripMarks } from '../text/normalize.js';
import { defineRuleKind, RuleEntryError } from '../rules/kind.js';
import { PhraseSet, wordSet } from './phrases.js';
import { verbOf } from './tokens.js';
import { PerForm } from '../text/readings.js';

const schema = lazily((z) => {
  const words = z.array(z.string().min(1)).default([]);

  const Verb = z.strictObject({
    lemma: z.string().min(1),
    forms: z.array(z.string().min(1)).min(1),
    participles: words,
    particles: words,
    object: z.array(z.string()).optional(),
    strict: z.boolean().default(false),
    relay: z.boolean().default(false),
    addressee: z.boolean().default(false),
  });

  return z.strictObject({
    kind: z.literal('quotes'),
    verbs: z.array(Verb).default([]),
    complementizers: words,
    conjunctionHeads: words,
    sources: words,
    documents: words,
    interviews: words,
    titles: words,
    unnamedTitles: words,
    genericTitles: words,
    ranks: words,
    rankQualifiers: words,
    honorifics: words,
    abbreviatedHonorifics: words,
    courtesies: words,
    organizations: words,
    namedOrganizations: words,
    anonymous: words,
    anonymousModifiers: words,
    outlets: z.strictObject({ heads: words, names: words }).default({ heads: [], names: [] }),
    firstNames: words,
    nameParticles: words,
    familyParticles: words,
    servantParticles: words,
    nameSuffixes: words,
    stopwords: words,
    connectives: words,
    genitiveHeads: words,
    conjoinedHeads: words,
    placeNouns: words,
    timeWords: words,
    nameSpellings: words,
    articleFirstNames: words,
    authorVerbs: words,
    anonymity: words,
    namedAs: words,
    roles: z
      .strictObject({
        behalf: words,
        memberOf: words,
        placeBeforeName: words,
        afterShapeName: words,
        beforeNoName: words,
        beforeWords: words,
        relayFrom: words,
        sourceObjects: words,
        givenIn: words,
        givenWith: words,
        givenToUs: words,
        beforeVerb: words,
        adjunct: words,
      })
      .prefault({}),
  });
});

export type QuotesRuleData = z.infer<ReturnType<typeof schema>>;

export interface VerbForm {
  lemma: string;
  /** A circumstantial participle (مضيفا): its subject is the speaker of the statement before. */
  participle: boolean;
  /** Written with a conjunction (وقال، فأكد). */
  conjoined: boolean;
  particles: ReadonlySet<string>;
  /** Particles of a plain object ('' = none), or null when the verb needs a that-clause. */
  object: ReadonlySet<string> | null;
  strict: boolean;
  relay: boolean;
  addressee: boolean;
}

export interface SourceCue {
  /** The author word carries a preposition ل (وفقا للمرصد). */
  withL: boolean;
}

export interface TitleHead {
  /** The office word without its article, for coreference (رئيس، متحدث). */
  head: string;
  definite: boolean;
}

export interface CompiledQuotesRules {
  verbs: ReadonlyMap<string, VerbForm>;
  /** Every verb's particles: what may stand before a complementizer (إلى أن، على أن). */
  particles: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  conjunctionHeads: ReadonlySet<string>;
  sources: PhraseSet<SourceCue>;
  documents: ReadonlySet<string>;
  interviews: PhraseSet;
  titles: PhraseSet<TitleHead>;
  unnamedTitles: ReadonlySet<string>;
  genericTitles: ReadonlySet<string>;
  ranks: PhraseSet;
  honorifics: PhraseSet;
  /** One-letter honorifics written with a full stop (د. for doctor): the letter and its stop. */
  abbreviatedHonorifics: ReadonlySet<string>;
  /** Courtesies before a speaker's honorific, title or name (سعادة، معالي، فخامة، سمو). */
  courtesies: PhraseSet;
  organizations: PhraseSet;
  namedOrganizations: PhraseSet;
  anonymous: PhraseSet;
  anonymousModifiers: PhraseSet;
  outletHeads: PhraseSet;
  outletNames: PhraseSet;
  firstNames: PhraseSet;
  nameParticles: ReadonlySet<string>;
  /** Particles of a family name, which go on with a name begun but start none (بني هاني). */
  familyParticles: ReadonlySet<string>;
  /** Particles whose definite word goes on with them whatever else it spells (عبد الأحد, not Sunday). */
  servantParticles: ReadonlySet<string>;
  /** Words that end a compound name (تاج الدين، نصر الله). */
  nameSuffixes: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  connectives: PhraseSet;
  /** Nouns that take a place after them inside a title (قائممقام قضاء تلعفر، مدير ناحية زمار). */
  genitiveHeads: ReadonlySet<string>;
  /** Nouns a body's name joins with و in construct (وحقوق الإنسان، وشؤون المغتربين). */
  conjoinedHeads: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  /** Time adverbs that may stand between a speaker's name and the words (أوسنات لوبراني اليوم، أن). */
  timeWords: ReadonlySet<string>;
  /** First names written with the article (الطاهر، الهادي). */
  articleFirstNames: ReadonlySet<string>;
  /** Function words that are first names when written so (علي, not على): as written, without marks. */
  nameSpellings: ReadonlySet<string>;
  /** … and as the normalised text reads them: the forms worth looking up as written. */
  nameSpellingForms: ReadonlySet<string>;
  /** Every word a reserved entry (a complementizer, or the first word of a lexicon phrase) starts with. */
  reservedHeads: ReadonlySet<string>;
  /** The verb each word form is (Reader.verb), kept with the form. */
  verbOf: PerForm<VerbForm | null>;
  /** The first words of the source phrases. */
  sourceHeads: ReadonlySet<string>;
  /** Whether a word form is a verb or a source phrase's first word (Reader.mayOpen), kept with the form. */
  opens: PerForm<boolean>;
  /**
   * Whether a word form may end a name by itself, kept with the form: a word after a name, a
   * complementizer or a particle before one, or a word behind ل (an outlet it was given to). A
   * name by its shape is looked for at most words, and most can end none.
   */
  mayEndName: PerForm<boolean>;
  /** Every word a speaker phrase the lexicons list (honorific, rank, title, body, medium, first name) starts with. */
  speakerHeads: ReadonlySet<string>;
  /** A verb with its object pronoun whose subject is the author of what is quoted (في بيان أصدره …). */
  authorVerbs: PhraseSet;
  /** Words that say a name is withheld (طلب عدم ذكر اسمه). */
  anonymity: ReadonlySet<string>;
  /** Words that give the name of a person described before them (ويدعى). */
  namedAs: ReadonlySet<string>;
  /** Function words by their role in a speaker phrase or a statement (rules/quotes/words.yaml). */
  roles: Readonly<Record<Role, ReadonlySet<string>>>;
}

/** The entry and, when its first word has no article, the same entry with one (رئيس → الرئيس). */
const withArticle = (m: Morphology) => (entry: string): string[] => {
  const f = fold(entry);
  return f.startsWith(m.article) ? [f] : [f, m.article + f];
};

function phraseSet<T>(entries: readonly string[], value: (entry: string) => T, expand: (e: string) => string[] = (e) => [e]): PhraseSet<T> {
  const set = new PhraseSet<T>();
  for (const e of entries) for (const v of expand(e)) set.add(v, value(e));
  return set;
}

function compileVerbs(verbs: QuotesRuleData['verbs']): Map<string, VerbForm> {
  const out = new Map<string, VerbForm>();
  for (const v of verbs) {
    const base = {
      lemma: v.lemma,
      particles: wordSet(v.particles),
      object: v.object ? new Set(v.object.map((o) => (o ? fold(o) : ''))) : null,
      strict: v.strict,
      relay: v.relay,
      addressee: v.addressee,
    };
    // A conjunction on the verb (وأضاف، فقال) is read off by the morphology policy (tokens.ts).
    const add = (form: string, participle: boolean) => {
      const f = fold(form);
      if (!out.has(f)) out.set(f, { ...base, participle, conjoined: false });
    };
    for (const form of v.forms) add(form, false);
    for (const form of v.participles) add(form, true);
  }
  return out;
}

type Role = keyof QuotesRuleData['roles'];

function compileRoles(data: QuotesRuleData['roles'], m: Morphology): Record<Role, ReadonlySet<string>> {
  const roles = {} as Record<Role, ReadonlySet<string>>;
  for (const role of Object.keys(data) as Role[]) roles[role] = wordSet(data[role]);
  // The adjunct role is a clitic: the morphology must read it off a word.
  const unread = data.adjunct.findIndex((p) => !m.prepositions.includes(fold(p)));
  if (unread >= 0) throw new RuleEntryError(['roles', 'adjunct', unread], `${data.adjunct[unread]} is not one of the prepositions of the morphology rules`);
  return roles;
}

export function compileQuotesRules(data: QuotesRuleData, { morphology: m }: { morphology: Morphology }): CompiledQuotesRules {
  const sources = new PhraseSet<SourceCue>();
  // A source phrase ending in the preposition written apart (وفقا ل) is looked up without it.
  const apart = m.contracting === null ? null : ` ${m.contracting}`;
  for (const s of data.sources) {
    const f = fold(s);
    const withL = apart !== null && f.endsWith(apart);
    const phrase = withL ? f.slice(0, -apart.length) : f;
    for (const p of [phrase, ...m.conjunctions.map((c) => c + phrase)]) sources.add(p, { withL });
  }
  const titles = new PhraseSet<TitleHead>();
  for (const t of data.titles) {
    const f = fold(t);
    const first = f.split(' ')[0]!;
    const head = first.startsWith(m.article) ? first.slice(m.article.length) : first;
    for (const v of withArticle(m)(f)) titles.add(v, { head, definite: v.startsWith(m.article) });
  }
  const compiled: Omit<CompiledQuotesRules, 'reservedHeads' | 'speakerHeads' | 'verbOf' | 'sourceHeads' | 'opens' | 'mayEndName'> = {
    verbs: compileVerbs(data.verbs),
    particles: wordSet(data.verbs.flatMap((v) => v.particles)),
    complementizers: wordSet(data.complementizers),
    conjunctionHeads: wordSet(data.conjunctionHeads),
    sources,
    documents: wordSet(data.documents),
    interviews: phraseSet(data.interviews, () => true as const),
    titles,
    unnamedTitles: wordSet(data.unnamedTitles),
    genericTitles: wordSet(data.genericTitles),
    ranks: phraseSet([...data.ranks, ...data.ranks.flatMap((r) => data.rankQualifiers.map((q) => `${r} ${q}`))], () => true as const),
    honorifics: phraseSet(data.honorifics, () => true as const),
    abbreviatedHonorifics: wordSet(data.abbreviatedHonorifics),
    courtesies: phraseSet(data.courtesies, () => true as const),
    organizations: phraseSet(data.organizations, () => true as const),
    namedOrganizations: phraseSet(data.namedOrganizations, () => true as const),
    anonymous: phraseSet(data.anonymous, () => true as const, withArticle(m)),
    anonymousModifiers: phraseSet(data.anonymousModifiers, () => true as const),
    outletHeads: phraseSet(data.outlets.heads, () => true as const),
    outletNames: phraseSet(data.outlets.names, () => true as const),
    firstNames: phraseSet(data.firstNames, () => true as const),
    nameParticles: wordSet(data.nameParticles),
    familyParticles: wordSet(data.familyParticles),
    servantParticles: wordSet(data.servantParticles),
    nameSuffixes: wordSet(data.nameSuffixes),
    stopwords: wordSet(data.stopwords),
    genitiveHeads: wordSet(data.genitiveHeads),
    conjoinedHeads: wordSet(data.conjoinedHeads),
    placeNouns: wordSet(data.placeNouns),
    timeWords: wordSet(data.timeWords),
    articleFirstNames: wordSet(data.articleFirstNames),
    nameSpellings: new Set(data.nameSpellings.map(stripMarks)),
    nameSpellingForms: wordSet(data.nameSpellings),
    authorVerbs: phraseSet(data.authorVerbs, () => true as const),
    anonymity: wordSet(data.anonymity),
    namedAs: wordSet(data.namedAs),
    roles: compileRoles(data.roles, m),
    connectives: phraseSet(data.connectives, () => true as const),
  };
  const { sources: s, titles: t, ranks, honorifics, courtesies, organizations, namedOrganizations, anonymous, outletHeads, outletNames, connectives } = compiled;
  const reserving = [s, t, ranks, honorifics, courtesies, organizations, namedOrganizations, anonymous, outletHeads, outletNames, connectives];
  const speaking = [t, ranks, honorifics, courtesies, organizations, namedOrganizations, anonymous, outletHeads, outletNames, compiled.firstNames];
  const verbOfForm = new PerForm((a) => verbOf(compiled.verbs, a.form, a.readings));
  const sourceHeads = new Set(s.heads());
  return {
    ...compiled,
    verbOf: verbOfForm,
    sourceHeads,
    opens: new PerForm((a) => verbOfForm.of(a) !== null || sourceHeads.has(a.form)),
    mayEndName: new PerForm(
      (a) =>
        compiled.roles.afterShapeName.has(a.form) ||
        compiled.complementizers.has(a.form) ||
        compiled.particles.has(a.form) ||
        (m.contracting !== null && a.form.startsWith(m.contracting)),
    ),
    reservedHeads: new Set([...compiled.complementizers, ...reserving.flatMap((set) => [...set.heads()])]),
    speakerHeads: new Set([...compiled.nameParticles, ...compiled.abbreviatedHonorifics, ...compiled.articleFirstNames, ...speaking.flatMap((set) => [...set.heads()])]),
  };
}

export const quotesRules = defineRuleKind({
  kind: 'quotes',
  schema,
  needs: { morphology: morphologyRules },
  compile: compileQuotesRules,
});

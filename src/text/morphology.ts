// Rule kind "morphology" (rules/morphology.yaml): the one policy for the clitics and suffixes of
// Arabic words. Compiled into the clitic combinations a word may start with, longest first.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { defineRuleKind } from '../rules/kind.js';
import { fold } from './normalize.js';

const schema = lazily((z) => {
  const Letters = z.array(z.string().min(1)).default([]);

  return z.strictObject({
    kind: z.literal('morphology'),
    conjunctions: Letters,
    and: z.string().min(1),
    prepositions: Letters,
    article: z.string().min(1),
    contraction: z.string().min(1),
    feminine: z.string().min(1),
    feminine_bound: z.string().min(1).optional(),
    future: Letters,
    pronoun_suffixes: Letters,
    nisba_suffixes: Letters,
    nisba_accusative: Letters,
    min_stem: z.number().int().positive().default(2),
    min_name_stem: z.number().int().positive().default(3),
  });
});

/** A clitic combination written in front of a stem. */
export interface Prefix {
  /** The letters as written (وبال، لل). */
  text: string;
  conjunction: string | null;
  preposition: string | null;
  article: boolean;
  /** The article written as the contraction (لل), not after the preposition (بال). */
  contracted: boolean;
}

export interface Morphology {
  /** Every clitic combination, the empty one first, then by length. */
  prefixes: readonly Prefix[];
  /** The conjunction "and" among the conjunctions: it joins list members and the parts of a compound figure. */
  and: string;
  /**
   * By the char code of a word's first letter: the empty combination, then those starting with that
   * letter, in the same order (a word is tried only against these). A letter no clitic starts with
   * is not a key: such a word is tried against `noPrefix` alone.
   */
  prefixesFrom: ReadonlyMap<number, readonly Prefix[]>;
  /** The empty combination alone. */
  noPrefix: readonly Prefix[];
  /** The conjunctions (و، ف) and prepositions (ب، ل، ك) as written alone. */
  conjunctions: readonly string[];
  prepositions: readonly string[];
  /** The article as written on its own (ال). */
  article: string;
  contraction: string;
  /** The feminine ending of a noun (ة, read as ه). */
  feminine: string;
  /** The feminine ending as written before a pronoun suffix (ت of مدينتهم), or null. */
  feminineBound: string | null;
  /** The preposition the contraction begins with (ل of لل), or null. */
  contracting: string | null;
  future: readonly string[];
  pronounSuffixes: readonly string[];
  nisbaSuffixes: readonly string[];
  /** The ending of a nisba counted in the accusative (يا of 180 بريطانيا). */
  nisbaAccusative: readonly string[];
  /** Pronoun then nisba suffixes, as a word is read for them. */
  suffixes: readonly string[];
  minStem: number;
  /** The shortest stem a one-word name may be read off a preposition with. */
  minNameStem: number;
}

function compile(data: z.infer<ReturnType<typeof schema>>): Morphology {
  const conj = [null, ...new Set(data.conjunctions.map(fold))];
  const prep = [null, ...new Set(data.prepositions.map(fold))];
  const article = fold(data.article);
  const contraction = fold(data.contraction);
  const contracting = prep.find((p) => p && contraction.startsWith(p)) ?? null;
  const pronounSuffixes = [...new Set(data.pronoun_suffixes.map(fold))].sort((a, b) => b.length - a.length);
  const nisbaSuffixes = [...new Set(data.nisba_suffixes.map(fold))].sort((a, b) => b.length - a.length);
  const prefixes: Prefix[] = [];
  for (const c of conj) {
    for (const p of prep) {
      for (const a of [false, true]) prefixes.push({ text: (c ?? '') + (p ?? '') + (a ? article : ''), conjunction: c, preposition: p, article: a, contracted: false });
    }
    if (contracting) prefixes.push({ text: (c ?? '') + contraction, conjunction: c, preposition: contracting, article: true, contracted: true });
  }
  prefixes.sort((a, b) => a.text.length - b.text.length);
  const noPrefix = [prefixes[0]!];
  const prefixesFrom = new Map<number, Prefix[]>();
  for (const p of prefixes) if (p.text) prefixesFrom.set(p.text.charCodeAt(0), [...(prefixesFrom.get(p.text.charCodeAt(0)) ?? noPrefix), p]);
  return {
    prefixes,
    and: fold(data.and),
    prefixesFrom,
    noPrefix,
    conjunctions: conj.filter((c) => c !== null),
    prepositions: prep.filter((p) => p !== null),
    article,
    contraction,
    feminine: fold(data.feminine),
    feminineBound: data.feminine_bound ? fold(data.feminine_bound) : null,
    contracting,
    future: [...new Set(data.future.map(fold))],
    pronounSuffixes,
    nisbaSuffixes,
    nisbaAccusative: [...new Set(data.nisba_accusative.map(fold))],
    suffixes: [...pronounSuffixes, ...nisbaSuffixes],
    minStem: data.min_stem,
    minNameStem: Math.max(data.min_stem, data.min_name_stem),
  };
}

export const morphologyRules = defineRuleKind({ kind: 'morphology', schema, compile });

// The readings of a word under the morphology policy: every way of taking clitics off its front
// (conjunction, preposition, article, the لل contraction) and a pronoun or nisba suffix off its end
// that leaves a stem of at least `minStem` letters. Memoised per word form and policy.
import type { Morphology, Prefix } from './morphology.js';

export interface Reading {
  stem: string;
  prefix: Prefix;
  /** The pronoun or nisba suffix read off the end, or null. */
  suffix: string | null;
}

/** What a matcher reads words with: the policy and the memoised readings of a form under it. */
export interface WordReadings {
  morphology: Morphology;
  readings(form: string): readonly Reading[];
}

const memo = new WeakMap<Morphology, Map<string, readonly Reading[]>>();

/** Every reading of `form`, the whole word first; prefix-only readings before suffixed ones. */
export function readings(m: Morphology, form: string): readonly Reading[] {
  let cache = memo.get(m);
  if (!cache) memo.set(m, (cache = new Map()));
  let out = cache.get(form);
  if (!out) cache.set(form, (out = read(m, form)));
  return out;
}

function read(m: Morphology, form: string): Reading[] {
  const bare: Reading[] = [];
  for (const prefix of m.prefixes) {
    if (!form.startsWith(prefix.text)) continue;
    const stem = form.slice(prefix.text.length);
    if (prefix.text && stem.length < m.minStem) continue;
    // After a conjunction, لل is preposition and article together, never ل + a word in ل.
    const rest = prefix.conjunction ? form.slice(prefix.conjunction.length) : form;
    if (prefix.preposition && !prefix.article && rest.startsWith(m.contraction)) continue;
    bare.push({ stem, prefix, suffix: null });
  }
  const suffixed: Reading[] = [];
  for (const r of bare) {
    for (const suffix of [...m.pronounSuffixes, ...m.nisbaSuffixes]) {
      if (r.stem.endsWith(suffix) && r.stem.length - suffix.length >= m.minStem) {
        suffixed.push({ stem: r.stem.slice(0, -suffix.length), prefix: r.prefix, suffix });
      }
    }
  }
  return [...bare, ...suffixed];
}

/** The distinct stems `form` leaves without its front clitics, the whole word first. */
export function bareForms(m: Morphology, form: string): readonly string[] {
  return [...new Set(readings(m, form).filter((r) => r.suffix === null).map((r) => r.stem))];
}

/** The word without a future prefix (after an optional conjunction), or null: سيخرج → يخرج. */
export function withoutFuture(m: Morphology, form: string): string | null {
  for (const prefix of m.prefixes) {
    if (prefix.preposition || prefix.article || !form.startsWith(prefix.text)) continue;
    const rest = form.slice(prefix.text.length);
    const f = m.future.find((x) => rest.startsWith(x));
    if (f) return rest.slice(f.length);
  }
  return null;
}

/**
 * The forms a stem read after the contraction may have had (للرستن, للاذقية, للبنان): the article
 * lost its alif (الرستن), or the article's ل merged into a stem in ل (اللاذقية), or there was no
 * article and the stem began with ل (لبنان).
 */
export function definiteForms(m: Morphology, stem: string): string[] {
  const remnant = m.contracting ? m.contraction.slice(m.contracting.length) : '';
  return remnant ? [m.article + stem, m.article + remnant + stem, remnant + stem] : [m.article + stem];
}

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

/** What the policy says of one word form, worked out once: its readings, and on first use its bare forms and its verb without a future prefix. */
export interface FormAnalysis {
  readonly readings: readonly Reading[];
  forms?: readonly string[];
  future?: string | null;
  /** What each `PerForm` has worked out from this form, by its slot. */
  memo?: unknown[];
}

/**
 * Forms kept per policy before the older half is dropped: news vocabulary is open-ended, so an
 * archive run must not keep every form it has ever seen, while the forms of the last few thousand
 * articles (the common ones, met again and again) stay.
 */
const GENERATION = 100_000;

/** A form cache in two generations: a form met in the old one moves to the new one. */
class FormCache {
  private young = new Map<string, FormAnalysis>();
  private old = new Map<string, FormAnalysis>();

  get(form: string): FormAnalysis | undefined {
    const hit = this.young.get(form);
    if (hit || this.old.size === 0) return hit;
    const aged = this.old.get(form);
    if (aged) this.set(form, aged);
    return aged;
  }

  set(form: string, a: FormAnalysis): void {
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(form, a);
  }
}

const memo = new WeakMap<Morphology, FormCache>();
/** The cache of the policy asked for last: a document asks under one policy for every word. */
let recent: { m: Morphology; cache: FormCache } | null = null;

/** The memoised analysis of `form` under `m`. */
export function analysis(m: Morphology, form: string): FormAnalysis {
  let cache = recent?.m === m ? recent.cache : memo.get(m);
  if (!cache) memo.set(m, (cache = new FormCache()));
  if (recent?.cache !== cache) recent = { m, cache };
  let out = cache.get(form);
  if (!out) cache.set(form, (out = { readings: read(m, form) }));
  return out;
}

let slots = 0;

/**
 * Something a matcher works out from a word form alone (its place-name readings, the lexicon
 * entries it may begin), kept with the form's analysis: worked out once per form, not once per
 * occurrence, and dropped with the form.
 */
export class PerForm<T> {
  private readonly slot = slots++;

  constructor(
    private readonly morphology: Morphology,
    private readonly compute: (form: string, a: FormAnalysis) => T,
  ) {}

  /** The value for `form`; pass the word's analysis when it is at hand to skip the lookup. */
  of(form: string, a: FormAnalysis = analysis(this.morphology, form)): T {
    const memo = (a.memo ??= []);
    let v = memo[this.slot] as T | undefined;
    if (v === undefined) memo[this.slot] = v = this.compute(form, a);
    return v;
  }
}

/** Every reading of `form`, the whole word first; prefix-only readings before suffixed ones. */
export const readings = (m: Morphology, form: string): readonly Reading[] => analysis(m, form).readings;

function read(m: Morphology, form: string): Reading[] {
  const out: Reading[] = [];
  for (const prefix of m.prefixesFrom.get(form[0] ?? '') ?? m.prefixesFrom.get('')!) {
    if (!form.startsWith(prefix.text)) continue;
    const stem = prefix.text ? form.slice(prefix.text.length) : form;
    if (prefix.text && stem.length < m.minStem) continue;
    // After a conjunction, لل is preposition and article together, never ل + a word in ل.
    if (prefix.preposition && !prefix.article && form.startsWith(m.contraction, prefix.conjunction?.length ?? 0)) continue;
    out.push({ stem, prefix, suffix: null });
  }
  const bare = out.length;
  for (let k = 0; k < bare; k++) {
    const r = out[k]!;
    for (const suffix of m.suffixes) {
      if (r.stem.length - suffix.length >= m.minStem && r.stem.endsWith(suffix)) {
        out.push({ stem: r.stem.slice(0, -suffix.length), prefix: r.prefix, suffix });
      }
    }
  }
  return out;
}

/** The distinct stems `form` leaves without its front clitics, the whole word first. */
export function bareForms(m: Morphology, form: string, a = analysis(m, form)): readonly string[] {
  return (a.forms ??= [...new Set(a.readings.filter((r) => r.suffix === null).map((r) => r.stem))]);
}

/** The word without a future prefix (after an optional conjunction), or null: سيخرج → يخرج. */
export function withoutFuture(m: Morphology, form: string, a = analysis(m, form)): string | null {
  if (a.future === undefined) a.future = future(m, form);
  return a.future;
}

function future(m: Morphology, form: string): string | null {
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

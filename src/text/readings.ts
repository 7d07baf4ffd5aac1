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

/** The reading carries the article alone, no conjunction or preposition before it (المرصد, not والمرصد). */
export const articleOnly = (r: Reading): boolean => r.prefix.article && !r.prefix.conjunction && !r.prefix.preposition;

/** What a matcher reads words with: the policy and the memoised readings of a form under it. */
export interface WordReadings {
  morphology: Morphology;
  readings(form: string): readonly Reading[];
}

/** What the policy says of one word form, worked out once. */
export interface FormAnalysis {
  /** The form itself: one string per form, so lookups by it elsewhere hash it once. */
  readonly form: string;
  readonly readings: readonly Reading[];
  /** The distinct stems the form leaves without its front clitics, the whole word first. */
  readonly forms: readonly string[];
  /** The verb without a future prefix, or null. */
  readonly future: string | null;
  /** What each `PerForm` has worked out from this form, by its slot. */
  readonly memo: unknown[];
}

/** The hash the form cache files a form under, folded one code unit at a time (FNV-1a) so a scanner can compute it as it reads. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 16777619);
function hashOf(form: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < form.length; i++) h = hashStep(h, form.charCodeAt(i));
  return h;
}

/**
 * Forms kept per policy before the older generation is dropped: news vocabulary is open-ended, so
 * an archive run must not keep every form it has ever seen (a form with what the matchers keep of
 * it is about 1 KB), while the forms of the last few thousand articles (the common ones, met again
 * and again) stay. On the news corpus (77,000 forms), against 50,000: 20,000 is as fast and keeps
 * 14 MB alive instead of 47; 10,000 costs 2-4% more time and lowers the peak memory of a run by
 * a further 40-50 MB (V8 lets a heap grow to a few times what it keeps alive); 5,000 costs 5%.
 */
const GENERATION = 10_000;

/** Whether `form` is written at text[start, start + len). */
function same(form: string, text: string, start: number, len: number): boolean {
  if (form.length !== len) return false;
  for (let k = 0; k < len; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Slots of the recent-forms table (a power of two). */
const HOT = 4096;
/** Slots of a generation's table: a power of two over twice the forms it holds, so probes stay short. */
const SLOTS = 1 << Math.ceil(Math.log2(GENERATION * 2.5));

/**
 * One generation's forms, filed by hash with open addressing in flat arrays: a lookup reads two
 * arrays, not a hash map's buckets and the entries they point to.
 */
class Generation {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly forms = new Array<FormAnalysis | undefined>(SLOTS).fill(undefined);
  size = 0;

  find(text: string, start: number, len: number, h: number): FormAnalysis | undefined {
    for (let k = h & (SLOTS - 1); ; k = (k + 1) & (SLOTS - 1)) {
      const a = this.forms[k];
      if (a === undefined || (this.hashes[k] === h && same(a.form, text, start, len))) return a;
    }
  }

  add(h: number, a: FormAnalysis): void {
    let k = h & (SLOTS - 1);
    while (this.forms[k] !== undefined) k = (k + 1) & (SLOTS - 1);
    this.hashes[k] = h;
    this.forms[k] = a;
    this.size++;
  }
}

/**
 * The analyses of one policy in two generations (a form met in the old one moves to the new one).
 * A word is looked up where it stands in the text, so a form already known costs no new string.
 */
class FormCache {
  /**
   * The forms met last, one per hash slot: a text's common words (و، في، من) are found here without
   * touching the big tables, whose lookups miss the processor's caches.
   */
  private readonly hot: (FormAnalysis | undefined)[] = new Array<FormAnalysis | undefined>(HOT).fill(undefined);
  /** The hash of each recent form: a slot holding another form is told without reading that form's string. */
  private readonly hotHashes = new Int32Array(HOT);
  /** Each recent form's string, read without going through its analysis first. */
  private readonly hotForms: string[] = new Array<string>(HOT).fill('');
  private young = new Generation();
  private old = new Generation();

  constructor(private readonly m: Morphology) {}

  /** The analysis of the word at text[start, end) whose hash is `hash`. */
  at(text: string, start: number, end: number, hash: number): FormAnalysis {
    const len = end - start;
    const h = hash | 0;
    const slot = h & (HOT - 1);
    if (this.hotHashes[slot] === h && same(this.hotForms[slot]!, text, start, len)) return this.hot[slot]!;
    const a = this.lookUp(text, start, len, h);
    this.hotHashes[slot] = h;
    this.hotForms[slot] = a.form;
    return (this.hot[slot] = a);
  }

  private lookUp(text: string, start: number, len: number, h: number): FormAnalysis {
    const young = this.young.find(text, start, len, h);
    if (young) return young;
    return this.add(h, this.old.find(text, start, len, h) ?? analyse(this.m, text.slice(start, start + len)));
  }

  private add(h: number, a: FormAnalysis): FormAnalysis {
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Generation();
    }
    this.young.add(h, a);
    return a;
  }
}

const caches = new WeakMap<Morphology, FormCache>();
/** The cache of the policy asked for last: a document asks under one policy for every word. */
let recent: { m: Morphology; cache: FormCache } | null = null;

function cacheOf(m: Morphology): FormCache {
  if (recent?.m === m) return recent.cache;
  let cache = caches.get(m);
  if (!cache) caches.set(m, (cache = new FormCache(m)));
  recent = { m, cache };
  return cache;
}

/** Every field set at once: analyses of one shape keep the code that reads them fast. */
function analyse(m: Morphology, form: string): FormAnalysis {
  const readings = read(m, form);
  const forms: string[] = [];
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    if (r.suffix === null && !forms.includes(r.stem)) forms.push(r.stem);
  }
  // A slot for every PerForm made so far, at once: an array grown by its first store at a high slot
  // gets twice the room, and a form's memo is the larger part of what the cache keeps of it.
  return { form, readings, forms, future: future(m, form), memo: new Array<unknown>(slots) };
}

/** The memoised analysis of `form` under `m`. */
export const analysis = (m: Morphology, form: string): FormAnalysis => cacheOf(m).at(form, 0, form.length, hashOf(form));

/** The memoised analysis of the word at text[start, end), whose hash (`hashStep` from `HASH_SEED` over its code units) the caller has worked out. */
export const analysisAt = (m: Morphology, text: string, start: number, end: number, h: number): FormAnalysis => cacheOf(m).at(text, start, end, h);

let slots = 0;

/** One empty list for every form a per-form value finds nothing for: most words are such words, and the cache keeps one entry per form. */
export const NOTHING: readonly never[] = Object.freeze([]);

/** `list`, or the shared empty list when it is empty. */
export const orNothing = <T>(list: readonly T[]): readonly T[] => (list.length ? list : NOTHING);

/**
 * Something a matcher works out from a word form alone (its place-name readings, the lexicon
 * entries it may begin), kept with the form's analysis: worked out once per form, not once per
 * occurrence, and dropped with the form.
 */
export class PerForm<T> {
  private readonly slot = slots++;

  constructor(private readonly compute: (a: FormAnalysis) => T) {}

  /** The value for the form `a` is the analysis of. */
  of(a: FormAnalysis): T {
    let v = a.memo[this.slot] as T | undefined;
    if (v === undefined) a.memo[this.slot] = v = this.compute(a);
    return v;
  }
}

/** Every reading of `form`, the whole word first; prefix-only readings before suffixed ones. */
export const readings = (m: Morphology, form: string): readonly Reading[] => analysis(m, form).readings;

function read(m: Morphology, form: string): Reading[] {
  const out: Reading[] = [];
  // Run once for every new form: indexed loops, and the first letter looked up by its code.
  const prefixes = m.prefixesFrom.get(form.charCodeAt(0)) ?? m.noPrefix;
  for (let p = 0; p < prefixes.length; p++) {
    const prefix = prefixes[p]!;
    if (!form.startsWith(prefix.text)) continue;
    const stem = prefix.text ? form.slice(prefix.text.length) : form;
    // A run of digits is a stem however short (و6 أكتوبر): no word is spelled with one.
    if (prefix.text && stem.length < m.minStem && !allDigits(stem)) continue;
    out.push({ stem, prefix, suffix: null });
  }
  const bare = out.length;
  for (let k = 0; k < bare; k++) {
    const r = out[k]!;
    for (let n = 0; n < m.suffixes.length; n++) {
      const suffix = m.suffixes[n]!;
      if (r.stem.length - suffix.length >= m.minStem && r.stem.endsWith(suffix)) {
        const stem = r.stem.slice(0, -suffix.length);
        out.push({ stem, prefix: r.prefix, suffix });
        // مدينتهم: the feminine ending written before a pronoun is the noun's own (مدينه).
        if (m.feminineBound && stem.endsWith(m.feminineBound) && m.pronounSuffixes.includes(suffix)) {
          out.push({ stem: stem.slice(0, -m.feminineBound.length) + m.feminine, prefix: r.prefix, suffix });
        }
      }
    }
  }
  return out;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** The word without a future prefix (after an optional conjunction), or null: سيخرج → يخرج. */
function future(m: Morphology, form: string): string | null {
  // Run once for every new form: loops over the short lists, and a string only for what is found.
  for (let p = 0; p < m.prefixes.length; p++) {
    const prefix = m.prefixes[p]!;
    if (prefix.preposition || prefix.article || !form.startsWith(prefix.text)) continue;
    const at = prefix.text.length;
    for (let k = 0; k < m.future.length; k++) if (form.startsWith(m.future[k]!, at)) return form.slice(at + m.future[k]!.length);
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

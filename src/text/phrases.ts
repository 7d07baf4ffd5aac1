// The one phrase index: multi-word lexicon entries keyed by their first word, matched longest
// first over the readings of that word (the clitics an entry's policy lets it carry, under the
// morphology rules); later words must follow as written, with only spaces between.
import { NOTHING, PerForm, type Reading } from './readings.js';
import { spaceBefore, type Word } from './words.js';

/** Which front clitics an entry's first word may carry. */
export interface CliticPolicy {
  conj?: boolean;
  prep?: boolean;
  article?: boolean;
}

/** Where words are read from: the text they index and the readings of a form. */
export interface WordSource {
  readonly text: string;
  readings(form: string): readonly Reading[];
}

export interface PhraseReading {
  stem: string;
  /** Characters dropped before the stem (clitics, article). */
  skip: number;
  /** Characters of conjunction and preposition alone: where the phrase's span starts. */
  clitics: number;
  article: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  reading: PhraseReading;
  /** Index of the first word after the phrase. */
  next: number;
}

const allowed = (r: Reading, policy: CliticPolicy): boolean =>
  r.suffix === null && (policy.conj || !r.prefix.conjunction) && (policy.prep || !r.prefix.preposition) && (policy.article || !r.prefix.article);

/** The reading as a phrase sees it: a contracted لل belongs to the clitics, an ال to the phrase. */
function phraseReading(r: Reading): PhraseReading {
  const { prefix } = r;
  const clitics = prefix.contracted ? prefix.text.length : (prefix.conjunction?.length ?? 0) + (prefix.preposition?.length ?? 0);
  return { stem: r.stem, skip: prefix.text.length, clitics, article: prefix.article };
}

/** Whether word `k` continues a phrase from word `k - 1`. */
export type Follows = (ws: readonly Word[], k: number) => boolean;

/** Whether `rest` is written word for word after word `i`, each word where `follows` allows. */
function followedBy(rest: readonly string[], ws: readonly Word[], i: number, follows: Follows): boolean {
  for (let k = 0; k < rest.length; k++) if (ws[i + 1 + k]?.text !== rest[k] || !follows(ws, i + 1 + k)) return false;
  return true;
}

export class PhraseIndex<T> {
  /** Entries by their first word, the longest first. */
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();
  private readonly exact = new Map<string, T>();
  /** The readings of a form that may begin an entry, kept per form: most words begin none. */
  private readonly openers = new PerForm<readonly Reading[]>((a) => {
    // Asked of every new form by every index: a list is made only for the few forms that open an entry.
    let out: Reading[] | null = null;
    for (let k = 0; k < a.readings.length; k++) {
      const r = a.readings[k]!;
      if (allowed(r, this.policy) && this.byFirst.has(r.stem)) (out ??= []).push(r);
    }
    return out ?? NOTHING;
  });

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly policy: CliticPolicy,
  ) {
    // Runs once per start over thousands of gazetteer names, mostly before the code is optimised:
    // no destructuring (unoptimised code runs the iterator protocol for each pair), one map lookup
    // per phrase, no sort of one-entry lists.
    for (const pair of entries) {
      const phrase = pair[0];
      const value = pair[1];
      const words = phrase.split(' ');
      const first = words[0]!;
      if (!first) continue;
      const entry = { rest: words.slice(1), value };
      const list = this.byFirst.get(first);
      if (list) list.push(entry);
      else this.byFirst.set(first, [entry]);
      this.exact.set(phrase, value);
    }
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  /** The longest entry starting at word `i`, with `skip` characters of that word already consumed. */
  match(src: WordSource, ws: readonly Word[], i: number, skip = 0): PhraseMatch<T> | null {
    const w = ws[i];
    if (!w) return null;
    let best: PhraseMatch<T> | null = null;
    const rs = skip ? src.readings(w.text.slice(skip)) : this.openers.of(w.analysis);
    // Indexed loops here and below: this runs at every word, and an iterator costs an object per step wherever V8 does not inline it.
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k]!;
      if (!allowed(r, this.policy)) continue;
      const found = this.longestFrom(r.stem, ws, i, spaceBefore, best ? best.next - i : 0);
      if (!found) continue;
      const reading = phraseReading(r);
      best = { value: found.value, reading: { ...reading, skip: reading.skip + skip, clitics: reading.clitics + skip }, next: found.next };
    }
    return best;
  }

  /**
   * The longest entry of more than `longer` words whose first word is `first` (word `i` as some
   * reading has it) and whose later words follow word `i` as written, each where `follows` allows.
   */
  longestFrom(first: string, ws: readonly Word[], i: number, follows: Follows = spaceBefore, longer = 0): { value: T; next: number } | null {
    const entries = this.byFirst.get(first);
    if (!entries) return null;
    for (let n = 0; n < entries.length; n++) {
      const e = entries[n]!;
      if (e.rest.length + 1 <= longer) return null;
      if (followedBy(e.rest, ws, i, follows)) return { value: e.value, next: i + 1 + e.rest.length };
    }
    return null;
  }

  /** Whether some entry begins with `first`. */
  opens(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** The entry written exactly as `phrase` (words in matching form, one space between). */
  get(phrase: string): T | undefined {
    return this.exact.get(phrase);
  }

  has(src: WordSource, ws: readonly Word[], i: number, skip = 0): boolean {
    return this.match(src, ws, i, skip) !== null;
  }
}

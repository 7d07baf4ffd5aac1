// Words of the normalised text and the phrase lexicons the corridor rules compile to. Arabic glues
// conjunctions, prepositions and the article to the word (وبالمعبر، للممر), so a lexicon entry is
// looked up under every way of peeling those off the first word that its policy allows.
import type { AnalysedDocument } from '../document.js';

export interface Word {
  /** Normalised-text range of the word. */
  start: number;
  end: number;
  text: string;
  /** Index of its sentence in doc.sentences. */
  sentence: number;
}

/** Letter-and-digit runs of a normalised text, each with its sentence. */
export function words(doc: AnalysedDocument): Word[] {
  const out = wordsOf(doc.text);
  let s = 0;
  for (const w of out) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= w.start) s++;
    w.sentence = s;
  }
  return out;
}

/** Letter-and-digit runs of a normalised phrase, all in one sentence. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], sentence: 0 }));
}

/** Which clitics may be peeled off a word before looking it up. */
export interface CliticPolicy {
  conj?: boolean;
  prep?: boolean;
  article?: boolean;
}

export interface Reading {
  stem: string;
  /** Characters dropped before the stem (clitics, article). */
  skip: number;
  /** Characters of conjunction and preposition alone: where the word's span starts. */
  clitics: number;
  article: boolean;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];

/** Every way of reading `word` as clitics + stem under `policy`, the barest reading first. */
export function readings(word: string, policy: CliticPolicy): Reading[] {
  const out: Reading[] = [];
  for (const conj of policy.conj ? CONJ : ['']) {
    for (const prep of policy.prep ? PREP : ['']) {
      for (const article of policy.article ? [false, true] : [false]) {
        // ل + ال is written لل: the article loses its alef.
        const prefix = conj + (article ? (prep === 'ل' ? 'لل' : `${prep}ال`) : prep);
        if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
        const clitics = article && prep === 'ل' ? prefix.length : conj.length + prep.length;
        out.push({ stem: word.slice(prefix.length), skip: prefix.length, clitics, article });
      }
    }
  }
  return out.sort((a, b) => a.skip - b.skip);
}

export interface PhraseMatch<T> {
  value: T;
  reading: Reading;
  /** Index of the first word after the phrase. */
  next: number;
}

/** Multi-word entries keyed by their first word; later words must follow with only spaces between. */
export class PhraseLexicon<T> {
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly policy: CliticPolicy,
  ) {
    for (const [phrase, value] of entries) {
      const [first, ...rest] = phrase.split(' ');
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ rest, value });
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest entry starting at word `i`, with `skip` characters of that word already consumed. */
  match(text: string, ws: readonly Word[], i: number, skip = 0): PhraseMatch<T> | null {
    const w = ws[i];
    if (!w) return null;
    let best: PhraseMatch<T> | null = null;
    for (const r of readings(w.text.slice(skip), this.policy)) {
      for (const e of this.byFirst.get(r.stem) ?? []) {
        if (best && best.next - i >= e.rest.length + 1) break;
        if (!e.rest.every((word, k) => ws[i + 1 + k]?.text === word && spaceBetween(text, ws, i + 1 + k))) continue;
        best = { value: e.value, reading: { ...r, skip: r.skip + skip, clitics: r.clitics + skip }, next: i + 1 + e.rest.length };
        break;
      }
    }
    return best;
  }

  has(text: string, ws: readonly Word[], i: number, skip = 0): boolean {
    return this.match(text, ws, i, skip) !== null;
  }
}

/**
 * Word `i` follows word `i - 1` in the same sentence with nothing but spaces between them, or the
 * quotation marks and brackets a name is set off with (معبر "الطبقة"، ممري (الجرنية) و(المنصورة)).
 */
export function spaceBetween(text: string, ws: readonly Word[], i: number): boolean {
  const a = ws[i - 1];
  const b = ws[i];
  return !!a && !!b && a.sentence === b.sentence && /^[ "«»()]*$/.test(text.slice(a.end, b.start)) && a.end < b.start;
}

/** The text between word `i - 1` and word `i` when both are in one sentence, else null. */
export function gapBefore(text: string, ws: readonly Word[], i: number): string | null {
  const a = ws[i - 1];
  const b = ws[i];
  return a && b && a.sentence === b.sentence ? text.slice(a.end, b.start) : null;
}

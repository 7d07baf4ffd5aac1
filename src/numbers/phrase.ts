// Word tries for the multi-word cues around a figure (hedges, range openers, percent phrases) and
// their matching on the token stream. Depth is the longest phrase, so a match costs O(1) per token.
import { NOTHING } from '../text/readings.js';
import { continues, type Token } from './tokens.js';

export interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value?: T;
}

/** A trie of phrases given as word lists; `merge` combines two values stored for one phrase. */
export function buildTrie<T>(entries: Iterable<readonly [readonly string[], T]>, merge: (a: T, b: T) => T = (_, b) => b): Trie<T> {
  const root: Trie<T> = { next: new Map() };
  for (const [words, value] of entries) {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.value = node.value === undefined ? value : merge(node.value, value);
  }
  return root;
}

export interface PhraseMatch<T> {
  value: T;
  /** Normalised offset where the phrase starts (after any clitic on its first word). */
  nStart: number;
  /** Index of the token after the phrase. */
  end: number;
  /** A proclitic that ends the phrase but is written on the next token (ما يقدر بـ500). */
  glue?: string;
}

/**
 * Every phrase of `trie` starting at token `i`, longest first. The first word may carry the
 * conjunctions and prepositions (وأكثر من, بنحو), not the article; later words are matched as written.
 */
export function matchPhrases<T>(tokens: readonly Token[], i: number, trie: Trie<T>, proclitics: readonly string[]): readonly PhraseMatch<T>[] {
  const first = tokens[i];
  if (!first) return NOTHING;
  // Tried at every token, where most words open no phrase: nothing is made until one does, and
  // indexed loops, as an iterator V8 does not inline costs an object per step.
  let found: PhraseMatch<T>[] | null = null;
  const analyses = first.analyses;
  for (let a = 0; a < analyses.length; a++) {
    const { stem, offset, article } = analyses[a]!;
    if (article) continue;
    const nStart = first.start + offset;
    let node = trie.next.get(stem);
    let j = i + 1;
    while (node) {
      if (node.value !== undefined) (found ??= []).push({ value: node.value, nStart, end: j });
      for (let k = 0; k < proclitics.length; k++) {
        const glued = node.next.get(proclitics[k]!);
        if (glued?.value !== undefined && continues(tokens, j)) (found ??= []).push({ value: glued.value, nStart, end: j, glue: proclitics[k] });
      }
      if (!continues(tokens, j)) break;
      node = node.next.get(tokens[j]!.text);
      j++;
    }
  }
  if (!found) return NOTHING;
  return found.length > 1 ? found.sort((a, b) => b.end - a.end || (a.glue ? 1 : 0) - (b.glue ? 1 : 0)) : found;
}

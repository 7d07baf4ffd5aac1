// Multi-word lexicon entries matched word by word over a token sequence: a trie of folded words,
// so a lookup costs the length of the longest entry, whatever the size of the lexicon.
import { fold } from '../text/normalize.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  /** Number of words matched. */
  length: number;
  value: T;
}

export class PhraseSet<T = true> {
  private readonly root: Node<T> = { next: new Map() };

  /** Adds `phrase` (folded and split on spaces); the first value added for a phrase is kept. */
  add(phrase: string, value: T): void {
    const words = fold(phrase).split(' ').filter(Boolean);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest entry that starts at word `at` of `word(i)` (undefined past the end or at a non-word). */
  match(word: (i: number) => string | undefined, at: number): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = at; ; i++) {
      const w = word(i);
      if (w === undefined) break;
      const child = node.next.get(w);
      if (!child) break;
      node = child;
      if (node.value !== undefined) best = { length: i - at + 1, value: node.value };
    }
    return best;
  }

  /** The words an entry may start with. */
  heads(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** True when `w` alone is an entry. */
  has(w: string): boolean {
    return this.root.next.get(w)?.value !== undefined;
  }
}

/** A set of single folded words. */
export const wordSet = (words: readonly string[]): Set<string> => new Set(words.map(fold));

// Who is who across a document. Every named person (speaker or merely mentioned) is registered
// once with the fullest form of the name; a later surname (وقال يفتوشينكو), a partial name or an
// office alone (وقال رئيس مركز حميميم، وأوضح اللواء الروسي) resolves to that person. Bodies and
// media work the same way by their head word (المرصد → المرصد السوري لحقوق الإنسان).

import type { Morphology } from '../text/morphology.js';

/**
 * Comparison form of a name or title word: folded, without the morphology's article (as the scorer
 * compares). A word of the article and one letter keeps it: it is no article on a name.
 */
export const key = (m: Pick<Morphology, 'article'>, w: string): string =>
  w.startsWith(m.article) && w.length >= m.article.length + 2 ? w.slice(m.article.length) : w;

export interface Person {
  /** Comparison words of the fullest name seen. */
  words: string[];
  /** The fullest name as written in the input. */
  name: string;
  title: string | null;
  /** Comparison words of the title. */
  titleWords: string[];
  rank: string | null;
  /** Comparison form of the rank. */
  rankKey: string | null;
  at: number;
}

export type Mention = Person;

const contains = (hay: readonly string[], needle: readonly string[]): boolean => {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
};

/** A surname, or any word after the first, names the person; a first name alone does not. */
const namedBy = (p: Person, words: readonly string[]): boolean =>
  words.length === 1 ? (p.words.length === 1 ? p.words[0] === words[0] : p.words.slice(1).includes(words[0]!)) : contains(p.words, words);

export class Persons {
  private readonly all: Person[] = [];

  /** The person `words` names at `at`: the last one named before it, else the first after. */
  find(words: readonly string[], at: number): Person | undefined {
    if (words.length === 0 || (words.length === 1 && words[0]!.length < 3)) return undefined;
    let before: Person | undefined;
    let after: Person | undefined;
    for (const p of this.all) {
      if (!namedBy(p, words)) continue;
      if (p.at <= at) before = p;
      else after ??= p;
    }
    return before ?? after;
  }

  /** Registers a mention: a new person, or a known one that may gain a fuller name, a title or a rank. */
  add(m: Mention): Person {
    const same = this.find(m.words, m.at) ?? this.all.find((p) => contains(m.words, p.words));
    if (!same) {
      const p: Person = { ...m };
      this.all.push(p);
      return p;
    }
    if (m.words.length > same.words.length && contains(m.words, same.words)) {
      same.words = m.words;
      same.name = m.name;
    }
    if (!same.title && m.title) {
      same.title = m.title;
      same.titleWords = m.titleWords;
    }
    if (!same.rank && m.rank) {
      same.rank = m.rank;
      same.rankKey = m.rankKey;
    }
    return same;
  }

  /** The person last named at or after `from` and before `to`. */
  lastBetween(from: number, to: number): Person | undefined {
    let hit: Person | undefined;
    for (const p of this.all) if (p.at >= from && p.at < to && (!hit || p.at > hit.at)) hit = p;
    return hit;
  }

  /** Persons whose title reads exactly `titleWords` (الرئيس الروسي → the person so titled). */
  byTitle(titleWords: readonly string[], at: number): Person | undefined {
    const t = titleWords.join(' ');
    let hit: Person | undefined;
    for (const p of this.all) if (p.titleWords.join(' ') === t && (!hit || p.at <= at)) hit = p;
    return hit;
  }
}

export interface TitleAnaphor {
  /** Head word of the office (رئيس), or null for a rank alone. */
  head: string | null;
  /** Any person may be meant (المسؤول الروسي). */
  generic: boolean;
  /** Comparison words after the head. */
  complement: string[];
  /** Comparison form of the rank. */
  rank: string | null;
  nisbas: string[];
}

/**
 * Whether an office or rank without a name can mean `p`: the same office (and the same first
 * word of its complement: رئيس مركز ... = رئيس مركز ...), the same rank, and no nationality
 * adjective that `p`'s title contradicts (وزير الخارجية الروسي is not the Iranian one).
 */
export function compatible(a: TitleAnaphor, p: Person, pHead: string | null, pNisbas: readonly string[]): boolean {
  if (a.rank && p.rankKey !== a.rank) return false;
  if (a.head && !a.generic) {
    if (pHead !== a.head) return false;
    const first = a.complement.find((w) => !a.nisbas.includes(w));
    const pFirst = p.titleWords.slice(1).find((w) => !pNisbas.includes(w));
    if (first && pFirst && first !== pFirst) return false;
  }
  if (!a.head && !a.rank && !a.generic) return false;
  return a.nisbas.every((n) => pNisbas.length === 0 || pNisbas.includes(n));
}

export interface Body {
  head: string;
  name: string;
  at: number;
  outlet: boolean;
}

/** Bodies and media named so far, for a head word alone (المرصد، الوكالة). */
export class Bodies {
  private readonly all: Body[] = [];

  add(b: Body): void {
    this.all.push(b);
  }

  /** The last body before `at` with this head word. */
  find(head: string, at: number): Body | undefined {
    let hit: Body | undefined;
    for (const b of this.all) if (b.head === head && b.at < at) hit = b;
    return hit;
  }
}

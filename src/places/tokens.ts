// Words of a normalised text and the bare forms a word can stand for once its proclitics are
// taken off. Place matching works on these words, so it runs once over the text.

export interface Token {
  /** Normalised-text range of the word. */
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of `text` from offset `from`, at most `max` of them. */
export function tokenize(text: string, from = 0, max = Infinity): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

/** Folded words of a phrase (a name, a cue), as the matcher compares them. */
export const words = (folded: string): string[] => folded.match(WORD) ?? [];

export interface Bare {
  /** The word without its clitics, the article restored where ل swallowed its alef. */
  form: string;
  /** The clitic letters taken off (empty for the word as written). */
  clitic: string;
  /** Code units of the written word before the bare form starts. */
  offset: number;
}

/** Shortest bare form a clitic may leave: keeps ب + two letters from passing for a name. */
const MIN_BARE = 3;

/**
 * The word itself, then every form left by one of `proclitics` (longest first). After a clitic
 * ending in ل, a word that starts with ل may be ل + ال with the alef dropped (للرستن, للاذقية).
 */
export function bareForms(word: string, proclitics: readonly string[], whole: ReadonlySet<string>): Bare[] {
  const out: Bare[] = [{ form: word, clitic: '', offset: 0 }];
  if (whole.has(word)) return out;
  for (const p of proclitics) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (rest.length < MIN_BARE) continue;
    out.push({ form: rest, clitic: p, offset: p.length });
    if (p.endsWith('ل') && rest.startsWith('ل')) {
      out.push({ form: `ا${rest}`, clitic: p, offset: p.length });
      out.push({ form: `ال${rest}`, clitic: p, offset: p.length });
    }
  }
  return out;
}

/** True when only spaces (no punctuation, no line break) stand between two words. */
export const spaceBetween = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text[i] !== ' ') return false;
  return true;
};

/** How `tok` continues a list after a word ending at `prevEnd`: by a conjunction clitic (والمشهد) or after a comma or dash. */
export function listJoin(text: string, prevEnd: number, tok: Token, conjunctions: readonly string[]): 'conjunction' | 'punctuation' | null {
  const between = text.slice(prevEnd, tok.start);
  if (/^ *[,-] *$/.test(between)) return 'punctuation';
  if (spaceBetween(text, prevEnd, tok.start) && conjunctions.some((c) => tok.word.startsWith(c))) return 'conjunction';
  return null;
}

// The token stream a speaker phrase is read from: words and single punctuation marks of the
// normalised text, with the lexicon predicates every parser asks. A clitic ل in front of a word
// (لرويترز، للمرصد) can be read off: `withoutL` gives a view where that word stands bare.
import type { CompiledQuotesRules } from './rules.js';

export interface Token {
  /** Normalised range. */
  start: number;
  end: number;
  /** The normalised text of the token. */
  w: string;
  word: boolean;
  /** Letters the written form lost to a clitic (ل + المرصد → للمرصد): shown before the token. */
  restore?: string;
}

const WORD = /[\p{L}\p{N}]+/uy;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      out.push({ start: i, end: i + m[0].length, w: m[0], word: true });
      i += m[0].length;
    } else {
      out.push({ start: i, end: i + 1, w: c, word: false });
      i++;
    }
  }
  return out;
}

export const OPENERS: Readonly<Record<string, string>> = { '"': '"', '«': '»' };
const ARTICLE = 'ال';
const NISBA = /^[\p{L}]{2,}(ي|يه|يون|يين|يات)$/u;

/** A nationality or relation adjective by its shape (روسي، عسكريه، سوريين). */
export const isNisbaKey = (w: string): boolean => NISBA.test(w);

export class Reader {
  constructor(
    readonly tokens: readonly Token[],
    readonly rules: CompiledQuotesRules,
    private readonly override: { at: number; token: Token } | null = null,
  ) {}

  readonly word = (i: number): string | undefined => {
    const t = this.t(i);
    return t?.word ? t.w : undefined;
  };

  t(i: number): Token | undefined {
    return this.override?.at === i ? this.override.token : this.tokens[i];
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The same stream with the clitic ل of word `i` read off (للمرصد → المرصد), or null. */
  withoutL(i: number): Reader | null {
    const t = this.t(i);
    if (!t?.word || !t.w.startsWith('ل') || t.w.length < 3) return null;
    const contracted = t.w.startsWith('لل');
    const token: Token = contracted
      ? { start: t.start + 1, end: t.end, w: ARTICLE + t.w.slice(2), word: true, restore: 'ا' }
      : { start: t.start + 1, end: t.end, w: t.w.slice(1), word: true };
    return new Reader(this.tokens, this.rules, { at: i, token });
  }

  is(i: number, ch: string): boolean {
    const t = this.t(i);
    return !!t && !t.word && t.w === ch;
  }

  isOpener(i: number): boolean {
    const t = this.t(i);
    return !!t && !t.word && t.w in OPENERS;
  }

  /** A comma, or nothing: what may separate the parts of a speaker phrase. */
  isComma(i: number): boolean {
    return this.is(i, ',');
  }

  definite(i: number): boolean {
    const w = this.word(i);
    return !!w && w.length > 3 && w.startsWith(ARTICLE);
  }

  nisba(i: number): boolean {
    const w = this.word(i);
    return !!w && NISBA.test(w);
  }

  stop(i: number): boolean {
    const w = this.word(i);
    return !!w && (this.rules.stopwords.has(w) || /^\p{N}/u.test(w));
  }

  verb(i: number) {
    const w = this.word(i);
    return w === undefined ? undefined : this.rules.verbs.get(w);
  }

  /** Words of a complementizer at `i` (إن، أنه، بأن; إلى أن after a particle), or 0. */
  complementizer(i: number, particles: ReadonlySet<string> = this.rules.particles): number {
    const w = this.word(i);
    if (w === undefined) return 0;
    if (this.rules.complementizers.has(w)) {
      const before = this.word(i - 1);
      return before !== undefined && this.rules.conjunctionHeads.has(before) ? 0 : 1;
    }
    const next = this.word(i + 1);
    if (next !== undefined && particles.has(w) && this.rules.complementizers.has(next)) return 2;
    return 0;
  }

  rank(i: number): number {
    return this.rules.ranks.match(this.word, i)?.length ?? 0;
  }

  honorific(i: number): number {
    return this.rules.honorifics.match(this.word, i)?.length ?? 0;
  }

  firstName(i: number): number {
    return this.rules.firstNames.match(this.word, i)?.length ?? 0;
  }

  /** Words that lexicons give a role: none of them can be part of a name. */
  reserved(i: number): boolean {
    const w = this.word(i);
    if (w === undefined) return true;
    const r = this.rules;
    return (
      this.stop(i) ||
      r.complementizers.has(w) ||
      r.verbs.has(w) ||
      r.connectives.has(w) ||
      r.sources.match(this.word, i) !== null ||
      r.titles.match(this.word, i) !== null ||
      r.ranks.match(this.word, i) !== null ||
      r.honorifics.match(this.word, i) !== null ||
      r.organizations.match(this.word, i) !== null ||
      r.namedOrganizations.match(this.word, i) !== null ||
      r.anonymous.match(this.word, i) !== null ||
      r.outletHeads.match(this.word, i) !== null ||
      r.outletNames.match(this.word, i) !== null
    );
  }
}


// The token stream a speaker phrase is read from: the document's words and the single punctuation
// marks between them, with the lexicon predicates every parser asks. Clitics and suffixes are read
// under the morphology policy (src/text/readings.ts): the preposition ل in front of a word
// (لرويترز، للمرصد) can be read off, and `withoutL` gives a view where that word stands bare.
import type { AnalysedDocument } from '../document.js';
import type { Prefix } from '../text/morphology.js';
import { articleOnly, PerForm, type FormAnalysis, type Reading, type WordReadings } from '../text/readings.js';
import { eachMark } from '../text/words.js';
import type { CompiledQuotesRules, VerbForm } from './rules.js';

/** A word of the document (a `Word` itself), a mark between words, or a word with a clitic read off. */
export interface Token {
  /** Normalised range. */
  readonly start: number;
  readonly end: number;
  /** The normalised text of the token. */
  readonly text: string;
  readonly word: boolean;
  /** Letters the written form lost to a clitic (ل + المرصد → للمرصد): shown before the token. */
  readonly restore?: string;
  /** The analysis of the word's form, when the token is a word of the document as written. */
  readonly analysis?: FormAnalysis;
}

/** The words of the document with every mark that is not white space between them as a token of its own. */
export function tokensOf({ text, words }: Pick<AnalysedDocument, 'text' | 'words'>): Token[] {
  const out: Token[] = [];
  const mark = (ch: string, at: number) => out.push({ start: at, end: at + 1, text: ch, word: false });
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    eachMark(text, at, w.start, mark);
    // The document's words are tokens as they are: no copy of each.
    out.push(w);
    at = w.end;
  }
  eachMark(text, at, text.length, mark);
  return out;
}

const NUMBER_START = /^\p{N}/u;

/** Whether a word starts with a digit or other number character (the common ASCII case without a pattern). */
function startsWithNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : NUMBER_START.test(w);
}

export const OPENERS: Readonly<Record<string, string>> = { '"': '"', '«': '»' };

const conjoinedForms = new WeakMap<VerbForm, VerbForm>();

/** The verb form written after a conjunction, one object per form. */
function conjoined(v: VerbForm): VerbForm {
  let c = conjoinedForms.get(v);
  if (!c) conjoinedForms.set(v, (c = { ...v, conjoined: true }));
  return c;
}

/** The verb a word form is, as written or after a conjunction (وأضاف، فقال), or null. */
export function verbOf(verbs: ReadonlyMap<string, VerbForm>, w: string, readings: readonly Reading[]): VerbForm | null {
  const v = verbs.get(w);
  if (v) return v;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    if (r.suffix !== null || !r.prefix.conjunction || r.prefix.preposition || r.prefix.article) continue;
    const bare = verbs.get(r.stem);
    if (bare) return conjoined(bare);
  }
  return null;
}

/** A nationality or relation adjective by its shape (روسي، عسكريه، سوريين): a nisba suffix on a bare stem. */
export const isNisbaKey = (m: WordReadings, w: string): boolean =>
  m.readings(w).some((r) => !r.prefix.text && r.suffix !== null && m.morphology.nisbaSuffixes.includes(r.suffix));

/** What the readers ask of a token many times over (each parser tries every position) that is not a small number, by token index. */
interface Asked {
  verb: (VerbForm | null | undefined)[];
  withoutL: (Reader | null | undefined)[];
}

let questions = 0;

/** A yes-or-no question about one token that parsers ask again and again, answered once per reader (Reader.ask). */
export class Question {
  readonly slot = questions++;

  constructor(readonly answer: (r: Reader, i: number) => boolean) {}
}

/** A question about one token answered by a count of words (how long a phrase starting there is), answered once per reader (Reader.measure). */
export class Measure {
  readonly slot = questions++;

  constructor(readonly answer: (r: Reader, i: number) => number) {}
}

/** Answers by token: 0 not asked yet, then NO or YES; a count n is kept as n + 1. */
const NO = 1;
const YES = 2;
/** The largest count a byte keeps (no lexicon phrase comes near it); a larger one is worked out each time. */
const MAX_KEPT = 254;

const RANK = new Measure((r, i) => r.rules.ranks.match(r.word, i)?.length ?? 0);
// An abbreviated honorific is its letter and the full stop after it (د. عثمان بابكر).
const HONORIFIC = new Measure(
  (r, i) => r.rules.honorifics.match(r.word, i)?.length ?? (r.rules.abbreviatedHonorifics.has(r.word(i) ?? '') && r.is(i + 1, '.') ? 2 : 0),
);
const FIRST_NAME = new Measure((r, i) => r.rules.firstNames.match(r.word, i)?.length ?? 0);
const RESERVED = new Question(isReserved);

/** Words that lexicons give a role: none of them can be part of a name. */
function isReserved(reader: Reader, i: number): boolean {
  const w = reader.word(i);
  if (w === undefined) return true;
  if (reader.stop(i) || reader.verb(i) !== undefined) return true;
  const r = reader.rules;
  // Most words start no entry: one set tells them apart before the phrase lookups.
  if (!r.reservedHeads.has(w)) return false;
  return (
    r.complementizers.has(w) ||
    r.connectives.has(w) ||
    r.sources.match(reader.word, i) !== null ||
    r.titles.match(reader.word, i) !== null ||
    r.ranks.match(reader.word, i) !== null ||
    r.honorifics.match(reader.word, i) !== null ||
    r.organizations.match(reader.word, i) !== null ||
    r.namedOrganizations.match(reader.word, i) !== null ||
    r.anonymous.match(reader.word, i) !== null ||
    r.outletHeads.match(reader.word, i) !== null ||
    r.outletNames.match(reader.word, i) !== null
  );
}

const definiteByArticle = (readings: readonly Reading[]): boolean => readings.some(articleOnly);
/** Whether a form is definite by the article alone: asked of most words, by every parser. */
const DEFINITE = new PerForm((a) => definiteByArticle(a.readings));

export class Reader {
  /**
   * Kept answers: a byte per question and token (one buffer for all questions, as each buffer of
   * its own costs an allocation outside the heap), or (with an override) by token index; made on
   * first use, as a reader keeps one or the other.
   */
  private answered: Uint8Array | null = null;
  private near: Map<number, number>[] | null = null;

  private answers: Asked | null = null;

  /** Made on first use: most readers with a word read off (withoutL) are asked nothing. */
  private get asked(): Asked {
    return (this.answers ??= { verb: [], withoutL: [] });
  }

  constructor(
    readonly tokens: readonly Token[],
    readonly rules: CompiledQuotesRules,
    readonly words: WordReadings,
    private readonly override: { at: number; token: Token } | null = null,
  ) {}

  /** The answer to `q` for token `i` (in the stream), worked out on first asking. */
  ask(q: Question, i: number): boolean {
    const a = this.answerOf(q.slot, i);
    if (a !== 0) return a === YES;
    const yes = q.answer(this, i);
    this.keep(q.slot, i, yes ? YES : NO);
    return yes;
  }

  /** The count `q` gives token `i` (in the stream), worked out on first asking. */
  measure(q: Measure, i: number): number {
    const a = this.answerOf(q.slot, i);
    if (a !== 0) return a - 1;
    const n = q.answer(this, i);
    if (n <= MAX_KEPT) this.keep(q.slot, i, n + 1);
    return n;
  }

  /**
   * The answer kept for token `i` (0 for none). The document's reader keeps a byte per token; a
   * reader with a word read off (withoutL) is asked of a few tokens near that word, and there is
   * one such reader for every word read so: a byte per token each would be quadratic in the text.
   */
  private answerOf(slot: number, i: number): number {
    if (this.override) return this.near?.[slot]?.get(i) ?? 0;
    return this.answered === null || i < 0 || i >= this.tokens.length ? 0 : this.answered[slot * this.tokens.length + i]!;
  }

  private keep(slot: number, i: number, answer: number): void {
    if (this.override) ((this.near ??= [])[slot] ??= new Map()).set(i, answer);
    else if (i >= 0 && i < this.tokens.length) (this.answered ??= new Uint8Array(questions * this.tokens.length))[slot * this.tokens.length + i] = answer;
  }

  /** The readings of word `i` (none for a mark). */
  readingsOf(i: number): readonly Reading[] {
    const t = this.t(i);
    return !t?.word ? [] : (t.analysis?.readings ?? this.words.readings(t.text));
  }

  readonly word = (i: number): string | undefined => {
    const t = this.t(i);
    return t?.word ? t.text : undefined;
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
    const l = this.words.morphology.contracting;
    if (!t?.word || !l || !t.text.startsWith(l)) return null;
    let bare = this.asked.withoutL[i];
    if (bare === undefined) this.asked.withoutL[i] = bare = this.readOffL(i, t, l);
    return bare;
  }

  private readOffL(i: number, t: Token, l: string): Reader | null {
    const m = this.words.morphology;
    const rs = this.readingsOf(i).filter((r) => r.suffix === null && !r.prefix.conjunction && r.prefix.preposition === l);
    // The contraction is the article with its alif dropped: the token shows it whole, the span
    // starts after the preposition.
    const contracted = rs.find((r) => r.prefix.text === m.contraction);
    const plain = rs.find((r) => !r.prefix.article);
    const token: Token | null = contracted
      ? { start: t.start + l.length, end: t.end, text: m.article + contracted.stem, word: true, restore: m.article.slice(0, m.article.length + l.length - m.contraction.length) }
      : plain
        ? { start: t.start + l.length, end: t.end, text: plain.stem, word: true }
        : null;
    return token && new Reader(this.tokens, this.rules, this.words, { at: i, token });
  }

  /** The preposition of `p` makes its word an adjunct (rules/quotes/words.yaml roles.adjunct). */
  adjunctClitic(p: Prefix): boolean {
    return p.preposition !== null && this.rules.roles.adjunct.has(p.preposition);
  }

  /** Word `i` is an adjunct by the preposition it begins with (بأن، بالقول), or is that preposition written apart (بـ"الحرجة"). */
  adjunct(i: number): boolean {
    const w = this.word(i);
    return w !== undefined && (this.rules.roles.adjunct.has(w) || this.readingsOf(i).some((r) => !r.prefix.conjunction && this.adjunctClitic(r.prefix)));
  }

  /** Word `i` carries the article, maybe after clitics (والمرصد، للمرصد). */
  carriesArticle(i: number): boolean {
    return this.readingsOf(i).some((r) => r.prefix.article);
  }

  /** Word `i` is the article contracted with a preposition (للمرصد). */
  contracted(i: number): boolean {
    return this.readingsOf(i).some((r) => r.prefix.text === this.words.morphology.contraction);
  }

  is(i: number, ch: string): boolean {
    const t = this.t(i);
    return !!t && !t.word && t.text === ch;
  }

  isOpener(i: number): boolean {
    const t = this.t(i);
    return !!t && !t.word && t.text in OPENERS;
  }

  /** A comma, or nothing: what may separate the parts of a speaker phrase. */
  isComma(i: number): boolean {
    return this.is(i, ',');
  }

  /** Word `i` is definite by the article alone (المرصد, not والمرصد). */
  definite(i: number): boolean {
    const t = this.t(i);
    if (!t?.word) return false;
    return t.analysis ? DEFINITE.of(t.analysis) : definiteByArticle(this.words.readings(t.text));
  }

  nisba(i: number): boolean {
    const w = this.word(i);
    return w !== undefined && isNisbaKey(this.words, w);
  }

  /** Word `i` is a nisba with the article alone (الإيطالي، السودانية). */
  definiteNisba(i: number): boolean {
    const nisba = this.words.morphology.nisbaSuffixes;
    return this.readingsOf(i).some((r) => articleOnly(r) && r.suffix !== null && nisba.includes(r.suffix));
  }

  stop(i: number): boolean {
    const w = this.word(i);
    return !!w && (this.rules.stopwords.has(w) || startsWithNumber(w));
  }

  /** Word `i` is a number (3400). */
  numeric(i: number): boolean {
    const w = this.word(i);
    return !!w && startsWithNumber(w);
  }

  /** The word goes on a place's name begun before it (يونس in خان يونس): no name starts there. */
  inPlace(_i: number): boolean {
    return false;
  }

  /** The word begins a place's name (أبو in مخيم أبو خشب). */
  placeStart(_i: number): boolean {
    return false;
  }

  /** The verb at `i`, as written or after a conjunction (وأضاف، فقال). */
  verb(i: number): VerbForm | undefined {
    let v = this.asked.verb[i];
    if (v === undefined) this.asked.verb[i] = v = this.verbAt(i) ?? null;
    return v ?? undefined;
  }

  private verbAt(i: number): VerbForm | undefined {
    const t = this.t(i);
    if (!t?.word) return undefined;
    return (t.analysis ? this.rules.verbOf.of(t.analysis) : verbOf(this.rules.verbs, t.text, this.readingsOf(i))) ?? undefined;
  }

  /** Word `i` is an attribution verb or the first word of a source phrase: where a statement may open. */
  mayOpen(i: number): boolean {
    const t = this.t(i);
    if (!t?.word) return false;
    return t.analysis ? this.rules.opens.of(t.analysis) : this.verb(i) !== undefined || this.rules.sourceHeads.has(t.text);
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
    return this.measure(RANK, i);
  }

  honorific(i: number): number {
    return this.measure(HONORIFIC, i);
  }

  firstName(i: number): number {
    return this.measure(FIRST_NAME, i);
  }

  /** A first name written with the article (الطاهر، الهادي، المهدي). */
  articleName(i: number): boolean {
    return this.rules.articleFirstNames.has(this.word(i) ?? '');
  }

  /** Words that lexicons give a role: none of them can be part of a name. */
  reserved(i: number): boolean {
    return this.ask(RESERVED, i);
  }
}

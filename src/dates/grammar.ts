// The date grammar over the tokens of one line. Each construction is a small parser that reads
// from a token index and returns how far it got and what it means (an Anchor); `at` returns the
// longest reading at a position. Every parser looks ahead a bounded number of tokens, so a scan
// over the line is linear. Words come from the compiled lexicon; no Arabic lives here.
import { isRelative, type Anchor, type Calendar, type Dir, type YearSpec } from './calendar.js';
import type { CompiledDates, Lex } from './rules.js';
import type { Morphology, Prefix } from '../text/morphology.js';
import { analysis, articleOnly, NOTHING, orNothing, PerForm, type FormAnalysis, type WordReadings } from '../text/readings.js';
import { kindOf, type Token } from './tokens.js';

export type Role = 'point' | 'since' | 'period';

/** A reading of tokens [start, end); `skip` proclitic characters of the first token are not part of it. */
export interface Parse {
  start: number;
  end: number;
  skip: number;
  anchor: Anchor;
  role: Role;
  /** Part of a name (مدينة 6 أكتوبر، سوق الجمعة): no date, and none starts inside it. */
  named: boolean;
}

interface Piece {
  end: number;
  skip: number;
  anchor: Anchor;
}

interface Found<K extends keyof Lex> {
  value: NonNullable<Lex[K]>;
  lex: Lex;
  end: number;
  skip: number;
}

interface MonthName {
  cal: Calendar;
  m: number;
  end: number;
  skip: number;
  guarded: boolean;
}

interface YearTail {
  end: number;
  year: YearSpec | null;
  dir: Dir | null;
}

const DAY = /^\d{1,2}$/;
const LATIN = /^[a-z]+$/;
const YEAR = /^\d{4}$/;
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/;
/** Years a bare number without a calendar marker may stand for (في 2016); outside it, more likely a count. */
const BARE_YEARS = [1900, 2100] as const;
/** Quotation marks that open and close a name («الرافدين اليوم»، "أخبار اليوم"). */
const OPENING_QUOTE = /^["«“]$/;
const CLOSING_QUOTE = /^["»”]$/;
/** Words a quoted name may hold beside the day word in it. */
const QUOTED_NAME_WORDS = 3;
const DASH = /^[-–—]$/;
/** A numeric date in this year range without a calendar marker is Hijri (1438/9/1). */
const HIJRI_YEARS = [1300, 1500] as const;

const longest = <T extends { end: number }>(...xs: (T | null)[]): T | null =>
  xs.reduce<T | null>((best, x) => (x && (!best || x.end > best.end) ? x : best), null);

const shiftOf = (dir: Dir): number => (dir === 'past' ? -1 : dir === 'next' ? 1 : 0);
/**
 * The days a period ending at publication covers: its count of days, of hours in days, or (الأيام
 * الماضية، الساعات الماضية, uncounted) at least the day before.
 */
const span = (unit: 'hours' | 'days', n: number | undefined): Anchor => ({ t: 'span', days: Math.max(1, n === undefined ? 1 : unit === 'hours' ? Math.ceil(n / 24) : n) });

interface Phrase {
  lex: Lex;
  end: number;
  skip: number;
}

/** How many tokens before a day a future cue may stand. */
const FORWARD_REACH = 5;
/** ... and how many before "until" and its day (توقعت الأرصاد استمرار موجة الحر إلى غاية الأربعاء). */
const UNTIL_REACH = 12;
/** ... and how many before it in its clause, with no punctuation between (من المقرر نقل 200 عائلة أخرى يوم الخميس). */
const CLAUSE_REACH = 10;
/** ... and after على أن and its verb, whose subject and complements come first (على أن يصل الثلاثي الدولي العائد من معسكر المنتخب إلى الفندق مساء الخميس). */
const AGREED_REACH = 16;
/** How far after a day looked forward to a bare weekday is read as coming too (tokens). */
const SEQUENCE_REACH = 12;
/** Letters of a future verb without its prefix (يغادر) that read as one two words before a day. */
const LONG_FUTURE = 5;
/** The first letters of an imperfect verb in the third person or the first plural (يـ، تـ، نـ). */
const IMPERFECT = new Set([...'يتن'].map((c) => c.charCodeAt(0)));

interface Head {
  text: string;
  skip: number;
}

/** The prefixes that end in the article, by their text, and the length of the longest. */
interface ArticlePrefixes {
  byText: ReadonlyMap<string, Prefix>;
  longest: number;
}

/**
 * The lexicon roles a date may begin with: the first thing each construction reads at its start
 * (`at`: period, since and ago, and every parser of `point`). A phrase with none of them, such as
 * a preposition before a year (في 2016), begins no date of its own.
 */
const OPENING_ROLES = [
  'periodCue',
  'periodUnit',
  'numberWord',
  'since',
  'ago',
  'dayPrefix',
  'relativeDay',
  'weekday',
  'ordinal',
  'firstDay',
  'month',
  'monthCue',
  'yearCue',
  'demonstrative',
  'relativeUnit',
  'part',
] as const satisfies readonly (keyof Lex)[];

function opensConstruction(lex: Lex): boolean {
  for (let k = 0; k < OPENING_ROLES.length; k++) if (lex[OPENING_ROLES[k]!] !== undefined) return true;
  return false;
}

/** What the grammar knows of word forms under one rule set and morphology policy, built once for the pair. */
interface DateWords {
  /** The forms of a word (as written, or without a proclitic) that begin a lexicon phrase. */
  heads: PerForm<readonly Head[]>;
  /**
   * Whether a date may begin at a word of this form (a whole word, without digits): it begins a
   * phrase with an opening role, or is the article written before digits (الـ24). Nine words of
   * news in ten are neither, and are passed over without their phrases being looked up.
   */
  opens: PerForm<boolean>;
  articles: ArticlePrefixes;
}

const dateWordsByRules = new WeakMap<CompiledDates, WeakMap<Morphology, DateWords>>();

function dateWords(rules: CompiledDates, m: Morphology): DateWords {
  let byPolicy = dateWordsByRules.get(rules);
  if (!byPolicy) dateWordsByRules.set(rules, (byPolicy = new WeakMap()));
  let words = byPolicy.get(m);
  if (!words) byPolicy.set(m, (words = newDateWords(rules, m)));
  return words;
}

function newDateWords(rules: CompiledDates, m: Morphology): DateWords {
  const heads = new PerForm<readonly Head[]>((a) => {
    const out: Head[] = [];
    // The article stays on the word: the lexicon lists the forms that take it (الأيام، الماضي).
    for (const r of a.readings) {
      if (r.suffix === null && !r.prefix.article && rules.firstWords.has(r.stem)) out.push({ text: r.stem, skip: r.prefix.text.length });
    }
    // The word as written first, then the reading that takes most off.
    return orNothing(out.sort((x, y) => (x.skip === 0 ? -1 : y.skip === 0 ? 1 : y.skip - x.skip)));
  });
  const byText = new Map<string, Prefix>();
  for (const p of m.prefixes) if (p.article && p.text.endsWith(m.article) && !byText.has(p.text)) byText.set(p.text, p);
  const articles = { byText, longest: Math.max(0, ...[...byText.keys()].map((t) => t.length)) };
  const opening = new Set([...rules.lexicon].filter(([, lex]) => opensConstruction(lex)).map(([phrase]) => phrase.split(' ')[0]!));
  const opens = new PerForm((a) => readsAs(a, opening) || articlePrefix(articles, a.form) !== undefined);
  return { heads, opens, articles };
}

/** Whether a reading of `a` (as `heads` reads it) is one of `words`. */
function readsAs(a: FormAnalysis, words: ReadonlySet<string>): boolean {
  for (const r of a.readings) if (r.suffix === null && !r.prefix.article && words.has(r.stem)) return true;
  return false;
}

/** The prefix `word` is when written alone and ending in the article (ال، وال، بال), or undefined. */
function articlePrefix(prefixes: ArticlePrefixes, word: string): Prefix | undefined {
  // Asked of most words of a text, which are longer than any such prefix.
  return word.length > prefixes.longest ? undefined : prefixes.byText.get(word);
}

export class DateGrammar {
  private readonly phrases: (readonly Phrase[] | undefined)[];
  private readonly lexicon: DateWords;
  /** Where the last date looked forward to ended (الجمعة المقبل), for a bare weekday soon after it. */
  private forwardEnd = -Infinity;

  constructor(
    private readonly toks: readonly Token[],
    private readonly rules: CompiledDates,
    private readonly words: WordReadings,
  ) {
    this.phrases = new Array<readonly Phrase[] | undefined>(toks.length);
    this.lexicon = dateWords(rules, words.morphology);
  }

  /** The longest reading starting at token i, or null. */
  at(i: number): Parse | null {
    if (!this.mayStart(i)) return null;
    const best = longest<Piece & { role: Role }>(
      this.withRole(this.period(i), 'period'),
      this.withRole(this.since(i), 'since'),
      this.withRole(this.ago(i), 'point'),
      this.withRole(this.point(i, true, false), 'point'),
    );
    if (!best || this.inOutlet(i, best.end)) return null;
    const a = best.anchor;
    if ((a.t === 'weekday' || a.t === 'day') && (a.dir === 'next' || a.dir === 'coming')) this.forwardEnd = best.end;
    // A date right after a name head names a city, a street or an event, unless it states its year
    // (ثورة 17 ديسمبر 2010 is that day).
    // ... and a weekday alone after أيام is every such day.
    const habitual = this.after(i, 'habitualHead') && best.role === 'point' && a.t === 'weekday';
    return { start: i, ...best, named: (this.after(i, 'nameHead') && isRelative(best.anchor)) || habitual };
  }

  /**
   * Whether an outlet's name (اليوم السابع، روسيا اليوم) covers a token of [from, to): the date
   * words inside it are not dates. Asked only of a reading found, so only the few tokens before
   * it that a phrase reaching it may start at are looked up.
   */
  private inOutlet(from: number, to: number): boolean {
    for (let k = Math.max(0, from - this.rules.longestPhrase + 1); k < to; k++) {
      const o = this.find(k, 'outlet', true);
      if (o && o.end > from) return true;
    }
    return false;
  }

  /**
   * Every construction begins with a number, a lexicon phrase with an opening role, or the article
   * written before digits (الـ24): at a mark or any other word none can start, and most words are
   * such words. A whole word is told by its form (`DateWords.opens`) before its phrases are looked up.
   */
  private mayStart(i: number): boolean {
    const t = this.toks[i];
    const kind = kindOf(t);
    if (kind !== 'word') return kind === 'num';
    if (t!.analysis && !this.lexicon.opens.of(t.analysis)) return false;
    return this.opensAt(i) || articlePrefix(this.lexicon.articles, t!.text) !== undefined;
  }

  /** Whether a phrase at token i has an opening role. */
  private opensAt(i: number): boolean {
    const phrases = this.phrasesAt(i);
    for (let n = 0; n < phrases.length; n++) if (opensConstruction(phrases[n]!.lex)) return true;
    return false;
  }

  private withRole(p: Piece | null, role: Role) {
    return p && { ...p, role };
  }

  // ---- lexicon access ----

  /** Longest phrase at token i carrying `key`; with `clitic`, its first word may carry a proclitic. */
  private find<K extends keyof Lex>(i: number, key: K, clitic = false): Found<K> | null {
    const phrases = this.phrasesAt(i);
    // Indexed: asked at every token, where a for-of iterator V8 does not inline costs an object.
    for (let n = 0; n < phrases.length; n++) {
      const p = phrases[n]!;
      const value = p.lex[key];
      if (value === undefined || (p.skip && !clitic)) continue;
      // An ambiguous name never takes a proclitic: والأحد, وآب are too often other words.
      if (p.skip && ((key === 'month' && p.lex.guardedMonth) || (key === 'weekday' && p.lex.guardedWeekday && !this.pairedAt(i, p.skip)))) continue;
      return { value: value as NonNullable<Lex[K]>, lex: p.lex, end: p.end, skip: p.skip };
    }
    return null;
  }

  /**
   * Every lexicon phrase starting at token i, with or without a proclitic on its first word,
   * longest first. Memoised: the constructions ask about the same tokens many times.
   */
  private phrasesAt(i: number): readonly Phrase[] {
    const cached = this.phrases[i];
    if (cached) return cached;
    const heads = this.heads(i);
    if (heads.length === 0) return (this.phrases[i] = NOTHING);
    const found: Phrase[] = [];
    const { lexicon, openings } = this.rules;
    for (let h = 0; h < heads.length; h++) {
      // Word by word, only as far as some phrase goes on.
      let key = heads[h]!.text;
      for (let end = i + 1; ; end++) {
        const lex = lexicon.get(key);
        if (lex) found.push({ lex, end, skip: heads[h]!.skip });
        const next = this.toks[end];
        if (kindOf(next) !== 'word' || !openings.has(key)) break;
        key += ` ${next!.text}`;
      }
    }
    // Longest first; for one length, in the order of the heads (stable sort).
    return (this.phrases[i] = found.length > 1 ? found.sort((a, b) => b.end - a.end) : found);
  }

  /** The word at token i as written and without each proclitic it may carry, when a phrase starts so. */
  private heads(i: number): readonly Head[] {
    const t = this.toks[i];
    if (kindOf(t) !== 'word') return NOTHING;
    return this.lexicon.heads.of(t!.analysis ?? analysis(this.words.morphology, t!.text));
  }

  /**
   * Whether token i, read without `skip` proclitic letters, is the second day of a pair (السبت
   * والأحد، يوم الأحد والاثنين): the proclitic is "and" alone and a day ends right before it, one
   * no other word reads (السبت) or one after a day prefix. There والأحد is a day, not "and the one";
   * in "الاثنين والأحد الآخر" neither is.
   */
  private pairedAt(i: number, skip: number): boolean {
    const first = this.joined(i, skip) ? this.find(i - 1, 'weekday', true) : null;
    return first?.end === i && (!first.lex.guardedWeekday || this.after(i - 1, 'dayPrefix'));
  }

  /** Whether token i carries "and" alone as its `skip` proclitic letters. */
  private joined(i: number, skip: number): boolean {
    const and = this.words.morphology.and;
    return i > 0 && skip === and.length && this.toks[i]!.text.startsWith(and);
  }

  /** Token `k`, or the one after a date linker or a comma there: where a weekday's date starts. */
  private pastLinker(k: number): number {
    const link = this.find(k, 'dateLinker');
    return link ? link.end : this.punct(k, ',') ? k + 1 : k;
  }

  /** A date written with its day starts at token `k`, maybe after a linker or a comma. */
  private datedAt(k: number): boolean {
    const at = this.pastLinker(k);
    return !!longest(this.dayMonth(at, false), this.numeric(at), this.rangeStart(at, false));
  }

  /** The day paired with a weekday ending at `k` (الخميس والجمعة), if one follows. */
  private pairFrom(k: number): Found<'weekday'> | null {
    const w = this.find(k, 'weekday', true);
    return w && this.joined(k, w.skip) ? w : null;
  }

  /** Whether the word just before token i (proclitics allowed) carries `key`. */
  private after(i: number, key: keyof Lex): boolean {
    return i > 0 && this.find(i - 1, key, true)?.end === i;
  }

  /** A day looked forward to ended a few tokens before `i`, with no full stop between. */
  private afterForward(i: number): boolean {
    if (i - this.forwardEnd > SEQUENCE_REACH) return false;
    for (let k = this.forwardEnd; k < i; k++) if (this.punct(k, '.')) return false;
    return true;
  }

  /**
   * A future cue before `i` in its clause, however far (من المقرر نقل 200 عائلة أخرى يوم الخميس):
   * a plan governs the clause it opens, up to CLAUSE_REACH tokens, not across punctuation.
   */
  private plannedInClause(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - CLAUSE_REACH); k--) {
      // ... nor past a since-word, which looks back (بحلول الساعة 0553 … أقل مستوى منذ 30 نوفمبر).
      if (this.punct(k) || this.find(k, 'since', true)) return false;
      if (this.find(k, 'futureCue', true)) return true;
    }
    return false;
  }

  /** "على أن يصل … مساء الخميس": an imperfect verb right after an agreed-cue before `i`, in its clause. */
  private agreedInClause(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - AGREED_REACH); k--) {
      if (this.punct(k) || this.find(k, 'since', true)) return false;
      const cue = this.find(k, 'agreedCue', true);
      const verb = cue && cue.end < i ? this.toks[cue.end]!.text : '';
      if (verb.length >= 3 && IMPERFECT.has(verb.charCodeAt(0))) return true;
    }
    return false;
  }

  /**
   * A schedule's verb in the present among the few words before `i`; not a subjunctive, right after
   * أن or behind ل (قبل أن تستأنف، لتُستأنف الاثنين), which tells on a past.
   */
  private scheduledBefore(i: number): boolean {
    for (let k = Math.max(0, i - FORWARD_REACH); k < i; k++) {
      if (this.find(k, 'scheduleVerb', true) && this.toks[k - 1]?.text !== 'ان' && !this.toks[k]!.text.startsWith('ل')) return true;
    }
    return false;
  }

  /** A word carrying `key` (a future cue, a future verb, until) among the few words before `i`. */
  private lookingForward(i: number, key: 'futureCue' | 'futureVerb' | 'untilCue' | 'extensionCue' | 'pastCue', reach = FORWARD_REACH): boolean {
    for (let k = Math.max(0, i - reach); k < i; k++) if (this.find(k, key, true)) return true;
    return false;
  }

  /**
   * A verb with the future prefix right before `i`, or before a part of the day before it (سيحسم يوم
   * الجمعة، ستنطلق صباح الجمعة، سيتوجهون الخميس): the word without the prefix is an imperfect verb of
   * three letters or more. Only there: further back, words that merely begin with س (سياسي، ستيور)
   * would read as such verbs.
   */
  private futureVerbBefore(i: number): boolean {
    let k = i - 1;
    if (k >= 0 && this.find(k, 'dayPrefix', true)?.end === i) k--;
    const verb = (j: number, min: number) => {
      const f = j >= 0 ? this.toks[j]?.analysis?.future : null;
      return !!f && f.length >= min && IMPERFECT.has(f.charCodeAt(0));
    };
    if (verb(k, 3)) return true;
    // ... or before the definite noun it governs (ستستأنف الدراسة يوم الأربعاء، سيغادر المسلحون
    // الخميس), a verb too long to be a word that merely begins with س.
    const definite = !!this.toks[k]?.analysis?.readings.some(articleOnly);
    return definite && verb(k - 1, LONG_FUTURE);
  }

  /** How a day without a year is looked at: forward from a future verb (the next one), toward a near deadline, or back from a past told (كان … قد). */
  private forward(i: number): Dir | null {
    if (this.lookingForward(i, 'futureVerb')) return 'next';
    if (this.lookingForward(i, 'futureCue') || this.plannedInClause(i) || this.lookingForward(i, 'untilCue')) return 'coming';
    return this.lookingForward(i, 'pastCue') ? 'earlier' : null;
  }

  private punct(i: number, ...chars: string[]): boolean {
    const t = this.toks[i];
    return kindOf(t) === 'punct' && (chars.length === 0 || chars.includes(t!.text));
  }

  private num(i: number, pattern: RegExp): number | null {
    const t = this.toks[i];
    return kindOf(t) === 'num' && pattern.test(t!.text) ? Number(t!.text) : null;
  }

  /** A count: 24, الـ24 (also with a proclitic: والـ24), ثلاثة, الثلاثة. */
  private count(i: number, clitic = false): { n: number; end: number; skip: number } | null {
    const direct = this.num(i, /^\d{1,4}$/);
    if (direct !== null) return { n: direct, end: i + 1, skip: 0 };
    const word = this.toks[i]?.text;
    const m = this.words.morphology;
    // The article written out before digits, maybe after a proclitic (والـ24): its clitics are skipped.
    const prefix = word === undefined ? undefined : articlePrefix(this.lexicon.articles, word);
    const article = prefix && (clitic || !prefix.conjunction && !prefix.preposition) ? prefix.text.length - m.article.length : undefined;
    const n = article === undefined ? null : this.num(i + 1, /^\d{1,4}$/);
    if (n !== null) return { n, end: i + 2, skip: article! };
    const w = this.find(i, 'numberWord', clitic);
    return w && { n: w.value, end: w.end, skip: w.skip };
  }

  // ---- constructions ----

  /** خلال الساعات الـ24 الماضية، الأيام الماضية، خلال اليوم الماضي: a span ending at publication. */
  private period(i: number): Piece | null {
    const cue = this.find(i, 'periodCue', true);
    const j = cue ? cue.end : i;
    const unit = this.find(j, 'periodUnit', !cue);
    if (unit) {
      if (unit.value === 'day') return this.pastPeriod(this.pastAt(unit.end), cue ? cue.skip : unit.skip, { t: 'shift', unit: 'day', n: -1 });
      const c = this.count(unit.end);
      return this.pastPeriod(this.pastAt(c ? c.end : unit.end), cue ? cue.skip : unit.skip, span(unit.value, c?.n));
    }
    const c = this.count(j, !cue);
    const counted = c && this.find(c.end, 'periodUnit');
    return counted && counted.value !== 'day' ? this.pastPeriod(this.pastAt(counted.end), cue ? cue.skip : c!.skip, span(counted.value, c!.n)) : null;
  }

  /** Where "past" (الماضية، maybe after a qualifier) that closes a period at `k` ends, or null. */
  private pastAt(k: number): number | null {
    const mod = this.find(this.find(k, 'periodQualifier')?.end ?? k, 'modifier');
    return mod?.value === 'past' ? mod.end : null;
  }

  /** A period ending at publication, when its "past" closed it at `end`. */
  private pastPeriod(end: number | null, skip: number, anchor: Anchor): Piece | null {
    return end === null ? null : { end, skip, anchor };
  }

  /** منذ 3 مايو، منذ الجمعة، اعتبارا من مطلع الشهر: the start of a running total. */
  private since(i: number): Piece | null {
    const cue = this.find(i, 'since', true);
    const p = cue && this.point(cue.end, false, true);
    return p && { end: p.end, skip: cue!.skip, anchor: p.anchor };
  }

  /** منذ يومين، قبل ثلاثة أيام، قبل أسبوع: counted back from publication. */
  private ago(i: number): Piece | null {
    const cue = this.find(i, 'ago', true);
    if (!cue) return null;
    const c = this.count(cue.end);
    const at = c ? c.end : cue.end;
    const unit = this.find(at, 'countUnit');
    if (!unit) return null;
    const { form } = unit.value;
    const n = c ? c.n : form === 'singular' ? 1 : form === 'dual' ? 2 : null;
    if (!n) return null;
    // "قبل يومين من الاتفاق" counts from another event; "قبل عام 2011", "منذ شهر رمضان" are dates.
    if (this.find(unit.end, 'agoBlocker') || kindOf(this.toks[unit.end]) === 'num' || (!c && this.point(at, false, true))) return null;
    return { end: unit.end, skip: cue.skip, anchor: { t: 'shift', unit: unit.value.unit, n: -n } };
  }

  /** A day, month or year. `cued`: after a since cue or a day prefix, where a guarded weekday is safe. */
  private point(i: number, clitic: boolean, cued: boolean): Piece | null {
    return longest(
      this.prefixed(i, clitic),
      this.relativeDay(i, clitic),
      this.weekday(i, clitic, cued),
      this.dayMonth(i, clitic),
      this.monthDayYear(i),
      this.rangeStart(i, clitic),
      this.numeric(i),
      this.month(i, clitic),
      this.year(i, clitic, false),
      this.relativeUnit(i, clitic),
      this.part(i, clitic),
    );
  }

  /** يوم الأحد، صباح اليوم، مساء يوم أمس، يوم 3 أيار. */
  private prefixed(i: number, clitic: boolean): Piece | null {
    let j = i;
    let skip = 0;
    for (let n = 0; n < 3; n++) {
      const p = this.find(j, 'dayPrefix', n === 0 && clitic);
      if (!p) break;
      if (n === 0) skip = p.skip;
      j = p.end;
    }
    if (j === i) return null;
    const core = longest(this.relativeDay(j, false), this.weekday(j, false, true), this.dayMonth(j, false), this.numeric(j));
    return core && { end: core.end, skip, anchor: core.anchor };
  }

  /**
   * "قال لـ«الرافدين اليوم»", "أوضح لـ«اليوم المصري»": a day word in a short name in quotation marks
   * opened after ل or an outlet's word (صحيفة «…»), the name closing right after it or a few words
   * on; not the last word of a quotation (قال: «نبدأ اليوم») nor the first of one (قال: «اليوم نبدأ»).
   */
  private inQuotedName(i: number, end: number): boolean {
    // An outlet's name: after لـ, an outlet word, or the dash of a dateline (طويلة – «دارفور اليوم»).
    const named = (open: number) =>
      open > 0 && (this.toks[open - 1]!.text === this.words.morphology.contracting || this.after(open, 'outletCue') || (kindOf(this.toks[open - 1]) === 'punct' && DASH.test(this.toks[open - 1]!.text)));
    const close = this.toks[end];
    if (kindOf(close) === 'punct' && CLOSING_QUOTE.test(close!.text)) {
      for (let k = i - 1; k >= Math.max(0, i - 1 - QUOTED_NAME_WORDS); k--) {
        const t = this.toks[k];
        if (kindOf(t) !== 'punct') continue;
        return k !== i - 1 && OPENING_QUOTE.test(t!.text) && named(k);
      }
      return false;
    }
    const open = this.toks[i - 1];
    if (kindOf(open) !== 'punct' || !OPENING_QUOTE.test(open!.text) || !named(i - 1)) return false;
    for (let k = end; k < Math.min(this.toks.length, end + QUOTED_NAME_WORDS); k++) {
      const t = this.toks[k];
      if (kindOf(t) === 'punct') return CLOSING_QUOTE.test(t!.text);
    }
    return false;
  }

  /**
   * اليوم، أمس، غدًا، with the weekday that may follow (اليوم الجمعة، غدا الاثنين). The weekday
   * is trusted over the relative word (written the day before publication, أمس الخميس on a
   * Saturday is still Thursday): the one nearest to the day the word counts.
   */
  private relativeDay(i: number, clitic: boolean): Piece | null {
    const r = this.find(i, 'relativeDay', clitic);
    // "اليوم الثاني من العملية" counts days of an operation, "اليوم التالي" follows another
    // event; "صحيفة اليوم" is a name.
    if (!r || this.find(r.end, 'ordinal') || this.find(r.end, 'notRelativeBefore') || this.after(i, 'outletCue') || this.inQuotedName(i, r.end)) return null;
    const w = this.find(r.end, 'weekday');
    if (!w) return { end: r.end, skip: r.skip, anchor: { t: 'shift', unit: 'day', n: r.value } };
    return { end: w.end, skip: r.skip, anchor: { t: 'nearWeekday', dow: w.value, n: r.value } };
  }

  /** الجمعة، الجمعة الماضية، الأحد المقبل، الجمعة الموافق 3 أيار. */
  private weekday(i: number, clitic: boolean, cued: boolean): Piece | null {
    const w = this.find(i, 'weekday', clitic);
    if (!w) return null;
    const k = this.pastLinker(w.end);
    const date = longest(this.dayMonth(k, false), this.numeric(k));
    // The weekday tells the year of a day written without one; the second of a pair before two
    // days (يومي السبت والأحد 16 و17 أيلول) tells nothing of the first of them.
    const second = w.skip > 0 && this.pairedAt(i, w.skip);
    if (date) return { end: date.end, skip: w.skip, anchor: date.anchor.t === 'day' && !second ? { ...date.anchor, dow: w.value } : date.anchor };

    // The two days of a pair share the modifier after the second (يومي الخميس والجمعة المقبلين),
    // and the dates after it: then the first is no day of its own.
    const own = this.find(w.end, 'modifier');
    const paired = this.pairFrom(w.end);
    if ((paired && this.datedAt(paired.end)) || (second && this.datedAt(w.end))) return null;
    const mod = own ?? (paired && this.find(paired.end, 'modifier'));
    // A guarded day is one when an unguarded one is paired with it (الأحد والخميس، السبت والأحد).
    const pairs = (!!paired && !paired.lex.guardedWeekday) || (w.skip > 0 && this.pairedAt(i, w.skip));
    if (w.lex.guardedWeekday && !cued && !mod && !pairs) {
      const standsAlone = w.end >= this.toks.length || this.punct(w.end) || this.find(w.end, 'weekdayFollower', true);
      if (!standsAlone || this.after(i, 'notWeekdayAfter')) return null;
    }
    // A weekday looked forward to is the coming one, or today (بحلول مساء الأربعاء، سيصل الخميس),
    // and so is one told soon after a day looked forward to (الجمعة المقبل … على أن يتوجهوا صباح السبت).
    // ... unless a past is told before it (وكانت العملية مقررة يوم الأحد قبل أن تُرجأ): a plan that was.
    const ahead =
      !this.lookingForward(i, 'pastCue') &&
      (this.afterForward(i) ||
      this.lookingForward(i, 'futureVerb') ||
      this.lookingForward(i, 'futureCue') ||
      this.plannedInClause(i) ||
      this.agreedInClause(i) ||
      this.scheduledBefore(i) ||
      this.futureVerbBefore(i) ||
      // "until" closing a span looked forward to from further back (توقعت ... إلى غاية الأربعاء),
      // or one decided to last (قررت تمديد إغلاق المعبر حتى الخميس).
      (this.lookingForward(i, 'untilCue', 2) && (this.lookingForward(i, 'futureCue', UNTIL_REACH) || this.lookingForward(i, 'extensionCue', UNTIL_REACH))));
    const dir = mod ? (mod.value !== 'current' ? mod.value : null) : ahead ? 'coming' : null;
    return { end: own ? own.end : w.end, skip: w.skip, anchor: { t: 'weekday', dow: w.value, dir } };
  }

  /** 3 أيار، 3 من أيار 2018، الثالث من أيار، 24 شباط الماضي، العاشر من الشهر الجاري. */
  private dayMonth(i: number, clitic: boolean): Piece | null {
    let d = this.num(i, DAY);
    let j = i + 1;
    let skip = 0;
    if (d !== null) {
      if (d < 1 || d > 31 || this.after(i, 'dayBlocker')) return null;
    } else {
      const o = this.find(i, 'ordinal', clitic) ?? this.find(i, 'firstDay', clitic);
      if (!o || this.after(i, 'ordinalBlocker')) return null;
      [d, j, skip] = [o.value === true ? 1 : o.value, o.end, o.skip];
    }
    const of = this.find(j, 'dayOf');
    if (of) j = of.end;
    // "أول أبريل"، "غرة رمضان": the first of a month, in construct with it.
    else if (kindOf(this.toks[i]) === 'word' && !this.find(i, 'firstDay', clitic)) return null;
    // "29 من شهر كانون الأول": the word شهر may stand before the month's name.
    const cue = of ? this.find(j, 'monthCue') : null;

    const month = this.monthName(cue ? cue.end : j, false);
    if (month) {
      const tail = this.yearTail(month.end);
      if (!tail.year && this.after(i, 'dayNameHead')) return null;
      const dir = tail.dir ?? (!tail.year ? this.forward(i) : null);
      return { end: tail.end, skip, anchor: { t: 'day', cal: month.cal, m: month.m, d, year: tail.year, dir } };
    }
    // "في 17 الشهر الماضي": a day in digits may stand right before the month it counts in.
    const rel = of || kindOf(this.toks[i]) === 'num' ? this.relativeUnit(j, false) : null;
    if (rel?.anchor.t === 'shift' && rel.anchor.unit === 'month') {
      return { end: rel.end, skip, anchor: { t: 'dayInMonth', d, shift: rel.anchor.n } };
    }
    return null;
  }

  /**
   * March 12, 2017، مارس 12، 2017: month, day and year in the English order. The year is required
   * unless the month is written in Latin letters (June 15), where no other reading of the day exists.
   */
  private monthDayYear(i: number): Piece | null {
    const month = this.monthName(i, false);
    const d = month && this.num(month.end, DAY);
    if (!month || d === null || d === undefined || d < 1 || d > 31) return null;
    const k = this.punct(month.end + 1, ',') ? month.end + 2 : month.end + 1;
    const y = this.yearNumber(k);
    if (!y || (!y.cal && (y.y < BARE_YEARS[0] || y.y > BARE_YEARS[1]))) {
      if (!LATIN.test(this.toks[i]!.text)) return null;
      return { end: month.end + 1, skip: 0, anchor: { t: 'day', cal: month.cal, m: month.m, d, year: null, dir: this.forward(i) } };
    }
    return { end: y.end, skip: 0, anchor: { t: 'day', cal: month.cal, m: month.m, d, year: { y: y.y }, dir: null } };
  }

  /** The first day of a range (بين 3 و5 أيار، من 3 إلى 5 أيار، 3-5 أيار): its month is the second day's. */
  private rangeStart(i: number, clitic: boolean): Piece | null {
    const d = this.num(i, DAY);
    if (d === null) return this.ordinalPairStart(i, clitic);
    if (d < 1 || d > 31 || this.after(i, 'dayBlocker')) return null;
    const k = this.punct(i + 1, '-') ? i + 2 : this.find(i + 1, 'dayRangeConnector')?.end;
    const second = k === undefined ? null : this.dayMonth(k, false);
    if (second?.anchor.t !== 'day' && second?.anchor.t !== 'dayInMonth') return null;
    return { end: i + 1, skip: 0, anchor: { ...second.anchor, d } };
  }

  /** The first of two ordinal days joined by و (في الثامن والخامس عشر من أبريل): the second's month. */
  private ordinalPairStart(i: number, clitic: boolean): Piece | null {
    const o = this.find(i, 'ordinal', clitic);
    if (!o || this.after(i, 'ordinalBlocker')) return null;
    const second = this.dayMonth(o.end, true);
    if ((second?.anchor.t !== 'day' && second?.anchor.t !== 'dayInMonth') || !this.joined(o.end, second.skip)) return null;
    return { end: o.end, skip: o.skip, anchor: { ...second.anchor, d: o.value } };
  }

  /** A month name, with its paired name from another series (أيار/مايو، تموز (يوليو)). */
  private monthName(i: number, clitic: boolean): MonthName | null {
    const f = this.find(i, 'month', clitic);
    if (!f) return null;
    const name: MonthName = { cal: f.value.cal, m: f.value.month, end: f.end, skip: f.skip, guarded: !!f.lex.guardedMonth };
    const sep = this.toks[f.end];
    if (!this.punct(f.end, '/', '-', '(')) {
      // يونيو حزيران: the paired name may follow with a space only.
      const pair = this.find(f.end, 'month');
      return pair && pair.value.cal === name.cal && pair.value.month === name.m && pair.end > f.end ? { ...name, end: pair.end, guarded: name.guarded && !!pair.lex.guardedMonth } : name;
    }
    const pair = this.find(f.end + 1, 'month');
    if (!pair || pair.value.cal !== name.cal || pair.value.month !== name.m) return name;
    const end = sep!.text === '(' ? (this.punct(pair.end, ')') ? pair.end + 1 : null) : pair.end;
    return end === null ? name : { ...name, end, guarded: name.guarded && !!pair.lex.guardedMonth };
  }

  /** What may follow a month: a year (2018، 1438 هـ), "من العام الماضي", or a modifier. */
  private yearTail(i: number): YearTail {
    const y = this.yearNumber(i);
    // "منذ 5 أيار 4210 أشخاص": a count after the month is no year; only plausible years are taken.
    const plausible = (n: number) => (n >= BARE_YEARS[0] && n <= BARE_YEARS[1]) || (n >= HIJRI_YEARS[0] && n <= HIJRI_YEARS[1]);
    if (y && (y.cal || plausible(y.y))) return { end: y.end, year: { y: y.y }, dir: null };
    const of = this.find(i, 'dayOf');
    if (of) {
      const cued = this.year(of.end, false, false);
      if (cued?.anchor.t === 'year') return { end: cued.end, year: { y: cued.anchor.y }, dir: null };
      const rel = this.relativeUnit(of.end, false);
      if (rel?.anchor.t === 'shift' && rel.anchor.unit === 'year') {
        // "من العام الفائت 2017": the year written after the relative one is the year.
        const written = this.yearNumber(rel.end);
        if (written && (written.cal || plausible(written.y))) return { end: written.end, year: { y: written.y }, dir: null };
        return { end: rel.end, year: { shift: rel.anchor.n }, dir: null };
      }
    }
    const mod = this.find(i, 'modifier');
    return mod ? { end: mod.end, year: null, dir: mod.value } : { end: i, year: null, dir: null };
  }

  /** A four-digit year and the calendar marker after it (2018م، 1438 هـ). */
  private yearNumber(i: number): { y: number; cal: Calendar | null; end: number } | null {
    const y = this.num(i, YEAR);
    if (y === null) return null;
    const marker = this.find(i + 1, 'marker');
    return { y, cal: marker ? marker.value : null, end: marker ? marker.end : i + 1 };
  }

  /** 20/5/2018، 2018-05-20، 20.5.2018، 1438/9/1 هـ. */
  private numeric(i: number): Piece | null {
    const t = this.toks[i];
    if (kindOf(t) !== 'num') return null;
    const dmy = DMY.exec(t.text);
    const ymd = dmy ? null : YMD.exec(t.text);
    if (!dmy && !ymd) return null;
    let [d, m, y] = dmy ? [+dmy[1]!, +dmy[3]!, +dmy[4]!] : [+ymd![4]!, +ymd![3]!, +ymd![1]!];
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    const marker = this.find(i + 1, 'marker');
    const cal: Calendar = marker ? marker.value : y >= HIJRI_YEARS[0] && y <= HIJRI_YEARS[1] ? 'hijri' : 'gregorian';
    return { end: marker ? marker.end : i + 1, skip: 0, anchor: { t: 'day', cal, m, d, year: { y }, dir: null } };
  }

  /** أيار، شهر أيار، أيار 2018، آذار الماضي، رمضان 1438 هـ. */
  private month(i: number, clitic: boolean): Piece | null {
    const cue = this.find(i, 'monthCue', clitic);
    const name = this.monthName(cue ? cue.end : i, !cue && clitic);
    if (!name) return null;
    const tail = this.yearTail(name.end);
    if (!cue && !tail.year && this.namesDay(i)) return null;
    if (name.guarded && !cue && !tail.year && !tail.dir) return null;
    return { end: tail.end, skip: cue ? cue.skip : name.skip, anchor: { t: 'month', cal: name.cal, m: name.m, year: tail.year, dir: tail.dir } };
  }

  /** The month at `i` ends a name that holds a day (حي 7 يوليو، ثورة 25 يناير): the month is the name's too. */
  private namesDay(i: number): boolean {
    const d = i > 0 ? this.num(i - 1, DAY) : null;
    return d !== null && d !== undefined && this.after(i - 1, 'dayNameHead');
  }

  /** عام 2014، سنة 1438 هـ، and a bare year after a preposition (في 2016) or a part (منتصف 2013). */
  private year(i: number, clitic: boolean, afterPart: boolean): Piece | null {
    const cue = this.find(i, 'yearCue', clitic);
    if (cue) {
      const y = this.yearNumber(cue.end);
      return y && { end: y.end, skip: cue.skip, anchor: { t: 'year', cal: y.cal ?? 'gregorian', y: y.y } };
    }
    const y = this.yearNumber(i);
    if (!y || (!y.cal && (y.y < BARE_YEARS[0] || y.y > BARE_YEARS[1]))) return null;
    const ends = y.end >= this.toks.length || this.punct(y.end) || this.find(y.end, 'yearFollower', true);
    if (!afterPart && !y.cal && !(this.after(i, 'yearPreposition') && ends)) return null;
    return { end: y.end, skip: 0, anchor: { t: 'year', cal: y.cal ?? 'gregorian', y: y.y } };
  }

  /** الشهر الماضي، العام الحالي، الأسبوع المقبل، هذا العام. */
  private relativeUnit(i: number, clitic: boolean): Piece | null {
    const demo = this.find(i, 'demonstrative', clitic);
    const unit = this.find(demo ? demo.end : i, 'relativeUnit', !demo && clitic);
    if (!unit) return null;
    const mod = demo ? null : this.find(unit.end, 'modifier');
    if (!demo && !mod) return null;
    const n = mod ? shiftOf(mod.value) : 0;
    const anchor: Anchor = unit.value === 'week' ? { t: 'week', n } : { t: 'shift', unit: unit.value, n };
    return { end: mod ? mod.end : unit.end, skip: demo ? demo.skip : unit.skip, anchor };
  }

  /** مطلع أيار، منتصف عام 2013، أواخر الشهر الماضي: a part keeps the month or year it qualifies. */
  private part(i: number, clitic: boolean): Piece | null {
    const p = this.find(i, 'part', clitic);
    if (!p) return null;
    const inner = longest(this.month(p.end, false), this.year(p.end, false, true), this.relativeUnit(p.end, false));
    return inner && { end: inner.end, skip: p.skip, anchor: inner.anchor };
  }
}

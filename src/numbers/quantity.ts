// A figure or vague amount on the token stream: digits (12, 1.5) or number words (خمسمائة وخمسة
// وعشرون), an optional multiplier (12 ألفاً, ثلاثة آلاف), further parts joined by و after a
// multiplier (ثلاثة آلاف وخمسمئة, مليون و200 ألف), fractions (نصف مليون, مليون ونصف), and vague
// amounts (عشرات, عشرات الآلاف). Every step looks a bounded number of tokens ahead.
import { digitValue } from './digits.js';
import type { NumbersGrammar, WordEntry } from './rules.js';
import { continues, isWord, type Analysis, type Token } from './tokens.js';

export interface Quantity {
  /** null for a vague amount. */
  value: number | null;
  /** Normalised start, after any clitics of the first word. */
  nStart: number;
  /** Index of the token after the figure. */
  end: number;
  /** Multiplier of the figure's leading part (1000 for ثلاثة آلاف), 1 for none. */
  multiplier: number;
  /** The first word has the article: the figure modifies a definite noun (الأيام الثلاثة, الساعات الـ24). */
  definite: boolean;
}

interface Reading {
  a: Analysis;
  e: WordEntry;
}

/** What the clitics of a figure's first token must be: `glue` its proclitics ('' none), `article` whether it has ال; undefined: anything. */
interface Clitics {
  glue?: string;
  article?: boolean;
}

type AtomKind = 'hundreds' | 'teen' | 'tens' | 'unit';

/** One part of a figure below 1000: مئتان, ثلاث مئة, إحدى عشرة, عشرون, خمسة. */
interface Atom {
  kind: AtomKind;
  value: number;
  end: number;
  ambiguous: boolean;
}

/** One part of a figure and whether its digits have decimals (1.5 مليون). */
type Group = Quantity & { value: number; decimal: boolean };

const part = (nStart: number, definite: boolean, value: number, end: number, multiplier: number, decimal = false): Group => ({
  value,
  nStart,
  end,
  multiplier,
  definite,
  decimal,
});

const fits = (a: Analysis, need: Clitics): boolean =>
  (need.glue === undefined || a.proclitics === need.glue) && (need.article === undefined || a.article === need.article);

interface Small {
  value: number;
  end: number;
  first: Atom;
  parts: number;
}

/** Which parts may follow a part after و: hundreds take the rest (مئة وخمسة وعشرون), a unit takes tens (خمسة وعشرون). */
const AFTER_HUNDREDS: ReadonlySet<AtomKind> = new Set(['teen', 'unit', 'tens']);
const AFTER_UNIT: ReadonlySet<AtomKind> = new Set(['tens']);
const NOTHING: ReadonlySet<AtomKind> = new Set();

function follows(prev: Atom): ReadonlySet<AtomKind> {
  if (prev.kind === 'hundreds') return AFTER_HUNDREDS;
  if (prev.kind === 'unit' && prev.value <= 9) return AFTER_UNIT;
  return NOTHING;
}

export class QuantityParser {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly rules: NumbersGrammar,
  ) {}

  /**
   * The figure or vague amount starting at token `i`. `glue`: the proclitics its first token must
   * carry ('' for none; undefined for any). Not `greedy`: stop before the first و, which a range
   * opener may need as its joiner (بين خمسة وعشرين is 5–20).
   */
  at(i: number, glue?: string, greedy = true): Quantity | null {
    return this.vague(i, { glue }) ?? this.figure(i, { glue }, greedy);
  }

  /**
   * "بما يقارب المليون، نحو الألف": after a hedge, a lone multiplier with the article is one of it,
   * not the ordinal or the name it is elsewhere, and qualifies no noun.
   */
  hedgedMultiplier(i: number, glue?: string): Quantity | null {
    for (const { a, e } of this.readings(i, { glue })) {
      if (a.article && e.multiplier !== undefined && !e.vague) return part(this.tokens[i]!.start + a.offset, false, e.multiplier, i + 1, e.multiplier);
    }
    return null;
  }

  private readings(j: number, need: Clitics = {}): Reading[] {
    const t = this.tokens[j];
    if (!isWord(t)) return [];
    const out: Reading[] = [];
    const analyses = t!.analyses;
    for (let k = 0; k < analyses.length; k++) {
      const a = analyses[k]!;
      if (!fits(a, need)) continue;
      const e = this.rules.lexicon.get(a.stem);
      if (e) out.push({ a, e });
    }
    return out;
  }

  /** The entry of token `j` read whole, when it continues the line. */
  private bare(j: number): WordEntry | undefined {
    const t = this.tokens[j];
    return isWord(t) && continues(this.tokens, j) ? this.rules.lexicon.get(t!.text) : undefined;
  }

  private multiplierAt(j: number): number | undefined {
    return this.bare(j)?.multiplier;
  }

  /**
   * Where the part after a و starts (a separate و token, or و written on the next word) and the
   * clitics it must carry: the article only if the figure's first word has it (الخمسة والعشرين),
   * so وبخمسة آلاف والثلاثة is two expressions.
   */
  private conjoined(end: number, article: boolean): { index: number; need: Clitics } | null {
    const and = this.rules.and;
    if (!and || !continues(this.tokens, end)) return null;
    const t = this.tokens[end]!;
    if (t.kind === 'word' && t.text === and) return continues(this.tokens, end + 1) ? { index: end + 1, need: { glue: '', article } } : null;
    return { index: end, need: { glue: and, article } };
  }

  private vague(i: number, need: Clitics): Quantity | null {
    for (const { a, e } of this.readings(i, need)) {
      const nStart = this.tokens[i]!.start + a.offset;
      if (e.quantifier && continues(this.tokens, i + 1) && this.readings(i + 1, { glue: '' }).some((r) => r.e.vague)) {
        return { value: null, nStart, end: i + 2, multiplier: 1, definite: a.article };
      }
      if (e.vague) return { value: null, nStart, end: i + 1, multiplier: 1, definite: a.article };
    }
    return null;
  }

  private figure(i: number, need: Clitics, greedy: boolean): Quantity | null {
    const head = this.group(i, need, greedy);
    if (!head) return null;
    let { value, end } = head;
    let last = head.multiplier;
    // A decimal head (1.5 مليون) is complete: و after it starts another figure.
    while (greedy && !head.decimal) {
      const next = this.conjoined(end, head.definite);
      if (!next) break;
      const fraction = this.readings(next.index, next.need).find((r) => r.e.fraction !== undefined);
      if (fraction) {
        value += fraction.e.fraction! * last;
        if (last > 1) value = Math.round(value);
        // ... its multiplier said again (مليون ونصف مليون) is the same number.
        end = this.multiplierAt(next.index + 1) === last ? next.index + 2 : next.index + 1;
        break;
      }
      // Plain figures joined by و are a list (5 و7), not one number.
      if (last <= 1) break;
      const more = this.group(next.index, next.need, true);
      if (!more || more.value >= last) break;
      value += more.value;
      end = more.end;
      if (more.multiplier <= 1) break;
      last = more.multiplier;
    }
    return { value, nStart: head.nStart, end, multiplier: head.multiplier, definite: head.definite };
  }

  /** One part of a figure: digits or words below 1000 with an optional multiplier, a dual, a fraction of a multiplier, a lone multiplier. */
  private group(i: number, need: Clitics, greedy: boolean): Group | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (t.kind === 'num') {
      const a = t.analyses[0]!;
      if (t.skip || !fits(a, need)) return null;
      const m = this.multiplierAt(i + 1);
      const v = digitValue(t.text, m !== undefined);
      if (v === null) return null;
      return m === undefined
        ? part(t.start, a.article, v, i + 1, 1)
        : part(t.start, a.article, Math.round(v * m), i + 2, m, !Number.isInteger(v));
    }
    for (const { a, e } of this.readings(i, need)) {
      if ((a.article && e.weekday) || (e.teenSuffix && this.afterOrdinal(i))) continue;
      const nStart = t.start + a.offset;
      if (e.fraction !== undefined) {
        const m = this.multiplierAt(i + 1);
        if (m !== undefined) return part(nStart, a.article, Math.round(e.fraction * m), i + 2, m);
      }
      if (e.dual !== undefined) {
        // Without its tanween, ألفاً (1,000) is written like the dual ألفا: a figure joined by و
        // after it (ألفاً و250) makes it the singular.
        const next = this.conjoined(i + 1, a.article);
        const singular = e.multiplier !== undefined && !!next && !!this.group(next.index, next.need, false);
        if (!singular) return part(nStart, a.article, e.dual, i + 1, e.dual / 2);
      }
      const small = this.small(i, a, e, greedy);
      if (small) {
        const m = this.multiplierAt(small.end);
        if (m !== undefined) return part(nStart, a.article, small.value * m, small.end + 1, m);
        if (this.standsAlone(small, a, e)) return part(nStart, a.article, small.value, small.end, 1);
        continue;
      }
      // A lone singular multiplier is one of it (ألف شخص); with the article it is an ordinal or a name (الألف).
      if (e.multiplier !== undefined && !e.vague && !a.article) return part(nStart, a.article, e.multiplier, i + 1, e.multiplier);
    }
    return null;
  }

  private small(i: number, a: Analysis, e: WordEntry, greedy: boolean): Small | null {
    const first = this.atom(i, e);
    if (!first) return null;
    let value = first.value;
    let end = first.end;
    let prev = first;
    let parts = 1;
    while (greedy) {
      const allowed = follows(prev);
      const next = allowed.size ? this.conjoined(end, a.article) : null;
      if (!next) break;
      const atom = this.readings(next.index, next.need)
        .map((r) => this.atom(next.index, r.e))
        .find((x) => x && allowed.has(x.kind));
      if (!atom) break;
      value += atom.value;
      end = atom.end;
      prev = atom;
      parts++;
    }
    return { value, end, first, parts };
  }

  private atom(i: number, e: WordEntry): Atom | null {
    const unit = e.unit ?? e.teenUnit;
    const after = this.bare(i + 1);
    if (unit !== undefined && unit <= 9 && after?.teenSuffix) return { kind: 'teen', value: unit + 10, end: i + 2, ambiguous: false };
    if (e.unit !== undefined && e.unit >= 3 && e.unit <= 9 && after?.hundreds === 100) {
      return { kind: 'hundreds', value: e.unit * 100, end: i + 2, ambiguous: false };
    }
    if (e.hundreds !== undefined) return { kind: 'hundreds', value: e.hundreds, end: i + 1, ambiguous: false };
    if (e.tens !== undefined) return { kind: 'tens', value: e.tens, end: i + 1, ambiguous: false };
    if (e.unit !== undefined) return { kind: 'unit', value: e.unit, end: i + 1, ambiguous: e.ambiguous === true };
    return null;
  }

  /** A one-word figure with nothing after it that would confirm it is a number. */
  private standsAlone(s: Small, a: Analysis, e: WordEntry): boolean {
    if (s.parts > 1) return true;
    if (e.lookalike && this.definiteWordAt(s.end)) return false;
    // العشرين, الخمسين: ordinals (القرن العشرين), not counts.
    if (s.first.kind === 'tens') return !a.article;
    if (s.first.ambiguous) return !a.article && this.indefiniteWordAt(s.end);
    return true;
  }

  /** A counted noun: an indefinite word of three letters or more (حافلات, سنوات), not من/في or الـ-words. */
  private indefiniteWordAt(j: number): boolean {
    return this.wordAt(j) && this.tokens[j]!.text.length >= 3 && !this.definiteWordAt(j);
  }

  private definiteWordAt(j: number): boolean {
    return this.wordAt(j) && this.rules.article !== '' && this.tokens[j]!.text.startsWith(this.rules.article);
  }

  private wordAt(j: number): boolean {
    return this.tokens[j]?.kind === 'word' && continues(this.tokens, j);
  }

  /** Token `i` follows an ordinal: عشر in الحادي عشر is part of "eleventh". */
  private afterOrdinal(i: number): boolean {
    return i > 0 && continues(this.tokens, i) && this.readings(i - 1).some((r) => r.e.ordinal);
  }
}

// Every numeric expression of a document, left to right, without overlaps: a figure with the
// hedge or range words around it (أكثر من 4500, بين 400 و500, 50 في المئة, 20 تقريباً), and the
// qualifier a heading verb gives the next figure of its sentence (تجاوز عدد النازحين … 875 ألفاً).
// One pass over the tokens; each expression is tried from each token with bounded look-ahead.
import type { AnalysedDocument } from '../document.js';
import type { NumberHit } from '../mentions.js';
import type { Qualifier } from '../schema.js';
import { matchPhrases, type Trie } from './phrase.js';
import { QuantityParser, type Quantity } from './quantity.js';
import { numbersGrammar, type HedgeQualifier, type NumbersGrammar } from './rules.js';
import { continues, isWord, tokenize, type Token } from './tokens.js';
import { NOTHING } from '../text/readings.js';

interface Expression {
  qualifier: Qualifier;
  /** The stated figure, the lower bound of a range, null when vague. */
  value: number | null;
  /** Upper bound of a range. */
  upper: number | null;
  nStart: number;
  /** Index of the token after the expression. */
  end: number;
  definite: boolean;
  /** A percent sign or phrase follows the figure. */
  percent: boolean;
  /** Words stand before the figure: a hedge or a range opener (أكثر من 500، بين 300 و400). */
  led: boolean;
}

const single = (q: Quantity): Expression =>
  q.value === null
    ? { qualifier: 'vague', value: null, upper: null, nStart: q.nStart, end: q.end, definite: q.definite, percent: false, led: false }
    : { qualifier: 'exact', value: q.value, upper: null, nStart: q.nStart, end: q.end, definite: q.definite, percent: false, led: false };

/** A range from `lower` to `upper`, the lower bound taking the upper one's multiplier when it has none (بين 3 و4 آلاف). */
function range(lower: Quantity, upper: Quantity, nStart: number): Expression | null {
  let low = lower.value!;
  const high = upper.value!;
  if (lower.multiplier === 1 && upper.multiplier > 1 && low * upper.multiplier <= high) low = Math.round(low * upper.multiplier);
  return low < high ? { qualifier: 'range', value: low, upper: high, nStart, end: upper.end, definite: lower.definite, percent: false, led: false } : null;
}

function bounds(ex: Expression): Pick<NumberHit, 'value' | 'min' | 'max' | 'qualifier'> {
  const { qualifier, value } = ex;
  switch (qualifier) {
    case 'more_than':
    case 'at_least':
      return { value, min: value, max: null, qualifier };
    case 'less_than':
    case 'up_to':
      return { value, min: null, max: value, qualifier };
    case 'range':
      return { value, min: value, max: ex.upper, qualifier };
    case 'vague':
      return { value: null, min: null, max: null, qualifier };
    default:
      return { value, min: value, max: value, qualifier };
  }
}

class ExpressionParser {
  private readonly quantities: QuantityParser;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly rules: NumbersGrammar,
  ) {
    this.quantities = new QuantityParser(tokens, rules);
  }

  at(i: number): Expression | null {
    // Every expression starts with a figure, a number word or a cue phrase's first word: a token
    // with no reading worth looking up starts none.
    if (this.tokens[i]!.analyses.length === 0) return null;
    const ex = this.openedRange(i) ?? this.hedged(i) ?? this.plain(i);
    return ex && this.trailing(ex);
  }

  /** Phrases of `trie` at token `i` when it continues the line of what precedes it. */
  private phrasesAfter<T>(i: number, trie: Trie<T>) {
    return continues(this.tokens, i) ? matchPhrases(this.tokens, i, trie, this.rules.proclitics) : NOTHING;
  }

  /** بين 400 و500, من 10 إلى 12 ألفاً. */
  private openedRange(i: number): Expression | null {
    // Indexed loops: this runs at every figure and number word, and an iterator V8 does not inline costs an object per step.
    const opened = matchPhrases(this.tokens, i, this.rules.rangeOpeners, this.rules.proclitics);
    for (let k = 0; k < opened.length; k++) {
      const m = opened[k]!;
      if (!continues(this.tokens, m.end)) continue;
      for (let pass = 0; pass < 2; pass++) {
        const greedy = pass === 0;
        const lower = this.quantities.at(m.end, m.glue, greedy);
        if (!lower || lower.value === null) break;
        const upper = this.secondBound(lower.end, m.value);
        if (upper) {
          const r = range(lower, upper, m.nStart);
          return r && { ...r, led: true };
        }
      }
    }
    return null;
  }

  /** The figure after a range joiner at token `k`: a separate joiner (إلى 500, - 500) or a glued one (و500). */
  private secondBound(k: number, joiners: ReadonlySet<string>): Quantity | null {
    if (!continues(this.tokens, k)) return null;
    const candidates: Array<[number, string]> = [];
    if (joiners.has(this.tokens[k]!.text) && continues(this.tokens, k + 1)) candidates.push([k + 1, '']);
    for (const j of joiners) if (this.rules.proclitics.includes(j)) candidates.push([k, j]);
    for (const [index, glue] of candidates) {
      const q = this.quantities.at(index, glue);
      if (q && q.value !== null) return q;
    }
    return null;
  }

  /** أكثر من 4500, بنحو 300, ما يقدر بـ500. */
  private hedged(i: number): Expression | null {
    for (const m of matchPhrases(this.tokens, i, this.rules.hedgesBefore, this.rules.proclitics)) {
      if (!continues(this.tokens, m.end)) continue;
      const inner = this.plain(m.end, m.glue);
      // "لا تتسع لأكثر من ألف شخص": "more than" denied is a ceiling.
      const value = m.value === 'more_than' && this.negatedBefore(i) ? 'up_to' : m.value;
      if (inner) return { ...inner, nStart: m.nStart, qualifier: inner.qualifier === 'exact' ? value : inner.qualifier, led: true };
      const million = this.quantities.hedgedMultiplier(m.end, m.glue);
      if (million) return { ...single(million), nStart: m.nStart, qualifier: m.value, led: true };
    }
    return null;
  }

  /** A negation stands one or two words before token `i`, in its line, not of "cease" (لا يزال). */
  private negatedBefore(i: number): boolean {
    let words = 0;
    for (let k = i - 1; k >= 0 && words < 2 && continues(this.tokens, k + 1); k--) {
      const t = this.tokens[k]!;
      if (!isWord(t) || this.rules.hedgeStill.has(t.text)) return false;
      if (this.rules.hedgeNegations.has(t.text)) return true;
      words++;
    }
    return false;
  }

  /** A figure, a vague amount, or a range without opener (400-500, ثلاثة أو أربعة). */
  private plain(i: number, glue?: string): Expression | null {
    const q = this.quantities.at(i, glue);
    if (!q) return null;
    const upper = q.value === null ? null : this.secondBound(q.end, this.rules.bareJoiners);
    const r = upper && range(q, upper, q.nStart);
    // Bounds of one range are close (300 إلى 400); a year and the figure a count reached are not
    // (منذ 2023 إلى 96,829، منذ 5 أيلول/سبتمبر 2017 إلى 3214: a year, then no year).
    const ratio = this.rules.bareRatios.get(this.tokens[q.end]?.text ?? '') ?? Infinity;
    const yearThenCount = ratio !== Infinity && isYear(q.value) && !!r && !isYear(r.upper);
    return (r && r.upper! <= r.value! * ratio && !yearThenCount ? r : null) || single(q);
  }

  /**
   * A percent phrase and a hedge after the figure join the expression (20 تقريباً). A hedge after
   * the counted noun (20 شخصاً على الأقل) still qualifies the figure but stays outside its span,
   * which never covers the noun.
   */
  private trailing(ex: Expression): Expression {
    let end = ex.end;
    const percent = this.phrasesAfter(end, this.rules.percent)[0];
    const share = !!percent && ex.value !== null;
    if (share) end = percent.end;
    if (ex.qualifier !== 'exact') return { ...ex, end, percent: share };
    const hedge = this.phrasesAfter(end, this.rules.hedgesAfter)[0];
    if (hedge) return { ...ex, end: hedge.end, qualifier: hedge.value, percent: share };
    const afterNoun = isWord(this.tokens[end]) && continues(this.tokens, end) ? this.phrasesAfter(end + 1, this.rules.hedgesAfter)[0] : undefined;
    return { ...ex, end, qualifier: afterNoun?.value ?? ex.qualifier, percent: share };
  }
}

/** A number a year is written as (1900-2100). */
const isYear = (v: number | null | undefined): boolean => v != null && Number.isInteger(v) && v >= 1900 && v <= 2100;

export function findNumberMentions(doc: AnalysedDocument): NumberHit[] {
  const rules = numbersGrammar(doc.rules.numbers, doc.rules.morphology);
  const tokens = tokenize(doc, rules.reader);
  const parser = new ExpressionParser(tokens, rules);
  const hits: NumberHit[] = [];
  // A heading verb (تجاوز عدد …) waiting for the next figure of its sentence.
  let heading: { qualifier: HedgeQualifier; sentence: number; until: number } | null = null;
  for (let i = 0; i < tokens.length; ) {
    const found = parser.at(i);
    if (!found) {
      const h = matchPhrases(tokens, i, rules.headings, rules.proclitics)[0];
      if (h) heading = { qualifier: h.value, sentence: doc.sentenceIndexAt(tokens[i]!.start), until: i + rules.headingReach };
      // Past the whole heading phrase, so "لم يتجاوز عدد" is not read again as "يتجاوز عدد".
      i = h ? Math.max(i + 1, h.end) : i + 1;
      continue;
    }
    let ex = found;
    // A definite figure (الأيام الثلاثة) describes a noun on the way, and one after منذ tells a time:
    // the heading waits past it.
    if (heading && !ex.definite && !(i > 0 && rules.headingTimes.has(tokens[i - 1]!.text))) {
      if (ex.qualifier === 'exact' && ex.end <= heading.until && doc.sentenceIndexAt(ex.nStart) === heading.sentence) {
        ex = { ...ex, qualifier: heading.qualifier };
      }
      heading = null;
    }
    const nEnd = tokens[ex.end - 1]!.end;
    const { value, min, max, qualifier } = bounds(ex);
    const { start, end, text } = doc.span(ex.nStart, nEnd);
    hits.push({ value, min, max, qualifier, start, end, text, nStart: ex.nStart, nEnd, definite: ex.definite && !ex.led, percent: ex.percent });
    i = ex.end;
  }
  return hits;
}

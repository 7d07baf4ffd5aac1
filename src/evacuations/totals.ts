// Running totals: a figure counted since a date, over a period, or named as a total.
import type { AnalysedDocument } from '../document.js';
import type { DateHit, NumberHit } from '../mentions.js';
import { firstEndingAfter, firstKeyAt, firstStartingAt } from '../text/search.js';
import type { Word } from '../text/words.js';
import { LinkRules } from './context.js';

/** A running-total cue before the figure, with no other figure of its sentence (`numbers`, in text order) between. */
export function cumulativeCueBefore(rules: LinkRules, words: Word[], first: number, numbers: readonly NumberHit[], num: NumberHit): boolean {
  // The figure before this one: a cue before it is that figure's.
  const previous = numbers[firstKeyAt(numbers, (n) => n.nStart, num.nStart) - 1];
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.trigger); k--) {
    const w = words[k]!;
    if (previous && previous.nStart >= w.end) break;
    if (w.forms.some(rules.cumulative)) return true;
  }
  return false;
}

/**
 * The clauses of the sentence (`words`) with a "so far" phrase: a figure of one is a running total,
 * and so is one of another clause that no date of its own ties to a day.
 */
export function soFarClauses(rules: LinkRules, words: Word[]): ReadonlySet<number> {
  const clauses = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    if (rules.cumulativePhrases.some((phrase) => phrase.every((p, j) => words[k + j] && words[k + j]!.forms.includes(p))) && !comparison(rules, words, k)) clauses.add(words[k]!.clause);
  }
  return clauses;
}

/**
 * A superlative a few words before word `k` (أكبر عدد من الرعايا منذ بدء الإجلاء): a comparison, not a
 * count since; an ordinal there (في ثاني عملية تهجير من نوعها منذ بدء الحملة) counts events since.
 */
export const comparison = (rules: LinkRules, words: Word[], k: number): boolean =>
  words.slice(Math.max(0, k - rules.reach.comparison), k).some((x) => x.forms.some((f) => rules.rank(f) || rules.grammar.event_ordinals.has(f)));

/**
 * A total over a period, said in clause `ci` of the sentence with `words` and `dates`: "خلال أربعة
 * أيام"، "على مدى أسبوعين", or a date the count runs until (من 22 أيار وحتى 26 أيار، بحلول نهاية الشهر).
 */
export function overPeriod(rules: LinkRules, doc: AnalysedDocument, words: Word[], dates: readonly DateHit[], ci: number): boolean {
  if (ci < 0) return false;
  const inClause = (at: number) => doc.clauseIndexAt(at) === ci;
  const until = dates.some((d) => {
    if (!inClause(d.nStart)) return false;
    const w = words[firstEndingAfter(words, d.nStart) - 1];
    return !!w && rules.untilWords.has(w.text);
  });
  if (until) return true;
  const clause = doc.clauses[ci]!;
  for (let k = firstStartingAt(words, clause.start); k < words.length && words[k]!.start < clause.end; k++) if (periodAt(rules, words, k)) return true;
  return false;
}

/** A period word at word `k` with its unit within the next three words (خلال أربعة أيام). */
const periodAt = (rules: LinkRules, words: Word[], k: number): boolean =>
  words[k]!.forms.some(rules.periodWord) && words.slice(k + 1, k + 4).some((x) => x.forms.some(rules.periodUnit));

/**
 * "منذ" in clause `ci`: counted since a date or an event (منذ انطلاق العمليات); not a superlative's
 * "since" a few words after it, which compares a batch with the others (أكبر عدد من الرعايا منذ
 * بدء عمليات الإجلاء).
 */
export function sinceInClause(doc: AnalysedDocument, rules: LinkRules, ci: number, today: (since: Word, next: Word | undefined, after: Word | undefined) => boolean): boolean {
  if (ci < 0) return false;
  const clause = doc.clauses[ci]!;
  const words = doc.wordsIn(clause.start, clause.end);
  // "بعد إغلاق استمر منذ السابع من مايو": a since-phrase after a verb of lasting dates that event;
  // "استقبل منذ صباح اليوم قرابة 1800 عائد": one since today counts the day's arrivals.
  return words.some(
    (w, k) => rules.sinceWords.has(w.text) && !comparison(rules, words, k) && !(k > 0 && rules.grammar.lasting.has(words[k - 1]!.text)) && !today(w, words[k + 1], words[k + 2]),
  );
}

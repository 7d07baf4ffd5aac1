// Running totals: a figure counted since a date, over a period, or named as a total.
import type { AnalysedDocument } from '../document.js';
import type { DateHit, NumberHit } from '../mentions.js';
import type { Word } from '../text/words.js';
import { LinkRules } from './context.js';

/** A running-total cue before the figure (with no other figure between) or a "so far" phrase. */
export function cumulativeCue(
  rules: LinkRules,
  words: Word[],
  first: number,
  numbers: readonly NumberHit[],
  num: NumberHit,
): boolean {
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.trigger); k--) {
    const w = words[k]!;
    if (numbers.some((n) => n !== num && n.nStart >= w.end && n.nStart < num.nStart)) break;
    if (w.forms.some(rules.cumulative)) return true;
  }
  return rules.cumulativePhrases.some((phrase) =>
    words.some((_, k) => phrase.every((p, j) => words[k + j] && words[k + j]!.forms.includes(p))),
  );
}

/**
 * A total over a period, said in the figure's clause: "خلال أربعة أيام"، "على مدى أسبوعين", or a
 * date the count runs until (من 22 أيار وحتى 26 أيار، بحلول نهاية الشهر).
 */
export function overPeriod(rules: LinkRules, doc: AnalysedDocument, words: Word[], dates: readonly DateHit[], num: NumberHit): boolean {
  const ci = doc.clauseIndexAt(num.nStart);
  const inClause = (at: number) => doc.clauseIndexAt(at) === ci;
  const until = dates.some((d) => {
    if (!inClause(d.nStart)) return false;
    const w = words.filter((x) => x.end <= d.nStart).at(-1);
    return !!w && rules.untilWords.has(w.text);
  });
  if (until) return true;
  return words.some(
    (w, k) => inClause(w.start) && w.forms.some(rules.periodWord) && words.slice(k + 1, k + 4).some((x) => x.forms.some(rules.periodUnit)),
  );
}

/** "منذ" in the figure's clause: counted since a date or an event (منذ انطلاق العمليات). */
export function sinceInClause(doc: AnalysedDocument, rules: LinkRules, num: NumberHit): boolean {
  const ci = doc.clauseIndexAt(num.nStart);
  if (ci < 0) return false;
  const clause = doc.clauses[ci]!;
  return doc.wordsIn(clause.start, clause.end).some((w) => rules.sinceWords.has(w.text));
}

// The dates matcher: every date expression of a document, with its value resolved against the
// publication date (calendar.ts) and its role (a point, the start of a running total, a period
// ending at publication). Parsing is in grammar.ts, word lists in rules/dates.yaml.
import type { AnalysedDocument } from '../document.js';
import type { DateHit, PlaceHit } from '../mentions.js';
import { resolve } from './calendar.js';
import { DateGrammar } from './grammar.js';
import { SpanCursor } from '../text/search.js';
import { tokenLines } from './tokens.js';

export function findDateMentions(doc: AnalysedDocument): DateHit[] {
  const hits: DateHit[] = [];
  const words = { morphology: doc.rules.morphology, readings: doc.readings };
  for (const tokens of tokenLines(doc)) {
    const grammar = new DateGrammar(tokens, doc.rules.dates, words);
    for (let i = 0; i < tokens.length; ) {
      const p = grammar.at(i);
      if (!p || p.named) {
        i = p ? p.end : i + 1;
        continue;
      }
      const nStart = tokens[p.start]!.start + p.skip;
      const nEnd = tokens[p.end - 1]!.end;
      const span = doc.span(nStart, nEnd);
      hits.push({ text: span.text, ...resolve(p.anchor, doc.published), start: span.start, end: span.end, nStart, nEnd, role: p.role });
      i = p.end;
    }
  }
  return hits;
}

/**
 * The dates that are no part of a place's name (مدن العبور وبدر و6 أكتوبر: the city, not the day),
 * as the places matcher read the names. Both lists in text order: one sweep.
 */
export function outsidePlaceNames(dates: readonly DateHit[], places: readonly PlaceHit[]): DateHit[] {
  if (!dates.length || !places.length) return [...dates];
  const cursor = new SpanCursor(places, true);
  return dates.filter((d) => cursor.reachBefore(d.nStart) < d.nEnd);
}

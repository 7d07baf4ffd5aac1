// English date expressions (April 2, 3 May 2018, Feb. 18, Monday, yesterday, last week, since May
// 3, in the past 24 hours), read by one compiled pattern and resolved against the publication date
// by the dates matcher's calendar.
import { resolve, type Anchor } from '../dates/calendar.js';
import type { AnalysedDocument } from '../document.js';
import type { DateHit } from '../mentions.js';
import { phraseKey, type CompiledEnglishRules } from './rules.js';

type DateRules = CompiledEnglishRules['dates'];

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

function day(rules: DateRules, month: string, d: string, y: string | undefined): Anchor {
  const year = num(y);
  return { t: 'day', cal: 'gregorian', m: rules.months.get(phraseKey(month))!, d: Number(d), year: year === null ? null : { y: year }, dir: null };
}

function anchorOf(rules: DateRules, g: Record<string, string | undefined>): Anchor {
  if (g.iso) {
    const [y, m, d] = g.iso.split('-').map(Number) as [number, number, number];
    return { t: 'day', cal: 'gregorian', m, d, year: { y }, dir: null };
  }
  if (g.mdM) return day(rules, g.mdM, g.mdD!, g.mdY);
  if (g.dmM) return day(rules, g.dmM, g.dmD!, g.dmY);
  if (g.myM) return { t: 'month', cal: 'gregorian', m: rules.months.get(phraseKey(g.myM))!, year: { y: Number(g.myY) }, dir: null };
  if (g.moM) return { t: 'month', cal: 'gregorian', m: rules.months.get(phraseKey(g.moM))!, year: null, dir: null };
  if (g.yr) return { t: 'year', cal: 'gregorian', y: Number(g.yr) };
  if (g.rel) return rules.relative.get(phraseKey(g.rel))!;
  if (g.wd) return { t: 'weekday', dow: rules.weekdays.get(g.wd)!, dir: g.wdDir ? rules.weekdayDir.get(phraseKey(g.wdDir))! : null };
  return { t: 'shift', unit: 'day', n: rules.periodUnits.get(g.perUnit!)! };
}

export function findEnglishDates(doc: AnalysedDocument): DateHit[] {
  const rules = doc.rules.english.dates;
  const hits: DateHit[] = [];
  for (const m of doc.text.matchAll(rules.pattern)) {
    const g = m.groups!;
    const nStart = m.index;
    const nEnd = nStart + m[0].length;
    const span = doc.span(nStart, nEnd);
    const role = g.perUnit ? 'period' : g.since ? 'since' : 'point';
    hits.push({ text: span.text, ...resolve(anchorOf(rules, g), doc.published), start: span.start, end: span.end, nStart, nEnd, role });
  }
  return hits;
}

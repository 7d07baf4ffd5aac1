// Which ambiguous candidates are places. A name that is also a common word or a person's name
// (المشهد, صلاح الدين, الباب) counts when something vouches for it: a type word or region phrase
// (the scanner marks those `cued`), the office that governs it (محافظ مطروح), membership in a list
// with other places (حلب والباب ومنبج), or, for the milder ones, a role word before it (في التل). A reporting verb or outlet word
// beside it (أفادت الميادين) makes it a channel whatever else is around. The mildest are places
// unless a word of their common sense comes right before them (صلاة المغرب).
import { countriesOf, votesOf, type CountryVotes } from './countries.js';
import type { CompiledPlacesRules } from './rules.js';
import type { Candidate } from './scan.js';
import type { PlaceLists } from './lists.js';
import { conjoined, joined, listJoin, withoutConjunction, type PlaceText } from './words.js';

export function acceptCandidates(places: CompiledPlacesRules, src: PlaceText, lists: PlaceLists, candidates: readonly Candidate[]): Candidate[] {
  const accepted = new Set<Candidate>();
  const pending: Candidate[] = [];
  const byRole: Candidate[] = [];
  for (const c of candidates) {
    if (describes(places, src, c) || counted(src, c)) continue;
    if (c.ambiguity === 'sense') {
      if (!commonSense(places, src, c)) accepted.add(c);
    } else if (!c.ambiguity || c.cued || governed(places, src, c)) accepted.add(c);
    else if (!cancelled(places, src, c)) {
      if (c.ambiguity === 'preposition' && c.role) {
        accepted.add(c);
        byRole.push(c);
      } else pending.push(c);
    }
  }
  // Lists are read both ways so that a chain of ambiguous names takes its cue from either end.
  const firsts = new Set(candidates.map((c) => c.first));
  for (const c of pending) {
    const before = lists.before(c);
    if (before && accepted.has(before) && !(afterComma(src, c) && runsOn(places, src, c, firsts))) accepted.add(c);
  }
  for (const c of [...pending].reverse()) {
    const after = lists.after(c);
    if (after && accepted.has(after)) accepted.add(c);
  }
  // A name something vouched for earlier in the article (a type word, an office, a list) is that
  // place again behind a role word, where it alone would not be (قال المسؤول في محافظة أدري ...
  // وصلوا إلى أدري؛ أطراف عيتا الشعب ورميش والخيام ... وفي الخيام); not a name with a number,
  // which alone is a date (مدينة 6 أكتوبر ... ووصل الوفد في 6 أكتوبر).
  const vouched = new Map<string, number>();
  for (const c of candidates) if (accepted.has(c) && c.ambiguity && !/\d/.test(c.ref.name) && !vouched.has(c.ref.name)) vouched.set(c.ref.name, c.nStart);
  // ... and behind a noun of its people or institutions (مدارس الطبقة، أهالي الباب).
  const ofPlace = (c: Candidate) => c.first > 0 && joined(src.words, c.first) && places.ofPlace.has(withoutConjunction(src, src.words[c.first - 1]!.text));
  for (const c of pending) if ((c.role || ofPlace(c)) && (vouched.get(c.ref.name) ?? Infinity) < c.nStart) accepted.add(c);
  // A word taken for a place by its preposition alone (من الساحل) is no place inside a country
  // the article's other places are not in: the common word it also is (an Omani article's coast
  // is no Syrian coast).
  const votes = votesOf(candidates.filter((c) => accepted.has(c) && !c.ambiguity));
  for (const c of byRole) if (foreign(c, votes)) accepted.delete(c);
  return candidates.filter((c) => accepted.has(c));
}

/** None of the candidate's countries has a vote, while another country has at least two. */
function foreign(c: Candidate, votes: CountryVotes): boolean {
  // A country is named from anywhere (إلى المغرب، من مالي).
  if (c.entries.some((e) => e.type === 'country')) return false;
  const own = countriesOf(c.entries);
  if (!own.length || own.some((x) => (votes.get(x) ?? 0) > 0)) return false;
  let others = 0;
  for (const v of votes.values()) others = Math.max(others, v);
  return others >= 2;
}

const afterComma = (src: PlaceText, c: Candidate) => listJoin(src, c.first) === 'punctuation' && src.text.slice(src.words[c.first - 1]!.end, src.words[c.first]!.start).includes(',');

/**
 * After a comma a list member ends where the list goes on or the clause does; a name the next
 * word runs on from is no member but an apposition's person (بمراكش، سلمى بنكيران). A dash joins
 * the ends of a road, whatever follows (طريق عفرين – نبل يوم أمس).
 */
function runsOn(places: CompiledPlacesRules, src: PlaceText, c: Candidate, firsts: ReadonlySet<number>): boolean {
  const k = c.last + 1;
  const next = src.words[k];
  return !!next && joined(src.words, k) && !firsts.has(k) && !places.boundaryWords.has(next.text) && !conjoined(src, next.text);
}

/**
 * A name spelt like a feminine nisba right after a definite noun is its adjective (وزارة الخارجية
 * السعودية، القوات البحرية الملكية السعودية، السلطات السعودية), not the country (إلى السعودية).
 * So is any name spelt like a nisba (by the morphology's nisba suffixes) after a definite noun that
 * is no adjective itself (الإوز الرمادي "the grey geese"، العتبة الحسينية "the Husayn shrine"،
 * التساقطات المطرية "rainfall"; not القوات العراقية الرمادي, the city the forces took).
 */
function describes(places: CompiledPlacesRules, src: PlaceText, c: Candidate): boolean {
  const before = src.words[c.first - 1];
  if (c.first !== c.last || !before || !joined(src.words, c.first) || c.clitic) return false;
  const name = src.words[c.first]!.text;
  const w = withoutConjunction(src, before.text);
  const { article, nisbaSuffixes } = src.morphology;
  const nisba = (x: string) => nisbaSuffixes.some((e) => x.endsWith(e));
  if (!places.adjectives.has(name) && !(name.startsWith(article) && nisba(name) && !nisba(w))) return false;
  return (w.startsWith('ال') || w.startsWith('لل')) && w.length > 3 && !places.boundaryWords.has(w);
}

/**
 * A country spelt like a nisba in the accusative right after a figure is the people counted
 * (وصل 180 بريطانيا، ترحيل 25 سوريا), not the country; a year before a name is no count.
 */
function counted(src: PlaceText, c: Candidate): boolean {
  const before = src.words[c.first - 1];
  if (c.first !== c.last || !before || c.clitic || !joined(src.words, c.first) || !/^\d+$/.test(before.text)) return false;
  const n = Number(before.text);
  if (n >= 1900 && n <= 2100) return false;
  const name = src.words[c.first]!.text;
  return c.entries.some((e) => e.type === 'country') && src.morphology.nisbaAccusative.some((e) => name.endsWith(e));
}

/** The office right before the name governs it (محافظ مطروح، والي الجزيرة، مدير أمن الأقصر). */
function governed(places: CompiledPlacesRules, src: PlaceText, c: Candidate): boolean {
  // ... before it, or opening the name the gazetteer gives it (بلدية سوق الجمعة).
  const office = (k: number) => !!src.words[k] && places.offices.has(withoutConjunction(src, src.words[k]!.text));
  return (c.first > 0 && joined(src.words, c.first) && office(c.first - 1)) || (c.last > c.first && office(c.first));
}

/** A word of the name's common sense right before it (صلاة المغرب، بعد المغرب) makes it that word. */
function commonSense(places: CompiledPlacesRules, src: PlaceText, c: Candidate): boolean {
  const before = src.words[c.first - 1];
  if (c.clitic || !before || !joined(src.words, c.first)) return false;
  const name = [withoutConjunction(src, src.words[c.first]!.text), ...src.words.slice(c.first + 1, c.last + 1).map((w) => w.text)].join(' ');
  return !!places.senses.get(name)?.has(withoutConjunction(src, before.text));
}

function cancelled(places: CompiledPlacesRules, src: PlaceText, c: Candidate): boolean {
  const before = src.words[c.first - 1];
  const after = src.words[c.last + 1];
  return (
    (!!before && places.cancel.before.has(withoutConjunction(src, before.text))) ||
    (!!after && places.cancel.after.has(withoutConjunction(src, after.text)))
  );
}

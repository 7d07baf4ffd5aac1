// Place mentions of a document: scan (scan.ts), keep the ambiguous names something vouches for
// (ambiguity.ts), mark datelines, and give each mention its input span. Spans cover the name
// without its clitics but with its article (وبالرستن → الرستن); a region's span covers its whole
// phrase, and the base place inside it is a mention of its own.
import type { AnalysedDocument } from '../document.js';
import type { PlaceHit } from '../mentions.js';
import type { Place } from '../schema.js';
import { distance } from 'fastest-levenshtein';
import { fold, stripMarks } from '../text/normalize.js';
import { firstKeyAt } from '../text/search.js';
import { acceptCandidates } from './ambiguity.js';
import { entriesNamed, entryNames } from './gazetteer.js';
import { PlaceLists } from './lists.js';
import { inheritListRoles, isDateline } from './roles.js';
import { countryVotes, votesOf, type CountryVotes } from './countries.js';
import { PlaceScanner, type Candidate } from './scan.js';
import { placeText, type PlaceText } from './words.js';

export function findPlaceMentions(doc: AnalysedDocument): PlaceHit[] {
  const { places } = doc.rules;
  const src = placeText(doc);
  let { lists, kept } = scanned(doc.rules, src, null);
  // A name several countries share is read again once the document's other places have told its country.
  const votes = countryVotes(kept);
  if (votes) ({ lists, kept } = scanned(doc.rules, src, votes));
  kept = awayFromHome(doc.text, kept).filter((c) => !datelineAgency(doc.text, c.nStart, c.nEnd));
  inheritListRoles(lists, kept);
  // A name the gazetteer lacks is named by its matching form, so every spelling of it in the
  // document (الزبدية, الزبديه) makes one place.
  const named = headsDropped(doc.rules, doc.text, kept);
  const spelt = spelledAsWritten(doc, kept);
  return kept.map((c) => {
    const span = doc.span(c.nStart, c.nEnd);
    const name = c.known ? (named.get(c.ref.name) ?? spelt.get(c.ref.name) ?? c.ref.name) : doc.text.slice(c.nStart, c.nEnd).replace(/\s+/g, ' ');
    const role = c.role ?? (isDateline(places, doc.text, c.nStart, c.nEnd) ? 'dateline' : null);
    return { ref: { ...c.ref, name, text: span.text }, role, span, nStart: c.nStart, nEnd: c.nEnd, ...(c.ambiguity ? { ambiguous: true } : {}) };
  });
}

/**
 * The agency or paper in brackets or quotation marks after a dateline's dash, the rest of its line
 * (الدوحة - (قنا)، أنجامينا - "المغرب الإفريقي"): an outlet, though spelt like a place.
 */
function datelineAgency(text: string, nStart: number, nEnd: number): boolean {
  // The dateline is a place of three words at most, and so is the outlet's name: only so many
  // characters to look at on either side, however long the line.
  const from = Math.max(0, nStart - DATELINE_REACH);
  const before = text.slice(from, nStart);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const after = text.slice(nEnd, nEnd + DATELINE_REACH);
  const end = after.indexOf('\n');
  return /^ *[^\s()"«»]+(?: [^\s()"«»]+){0,2} *[-–:] *[("«][^()"«»\n]{0,30}$/.test(before.slice(nl + 1)) && /^[^()"«»\n]{0,30}[)"»] *$/.test(end < 0 ? after : after.slice(0, end));
}
/** Characters of a dateline and its outlet's bracket on either side of a name in it. */
const DATELINE_REACH = 80;

/**
 * Without the local names read through an alias (الساحل for الساحل السوري) where the article's
 * other places are mostly in another country than theirs.
 */
function awayFromHome(text: string, kept: Candidate[]): Candidate[] {
  const local = (c: Candidate) => c.known && c.entries.length === 1 && c.entries[0]!.local && fold(c.entries[0]!.name) !== text.slice(c.nStart, c.nEnd);
  if (!kept.some(local)) return kept;
  const votes = votesOf(kept.filter((c) => !local(c)));
  let home: string | null = null;
  for (const [country, n] of votes) if (n > (home === null ? 0 : votes.get(home)!)) home = country;
  return home === null ? kept : kept.filter((c) => !local(c) || c.entries[0]!.country === home);
}

/**
 * The known names written with a head the article drops (مخيم الجفينة, read as الجفينة after a
 * type word or alone), each with the name it goes by: one name per place, so the head stays when a
 * mention is read with it (the gazetteer's name whole: مخيم الوافدين), or when the name without it
 * is another place's in that country (مخيم جنين and the city جنين) or a person's (مخيم الحاج علي).
 */
function headsDropped(rules: AnalysedDocument['rules'], text: string, kept: readonly Candidate[]): Map<string, string> {
  const out = new Map<string, string>();
  const heads = rules.places.droppedHeads;
  if (!heads.length) return out;
  const written = new Set<string>();
  for (const c of kept) {
    if (!c.known || written.has(c.ref.name)) continue;
    const folded = fold(c.ref.name);
    const head = heads.find((h) => folded.startsWith(h));
    if (!head) continue;
    const bare = folded.slice(head.length);
    if (
      text.startsWith(head, c.nStart) ||
      rules.places.personTitles.has(bare.split(' ')[0]!) ||
      entriesNamed(rules, bare).some((e) => e.type !== c.ref.type && e.country === c.ref.country)
    ) {
      written.add(c.ref.name);
      out.delete(c.ref.name);
    } else out.set(c.ref.name, c.ref.name.split(' ').slice(head.split(' ').length - 1).join(' '));
  }
  return out;
}

/**
 * The known places the article spells otherwise than the gazetteer's name, each with the spelling
 * its first mention has (كلس for كيليس, كابول for كابل, جيلوة غوزو for جيلفا غوزو): a reader looks
 * for the name the article gives. Only a listed alias of the entry that differs from its name by a
 * letter or two in each word, not by the ending alone (سورية is سوريا); or a country's other name
 * of several words, none of them its name's (المملكة المتحدة, ساحل العاج, الأراضي الفلسطينية), not
 * a phrase around a place's name (المملكة العربية السعودية is السعودية, العاصمة السورية دمشق).
 */
function spelledAsWritten(doc: AnalysedDocument, kept: readonly Candidate[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const c of kept) {
    if (!c.known || c.entries.length !== 1 || seen.has(c.ref.name)) continue;
    seen.add(c.ref.name);
    const entry = c.entries[0]!;
    const written = stripMarks(doc.span(c.nStart, c.nEnd).text).replace(/\s+/g, ' ');
    const folded = fold(written);
    if (folded === fold(entry.name) || !(isRespelling(doc.rules, folded, fold(entry.name)) || (entry.type === 'country' && otherName(folded, fold(entry.name))))) continue;
    if (entryNames(doc.rules, entry).has(folded)) out.set(c.ref.name, written);
  }
  return out;
}

/**
 * Whether two folded names are one name spelt two ways: word by word, a letter or two apart. Not
 * a word's inflection (an ending changed or added: سورية, الشمال السوري, شمال غربي) nor a type
 * word's number (مخيمات for مخيم).
 */
function isRespelling(rules: AnalysedDocument['rules'], a: string, b: string): boolean {
  const as = a.split(' ').map(bare), bs = b.split(' ').map(bare);
  if (as.length !== bs.length) return false;
  let total = 0;
  for (let i = 0; i < as.length; i++) {
    const [x, y] = [as[i]!, bs[i]!];
    if (x === y) continue;
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    if ((long.startsWith(short) && long.length - short.length === 1) || (x.length === y.length && x.slice(0, -1) === y.slice(0, -1))) return false;
    if (rules.places.typeWords.has(x) || rules.places.typeWords.has(y)) return false;
    const d = distance(x, y);
    if (d > 2 || d * 2 > Math.max(x.length, y.length)) return false;
    total += d;
  }
  return total > 0 && total <= 2;
}

/** `a` is a name of several words that shares none with `b`. */
const otherName = (a: string, b: string): boolean => {
  const bs = new Set(b.split(' ').map(bare));
  return a.split(' ').length > 1 && !a.split(' ').some((w) => bs.has(bare(w)));
};

const bare = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

function scanned(rules: AnalysedDocument['rules'], src: PlaceText, votes: CountryVotes | null): { lists: PlaceLists; kept: Candidate[] } {
  const candidates = new PlaceScanner(rules, src, votes).scan();
  const lists = new PlaceLists(src, candidates);
  return { lists, kept: acceptCandidates(rules.places, src, lists, candidates) };
}

/**
 * One Place per distinct name, with every role and mention. A city written only inside its
 * countryside (حلب in ريف حلب الشمالي) is not a place of its own in the list: the article named
 * the countryside, not the city. (A direction region names its base: شمال سوريا is in سوريا.) The
 * hit stays for the linker, which reads origins and destinations from hits.
 */
export function toPlaces(hits: readonly PlaceHit[], countryside: string | null): Place[] {
  const byName = new Map<string, Place>();
  const inCountryside = countrysideCover(countryside ? hits.filter((o) => o.ref.name.startsWith(countryside)) : []);
  for (const h of hits) {
    if (inCountryside(h)) continue;
    const p = byName.get(h.ref.name) ?? { ...h.ref, roles: [], mentions: [] };
    if (h.role && !p.roles.includes(h.role)) p.roles.push(h.role);
    p.mentions.push(h.span);
    byName.set(h.ref.name, p);
  }
  return [...byName.values()];
}

/**
 * Whether a hit lies inside a longer one of `covers` (a span holding it and not the same span), in
 * logarithmic time: the covers sorted by start, with the furthest end reached before each.
 */
function countrysideCover(covers: readonly PlaceHit[]): (h: PlaceHit) => boolean {
  if (!covers.length) return () => false;
  const sorted = [...covers].sort((a, b) => a.nStart - b.nStart);
  const reach: number[] = [];
  for (const o of sorted) reach.push(Math.max(reach.at(-1) ?? -1, o.nEnd));
  const endFrom = new Map<number, number>();
  for (const o of sorted) endFrom.set(o.nStart, Math.max(endFrom.get(o.nStart) ?? -1, o.nEnd));
  return (h) => {
    // Covers starting before h hold it when one reaches its end; one starting with it must reach further.
    const before = firstKeyAt(sorted, (o) => o.nStart, h.nStart) - 1;
    return (before >= 0 && reach[before]! >= h.nEnd) || (endFrom.get(h.nStart) ?? -1) > h.nEnd;
  };
}

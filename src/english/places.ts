// Places of an English text. Gazetteer entries are found by their English names, compared in a
// transliteration-blind form (Douma = Duma, Wafideen = al-Wafidin, Sheikhoun = Shaykhun), among
// capitalised words. Names the gazetteer lacks come from compromise, kept only where a locative
// word marks them (from Rastan, in Moscow). A corridor is a place with a head word (the Wafideen
// crossing, the crossing at Wafideen).
import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, PlaceHit } from '../mentions.js';
import { chooseEntry, toRef } from '../places/gazetteer.js';
import type { GazetteerEntry } from '../places/gazetteer-rules.js';
import type { PlaceRef, PlaceRole } from '../schema.js';
import { phraseKey, type CompiledEnglishRules } from './rules.js';
import { reading, termAt, tokens, type Token } from './text.js';

interface Node {
  next: Map<string, Node>;
  entries: GazetteerEntry[];
  /** Crossings named after a place, found under the place's words when no place has them (Bab al-Hawa crossing). */
  fallback: GazetteerEntry[];
}

const node = (): Node => ({ next: new Map(), entries: [], fallback: [] });

/** One word in the form names are compared in: no diacritics, apostrophes or doubled letters, vowels folded. */
function sound(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/'s$/, '')
    .replace(/['’ʿʾ`]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/y(?=[aeiou])/g, 'Y')
    .replace(/[aeiouy]+/g, (v) => (/[ou]/.test(v) ? 'u' : /^a$/.test(v) ? 'a' : 'i'))
    .replace(/(?<=[aiu])h$/, '')
    .toLowerCase();
}

/** The compared words of a (folded) word: its hyphen parts without Arabic articles. */
function keysOf(word: string, articles: ReadonlySet<string>): string[] {
  return word
    .split('-')
    .filter((p) => p && !articles.has(p))
    .map(sound);
}

type EnglishRules = CompiledEnglishRules;
const indexes = new WeakMap<object, WeakMap<EnglishRules, Node>>();

function buildIndex(entries: readonly GazetteerEntry[], rules: EnglishRules): Node {
  const root = node();
  for (const e of entries) {
    if (!e.en) continue;
    const name = phraseKey(e.en.replace(/\([^)]*\)/g, ' '));
    const ws = name.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const insert = (words: string[], list: 'entries' | 'fallback') => {
      const keys = words.flatMap((w) => keysOf(w, rules.places.articles));
      if (keys.length === 0) return;
      let n = root;
      for (const k of keys) {
        let child = n.next.get(k);
        if (!child) n.next.set(k, (child = node()));
        n = child;
      }
      n[list].push(e);
    };
    // A crossing named after its place is found as that place; the head word after it makes the corridor.
    const last = ws.at(-1);
    if (ws.length > 1 && last && rules.corridors.kinds.has(last)) insert(ws.slice(0, -1), 'fallback');
    else insert(ws, 'entries');
  }
  return root;
}

function englishIndex(doc: AnalysedDocument): Node {
  const { gazetteer, english } = doc.rules;
  let byRules = indexes.get(gazetteer);
  if (!byRules) indexes.set(gazetteer, (byRules = new WeakMap()));
  let index = byRules.get(english);
  if (!index) byRules.set(english, (index = buildIndex(gazetteer.entries, english)));
  return index;
}

interface Found {
  first: number;
  last: number;
  entries: GazetteerEntry[];
}

/** The longest gazetteer name starting at token `i` (words joined by spaces or hyphens only). */
function longestAt(doc: AnalysedDocument, root: Node, toks: Token[], i: number, articles: ReadonlySet<string>): Found | null {
  let n: Node | undefined = root;
  let found: Found | null = null;
  for (let j = i; n && j < toks.length; j++) {
    if (j > i && !/^[\s-]*$/.test(doc.text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
    // An article alone (Deir ez Zor) joins the words around it but neither opens nor ends a name.
    const keys = keysOf(toks[j]!.word, articles);
    if (keys.length === 0) {
      if (j === i) return null;
      continue;
    }
    for (const k of keys) n = n?.next.get(k);
    const entries = n && (n.entries.length ? n.entries : n.fallback);
    if (entries?.length) found = { first: i, last: j, entries };
  }
  return found;
}

function roleOf(doc: AnalysedDocument, nStart: number, nEnd: number): PlaceRole | null {
  const rules = doc.rules.english.places;
  const cue = rules.roleBefore.exec(doc.text.slice(Math.max(0, nStart - 80), nStart));
  if (cue) return rules.roles.get(phraseKey(cue[1]!)) ?? null;
  const lineStart = doc.text.lastIndexOf('\n', nStart - 1) + 1;
  return /^\s*$/.test(doc.text.slice(lineStart, nStart)) && rules.dateline.test(doc.text.slice(nEnd, nEnd + 60)) ? 'dateline' : null;
}

function hit(doc: AnalysedDocument, ref: PlaceRef, nStart: number, nEnd: number): PlaceHit {
  const span = doc.span(nStart, nEnd);
  return { ref: { ...ref, text: span.text }, role: roleOf(doc, nStart, nEnd), span, nStart, nEnd };
}

const unknownPlace = (text: string): PlaceRef => ({ name: text, en: text, type: 'other', admin1: null, country: null, lat: null, lon: null, id: null, text });

export function findEnglishPlaces(doc: AnalysedDocument): PlaceHit[] {
  const root = englishIndex(doc);
  const { articles } = doc.rules.english.places;
  const toks = tokens(doc);
  const hits: PlaceHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = longestAt(doc, root, toks, i, articles);
    if (!f) continue;
    const words = toks.slice(f.first, f.last + 1);
    // A lone capitalised word may open a sentence: compromise must take it for a name.
    const named = f.first === f.last ? termAt(doc, words[0]!.start)?.tags.has('ProperNoun') : words.some((w) => w.capital);
    if (!named) continue;
    const nStart = words[0]!.start;
    const nEnd = words.at(-1)!.end;
    hits.push(hit(doc, toRef(chooseEntry(doc.rules.places, f.entries), ''), nStart, nEnd));
    i = f.last;
  }
  for (const run of reading(doc).places) {
    // The capitalised words that end the run: "town of Douma" → Douma.
    let k = run.length;
    while (k > 0 && /^\p{Lu}/u.test(run[k - 1]!.text) && !run[k - 1]!.tags.has('Date')) k--;
    if (k === run.length) continue;
    const nStart = run[k]!.nStart;
    const last = run.at(-1)!;
    if (hits.some((h) => h.nStart < last.nEnd && nStart < h.nEnd)) continue;
    const place = hit(doc, unknownPlace(doc.span(nStart, last.nEnd).text.replace(/\s+/g, ' ')), nStart, last.nEnd);
    if (place.role && place.role !== 'dateline') hits.push(place);
  }
  hits.sort((a, b) => a.nStart - b.nStart);
  // A list shares its cue: "from Kefraya and Foua".
  hits.forEach((h, k) => {
    const prev = hits[k - 1];
    if (!h.role && prev?.role && prev.role !== 'dateline' && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(doc.text.slice(prev.nEnd, h.nStart))) h.role = prev.role;
  });
  return hits;
}

/** Corridors named by a place and a head word: "the Wafideen crossing", "the corridor at Wafideen". */
export function findEnglishCorridors(doc: AnalysedDocument, places: readonly PlaceHit[]): CorridorHit[] {
  const rules = doc.rules.english.corridors;
  const out: CorridorHit[] = [];
  for (const p of places) {
    const after = rules.headAfter.exec(doc.text.slice(p.nEnd, p.nEnd + 30));
    const before = after ? null : rules.headBefore.exec(doc.text.slice(Math.max(0, p.nStart - 40), p.nStart));
    const head = after ?? before;
    if (!head) continue;
    const nStart = after ? p.nStart : p.nStart - before![0].length;
    const nEnd = after ? p.nEnd + after[0].length : p.nEnd;
    const kind = rules.kinds.get(phraseKey(head[1]!))!;
    const span = doc.span(nStart, nEnd);
    const headStart = after ? nEnd - head[1]!.length : nStart;
    const name = `${p.span.text} ${doc.span(headStart, headStart + head[1]!.length).text}`;
    const humanitarian = rules.humanitarian.test(doc.text.slice(Math.max(0, nStart - 20), nStart));
    out.push({ corridor: { name: name.replace(/\s+/g, ' '), kind, places: [p.ref], humanitarian }, span, nStart, nEnd, backReference: false });
  }
  return out;
}

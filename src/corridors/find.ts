// Corridors, crossings, exits and checkpoints of a document. Each head word is read on its own
// (phrase.ts); then mentions are tied together across the document:
// - named mentions that share a place are one corridor (ممر الرستن ... نقطة تفتيش قرب الرستن,
//   معبر الراموسة ... معبر العامرية - الراموسة); the mention naming the most places gives the name;
// - a back-reference (هذا الممر، المعبر نفسه، a bare المعبر shortly after a named crossing) carries
//   the corridor it refers to, so the linker can read `corridor.name` off any hit.
import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, PlaceHit } from '../mentions.js';
import type { Morphology } from '../text/morphology.js';
import { fold } from '../text/normalize.js';
import { phraseWords, type Word } from '../text/words.js';
import type { Corridor, PlaceRef } from '../schema.js';
import { PhraseReader, type BackMention, type NamedMention } from './phrase.js';
import type { CompiledCorridorsRules } from './rules.js';

type CorridorValue = Omit<Corridor, 'mentions'>;

/**
 * `routes`: whether streets and roads may be corridors (عبر شارع الرشيد), which the pipeline allows
 * only in an article about people moving: elsewhere the way a parade went is no corridor.
 */
export function findCorridorMentions(doc: AnalysedDocument, places: readonly PlaceHit[], routes = true): CorridorHit[] {
  const rules = doc.rules.corridors;
  const ws = doc.words;
  const reader = new PhraseReader(doc, rules, ws, places, routes);
  const named: NamedMention[] = [];
  const back: BackMention[] = [];
  for (let i = 0; i < ws.length; ) {
    const stop = rules.stopPhrases.match(doc, ws, i);
    if (stop) {
      i = stop.next;
      continue;
    }
    const found = rules.heads.match(doc, ws, i);
    // A head that counts only after certain words (عبر شارع) is no head elsewhere.
    const head = found && (!found.value.after || (routes && i > 0 && found.reading.clitics === 0 && (found.value.after.has(ws[i - 1]!.text) || goneAlong(rules, ws, i, found.value.afterSubject)))) ? found : null;
    if (!head) {
      const border = reader.borderCrossing(i);
      if (border) named.push(...border.named);
      i = border ? border.next : i + 1;
      continue;
    }
    const r = reader.read(i, head);
    named.push(...r.named);
    if (r.back) back.push(r.back);
    i = Math.max(r.next, i + 1);
  }
  return resolve(doc, rules, named, back);
}

/**
 * "وسلك آلاف النازحين شارع صلاح الدين": a verb of going along before the head, with at most a few
 * words of its subject between, joined by spaces; a preposition among them makes the head an
 * address again (سلكوا الطريق إلى شارع ...).
 */
function goneAlong(rules: CompiledCorridorsRules, ws: readonly Word[], i: number, verbs: ReadonlySet<string>): boolean {
  if (!verbs.size) return false;
  for (let k = i - 1; k >= Math.max(0, i - 1 - rules.subjectWords); k--) {
    const w = ws[k]!;
    if (w.gap !== 'space') return false;
    if (w.readings.some((r) => !r.prefix.preposition && !r.prefix.article && verbs.has(r.stem))) return true;
    // ... not نحو hedging a figure (عبرت نحو 300 عائلة شارع الرشيد).
    const hedge = /\p{Nd}/u.test(ws[k + 1]!.text);
    if (((rules.routeFrom.has(w.text) || rules.routeTo.has(w.text)) && !hedge) || w.readings.every((r) => r.prefix.preposition)) return false;
  }
  return false;
}

/**
 * Same place, whatever its spelling: the folded canonical name without articles. Not the id: a camp
 * and the crossing named after it (مخيم الوافدين) are different entries but one place on the ground.
 */
const placeKey =
  (m: Morphology) =>
  (p: PlaceRef): string =>
    `name:${phraseWords(fold(p.name), m)
      .map((w) => w.readings.find((r) => r.prefix.text === m.article)?.stem ?? w.text)
      .join(' ')}`;

type PlaceKey = ReturnType<typeof placeKey>;

function corridorName(lemma: string, places: readonly PlaceRef[]): string {
  const only = places.length === 1 ? places[0]!.name : null;
  if (only && fold(only).startsWith(`${fold(lemma)} `)) return only;
  return `${lemma} ${places.map((p) => p.name).join(' - ')}`;
}

const distinctPlaces = (places: readonly PlaceRef[], key: PlaceKey): PlaceRef[] => {
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(key(p)) && !!seen.add(key(p)));
};

/** One corridor value per group of named mentions that share a place. */
function canonicalCorridors(named: readonly NamedMention[], placeKey: PlaceKey): CorridorValue[] {
  const parent = named.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  const owner = new Map<string, number>();
  named.forEach((m, k) => {
    for (const p of m.places) {
      const key = placeKey(p);
      const o = owner.get(key);
      if (o === undefined) owner.set(key, k);
      else parent[root(k)] = root(o);
    }
  });
  const best = new Map<number, NamedMention>();
  const humanitarian = new Map<number, boolean>();
  named.forEach((m, k) => {
    const r = root(k);
    const b = best.get(r);
    if (!b || distinctPlaces(m.places, placeKey).length > distinctPlaces(b.places, placeKey).length) best.set(r, m);
    humanitarian.set(r, (humanitarian.get(r) ?? false) || m.humanitarian);
  });
  const value = new Map<number, CorridorValue>();
  for (const [r, m] of best) {
    const places = distinctPlaces(m.places, placeKey);
    value.set(r, { name: corridorName(m.lemma, places), kind: m.kind, places, humanitarian: humanitarian.get(r)! });
  }
  return named.map((_, k) => value.get(root(k))!);
}

function resolve(doc: AnalysedDocument, rules: CompiledCorridorsRules, named: NamedMention[], back: BackMention[]): CorridorHit[] {
  named.sort((a, b) => a.nStart - b.nStart);
  const values = canonicalCorridors(named, placeKey(doc.rules.morphology));
  const hit = (m: { nStart: number; nEnd: number }, corridor: CorridorValue, backReference: boolean): CorridorHit => ({
    corridor,
    span: doc.span(m.nStart, m.nEnd),
    nStart: m.nStart,
    nEnd: m.nEnd,
    backReference,
  });

  const out: CorridorHit[] = [];
  // Stable sort: members of one list keep their order, and a named mention precedes a reference at the same offset.
  const events = [...named.map((m, k) => ({ at: m.nStart, k, b: null })), ...back.map((b) => ({ at: b.nStart, k: -1, b }))].sort(
    (x, y) => x.at - y.at || (x.b ? 1 : 0) - (y.b ? 1 : 0),
  );
  let last: { value: CorridorValue; sentence: number } | null = null;
  const lastOfKind = new Map<string, { value: CorridorValue; sentence: number }>();
  for (const e of events) {
    const sentence = doc.sentenceIndexAt(e.at);
    if (!e.b) {
      const value = values[e.k]!;
      out.push(hit(named[e.k]!, value, false));
      last = { value, sentence };
      lastOfKind.set(named[e.k]!.kind, last);
      continue;
    }
    const ref = e.b.demonstrative ? last : lastOfKind.get(e.b.kind);
    if (!ref || (!e.b.demonstrative && sentence - ref.sentence > rules.bareBackReferenceSentences)) continue;
    out.push(hit(e.b, ref.value, true));
  }
  return out;
}

/**
 * One Corridor per distinct name, with every mention. Back-references carry the corridor they
 * refer to, so their spans join that corridor's mentions: they are evidence of the same crossing.
 */
export function toCorridors(hits: readonly CorridorHit[]): Corridor[] {
  const byName = new Map<string, Corridor>();
  for (const h of hits) {
    const c = byName.get(h.corridor.name) ?? { ...h.corridor, places: [...h.corridor.places], mentions: [] };
    c.mentions.push(h.span);
    byName.set(h.corridor.name, c);
  }
  return [...byName.values()];
}

// A giant input (a dump or a whole archive in one file, never one article) is read in pieces:
// each piece is extracted as a document of its own and the results are joined into one, so what
// a run holds while it reads is bounded by the piece, not by the input (a 20 MB text took 1.5 GB
// read whole). Offsets stay those of the whole input; repeats of a figure across pieces are merged
// as within one.
import { mergeRepeats } from './evacuations/merge.js';
import type { Corridor, DocumentResult, Evacuation, Place, Span } from './schema.js';

/**
 * Characters of a piece: twenty times the longest article of the news corpus (9,851 characters in
 * 10,138 articles), so no article is ever cut, and small enough that reading one takes a few tens
 * of MB.
 */
export const MAX_PIECE = 200_000;

/** Marks after which a piece may end when its last part has no line break: a sentence end. */
const SENTENCE_END = /[.!?؟۔]\s/g;

/**
 * Where the pieces of `text` start (the first at 0): each at most `max` characters, cut after the
 * last line break of its last quarter, else after its last sentence end there, else at its last
 * space, else at `max` (never inside a surrogate pair).
 */
export function pieceStarts(text: string, max = MAX_PIECE): number[] {
  const starts = [0];
  for (let from = 0; text.length - from > max; ) {
    const end = from + max;
    const floor = end - (max >> 2);
    let cut = text.lastIndexOf('\n', end - 1) + 1;
    if (cut < floor) cut = lastSentenceEnd(text, floor, end);
    if (cut < floor) cut = text.lastIndexOf(' ', end - 1) + 1;
    if (cut < floor) cut = isLowSurrogate(text.charCodeAt(end)) ? end - 1 : end;
    starts.push(cut);
    from = cut;
  }
  return starts;
}

function lastSentenceEnd(text: string, from: number, to: number): number {
  let cut = -1;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= to; m = SENTENCE_END.exec(text)) cut = m.index + m[0].length;
  return cut;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by, text: s.text });

/** Each piece's document with `by`, the input offset its text starts at. */
export interface Piece {
  by: number;
  doc: DocumentResult;
}

/** One document from the documents of the pieces of its text, every offset made the whole text's. */
export function joinPieces(pieces: readonly Piece[], warning: string): DocumentResult {
  const first = pieces[0]!.doc;
  const records: Evacuation[] = [];
  const places = new Map<string, Place>();
  const corridors = new Map<string, Corridor>();
  const topics = new Set<string>();
  const warnings = new Set<string>();
  let relevance = 0;
  for (const { by, doc } of pieces) {
    // A record's part_of goes back to the offset of the figure it is part of, for the merge to find again.
    for (const e of doc.evacuations) {
      records.push({ ...e, mentions: e.mentions.map((m) => shift(m, by)), part_of: e.part_of === null ? null : doc.evacuations[e.part_of]!.mentions[0]!.start + by });
    }
    for (const p of doc.places) {
      const into = places.get(p.name) ?? places.set(p.name, { ...p, roles: [], mentions: [] }).get(p.name)!;
      for (const r of p.roles) if (!into.roles.includes(r)) into.roles.push(r);
      for (const m of p.mentions) into.mentions.push(shift(m, by));
    }
    for (const c of doc.corridors) {
      const into = corridors.get(c.name) ?? corridors.set(c.name, { ...c, mentions: [] }).get(c.name)!;
      for (const m of c.mentions) into.mentions.push(shift(m, by));
    }
    doc.topics.forEach((t) => topics.add(t));
    doc.warnings.forEach((w) => warnings.add(w));
    relevance = Math.max(relevance, doc.relevance);
  }
  return {
    ...first,
    relevance,
    topics: [...topics],
    evacuations: mergeRepeats(records),
    places: [...places.values()],
    corridors: [...corridors.values()],
    dates: pieces.flatMap(({ by, doc }) => doc.dates.map((d) => ({ ...d, start: d.start + by, end: d.end + by }))),
    quotes: pieces.flatMap(({ by, doc }) => doc.quotes.map((q) => ({ ...q, start: q.start + by, end: q.end + by, statement: shift(q.statement, by) }))),
    warnings: [...warnings, warning],
  };
}

// What every English finder shares: compromise's reading of the input (run once per document, on
// the input so that case is kept), the way from input offsets to normalised ones, sentences that
// do not end at abbreviations, and word tokens with their case.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { AnalysedDocument } from '../document.js';
import type { NormalizedText } from '../text/normalize.js';
import { lastAtOrBefore, lowerBound } from '../text/search.js';
import { clauses, type Segment } from '../text/segment.js';

/** The normalised offset of input offset `index`: the first normalised unit at or after it. */
export const toNormalized = (norm: NormalizedText, index: number): number => lowerBound(norm.text.length, (i) => norm.toOriginal(i) >= index);

export interface Term {
  text: string;
  tags: ReadonlySet<string>;
  /** Normalised range of the term's own characters (no punctuation around it). */
  nStart: number;
  nEnd: number;
}

export interface Reading {
  terms: Term[];
  /** Runs of terms compromise calls numbers, people and places. */
  numbers: { terms: Term[]; value: number }[];
  people: Term[][];
  places: Term[][];
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface JsonMatch {
  terms: JsonTerm[];
  number?: { num: number };
}

const readings = new WeakMap<AnalysedDocument, Reading>();

// compromise takes a second to load: only runs that meet an English article pay for it.
let nlp: typeof nlpType | undefined;
const loadNlp = (): typeof nlpType => (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType);

/** compromise's reading of the document, in normalised coordinates. */
export function reading(doc: AnalysedDocument): Reading {
  let r = readings.get(doc);
  if (r) return r;
  const view = loadNlp()(doc.input);
  const opts = { offset: true, terms: { offset: true } };
  const byStart = new Map<number, Term>();
  const term = (t: JsonTerm): Term => {
    const hit = byStart.get(t.offset.start);
    if (hit) return hit;
    const made = {
      text: t.text,
      tags: new Set(t.tags),
      nStart: toNormalized(doc.norm, t.offset.start),
      nEnd: toNormalized(doc.norm, t.offset.start + t.offset.length),
    };
    byStart.set(t.offset.start, made);
    return made;
  };
  const runs = (ms: JsonMatch[]) => ms.map((m) => m.terms.filter((t) => t.offset.length > 0).map(term)).filter((ts) => ts.length > 0);
  const numbers = (view.numbers().json(opts) as JsonMatch[])
    .map((m) => ({ terms: m.terms.filter((t) => t.offset.length > 0).map(term), value: m.number?.num ?? NaN }))
    .filter((m) => m.terms.length > 0);
  r = { terms: [], numbers, people: runs(view.people().json(opts) as JsonMatch[]), places: runs(view.places().json(opts) as JsonMatch[]) };
  (view.json(opts) as JsonMatch[]).forEach((m) => r!.terms.push(...m.terms.filter((t) => t.offset.length > 0).map(term)));
  readings.set(doc, r);
  return r;
}

/** The compromise term starting at normalised offset `at`, if any. */
export function termAt(doc: AnalysedDocument, at: number): Term | undefined {
  const { terms } = reading(doc);
  const i = lastAtOrBefore(terms, at, (t) => t.nStart);
  return i >= 0 && terms[i]!.nStart === at ? terms[i] : undefined;
}

export interface Token {
  /** Normalised (lower-case) form. */
  word: string;
  start: number;
  end: number;
  /** Written with a capital (or a capital after a hyphen: al-Barazi). */
  capital: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu;

/** Word tokens of normalised text [from, to), with the case they have in the input. */
export function tokens(doc: AnalysedDocument, from = 0, to = doc.text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(doc.text); m && m.index < to; m = re.exec(doc.text)) {
    const written = doc.span(m.index, m.index + m[0].length).text;
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length, capital: /(?:^|-)\p{Lu}/u.test(written) });
  }
  return out;
}

const views = new WeakMap<AnalysedDocument, AnalysedDocument>();

/**
 * The document with English sentences: a full stop after an abbreviation of the rules or after a
 * single letter (Feb. 18, Maj. Gen., U.S.) does not end one. Everything else is the document's.
 */
export function englishView(doc: AnalysedDocument): AnalysedDocument {
  let view = views.get(doc);
  if (view) return view;
  const abbreviations = doc.rules.english.abbreviations;
  const sentences: Segment[] = [];
  for (const s of doc.sentences) {
    const prev = sentences.at(-1);
    const tail = prev && /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(doc.text.slice(Math.max(prev.start, prev.end - 12), prev.end));
    const joins = tail && (tail[1]!.length === 1 || abbreviations.has(tail[1]!)) && !doc.text.slice(prev.end, s.start).includes('\n');
    if (joins) sentences[sentences.length - 1] = { start: prev.start, end: s.end };
    else sentences.push(s);
  }
  const cls = sentences.flatMap((s) => clauses(doc.text, s));
  const indexIn = (segs: readonly Segment[], at: number) => {
    const i = lastAtOrBefore(segs, at, (s) => s.start);
    return i >= 0 && at < segs[i]!.end ? i : -1;
  };
  view = { ...doc, sentences, clauses: cls, sentenceIndexAt: (at) => indexIn(sentences, at), clauseIndexAt: (at) => indexIn(cls, at) };
  views.set(doc, view);
  return view;
}

// The analysed document every matcher reads: the input as read, its matching form with the offset
// map, sentences and clauses, the reference date and the compiled rules. Built once per article.
import { detectLanguage, type Language } from './language.js';
import { normalize, type NormalizedText } from './normalize.js';
import type { CompiledRules } from './rules/kinds.js';
import { clauses, sentences, type Segment } from './segment.js';
import type { Span } from './schema.js';

export interface AnalysedDocument {
  /** The decoded input, exactly as read: every output offset refers to it. */
  readonly input: string;
  readonly norm: NormalizedText;
  /** Shortcut for `norm.text`, the text matchers run their patterns on. */
  readonly text: string;
  readonly language: Language;
  /** Reference date (YYYY-MM-DD) for relative dates, or null. */
  readonly published: string | null;
  /** Sentences and clauses, in normalised coordinates, in text order. */
  readonly sentences: readonly Segment[];
  readonly clauses: readonly Segment[];
  readonly rules: CompiledRules;
  /** The input span of normalised range [start, end). */
  span(start: number, end: number): Span;
  /** Index into `sentences` of the sentence holding normalised offset `at` (-1 if none). */
  sentenceIndexAt(at: number): number;
  /** Index into `clauses` of the clause holding normalised offset `at` (-1 if none). */
  clauseIndexAt(at: number): number;
}

export interface AnalyseOptions {
  published?: string | null;
  rules: CompiledRules;
}

/** Last segment whose start is <= at and that still contains at. Binary search: segments are sorted. */
function indexAt(segments: readonly Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < segments[found]!.end ? found : -1;
}

export function analyse(input: string, options: AnalyseOptions): AnalysedDocument {
  const norm = normalize(input);
  const text = norm.text;
  const sents = sentences(text);
  const cls = sents.flatMap((s) => clauses(text, s));
  return {
    input,
    norm,
    text,
    language: detectLanguage(text),
    published: options.published ?? null,
    sentences: sents,
    clauses: cls,
    rules: options.rules,
    span(start, end) {
      const s = norm.toOriginal(start);
      const e = Math.max(s, norm.originalEnd(end));
      return { start: s, end: e, text: input.slice(s, e) };
    },
    sentenceIndexAt: (at) => indexAt(sents, at),
    clauseIndexAt: (at) => indexAt(cls, at),
  };
}

// The analysed document every matcher reads: the input as read, its matching form with the offset
// map, sentences and clauses, the reference date and the compiled rules. Built once per article.
import { detectLanguage, type Language } from './language.js';
import { normalize, type NormalizedText } from './text/normalize.js';
import type { CompiledRules } from './rules/kinds.js';
import type { Morphology } from './text/morphology.js';
import { readings, type Reading } from './text/readings.js';
import { firstStartingAt } from './text/search.js';
import { clauses, indexAt, sentences, type Segment } from './text/segment.js';
import { readWords, type Word } from './text/words.js';
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
  /** Every word of the text, in order, read once. */
  readonly words: readonly Word[];
  /** The words that start in normalised range [from, to). */
  wordsIn(from: number, to: number): Word[];
  /** The clitic and suffix readings of a word form under the rules' morphology. */
  readings(form: string): readonly Reading[];
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

export function analyse(input: string, options: AnalyseOptions): AnalysedDocument {
  const norm = normalize(input);
  const text = norm.text;
  const sents = sentences(text);
  const cls = sents.flatMap((s) => clauses(text, s));
  const morphology: Morphology = options.rules.morphology;
  const words = readWords(text, sents, cls, morphology);
  return {
    input,
    norm,
    text,
    language: detectLanguage(text),
    published: options.published ?? null,
    sentences: sents,
    clauses: cls,
    rules: options.rules,
    words,
    wordsIn: (from, to) => words.slice(firstStartingAt(words, from), firstStartingAt(words, to)),
    readings: (form) => readings(morphology, form),
    span(start, end) {
      const s = norm.toOriginal(start);
      const e = Math.max(s, norm.originalEnd(end));
      return { start: s, end: e, text: input.slice(s, e) };
    },
    sentenceIndexAt: (at) => indexAt(sents, at),
    clauseIndexAt: (at) => indexAt(cls, at),
  };
}

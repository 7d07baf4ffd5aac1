// The words of a document, read once in analyse(): each with its normalised and input ranges, its
// matching form, the sentence and clause it stands in, what separates it from the next word, and
// its clitic-free forms under the morphology policy.
import type { Morphology } from './morphology.js';
import { bareForms, withoutFuture } from './readings.js';
import { indexAt, type Segment } from './segment.js';

/** What stands between a word and the next: nothing, spaces, a line break, a mark, or the end. */
export type Gap = 'none' | 'space' | 'break' | 'punctuation' | 'quote' | 'bracket' | 'end';

export interface Word {
  /** Matching form (normalised text). */
  text: string;
  /** Normalised range [start, end). */
  start: number;
  end: number;
  /** Index into the document's sentences and clauses (-1 if outside every one). */
  sentence: number;
  clause: number;
  gap: Gap;
  /** The word and its forms without front clitics (و، ب، ال، لل ...), the whole word first. */
  forms: readonly string[];
  /** A verb without its future prefix (سيخرج → يخرج، وستغادر → تغادر), or null. */
  future: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const QUOTES = /["'«»‹›`]/u;
const BRACKETS = /[()[\]{}]/u;

export function gapOf(between: string | null): Gap {
  if (between === null) return 'end';
  if (between === '') return 'none';
  if (QUOTES.test(between)) return 'quote';
  if (BRACKETS.test(between)) return 'bracket';
  if (/\S/u.test(between)) return 'punctuation';
  // Normalisation turns tabs and other blanks into spaces: any other white space breaks the line.
  return /^ +$/.test(between) ? 'space' : 'break';
}

export function readWords(text: string, sentences: readonly Segment[], clauses: readonly Segment[], morphology: Morphology): Word[] {
  const found = [...text.matchAll(WORD)];
  return found.map((m, k) => {
    const start = m.index;
    const end = start + m[0].length;
    const next = found[k + 1];
    return {
      text: m[0],
      start,
      end,
      sentence: indexAt(sentences, start),
      clause: indexAt(clauses, start),
      gap: gapOf(next ? text.slice(end, next.index) : null),
      forms: bareForms(morphology, m[0]),
      future: withoutFuture(morphology, m[0]),
    };
  });
}

/** Word `i` follows word `i - 1` in the same sentence with only spaces (or the marks setting a name off) between them. */
export function spaceBefore(ws: readonly Word[], i: number): boolean {
  const a = ws[i - 1];
  // Quotation marks and brackets set a name off without ending the phrase (معبر "الطبقة"، ممري (الجرنية)).
  return !!a && !!ws[i] && (a.gap === 'space' || a.gap === 'quote' || a.gap === 'bracket') && a.sentence === ws[i]!.sentence;
}

/** The text between word `i - 1` and word `i` when both are in one sentence, else null. */
export function textBefore(text: string, ws: readonly Word[], i: number): string | null {
  const a = ws[i - 1];
  const b = ws[i];
  return a && b && a.sentence === b.sentence ? text.slice(a.end, b.start) : null;
}

/** The words of a phrase written in matching form, read as one sentence. */
export function phraseWords(phrase: string, morphology: Morphology): Word[] {
  const whole = [{ start: 0, end: phrase.length }];
  return readWords(phrase, whole, whole, morphology);
}

// How the places matcher reads the document's words: the forms a word may stand for as the first
// word of a place name (clitics off, the article kept as names carry it), whether words stand
// next to each other, and how a list goes on. Clitics are the morphology policy's
// (rules/morphology.yaml, src/text/readings.ts); a word of `wholeWords` is only read as written.
import type { AnalysedDocument } from '../document.js';
import type { Morphology } from '../text/morphology.js';
import { definiteForms, type Reading } from '../text/readings.js';
import { onlySpacesBefore, type Word } from '../text/words.js';

/** What the places matcher reads: the normalised text, its words and their readings. */
export interface PlaceText {
  readonly text: string;
  readonly words: readonly Word[];
  readonly morphology: Morphology;
  readings(form: string): readonly Reading[];
  /** The input as written between two normalised offsets (hamza and marks kept). */
  written(nStart: number, nEnd: number): string;
}

/** What the word tests need: the morphology policy and the readings of a form under it. */
export type WordSource = Pick<PlaceText, 'morphology' | 'readings'>;

/** The document as the places matcher reads it. */
export const placeText = (doc: AnalysedDocument): PlaceText => ({
  text: doc.text,
  words: doc.words,
  morphology: doc.rules.morphology,
  readings: doc.readings,
  written: (nStart, nEnd) => doc.span(nStart, nEnd).text,
});

export interface Bare {
  /** The word without its clitics, with its article as a name writes it (للرستن → الرستن). */
  form: string;
  /** The conjunction and preposition letters taken off, as written (empty for the word as written). */
  clitic: string;
  /** A conjunction is among them. */
  conjunction: boolean;
  /** The preposition among them, or null. */
  preposition: string | null;
  /** Code units of the written word before the name starts. */
  offset: number;
  /** Letters of the stem the clitics left (the article not counted). */
  stem: number;
}

/**
 * The word itself, then every form its clitics leave. The article stays on a name (بالرستن →
 * الرستن); after the contraction (للرستن, للاذقية, للبنان) the name is every form the article may
 * have been lost into.
 */
export function placeForms(m: Morphology, word: string, readings: readonly Reading[], whole: ReadonlySet<string>): Bare[] {
  const out: Bare[] = [{ form: word, clitic: '', conjunction: false, preposition: null, offset: 0, stem: word.length }];
  if (whole.has(word)) return out;
  for (const r of readings) {
    const p = r.prefix;
    if (r.suffix !== null || !p.text) continue;
    // A word written with the contraction is read through it (below): its name is one of the forms
    // the article may have been lost into, with the stem the contraction leaves (للحج is no لحج).
    if (!p.article && p.preposition !== null && word.startsWith(m.contraction, p.conjunction?.length ?? 0)) continue;
    const clitic = (p.conjunction ?? '') + (p.preposition ?? '');
    const forms = !p.article ? [r.stem] : p.text.endsWith(m.article) ? [] : definiteForms(m, r.stem);
    for (const form of forms) {
      if (!out.some((b) => b.form === form && b.clitic === clitic)) out.push({ form, clitic, conjunction: p.conjunction !== null, preposition: p.preposition, offset: clitic.length, stem: r.stem.length });
    }
  }
  return out;
}

/** Only spaces stand between word k-1 and word k: the words of a name stand together. */
export const joined = onlySpacesBefore;

/** The word without a conjunction glued to it (وبلدة → بلدة), or the word itself. */
export function withoutConjunction(src: PlaceText, word: string): string {
  return src.readings(word).find((r) => r.prefix.conjunction && !r.prefix.preposition && !r.prefix.article && r.suffix === null)?.stem ?? word;
}

/** The word carries the article and nothing before it (الوافدين). */
export const isDefinite = (src: PlaceText, word: string): boolean => src.readings(word).some((r) => r.prefix.text === src.morphology.article);

/**
 * The word reads as a preposition glued to the article or to a pronoun (للاجئين, لهم, بالمدينة): a
 * phrase of its own, never the name a type word or a crossing head takes in construct (مخيم
 * للاجئين is a camp for refugees, not a camp called للاجئين; نقطة عبور لهم, a crossing point for
 * them). With `contractedOnly` the article counts only in the contraction (لل), which no name
 * begins with: بال and كال also begin foreign names (كاليفورنيا, بالتيمور).
 */
export const prepositionalPhrase = (src: WordSource, word: string, contractedOnly: boolean): boolean =>
  src.readings(word).some(
    (r) =>
      r.prefix.preposition !== null &&
      !r.prefix.conjunction &&
      ((r.prefix.article && (r.prefix.contracted || !contractedOnly)) || (r.suffix === null && src.morphology.pronounSuffixes.includes(r.stem))),
  );

/** The word is a conjunction the policy knows, or starts with one (و, والمشهد). */
export const conjoined = (src: PlaceText, word: string): boolean =>
  src.morphology.prefixes.some((p) => p.conjunction === word) || src.readings(word).some((r) => !!r.prefix.conjunction);

const LIST_MARKS = /^ *[,-] *$/;

/** How word k continues a list after word k-1: by a conjunction clitic (والمشهد) or after a comma or dash. */
export function listJoin(src: PlaceText, k: number): 'conjunction' | 'punctuation' | null {
  const a = src.words[k - 1];
  const b = src.words[k];
  if (!a || !b) return null;
  if (LIST_MARKS.test(src.text.slice(a.end, b.start))) return 'punctuation';
  return joined(src.words, k) && conjoined(src, b.text) ? 'conjunction' : null;
}

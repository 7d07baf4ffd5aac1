// Where the words of a statement are: inside quotation marks (which may run over several
// sentences, or paragraphs that reopen the quotation), or reported speech running from the
// complementizer to the end of its sentence.
import type { AnalysedDocument } from '../document.js';
import { MAX_QUOTE } from '../text/segment.js';
import { OPENERS } from './tokens.js';

export interface WordsRange {
  start: number;
  end: number;
  /** Where the statement ends: after the closing quotation mark, or at the end of the words. */
  stop: number;
  /** A quotation whose closing mark never comes: it ends at its paragraph, or at the next attribution. */
  unclosed?: true;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const TRAILING = /[\s.,;:!?،؛]/;

/** [start, end) without surrounding spaces and trailing punctuation. */
export function trimWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && TRAILING.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A straight quotation mark inside a quotation closes it when it follows a word and no letter
 * follows it, or stands between spaces; it opens a nested one when a letter follows it after a
 * space or punctuation ("المستشفيات في غرب حلب "مكدسة" بالمرضى).
 */
function closesStraight(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  const afterLetter = after !== undefined && LETTER.test(after);
  if (before === undefined || SPACE.test(before) || !LETTER.test(before)) return !afterLetter;
  return true;
}

/**
 * The quotation opening at `open`. Unclosed at the end of its paragraph, it goes on only if the
 * next paragraph reopens it. A mark left open longer than any real quotation is a stray one (the
 * sentence splitter stops letting it hide sentence ends there too): its words are those of its
 * sentence, and no quotation is read further than MAX_QUOTE past its last opening.
 */
export function quotation(doc: AnalysedDocument, open: number): WordsRange {
  const { text } = doc;
  const opener = text[open]!;
  const closer = OPENERS[opener]!;
  let depth = 1;
  let limit = open + MAX_QUOTE;
  for (let i = open + 1; i < text.length; i++) {
    if (i > limit) return { ...reported(doc, open + 1), unclosed: true };
    const c = text[i]!;
    if (c === '\n') {
      let j = i;
      while (j < text.length && SPACE.test(text[j]!)) j++;
      if (text[j] !== opener) return { ...trimWords(text, open + 1, i), stop: i, unclosed: true };
      depth = 1;
      i = j;
      limit = j + MAX_QUOTE;
      continue;
    }
    if (opener === closer) {
      if (c !== closer) continue;
      if (closesStraight(text, i)) depth--;
      else depth++;
    } else if (c === opener) depth++;
    else if (c === closer) depth--;
    if (depth === 0) return { ...trimWords(text, open + 1, i), stop: i + 1 };
  }
  return { ...trimWords(text, open + 1, text.length), stop: text.length, unclosed: true };
}

/** Reported words from `from` to the end of their sentence. */
export function reported(doc: AnalysedDocument, from: number): WordsRange {
  const si = doc.sentenceIndexAt(from);
  const end = si >= 0 ? doc.sentences[si]!.end : doc.text.length;
  const words = trimWords(doc.text, from, end);
  return { ...words, stop: words.end };
}

// Words of a normalised text and the forms a word takes without its clitics. Arabic glues
// conjunctions (و ف), prepositions (ب ل ك) and the article (ال، لل) to the word; a lexicon entry
// is written bare and meets the word in any of these forms.

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of text[from, to), in order. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The word and its forms without a leading conjunction, preposition and article (longest first kept). */
export function bareForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const add = (w: string) => {
    if (w.length >= 2) forms.add(w);
  };
  for (const w0 of [word, /^[وف]/.test(word) ? word.slice(1) : '']) {
    if (!w0) continue;
    add(w0);
    const w1 = /^[بلك]/.test(w0) && !w0.startsWith('لل') ? w0.slice(1) : w0;
    add(w1);
    if (w0.startsWith('لل')) add(w0.slice(2));
    if (w1.startsWith('ال')) add(w1.slice(2));
  }
  return [...forms];
}

/** True when some clitic-free form of `word` passes `test`. */
export const matchesBare = (word: string, test: (w: string) => boolean): boolean => bareForms(word).some(test);

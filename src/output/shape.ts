// Arabic for terminals without bidi support (xterm, tmux, most Linux and Windows consoles): they
// print characters left to right as stored and never join letters, so `خرج 300 شخص` shows as
// unjoined, reversed words. Shaping replaces each letter with its contextual presentation form
// (arabic-reshaper) and the Unicode bidi algorithm (bidi-js) puts one line in visual order.
// Only single lines: a wrapped paragraph must be broken into lines first, then each shaped.
import ArabicReshaper from 'arabic-reshaper';
import bidiModule from 'bidi-js';

// bidi-js is CommonJS typed as an ES module: under Node its default import is the factory itself.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** One line of logical-order text → the characters a left-to-right terminal should print. */
export function visualLine(line: string): string {
  if (!RTL_LETTER.test(line)) return line;
  const shaped = ArabicReshaper.convertArabic(line);
  const levels = bidi.getEmbeddingLevels(shaped, 'rtl');
  // bidi-js indexes UTF-16 units; presentation forms and Arabic are all in the BMP, so a
  // surrogate pair (an emoji) is the only thing to keep whole when reversing.
  const units = shaped.split('');
  for (const [index, mirror] of bidi.getMirroredCharactersMap(shaped, levels.levels)) units[index] = mirror;
  for (const [start, end] of bidi.getReorderSegments(shaped, levels)) {
    const flipped = units.slice(start, end + 1).reverse();
    for (let i = 0; i < flipped.length; i++) {
      const c = flipped[i]!;
      // A reversed surrogate pair comes out low-high: swap it back.
      if (c >= '\uD800' && c <= '\uDBFF' && i > 0 && flipped[i - 1]! >= '\uDC00' && flipped[i - 1]! <= '\uDFFF') {
        [flipped[i - 1], flipped[i]] = [c, flipped[i - 1]!];
      }
    }
    units.splice(start, flipped.length, ...flipped);
  }
  return units.join('');
}

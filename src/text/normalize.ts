// Matching form of a text. Every rule and lexicon is compiled through the same function, so a
// matcher never has to think about hamza forms, ى/ي, ة/ه, diacritics, tatweel or digit scripts.
// The map back to the input is what keeps every emitted span exact: matchers work on the
// normalised text and report input offsets through `toOriginal` / `originalEnd`.

export interface NormalizedText {
  /** The matching form. */
  readonly text: string;
  /** Input index of the normalised code unit at `index`; `text.length` maps to the input's length. */
  toOriginal(index: number): number;
  /** Input index just past the normalised code unit at `index - 1` (exclusive end of a span). */
  originalEnd(index: number): number;
}

const DROP = new Set<number>([
  0x0640, // tatweel
  0x0670, // superscript alef
  0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, // ALM, ZWSP, ZWNJ, ZWJ, LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, // embeddings, isolates
  0x00ad, 0xfeff, // soft hyphen, BOM / ZWNBSP
]);

const isDroppedMark = (cp: number): boolean =>
  DROP.has(cp) ||
  (cp >= 0x064b && cp <= 0x065f) || // harakat, shadda, sukun, hamza above/below
  (cp >= 0x0610 && cp <= 0x061a) || // Quranic honorifics
  (cp >= 0x06d6 && cp <= 0x06ed) || // Quranic annotation marks
  (cp >= 0xfe00 && cp <= 0xfe0f); // variation selectors

const isLetterMark = (cp: number): boolean =>
  cp === 0x0640 || cp === 0x0670 || (cp >= 0x064b && cp <= 0x065f) || (cp >= 0x0610 && cp <= 0x061a);

const MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  'ؤ': 'ء', 'ئ': 'ء',
  'ک': 'ك', 'ڪ': 'ك',
  '،': ',', '٬': ',', '؛': ';', '؟': '?', '٫': '.', '۔': '.', '٪': '%',
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ', '\t': ' ',
  '\r': '\n',
};

function mapCodePoint(ch: string, cp: number): string {
  if (isDroppedMark(cp)) return '';
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(48 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(48 + cp - 0x06f0);
  const mapped = MAP[ch];
  if (mapped !== undefined) return mapped;
  // Presentation forms (old PDFs, some CMS exports) decompose to ordinary letters, then fold again.
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) {
    const nfkc = ch.normalize('NFKC');
    if (nfkc !== ch) return [...nfkc].map((c) => mapCodePoint(c, c.codePointAt(0)!)).join('');
  }
  if (cp < 0x250) {
    // Latin: lower-case for English matching, but only where that keeps one code unit per letter.
    const lower = ch.toLowerCase();
    if (lower.length === ch.length) return lower;
  }
  return ch;
}

/** Normalise `input` for matching, keeping a map of every output code unit back to the input. */
export function normalize(input: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    // CRLF becomes one newline that stands for both input characters.
    if (ch === '\r' && input[i + 1] === '\n') {
      out.push('\n');
      starts.push(i);
      ends.push(i + 2);
      i += 2;
      continue;
    }
    const mapped = mapCodePoint(ch, cp);
    // A harakah or tatweel belongs to the letter before it: spans that end on that letter include it.
    if (mapped === '' && ends.length > 0 && ends[ends.length - 1] === i && isLetterMark(cp)) ends[ends.length - 1] = i + width;
    for (let k = 0; k < mapped.length; k++) {
      out.push(mapped[k]!);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  const text = out.join('');
  const startMap = Int32Array.from(starts);
  const endMap = Int32Array.from(ends);
  const length = input.length;
  return {
    text,
    toOriginal: (index) => (index >= text.length ? length : index <= 0 ? (text.length ? startMap[0]! : 0) : startMap[index]!),
    originalEnd: (index) => (index <= 0 ? (text.length ? startMap[0]! : 0) : index > text.length ? length : endMap[index - 1]!),
  };
}

/**
 * Matching form of a lexicon entry or gazetteer name: the same folding as `normalize`, with
 * spaces collapsed. Rules are compiled through this so they meet the text in one form.
 */
export function fold(s: string): string {
  return normalize(s).text.replace(/\s+/g, ' ').trim();
}

/** `s` as written, without the marks normalisation drops (diacritics, tatweel, invisible and directional marks). */
export function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) if (!isDroppedMark(ch.codePointAt(0)!)) out += ch;
  return out;
}

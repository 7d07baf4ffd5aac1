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

/** Marks that belong to the letter before them (spans ending on that letter include them). */
export const isLetterMark = (cp: number): boolean =>
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

/** What one code point becomes: the definition the fast path's tables are built from (and tested against). */
export function mapCodePoint(ch: string, cp: number): string {
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

/** Code unit tables below this code point; above it (quotation marks, dashes, spaces…) a cache fills as codes are met. */
const TABLE_SIZE = 0x0700;
/** The code point is dropped (a mark). */
const DROP_CODE = -1;
/** The code point maps to several code units or is astral: the general path. */
const COMPLEX = -2;

/** One code unit, DROP_CODE or COMPLEX for what `mapCodePoint` makes of a BMP code point. */
function codeOf(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return COMPLEX;
  const mapped = mapCodePoint(String.fromCharCode(cp), cp);
  return mapped === '' ? DROP_CODE : mapped.length === 1 ? mapped.charCodeAt(0) : COMPLEX;
}

const TABLE = Int32Array.from({ length: TABLE_SIZE }, (_, cp) => codeOf(cp));
const CACHE = new Map<number, number>();

function lookup(cp: number): number {
  if (cp < TABLE_SIZE) return TABLE[cp]!;
  let code = CACHE.get(cp);
  if (code === undefined) CACHE.set(cp, (code = codeOf(cp)));
  return code;
}

/** Code units below TABLE_SIZE that fold to themselves and are not white space. */
const KEPT = Uint8Array.from({ length: TABLE_SIZE }, (_, cp) => (TABLE[cp] === cp && !/\s/u.test(String.fromCharCode(cp)) ? 1 : 0));

/**
 * Whether `s` is already in matching form: every unit folds to itself and single spaces stand only
 * between words. Rules are folded at build time and again as they are compiled at every start.
 */
function folded(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32 : c >= TABLE_SIZE || KEPT[c] === 0) return false;
  }
  return true;
}

/** Code units to a string, in slices (an argument list has a limit). */
function unitsToString(units: Uint16Array, length: number): string {
  const SLICE = 8192;
  let text = '';
  for (let k = 0; k < length; k += SLICE) text += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + SLICE)) as unknown as number[]);
  return text;
}

/**
 * The matching form of `input` in code units, and, when `withMap`, the input range of each unit.
 * One pass over char codes through a table: no string or array entry per character.
 */
function fold16(input: string, withMap: boolean): { units: Uint16Array; length: number; starts: Int32Array; ends: Int32Array } {
  let capacity = input.length + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(withMap ? capacity : 0);
  let ends = new Int32Array(withMap ? capacity : 0);
  let n = 0;
  const emit = (code: number, from: number, to: number) => {
    if (n === capacity) {
      // Only presentation-form ligatures grow the text.
      capacity *= 2;
      const grow = <T extends Uint16Array | Int32Array>(a: T, make: (size: number) => T): T => {
        const b = make(capacity);
        b.set(a);
        return b;
      };
      units = grow(units, (size) => new Uint16Array(size));
      if (withMap) {
        starts = grow(starts, (size) => new Int32Array(size));
        ends = grow(ends, (size) => new Int32Array(size));
      }
    }
    units[n] = code;
    if (withMap) {
      starts[n] = from;
      ends[n] = to;
    }
    n++;
  };
  const length = input.length;
  let i = 0;
  while (i < length) {
    const unit = input.charCodeAt(i);
    // CRLF becomes one newline that stands for both input characters.
    if (unit === 0x0d && input.charCodeAt(i + 1) === 0x0a) {
      emit(0x0a, i, i + 2);
      i += 2;
      continue;
    }
    const code = lookup(unit);
    if (code >= 0) {
      emit(code, i, i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (code === DROP_CODE) {
      // A harakah or tatweel belongs to the letter before it: spans that end on that letter include it.
      if (withMap && n > 0 && ends[n - 1] === i && isLetterMark(cp)) ends[n - 1] = i + width;
    } else {
      const mapped = mapCodePoint(input.slice(i, i + width), cp);
      for (let k = 0; k < mapped.length; k++) emit(mapped.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  return { units, length: n, starts, ends };
}

/** Normalise `input` for matching, keeping a map of every output code unit back to the input. */
export function normalize(input: string): NormalizedText {
  const { units, length: n, starts, ends } = fold16(input, true);
  const text = unitsToString(units, n);
  const length = input.length;
  const first = n ? starts[0]! : 0;
  return {
    text,
    toOriginal: (index) => (index >= n ? length : index <= 0 ? first : starts[index]!),
    originalEnd: (index) => (index <= 0 ? first : index > n ? length : ends[index - 1]!),
  };
}

/**
 * Matching form of a lexicon entry or gazetteer name: the same folding as `normalize`, with
 * spaces collapsed. Rules are compiled through this so they meet the text in one form.
 */
export function fold(s: string): string {
  if (folded(s)) return s;
  const { units, length } = fold16(s, false);
  return unitsToString(units, length).replace(/\s+/g, ' ').trim();
}

/** `s` as written, without the marks normalisation drops (diacritics, tatweel, invisible and directional marks). */
export function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) if (!isDroppedMark(ch.codePointAt(0)!)) out += ch;
  return out;
}

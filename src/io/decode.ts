// Bytes of one article → the text every output offset indexes. Accepts UTF-8 (BOM or not), UTF-16
// LE/BE (BOM, or BOM-less recognised by where its NUL bytes fall) and Windows-1256, the code page
// of many Arabic archives. Refuses binary files rather than extracting from garbage.
//
// Invalid UTF-8 that is not Windows-1256 either: up to 1% of the bytes → decoded with U+FFFD and a
// warning (a few damaged characters should not lose an article); more → an error.
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { InputError } from './errors.js';

// Loaded on first use: UTF-8 input, the usual case, needs neither the code pages nor the detector.
const requireHere = createRequire(import.meta.url);
let iconvModule: typeof Iconv | null = null;
let chardetModule: typeof Chardet | null = null;
const iconv = () => (iconvModule ??= requireHere('iconv-lite') as typeof Iconv);
const chardet = () => (chardetModule ??= requireHere('chardet') as typeof Chardet);

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

/** Share of the bytes that may be invalid UTF-8 before the input is refused. */
export const MAX_INVALID_UTF8 = 0.01;

const MAGIC: ReadonlyArray<readonly [bytes: readonly number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (DOCX, XLSX, ODT and EPUB are ZIP archives)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office document (DOC/XLS)'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

const startsWith = (buf: Uint8Array, bytes: readonly number[]) =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/** ASCII control bytes other than the whitespace ones (TAB LF VT FF CR) and ESC. */
const isControl = (b: number) => (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f;

/** Binary data that reached the text checks: more than this share of control bytes. */
const MAX_CONTROL = 0.05;

function controlShare(buf: Uint8Array): number {
  let n = 0;
  for (const b of buf) if (isControl(b)) n++;
  return buf.length ? n / buf.length : 0;
}

function controlShareOfText(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && isControl(c)) n++;
  }
  return text.length ? n / text.length : 0;
}

/** Well-formed multi-byte sequences and invalid bytes (RFC 3629), in one pass. */
export function scanUtf8(buf: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const c = buf[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    // The second byte of E0, ED, F0 and F4 sequences has a narrower range (no overlongs, no surrogates).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let ok = n > 0 && i + n < buf.length && buf[i + 1]! >= lo && buf[i + 1]! <= hi;
    for (let k = 2; ok && k <= n; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return utf8.decode(buf);
  } catch {
    return null;
  }
}

/** Windows-1256 text decodes to Arabic letters: accept it when most non-ASCII characters are Arabic. */
function asWindows1256(buf: Uint8Array): string | null {
  const text = iconv().decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1256');
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else other++;
  }
  return arabic > 0 && arabic >= 4 * other ? text : null;
}

/**
 * UTF-16 without a BOM: ASCII characters (spaces, digits, punctuation) put a NUL in the high byte
 * of their code unit, so NULs fall on odd offsets only (LE) or even offsets only (BE).
 */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0) (i % 2 ? odd++ : even++);
  if (odd > 0 && even * 20 <= odd) return 'utf-16le';
  if (even > 0 && odd * 20 <= even) return 'utf-16be';
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): Decoded {
  if (body.length % 2) warnings.push(`decode: ${encoding.toUpperCase()} text with an odd number of bytes (last byte dropped)`);
  const even = body.subarray(0, body.length - (body.length % 2));
  const text = iconv().decode(Buffer.from(even.buffer, even.byteOffset, even.byteLength), encoding, { stripBOM: false });
  if (LONE_SURROGATE.test(text) || controlShareOfText(text) > MAX_CONTROL) {
    throw new InputError(`binary file: not ${encoding.toUpperCase()} text`);
  }
  return { text, encoding, warnings };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

export function decodeBytes(buf: Uint8Array): Decoded {
  for (const [bytes, what] of MAGIC) {
    if (startsWith(buf, bytes)) throw new InputError(`binary file (${what}), not text: convert it to text first`);
  }
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return decodeUtf8(buf.subarray(3));
  if (startsWith(buf, [0xff, 0xfe])) return decodeUtf16(buf.subarray(2), 'utf-16le', []);
  if (startsWith(buf, [0xfe, 0xff])) return decodeUtf16(buf.subarray(2), 'utf-16be', []);
  if (buf.includes(0)) {
    const guess = sniffUtf16(buf);
    if (!guess) throw new InputError('binary file (contains NUL bytes), not text');
    return decodeUtf16(buf, guess, [`decode: no byte-order mark, read as ${guess.toUpperCase()}`]);
  }
  if (controlShare(buf) > MAX_CONTROL) throw new InputError('binary file (many control bytes), not text');
  return decodeUtf8(buf);
}

function decodeUtf8(buf: Uint8Array): Decoded {
  const text = tryUtf8(buf);
  if (text !== null) return { text, encoding: 'utf-8', warnings: [] };

  const { multibyte, invalid } = scanUtf8(buf);
  // Mostly well-formed UTF-8 with some damage is UTF-8; otherwise it may be a legacy code page.
  if (multibyte < invalid) {
    const cp1256 = asWindows1256(buf);
    if (cp1256 !== null) return { text: cp1256, encoding: 'windows-1256', warnings: ['decode: not UTF-8, read as Windows-1256'] };
  }
  const share = invalid / buf.length;
  if (share > MAX_INVALID_UTF8) {
    const guess = chardet().detect(buf);
    const hint = guess && !/^(UTF-8|windows-1256)$/i.test(guess) ? `; it looks like ${guess}: convert it to UTF-8 first` : '';
    throw new InputError(`not UTF-8 text and not Windows-1256/UTF-16 either (${percent(share)} of the bytes are invalid UTF-8${hint})`);
  }
  return {
    text: utf8Lenient.decode(buf),
    encoding: 'utf-8',
    warnings: [`decode: ${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced with U+FFFD`],
  };
}

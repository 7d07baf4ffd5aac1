// Decoding article bytes: every supported encoding round-trips, binary and foreign code pages are
// refused with a message that says why, and slightly damaged UTF-8 is read with a warning.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, MAX_INVALID_UTF8, scanUtf8 } from '../src/io/decode.js';
import { InputError } from '../src/io/errors.js';

const ARTICLE = 'أعلنت وزارة الدفاع خروج 1200 مدني من بلدة مضايا أمس، عبر معبر "الراموسة".\r\nوقال مسؤول: «انتهت العملية».';

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes: supported encodings', () => {
  it.each<[string, Buffer, string]>([
    ['UTF-8', bytes(ARTICLE), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], ARTICLE), 'utf-8'],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], iconv.encode(ARTICLE, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(ARTICLE, 'utf-16be')), 'utf-16be'],
    ['UTF-16LE without BOM', iconv.encode(ARTICLE, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', iconv.encode(ARTICLE, 'utf-16be'), 'utf-16be'],
    ['Windows-1256', iconv.encode(ARTICLE.replace(/[«»]/g, '"'), 'windows-1256'), 'windows-1256'],
  ])('%s', (_, input, encoding) => {
    const out = decodeBytes(input);
    expect(out.encoding).toBe(encoding);
    expect(out.text).toBe(encoding === 'windows-1256' ? ARTICLE.replace(/[«»]/g, '"') : ARTICLE);
  });

  it('removes the BOM, so offsets index the text after it', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'abc')).text).toBe('abc');
  });

  it('keeps CRLF line ends as read', () => {
    expect(decodeBytes(bytes('a\r\nb')).text).toBe('a\r\nb');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('notes when it guessed an encoding', () => {
    expect(decodeBytes(iconv.encode(ARTICLE, 'utf-16le')).warnings).toEqual(['decode: no byte-order mark, read as UTF-16LE']);
    expect(decodeBytes(iconv.encode('خرج المدنيون', 'windows-1256')).warnings).toEqual(['decode: not UTF-8, read as Windows-1256']);
  });

  it('round-trips any text through UTF-8 and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], s)).text).toBe(s);
        expect(decodeBytes(bytes([0xff, 0xfe], iconv.encode(s, 'utf-16le'))).text).toBe(s);
        expect(decodeBytes(bytes([0xfe, 0xff], iconv.encode(s, 'utf-16be'))).text).toBe(s);
      }),
    );
  });

  it('reads any Arabic text in Windows-1256 back', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى';
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('500', '،', '.', '12')), { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        expect(decodeBytes(iconv.encode(text, 'windows-1256')).text).toBe(text);
      }),
    );
  });
});

describe('decodeBytes: refused inputs', () => {
  it.each<[string, Buffer, RegExp]>([
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), /binary file \(a PDF document\)/],
    ['DOCX (ZIP)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /ZIP archive/],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /JPEG image/],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), /GIF image/],
    ['gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip archive/],
    ['NUL bytes on both sides', bytes([0, 1, 2, 0, 0, 7, 0, 0, 9, 0]), /binary file \(contains NUL bytes\)/],
    ['control bytes', bytes([1, 2, 3, 4, 5, 6, 0x41, 0x42, 0x43, 0x0e, 0x0f]), /binary file \(many control bytes\)/],
    ['Latin-1 text', Buffer.from('Évacuation des civils à Alep: élèves, église, forêt, détenus', 'latin1'), /not UTF-8 text and not Windows-1256\/UTF-16 either/],
  ])('%s', (_, input, message) => {
    expect(() => decodeBytes(input)).toThrow(InputError);
    expect(() => decodeBytes(input)).toThrow(message);
  });
});

describe('decodeBytes: damaged UTF-8', () => {
  it('replaces a few invalid bytes with U+FFFD and says how many', () => {
    const input = bytes(ARTICLE.repeat(3), [0xff], ARTICLE);
    const out = decodeBytes(input);
    expect(out.text).toBe(`${ARTICLE.repeat(3)}\uFFFD${ARTICLE}`);
    expect(out.warnings).toEqual(['decode: 1 invalid UTF-8 byte replaced with U+FFFD']);
  });

  it(`refuses text with more than ${MAX_INVALID_UTF8 * 100}% invalid bytes`, () => {
    const input = bytes(ARTICLE, [0xff, 0xfe, 0xfd, 0xfc], ARTICLE);
    expect(() => decodeBytes(input)).toThrow(/\d% of the bytes are invalid UTF-8/);
  });
});

describe('scanUtf8', () => {
  it.each<[string, number[], { multibyte: number; invalid: number }]>([
    ['ASCII', [0x61, 0x62], { multibyte: 0, invalid: 0 }],
    ['two-byte letter', [0xd8, 0xa7], { multibyte: 1, invalid: 0 }],
    ['three-byte and four-byte', [0xe2, 0x80, 0x94, 0xf0, 0x9f, 0x98, 0x80], { multibyte: 2, invalid: 0 }],
    ['overlong', [0xc0, 0xaf], { multibyte: 0, invalid: 2 }],
    ['surrogate', [0xed, 0xa0, 0x80], { multibyte: 0, invalid: 3 }],
    ['truncated at the end', [0x61, 0xd8], { multibyte: 0, invalid: 1 }],
    ['lone continuation', [0x80, 0x61], { multibyte: 0, invalid: 1 }],
  ])('%s', (_, input, expected) => {
    expect(scanUtf8(Uint8Array.from(input))).toEqual(expected);
  });

  it('finds no invalid byte in any valid UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(scanUtf8(Buffer.from(s, 'utf8')).invalid).toBe(0);
      }),
    );
  });
});

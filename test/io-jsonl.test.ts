// JSONL batches: lines split the same however the bytes arrive, and each line is accepted or
// refused on its own with a message that says what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/io/errors.js';
import { parseJsonlLine, splitLines } from '../src/io/jsonl.js';

async function lines(chunks: Uint8Array[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const l of splitLines(source())) out.push([l.lineNo, Buffer.from(l.bytes).toString('utf8')]);
  return out;
}

describe('splitLines', () => {
  it.each<[string, string, [number, string][]]>([
    ['LF', 'a\nb\n', [[1, 'a'], [2, 'b']]],
    ['CRLF', 'a\r\nb\r\n', [[1, 'a'], [2, 'b']]],
    ['no final line break', 'a\nb', [[1, 'a'], [2, 'b']]],
    ['blank lines keep their numbers', 'a\n\nb\n', [[1, 'a'], [2, ''], [3, 'b']]],
    ['empty input', '', []],
  ])('%s', async (_, text, expected) => {
    expect(await lines([Buffer.from(text)])).toEqual(expected);
  });

  it('gives the same lines however the input is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (rows, cuts, crlf) => {
          const bytes = Buffer.from(rows.map((r) => `${r}${crlf ? '\r\n' : '\n'}`).join(''));
          const points = [...new Set(cuts.map((c) => (bytes.length ? c % bytes.length : 0)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length)).filter((c) => c.length);
          expect(await lines(chunks)).toEqual(rows.map((r, i) => [i + 1, r]));
        },
      ),
    );
  });
});

const line = (s: string) => Buffer.from(s, 'utf8');

describe('parseJsonlLine', () => {
  const rec = (fields: Partial<NonNullable<ReturnType<typeof parseJsonlLine>>>) => ({
    id: null, text: 't', published: null, url: null, title: null, outlet: null, warnings: [], ...fields,
  });
  it.each<[string, string, ReturnType<typeof parseJsonlLine>]>([
    ['all fields', '{"id":"a1","text":"خرج 500","published":"2018-05-03","url":"https://x.example/1","title":"ع","source":"وكالة"}', rec({ id: 'a1', text: 'خرج 500', published: '2018-05-03', url: 'https://x.example/1', title: 'ع', outlet: 'وكالة' })],
    ['date for published', '{"text":"t","date":"2018-05-03"}', rec({ published: '2018-05-03' })],
    ['a timestamp keeps its day', '{"text":"t","published":"2018-05-03T09:00:00Z"}', rec({ published: '2018-05-03' })],
    ['numeric id', '{"id":7,"text":"t"}', rec({ id: '7' })],
    ['null published', '{"text":"t","published":null}', rec({})],
    ['outlet for source', '{"text":"t","outlet":"wire"}', rec({ outlet: 'wire' })],
    ['unknown fields are ignored', '{"text":"t","lang":"ar"}', rec({})],
    ['a BOM on the first line', '\uFEFF{"text":"t"}', rec({})],
    ['a bad date is dropped with a warning', '{"text":"t","published":"03/05/2018"}', rec({ warnings: ['invalid published date "03/05/2018" (expected YYYY-MM-DD): ignored'] })],
    ['an impossible date is dropped with a warning', '{"text":"t","date":"2018-02-30"}', rec({ warnings: ['invalid published date "2018-02-30" (no such day): ignored'] })],
    ['blank line', '   ', null],
  ])('%s', (_, input, expected) => {
    expect(parseJsonlLine(line(input))).toEqual(expected);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['bad JSON', line('{"text": "t",}'), /^bad JSON: /],
    ['not an object', line('["t"]'), /expected a JSON object with a "text" field/],
    ['missing text', line('{"id":"x"}'), /missing "text"/],
    ['text not a string', line('{"text":5}'), /"text" must be a string/],
    ['id an object', line('{"text":"t","id":{}}'), /"id" must be a string or a number/],
    ['url not a string', line('{"text":"t","url":1}'), /"url" must be a string/],
    ['invalid UTF-8', Uint8Array.from([0x7b, 0xff, 0x7d]), /not UTF-8 text/],
  ])('refuses %s', (_, input, message) => {
    expect(() => parseJsonlLine(input)).toThrow(InputError);
    expect(() => parseJsonlLine(input)).toThrow(message);
  });
});

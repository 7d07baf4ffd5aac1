// The review page's parts without a browser: escaping, marks over overlapping spans, the map, and
// the writer streaming a page around its articles (the browser test checks the page's behaviour).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc, jsonForScript } from '../src/output/html/escape.js';
import { highlightedText, marksOf, type Mark } from '../src/output/html/highlight.js';
import { articleMap } from '../src/output/html/map.js';
import { stdoutSink } from '../src/output/sink.js';
import { createWriter } from '../src/output/writers.js';
import type { DocumentResult, PlaceRef } from '../src/schema.js';
import { Writable } from 'node:stream';

const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
const plain = (html: string) => unescape(html.replace(/<\/?span[^>]*>/g, ''));

describe('escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['a & b', 'a &amp; b'],
    ['خرج 300 شخص', 'خرج 300 شخص'],
  ])('esc(%j)', (input, expected) => {
    expect(esc(input)).toBe(expected);
  });

  it('JSON in a script element never closes it and reads back the same', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string(), (value, s) => {
      const data = { value, s: `${s}</script><!--` };
      const out = jsonForScript(data);
      expect(out).not.toMatch(/<\/script|<!--/i);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(data)));
    }));
  });
});

describe('highlightedText', () => {
  const text = fc.string({ unit: fc.constantFrom(...'خرج 300 <شخص> & "حمص"\n'), minLength: 1, maxLength: 60 });
  const marks = (length: number) => fc.array(
    fc.tuple(fc.nat(length), fc.nat(length), fc.constantFrom('figure', 'place', 'quote', 'date') as fc.Arbitrary<Mark['type']>)
      .filter(([a, b]) => a !== b)
      .map(([a, b, type]) => ({ type, start: Math.min(a, b), end: Math.max(a, b) })),
    { maxLength: 6 },
  ).map((ms): Mark[] => ms.map((m, i) => ({ id: `m${i}`, ...m })));

  it('keeps the text exactly, and the pieces of each mark spell its span', () => {
    fc.assert(fc.property(text.chain((t) => fc.tuple(fc.constant(t), marks(t.length))), ([t, ms]) => {
      const html = highlightedText(t, ms);
      expect(plain(html)).toBe(t);
      for (const m of ms) {
        const pieces = [...html.matchAll(/<span class="hl ([^"]*)" data-ids="([^"]*)"[^>]*>([^<]*)<\/span>/g)].filter((p) => p[2]!.split(' ').includes(m.id));
        expect(unescape(pieces.map((p) => p[3]).join(''))).toBe(t.slice(m.start, m.end));
        expect(pieces.every((p) => p[1]!.split(' ').includes(`t-${m.type}`))).toBe(true);
        // The first piece of each mark is the one keyboard stop.
        expect(pieces[0]![0]).toContain('tabindex="0"');
      }
    }));
  });
});

const place = (name: string, lat: number | null, lon: number | null): PlaceRef =>
  ({ name, en: null, type: 'city', admin1: null, country: 'SY', lat, lon, id: null, text: name });

const doc = (over: Partial<DocumentResult> = {}): DocumentResult => ({
  id: 'd', language: 'ar', published: null, relevance: 0.9, topics: [], evacuations: [], places: [], corridors: [], dates: [], quotes: [], warnings: [], ...over,
});

const evacuation = (origin: PlaceRef[], destination: PlaceRef[], start = 4, end = 7): DocumentResult['evacuations'][number] => ({
  count: 300, min: null, max: null, qualifier: 'exact', unit: 'person', group: 'people', kind: 'evacuation', status: 'completed',
  cumulative: false, since: null, date: null, origin, destination, corridor: null, buses: null, source: null, part_of: null,
  mentions: [{ start, end, text: '' }], confidence: 1, sentence: '',
});

describe('marksOf', () => {
  it('marks each kind of extraction and finds the speaker nearest the quote', () => {
    const text = 'قال البرازي: خرج 300 شخص. وأضاف البرازي إن "القافلة وصلت"';
    const quoteStart = text.indexOf('"');
    const { marks, tips } = marksOf(doc({
      evacuations: [evacuation([], [], text.indexOf('300'), text.indexOf('300') + 3)],
      quotes: [{ speaker: { name: 'البرازي', title: null, rank: null, organization: null }, anonymous: false, verb: 'أضاف', direct: true, text: 'القافلة وصلت', outlet: null, start: quoteStart, end: text.length, statement: { start: text.indexOf('وأضاف'), end: text.length, text: text.slice(text.indexOf('وأضاف')) } }],
    }), text, 2);
    const second = text.lastIndexOf('البرازي');
    expect(marks.map((m) => [m.id, m.type, text.slice(m.start, m.end)])).toEqual([
      ['a2-r0', 'figure', '300'],
      ['a2-q0', 'quote', '"القافلة وصلت"'],
      ['a2-s0', 'speaker', 'البرازي'],
    ]);
    expect(marks[2]!.start).toBe(second);
    expect(tips['a2-r0']!.fields).toContainEqual(['count', '300']);
  });
});

describe('articleMap', () => {
  const homs = place('حمص', 34.73, 36.71);
  const idlib = place('إدلب', 35.93, 36.63);
  const aleppo = place('حلب', 36.2, 37.16);

  it('draws the places with coordinates and an arrow from origin to destination', () => {
    const svg = articleMap(doc({ places: [{ ...homs, roles: [], mentions: [] }], evacuations: [evacuation([homs], [idlib, place('مكان', null, null)])] }), (i) => `r${i}`);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    const line = svg.match(/<line class="route" data-record="r0" x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"/)!;
    // Idlib is north of Homs: up on the map (smaller y), about the same x.
    expect(Number(line[4])).toBeLessThan(Number(line[2]));
    expect(Math.abs(Number(line[3]) - Number(line[1]))).toBeLessThan(2);
    expect(svg).toContain('<use href="#world"/>');
  });

  it('notes when no place has coordinates', () => {
    expect(articleMap(doc({ evacuations: [evacuation([place('x', null, null)], [aleppo])] }), String)).toContain('<svg');
    expect(articleMap(doc(), String)).toBe('<p class="nomap">No place with coordinates.</p>');
  });
});

describe('html writer', () => {
  async function page(docs: DocumentResult[]): Promise<string> {
    const chunks: string[] = [];
    const sink = stdoutSink(new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c.toString()), cb()) }));
    const writer = await createWriter('html', sink);
    for (const d of docs) {
      const before = chunks.length;
      await writer.write(d, { text: 'خرج 300 شخص من حمص', title: `title of ${d.id}` });
      // Each article goes out as it comes.
      expect(chunks.length).toBeGreaterThan(before);
    }
    await writer.end();
    return chunks.join('');
  }

  it('writes one page: head once, a section per article in order, the index at the end', async () => {
    const html = await page([doc({ id: 'one', evacuations: [evacuation([], [])] }), doc({ id: 'two<b>' })]);
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
    expect(html.match(/<section class="article"/g)).toHaveLength(2);
    expect(html.indexOf('id="a0"')).toBeLessThan(html.indexOf('id="a1"'));
    expect(html).toContain('two&lt;b&gt;');
    expect(html).not.toContain('two<b>');
    expect(html).toMatch(/<h2>2 articles<\/h2><ol><li data-article="a0"><a href="#a0"><span class="docid">one<\/span> <bdi>title of one<\/bdi><\/a> <span class="count" title="records">1<\/span>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('writes a complete page for an empty batch', async () => {
    const html = await page([]);
    expect(html).toContain('<h2>0 articles</h2>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

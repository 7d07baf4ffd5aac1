// Front matter gives id and published date, and is blanked, not cut, so offsets keep indexing the
// file as read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/io/errors.js';
import { takeFrontMatter, type FrontMatter } from '../src/io/frontmatter.js';

const BODY = 'خرج أمس 300 مدني من البلدة.\n';

describe('takeFrontMatter', () => {
  it.each<[string, string, FrontMatter | null]>([
    ['published and id', `---\nid: a-17\npublished: 2018-05-03\n---\n${BODY}`, { id: 'a-17', published: '2018-05-03', title: null, url: null, outlet: null }],
    ['date for published', `---\ndate: 2018-05-03\n---\n${BODY}`, { id: null, published: '2018-05-03', title: null, url: null, outlet: null }],
    ['a timestamp keeps its day', `---\ndate: 2018-05-03T22:10:00+03:00\n---\n${BODY}`, { id: null, published: '2018-05-03', title: null, url: null, outlet: null }],
    ['published wins over date', `---\ndate: 2018-01-01\npublished: 2018-05-03\n---\n${BODY}`, { id: null, published: '2018-05-03', title: null, url: null, outlet: null }],
    ['numeric id', `---\nid: 17\n---\n${BODY}`, { id: '17', published: null, title: null, url: null, outlet: null }],
    ['CRLF lines and a ... terminator', `---\r\ntitle: "خبر"\r\n...\r\n${BODY}`, { id: null, published: null, title: 'خبر', url: null, outlet: null }],
    ['a title that is not strict YAML', `---\npublished: 2018-06-12\ntitle: المفوضية: عودة النازحين\n---\n${BODY}`, { id: null, published: '2018-06-12', title: 'المفوضية: عودة النازحين', url: null, outlet: null }],
    ['url and source trace the article', `---\ntitle: خبر\nurl: https://news.example/a/1\nsource: وكالة الأنباء\n---\n${BODY}`, { id: null, published: null, title: 'خبر', url: 'https://news.example/a/1', outlet: 'وكالة الأنباء' }],
    ['outlet for source', `---\noutlet: Wire\n---\n${BODY}`, { id: null, published: null, title: null, url: null, outlet: 'Wire' }],
    ['no front matter', BODY, null],
    ['not at the very top', `\n---\nid: x\n---\n${BODY}`, null],
    ['never closed', `---\nid: x\n${BODY}`, null],
    ['rules around prose are text', `---\n${BODY}---\nبقية\n`, null],
  ])('%s', (_, text, expected) => {
    expect(takeFrontMatter(text).frontMatter).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ['an impossible date', `---\npublished: 2018-02-30\n---\n${BODY}`, /front matter: invalid published date "2018-02-30" \(no such day\)/],
    ['a date that is not one', `---\ndate: last week\n---\n${BODY}`, /front matter: invalid published date "last week"/],
    ['YAML that is no mapping and no key: value lines', `---\nid: [x\n  - y\n---\n${BODY}`, /front matter is not valid YAML/],
  ])('refuses %s', (_, text, message) => {
    expect(() => takeFrontMatter(text)).toThrow(InputError);
    expect(() => takeFrontMatter(text)).toThrow(message);
  });

  it('blanks the block: same length, same line breaks, the body untouched', () => {
    const text = `---\r\nid: x\npublished: 2018-05-03\n---\n${BODY}`;
    const out = takeFrontMatter(text).text;
    expect(out).toHaveLength(text.length);
    expect(out).toBe(`   \r\n     \n                     \n   \n${BODY}`);
  });

  it('keeps every offset of the body for any body and fields', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.string({ unit: 'grapheme' }), (titles, body) => {
        const head = `---\nid: doc\n${titles.map((t, i) => `k${i}: ${JSON.stringify(t)}`).join('\n')}\n---\n`;
        const text = head + body;
        const out = takeFrontMatter(text);
        expect(out.frontMatter?.id).toBe('doc');
        expect(out.text).toHaveLength(text.length);
        expect(out.text.slice(head.length)).toBe(body);
        expect(out.text.slice(0, head.length).trim()).toBe('');
      }),
    );
  });
});

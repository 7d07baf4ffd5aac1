// Web pages → article text: furniture dropped, blocks separated, entities decoded, the story
// preferred over the page, the publication date taken from the page's metadata.
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../src/io/html.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('looksLikeHtml', () => {
  it.each<[string, boolean]>([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['  \n<html dir="rtl">', true],
    ['<!-- saved from url --> <HTML>', true],
    ['<head><title>x</title></head>', true],
    ['<body>نص</body>', true],
    ['خرج 500 مدني <b>أمس</b>', false],
    ['a < b and <html> later', false],
    ['<htmlx>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each<[string, string, string]>([
    [
      'drops scripts, styles, navigation, asides, forms and footers',
      page('<title>الموقع</title><style>p{}</style><script>var a = "<p>x</p>";</script>',
        '<nav><a>الرئيسية</a></nav><p>خرج 500 مدني.</p><aside>الأكثر قراءة</aside><form><input>بحث</form><footer>حقوق</footer><noscript>فعّل</noscript>'),
      'خرج 500 مدني.',
    ],
    ['separates paragraphs and headings by a blank line', page('', '<h1>عنوان</h1><p>أولى</p><div>ثانية</div><ul><li>أ</li><li>ب</li></ul>'), 'عنوان\n\nأولى\n\nثانية\n\nأ\n\nب'],
    ['keeps inline markup inside a paragraph and collapses whitespace', page('', '<p>خرج   <b>500</b>\n  <a href="#">مدني</a></p>'), 'خرج 500 مدني'],
    ['turns <br> into a line break', page('', '<p>سطر<br>سطر آخر</p>'), 'سطر\nسطر آخر'],
    ['decodes entities', page('', '<p>&quot;نحو&quot; &amp; &#1575;&#x644; &lt;500&gt;&nbsp;شخص</p>'), '"نحو" & ال <500>\u00a0شخص'],
    ['keeps only the <article> when the page has one', page('', '<header>الموقع</header><div>خبر جانبي</div><article><header><h1>العنوان</h1></header><p>المتن</p><footer>وسوم</footer></article><div>تعليقات</div>'), 'العنوان\n\nالمتن'],
    ['else only the <main>', page('', '<div>شريط</div><main><p>المتن</p></main><div>ذيل</div>'), 'المتن'],
    ['else the whole body without its header', page('', '<header>الموقع</header><div>المتن</div>'), 'المتن'],
    ['keeps line breaks of <pre>', page('', '<pre>أ\nب</pre>'), 'أ\nب'],
    ['reads a fragment too', '<p>خرج</p><p>وصل</p>', 'خرج\n\nوصل'],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each<[string, string, string | null]>([
    ['article:published_time', page('<meta name="date" content="2018-01-01"><meta property="article:published_time" content="2018-05-03T10:00:00+03:00">', '<p>x</p>'), '2018-05-03T10:00:00+03:00'],
    ['itemprop datePublished', page('<meta itemprop="datePublished" content="2018-05-04">', '<p>x</p>'), '2018-05-04'],
    ['<time datetime> when no metadata', page('', '<article><time datetime="2018-05-05">5 أيار</time><p>x</p></article>'), '2018-05-05'],
    ['metadata before <time>', page('<meta property="article:published_time" content="2018-05-06">', '<time datetime="2018-05-05">x</time>'), '2018-05-06'],
    ['none', page('', '<p>x</p>'), null],
  ])('publication date from %s', (_, html, published) => {
    expect(htmlToText(html).published).toBe(published);
  });

  type Trace = Pick<ReturnType<typeof htmlToText>, 'title' | 'url' | 'outlet'>;
  it.each<[string, string, Trace]>([
    ['<title> and a canonical link', page('<title> خبر\n عاجل </title><link rel="canonical" href="https://news.example/a">', '<p>x</p>'), { title: 'خبر عاجل', url: 'https://news.example/a', outlet: null }],
    ['Open Graph wins over <title>, canonical over og:url', page('<title>موقع | خبر</title><meta property="og:title" content="خبر"><meta property="og:url" content="https://news.example/og"><link rel="canonical" href="https://news.example/c"><meta property="og:site_name" content="موقع">', '<p>x</p>'), { title: 'خبر', url: 'https://news.example/c', outlet: 'موقع' }],
    ['og:url when no canonical link', page('<meta property="og:url" content="https://news.example/og">', '<p>x</p>'), { title: null, url: 'https://news.example/og', outlet: null }],
    ['an <svg> title in the story is no headline', page('', '<article><svg><title>icon</title></svg><p>x</p></article>'), { title: null, url: null, outlet: null }],
    ['none', page('', '<p>x</p>'), { title: null, url: null, outlet: null }],
  ])('trace from %s', (_, html, trace) => {
    expect(htmlToText(html)).toMatchObject(trace);
  });
});

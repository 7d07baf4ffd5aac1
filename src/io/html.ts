// A saved web page → its article text. Page furniture (scripts, styles, navigation, headers,
// footers, asides, forms) is dropped; paragraphs, headings and list items become blocks separated
// by a blank line; entities are decoded. When the page marks its story with <article> (or <main>),
// only that part is kept. Offsets of the output then index this extracted text, not the HTML.
// The page's date, headline, address and site name are read from its metadata.
import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';

// Loaded on the first page: plain-text and JSONL runs never need the parser (it costs every start some 2 ms).
let htmlparser2: typeof Htmlparser2 | null = null;

export interface HtmlArticle {
  text: string;
  /** Raw publication date from the page's metadata (not validated), or null. */
  published: string | null;
  /** The headline (og:title, else <title>), or null. */
  title: string | null;
  /** The page's own address (canonical link, else og:url), or null. */
  url: string | null;
  /** The site's name (og:site_name), or null. */
  outlet: string | null;
}

/** Content that starts like an HTML document (leading comments and whitespace allowed). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 4096));
}

/** Elements whose whole content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
  'head', 'title', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'footer', 'dialog',
]);

/** Dropped outside the story only: inside <article> a <header> holds the headline. */
const DROPPED_OUTSIDE_STORY = new Set(['header']);

/** Elements that start and end a block of text. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'caption', 'summary', 'details', 'center',
]);

/** Metadata naming the publication date, best first. */
/** Metadata tracing the page: headline, address, site. */
const TRACE_META = ['og:title', 'og:url', 'og:site_name'];

const DATE_META = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date'];

interface Block {
  text: string;
  region: 'article' | 'main' | 'page';
}

export function htmlToText(html: string): HtmlArticle {
  const blocks: Block[] = [];
  let line = '';
  let lines: string[] = [];
  let dropped = 0;
  let inArticle = 0;
  let inMain = 0;
  let inPre = 0;
  const metaDates = new Map<string, string>();
  let timeDate: string | null = null;
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let titleText: string | null = null;
  let inTitle = false;

  const region = (): Block['region'] => (inArticle ? 'article' : inMain ? 'main' : 'page');
  const endLine = () => {
    const t = line.replace(/[ \t\f\r\n]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push({ text: lines.join('\n'), region: region() });
    lines = [];
  };
  const drops = (name: string) => DROPPED.has(name) || (DROPPED_OUTSIDE_STORY.has(name) && !inArticle);

  const { Parser } = (htmlparser2 ??= createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const value = attrs.content ?? attrs.datetime;
          if (value && DATE_META.includes(key) && !metaDates.has(key)) metaDates.set(key, value.trim());
          if (attrs.content && TRACE_META.includes(key) && !meta.has(key)) meta.set(key, attrs.content.trim());
          return;
        }
        if (name === 'link' && attrs.rel?.toLowerCase().split(/\s+/).includes('canonical') && attrs.href) canonical ??= attrs.href.trim();
        // The document's <title> only: an <svg> inside the body has titles of its own.
        if (name === 'title' && titleText === null && !inArticle && !inMain) (inTitle = true), (titleText = '');
        if (name === 'time' && attrs.datetime && timeDate === null && !dropped) timeDate = attrs.datetime.trim();
        if (dropped || drops(name)) {
          dropped += drops(name) ? 1 : 0;
          return;
        }
        if (BLOCK.has(name)) endBlock();
        if (name === 'article') inArticle++;
        if (name === 'main') inMain++;
        if (name === 'pre') inPre++;
        if (name === 'br') (inPre ? (line += '\n') : endLine());
      },
      ontext(data) {
        if (inTitle) titleText = (titleText ?? '') + data;
        if (dropped) return;
        if (inPre) {
          // Preformatted text keeps its line breaks.
          const parts = data.split('\n');
          parts.forEach((p, i) => {
            if (i) endLine();
            line += p;
          });
        } else line += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (dropped) {
          if (drops(name)) dropped--;
          return;
        }
        if (BLOCK.has(name)) endBlock();
        if (name === 'article') inArticle = Math.max(0, inArticle - 1);
        if (name === 'main') inMain = Math.max(0, inMain - 1);
        if (name === 'pre') inPre = Math.max(0, inPre - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  endBlock();

  const story = (['article', 'main'] as const).find((r) => blocks.some((b) => b.region === r));
  const kept = story ? blocks.filter((b) => b.region === story) : blocks;
  const published = DATE_META.map((k) => metaDates.get(k)).find((v) => v) ?? timeDate;
  const clean = (v: string | null | undefined) => v?.replace(/\s+/g, ' ').trim() || null;
  return {
    text: kept.map((b) => b.text).join('\n\n'),
    published,
    title: clean(meta.get('og:title')) ?? clean(titleText),
    url: clean(canonical) ?? clean(meta.get('og:url')),
    outlet: clean(meta.get('og:site_name')),
  };
}

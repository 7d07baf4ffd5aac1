// The review page as a writer: the head goes out with the first document, each article's section
// as its result comes, the index and script at the end. Only the index entries are kept.
import type { Sink } from '../sink.js';
import type { DocumentWriter } from '../writers.js';
import { articleSection, pageHead, pageTail, type IndexEntry } from './page.js';

export function htmlWriter(sink: Sink): DocumentWriter {
  const entries: IndexEntry[] = [];
  const start = async () => {
    if (!entries.length) await sink.write(pageHead());
  };
  return {
    async write(doc, article) {
      if (!article) throw new Error('the html writer needs the article text');
      await start();
      const { html, entry } = articleSection(doc, article.text, article.title, entries.length);
      entries.push(entry);
      await sink.write(html);
    },
    async end() {
      await start();
      await sink.write(pageTail(entries));
    },
  };
}

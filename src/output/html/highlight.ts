// An article's text with every extraction marked: the figures of its records, places, corridors,
// dates, quotes and their speakers. Marks may overlap (a place inside a quote), so the text is cut
// at every mark boundary and each piece lists all the marks that cover it; the first piece of a
// mark is focusable, and the page shows a mark's fields from `tips` on hover or focus.
import type { DocumentResult, Evacuation, Quote } from '../../schema.js';
import { countText } from '../table.js';
import { esc } from './escape.js';

export const MARK_TYPES = ['figure', 'place', 'corridor', 'date', 'quote', 'speaker'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

export interface Mark {
  id: string;
  type: MarkType;
  start: number;
  end: number;
}

export interface Tip {
  type: MarkType;
  fields: [label: string, value: string][];
}

/** Element ids of one article's items: `a3-r0` is record 0 of article 3. */
export const ids = (article: number) => ({
  record: (i: number) => `a${article}-r${i}`,
  place: (i: number) => `a${article}-p${i}`,
  corridor: (i: number) => `a${article}-c${i}`,
  date: (i: number) => `a${article}-d${i}`,
  quote: (i: number) => `a${article}-q${i}`,
  speaker: (i: number) => `a${article}-s${i}`,
});

const names = (places: readonly { name: string }[]) => places.map((p) => p.name).join('، ') || '—';

export function recordFields(e: Evacuation): [string, string][] {
  return [
    ['count', countText(e)],
    ['who', e.group.replaceAll('_', ' ')],
    ['kind', e.kind],
    ['status', e.status],
    ['from', names(e.origin)],
    ['to', names(e.destination)],
    ['date', e.date ?? '—'],
    ['corridor', e.corridor ?? '—'],
    ['source', e.source?.name ?? '—'],
    ['confidence', e.confidence.toFixed(2)],
  ];
}

const speakerName = (q: Quote) => q.speaker.name ?? q.speaker.title ?? q.speaker.organization;

/**
 * Where the speaker is named: the contract gives the name, not its offsets, so the occurrence
 * nearest the quote stands for it (the attribution sits next to what was said).
 */
function speakerSpan(text: string, q: Quote): [number, number] | null {
  const name = speakerName(q);
  if (!name) return null;
  let best: { at: number; distance: number } | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const distance = at >= q.end ? at - q.end : q.start >= at + name.length ? q.start - at - name.length : 0;
    if (!best || distance < best.distance) best = { at, distance };
  }
  return best && [best.at, best.at + name.length];
}

/** Every mark of one document and what its tooltip shows. */
export function marksOf(doc: DocumentResult, text: string, article: number): { marks: Mark[]; tips: Record<string, Tip> } {
  const id = ids(article);
  const marks: Mark[] = [];
  const tips: Record<string, Tip> = {};
  const mark = (mid: string, type: MarkType, start: number, end: number, fields: [string, string][]) => {
    if (end <= start || end > text.length) return;
    marks.push({ id: mid, type, start, end });
    tips[mid] = { type, fields };
  };
  doc.evacuations.forEach((e, i) => {
    for (const m of e.mentions) mark(id.record(i), 'figure', m.start, m.end, recordFields(e));
  });
  doc.places.forEach((p, i) => {
    const fields: [string, string][] = [['place', p.name], ['english', p.en ?? '—'], ['type', p.type], ['admin1', p.admin1 ?? '—'],
      ['country', p.country ?? '—'], ['p-code', p.id ?? '—'], ['roles', p.roles.join(', ') || '—']];
    for (const m of p.mentions) mark(id.place(i), 'place', m.start, m.end, fields);
  });
  doc.corridors.forEach((c, i) => {
    const fields: [string, string][] = [['corridor', c.name], ['kind', c.kind], ['humanitarian', c.humanitarian ? 'yes' : 'no'], ['places', names(c.places)]];
    for (const m of c.mentions) mark(id.corridor(i), 'corridor', m.start, m.end, fields);
  });
  doc.dates.forEach((d, i) => {
    mark(id.date(i), 'date', d.start, d.end, [['date', d.value ?? '—'], ['precision', d.precision], ['relative', d.relative ? 'yes' : 'no']]);
  });
  doc.quotes.forEach((q, i) => {
    const who: [string, string][] = [['speaker', q.speaker.name ?? '—'], ['title', q.speaker.title ?? '—'], ['organization', q.speaker.organization ?? '—']];
    mark(id.quote(i), 'quote', q.start, q.end, [...who, ['verb', q.verb ?? '—'], ['direct', q.direct ? 'yes' : 'no'], ['outlet', q.outlet ?? '—']]);
    const at = speakerSpan(text, q);
    if (at) mark(id.speaker(i), 'speaker', at[0], at[1], who);
  });
  return { marks, tips };
}

/** The text as HTML: pieces between mark boundaries, each wrapped in the marks covering it. */
export function highlightedText(text: string, marks: readonly Mark[]): string {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const firstPiece = new Set<string>();
  let html = '';
  for (let k = 0; k < cuts.length - 1; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const piece = esc(text.slice(from, to));
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    if (!covering.length) {
      html += piece;
      continue;
    }
    const types = [...new Set(covering.map((m) => m.type))];
    const markIds = [...new Set(covering.map((m) => m.id))];
    // One tab stop per mark: its first piece.
    const opens = markIds.filter((mid) => !firstPiece.has(mid));
    for (const mid of opens) firstPiece.add(mid);
    html += `<span class="hl ${types.map((t) => `t-${t}`).join(' ')}" data-ids="${esc(markIds.join(' '))}"${opens.length ? ' tabindex="0"' : ''}>${piece}</span>`;
  }
  return html;
}

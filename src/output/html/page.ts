// The review page in three parts, so that it can be written as results come: the head (styles,
// legend, filters, the shared map outlines), one section per article, and the tail (the index of
// articles and the page script). Styles and script are the files in assets/, inlined: the page is
// one file that works offline, and its Content-Security-Policy forbids any network request.
import { readFileSync } from 'node:fs';
import type { DocumentResult, Evacuation } from '../../schema.js';
import { countText } from '../table.js';
import { esc, jsonForScript } from './escape.js';
import { highlightedText, ids, marksOf, MARK_TYPES, type MarkType } from './highlight.js';
import { articleMap, worldDefs } from './map.js';

const asset = (name: string) => readFileSync(new URL(`../../../assets/${name}`, import.meta.url), 'utf8');

/** Relevance comes with newer results; older ones have none. */

export interface IndexEntry {
  anchor: string;
  id: string;
  title: string | null;
  records: number;
  relevance: number;
}

const LEGEND: Record<MarkType, string> = {
  figure: 'figure of a record',
  place: 'place',
  corridor: 'corridor or crossing',
  date: 'date',
  quote: 'quote',
  speaker: 'speaker',
};

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function pageHead(): string {
  const legend = MARK_TYPES.map((t) => `<li><span class="hl t-${t}">${LEGEND[t]}</span></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>evac-extract review</title>
<style>${asset('review.css')}</style>
</head>
<body>
${worldDefs()}
<header class="toolbar">
<h1>evac-extract review</h1>
<ul class="legend" aria-label="Legend">${legend}</ul>
<form class="filters" aria-label="Filters">
<label>kind <select name="kind"><option value="">all</option><option>evacuation</option><option>return</option><option>displacement</option></select></label>
<label>status <select name="status"><option value="">all</option><option>completed</option><option>planned</option></select></label>
<label>relevance ≥ <input name="relevance" type="number" min="0" max="1" step="0.1" value="0"></label>
</form>
<span class="progress" aria-live="polite"></span>
<button type="button" class="export">Export reviewed (JSONL)</button>
<details class="keys"><summary>Keys</summary><p><kbd>j</kbd>/<kbd>k</kbd> next/previous record · <kbd>Enter</kbd> its evidence · <kbd>Esc</kbd> back to the record · <kbd>c</kbd> correct · <kbd>w</kbd> wrong · <kbd>e</kbd> correct a field · <kbd>n</kbd>/<kbd>p</kbd> next/previous article</p></details>
</header>
<main>
`;
}

function recordRow(e: Evacuation, index: number, recordId: string): string {
  const cells: [field: string, value: string][] = [
    ['count', countText(e)],
    ['group', e.group.replaceAll('_', ' ')],
    ['kind', e.kind],
    ['status', e.status],
    ['origin', e.origin.map((p) => p.name).join('، ')],
    ['destination', e.destination.map((p) => p.name).join('، ')],
    ['date', e.date ?? ''],
    ['corridor', e.corridor ?? ''],
    ['source', e.source?.name ?? ''],
    ['confidence', e.confidence.toFixed(2)],
  ];
  return `<tr id="${esc(recordId)}-row" data-record="${esc(recordId)}" data-index="${index}" data-kind="${esc(e.kind)}" data-status="${esc(e.status)}" tabindex="-1">`
    + `<td>${index + 1}</td>${cells.map(([f, v]) => `<td data-field="${f}">${esc(v)}</td>`).join('')}`
    + '<td class="verdict"><button type="button" data-verdict="correct" aria-pressed="false" title="correct (c)">✓</button>'
    + '<button type="button" data-verdict="wrong" aria-pressed="false" title="wrong (w)">✗</button>'
    + '<button type="button" data-action="edit" title="correct a field (e)">✎</button></td></tr>';
}

const HEADS = ['#', 'count', 'who', 'kind', 'status', 'from', 'to', 'date', 'corridor', 'source', 'conf.', 'review'];

export function articleSection(doc: DocumentResult, text: string, title: string | null, n: number): { html: string; entry: IndexEntry } {
  const anchor = `a${n}`;
  const id = ids(n);
  const { marks, tips } = marksOf(doc, text, n);
  const meta = [doc.published ? `published ${doc.published}` : 'no date', `language ${doc.language}`,
    `relevance ${doc.relevance.toFixed(2)}`, `${doc.evacuations.length} record${doc.evacuations.length === 1 ? '' : 's'}`]
    .filter((s): s is string => s !== null);
  const warnings = doc.warnings.length ? `<ul class="warnings">${doc.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '';
  const rows = doc.evacuations.map((e, i) => recordRow(e, i, id.record(i))).join('');
  const table = doc.evacuations.length
    ? `<table class="records"><thead><tr>${HEADS.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="norecords">No evacuation records.</p>';
  const dir = doc.language === 'en' ? 'ltr' : 'rtl';
  const html = `<section class="article" id="${anchor}" data-relevance="${doc.relevance}">
<header><h2><span class="docid">${esc(doc.id)}</span>${title ? ` <bdi class="title">${esc(title)}</bdi>` : ''}</h2>
<p class="meta">${meta.map(esc).join(' · ')}</p>${warnings}</header>
<div class="content"><div class="text" dir="${dir}" lang="${esc(doc.language === 'unknown' ? 'ar' : doc.language)}">${highlightedText(text, marks)}</div>
<figure class="mapbox">${articleMap(doc, id.record)}</figure></div>
${table}
<script type="application/json" class="article-data">${jsonForScript({ doc, tips })}</script>
</section>
`;
  return { html, entry: { anchor, id: doc.id, title, records: doc.evacuations.length, relevance: doc.relevance } };
}

export function pageTail(entries: readonly IndexEntry[]): string {
  const items = entries
    .map((e) => `<li data-article="${e.anchor}"><a href="#${e.anchor}"><span class="docid">${esc(e.id)}</span>${e.title ? ` <bdi>${esc(e.title)}</bdi>` : ''}</a> <span class="count" title="records">${e.records}</span></li>`)
    .join('');
  return `</main>
<nav class="index" aria-label="Articles"><h2>${entries.length} article${entries.length === 1 ? '' : 's'}</h2><ol>${items}</ol></nav>
<div class="tip" role="tooltip" hidden></div>
<script>${asset('review.js')}</script>
</body>
</html>
`;
}

// The terminal view: per article a header line, its evacuation records as a table, the speakers
// with a short quote, and the warnings. Arabic is shaped and put in visual order (see shape.ts)
// unless the terminal does bidi itself; column widths are measured in display cells.
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { DocumentResult, Evacuation, PlaceRef, Quote } from '../schema.js';
import { visualLine } from './shape.js';

export interface TableStyle {
  /** Shape Arabic and reorder it for terminals without bidi support. */
  shape: boolean;
  /** ANSI colour and bold (off for NO_COLOR and when not writing to a terminal). */
  colour: boolean;
  /** Terminal width in columns. */
  width: number;
}

/** Relevance comes with newer results (contract: optional for older ones). */

const QUALIFIER_SIGN: Record<Evacuation['qualifier'], string> = {
  exact: '',
  about: '~',
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  up_to: '≤',
  range: '',
  vague: '',
};

/** The figure with its hedge: "~300", "≥40 families", "300–500", "some" when there is none. */
export function countText(e: Evacuation): string {
  const figure =
    e.qualifier === 'range' && e.min !== null && e.max !== null ? `${e.min}–${e.max}`
      : e.count !== null ? `${QUALIFIER_SIGN[e.qualifier]}${e.count}`
        : e.min !== null ? `≥${e.min}`
          : 'some';
  return e.unit === 'family' ? `${figure} families` : figure;
}

const SHORT_QUOTE = 70;

/** The first words of a quote, cut at a word boundary. */
export function shortQuote(text: string, limit = SHORT_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}

/** Words into lines of at most `width` cells, in logical order (shaping comes after, per line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && stringWidth(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const ANSI = { bold: (s: string) => `\x1b[1m${s}\x1b[22m`, dim: (s: string) => `\x1b[2m${s}\x1b[22m`, yellow: (s: string) => `\x1b[33m${s}\x1b[39m` };

type Shape = (line: string) => string;

interface Column {
  head: string;
  /** Widest the column wraps to, before the terminal width is shared out. */
  max: number;
  /** The cell's lines, shaped, at most `width` cells wide (unless one word is wider). */
  lines(e: Evacuation, width: number, shape: Shape): string[];
}

/** A text cell: wrapped in logical order, then each line shaped (wrapping visual text would put a sentence's end first). */
const text = (value: (e: Evacuation) => string | null) => (e: Evacuation, width: number, shape: Shape) => wrap(value(e) ?? '', width).map(shape);

/**
 * "a, b → c" kept left to right so that the arrow points from origin to destination, each name
 * shaped on its own (a whole shaped line would run right to left), and lines broken between names.
 */
function route(e: Evacuation, width: number, shape: Shape): string[] {
  const names = (places: readonly PlaceRef[]) => (places.length ? places.map((p, i) => `${shape(p.name)}${i < places.length - 1 ? ',' : ''}`) : ['?']);
  return pack([...names(e.origin), '→', ...names(e.destination)], width);
}

/** Units side by side, separated by spaces, in lines of at most `width` cells. */
function pack(units: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const unit of units) {
    const last = lines.length - 1;
    if (last >= 0 && stringWidth(`${lines[last]} ${unit}`) <= width) lines[last] = `${lines[last]} ${unit}`;
    else lines.push(unit);
  }
  return lines;
}

const COLUMNS: Column[] = [
  { head: 'count', max: 14, lines: text(countText) },
  { head: 'who', max: 14, lines: text((e) => e.group.replaceAll('_', ' ')) },
  { head: 'kind', max: 12, lines: text((e) => e.kind) },
  { head: 'status', max: 9, lines: text((e) => e.status) },
  { head: 'from → to', max: 34, lines: route },
  { head: 'date', max: 10, lines: text((e) => e.date) },
  { head: 'corridor', max: 20, lines: text((e) => e.corridor) },
  { head: 'source', max: 20, lines: text((e) => e.source?.name ?? null) },
];

/** Column maxima shrunk to fit the terminal: borders and padding take 3 cells per column, plus 1. */
function fitWidths(width: number): number[] {
  const room = width - (3 * COLUMNS.length + 1);
  const total = COLUMNS.reduce((n, c) => n + c.max, 0);
  const scale = Math.min(1, room / total);
  return COLUMNS.map((c) => Math.max(6, Math.floor(c.max * scale)));
}

/** One article for the terminal; `title` is the input's own, when it gave one. */
export function renderDocument(doc: DocumentResult, title: string | null, style: TableStyle): string {
  // Control characters from an article (an ESC starting a terminal sequence) are never printed.
  const shapeLine: Shape = (s) => {
    const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return style.shape ? visualLine(clean) : clean;
  };
  const out: string[] = [];

  const head = [shapeLine(doc.id), title ? shapeLine(title) : null, doc.published ? `published ${doc.published}` : null, doc.language,
    `relevance ${doc.relevance.toFixed(2)}`].filter((s): s is string => s !== null);
  out.push(style.colour ? ANSI.bold(head.join(' · ')) : head.join(' · '));

  if (doc.evacuations.length) {
    const widths = fitWidths(style.width);
    const table = new Table({
      head: COLUMNS.map((c) => c.head),
      style: { head: style.colour ? ['cyan'] : [], border: style.colour ? ['grey'] : [] },
      wordWrap: false,
    });
    for (const e of doc.evacuations) table.push(COLUMNS.map((c, i) => c.lines(e, widths[i]!, shapeLine).join('\n')));
    out.push(table.toString());
  } else out.push(style.colour ? ANSI.dim('  no evacuation records') : '  no evacuation records');

  if (doc.quotes.length) {
    out.push('speakers:');
    for (const q of doc.quotes) out.push(`  ${speakerLine(q, shapeLine)}`);
  }
  if (doc.warnings.length) {
    out.push('warnings:');
    for (const w of doc.warnings) out.push(`  ${style.colour ? ANSI.yellow('!') : '!'} ${shapeLine(w)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** "name، title: «quote»" as one line, so that in Arabic it runs right to left as a whole. */
function speakerLine(q: Quote, shape: Shape): string {
  const who = [q.speaker.name, q.speaker.title, q.speaker.organization].filter((s): s is string => !!s);
  const name = who.length ? who.join('، ') : q.anonymous ? 'anonymous source' : 'unnamed';
  return shape(`${name}: «${shortQuote(q.text)}»`);
}

// Shared by the dates tests: run the matcher on one text and read its hits as comparable rows.
import { findDateMentions } from '../src/dates/find.js';
import { analyse } from '../src/document.js';
import type { DateHit } from '../src/mentions.js';
import { loadRules } from '../src/rules/load.js';
import type { DatePrecision } from '../src/schema.js';

export type Row = [text: string, value: string | null, precision: DatePrecision, relative: boolean, role?: DateHit['role']];

export function dateHits(text: string, published: string | null): DateHit[] {
  return findDateMentions(analyse(text, { rules: loadRules(), published }));
}

/** Hits as rows (role spelled out). */
export function dateRows(text: string, published: string | null): Row[] {
  return dateHits(text, published).map((h) => [h.text, h.value, h.precision, h.relative, h.role]);
}

/** Expected rows with the default role filled in. */
export const withRoles = (rows: readonly Row[]): Row[] => rows.map(([t, v, p, r, role]) => [t, v, p, r, role ?? 'point']);

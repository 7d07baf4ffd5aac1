// What a parsed date expression means (an Anchor) and how it resolves to an ISO value against
// the publication date. Hijri dates convert through the Umm al-Qura tables. A value is given at
// the precision the text states; a span that does not fit one day/month/year (a week, a Hijri
// month) is reported at the finest precision that contains all of it.
import { gregorianToHijri, hijriToGregorian } from '@tabby_ai/hijri-converter';
// One module per function: the package as a whole is some 300 modules to load at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { lightFormat } from 'date-fns/lightFormat';
import { getDay } from 'date-fns/getDay';
import { isSameMonth } from 'date-fns/isSameMonth';
import { isSameYear } from 'date-fns/isSameYear';
import { nextDay } from 'date-fns/nextDay';
import { parseISO } from 'date-fns/parseISO';
import { previousDay } from 'date-fns/previousDay';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { Day } from 'date-fns';
import type { DatePrecision } from '../schema.js';

export type Calendar = 'gregorian' | 'hijri';
/**
 * `coming`: a day the text looks forward to (حتى، المقرر، يتوقع): the coming one when it is near.
 * `earlier`: a day a past tense tells of (وكان … قد وصلوا): on or before publication, however near
 * the coming one is, though the weekday named with it still decides.
 */
export type Dir = 'past' | 'next' | 'current' | 'coming' | 'earlier';
export type Unit = 'day' | 'week' | 'month' | 'year';
/** A stated year, or one counted from the publication year (من العام الماضي → shift -1). */
export type YearSpec = { y: number } | { shift: number };

export type Anchor =
  /**
   * A day of a month; without a year, the one that `dir` selects, else the one that falls on the
   * weekday `dow` named with it (الأحد 19 مارس), else the one on or before published.
   */
  | { t: 'day'; cal: Calendar; m: number; d: number; year: YearSpec | null; dir: Dir | null; dow?: number }
  | { t: 'month'; cal: Calendar; m: number; year: YearSpec | null; dir: Dir | null }
  | { t: 'year'; cal: Calendar; y: number }
  | { t: 'weekday'; dow: number; dir: Dir | null }
  /** The weekday nearest to published + n days (أمس الخميس: the Thursday nearest to yesterday). */
  | { t: 'nearWeekday'; dow: number; n: number }
  /** published + n units (اليوم، أمس، منذ يومين، الشهر الماضي). */
  | { t: 'shift'; unit: Unit; n: number }
  /** Day d of the month `shift` months from published (الثالث من الشهر الجاري). */
  | { t: 'dayInMonth'; d: number; shift: number }
  /** The Saturday-to-Friday week `n` weeks from published's (الأسبوع الماضي). */
  | { t: 'week'; n: number }
  /** The `days` days up to published (خلال الأيام الثلاثة الماضية): no one day, the month they fall in. */
  | { t: 'span'; days: number };

export interface Resolution {
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const PATTERN: Record<DatePrecision, string> = { day: 'yyyy-MM-dd', month: 'yyyy-MM', year: 'yyyy' };
const at = (date: Date | null, precision: DatePrecision) => ({ value: date ? lightFormat(date, PATTERN[precision]) : null, precision });

function gregorianDay({ y, m, d }: Ymd): Date | null {
  if (y < 1000 || y > 9999) return null;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** The Gregorian day of a date in `cal`, or null when it does not exist or is outside the tables. */
function toDate(cal: Calendar, ymd: Ymd): Date | null {
  if (cal === 'gregorian') return gregorianDay(ymd);
  try {
    const g = hijriToGregorian({ year: ymd.y, month: ymd.m, day: ymd.d });
    return gregorianDay({ y: g.year, m: g.month, d: g.day });
  } catch {
    return null;
  }
}

function fromDate(cal: Calendar, date: Date): Ymd | null {
  const g = { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
  if (cal === 'gregorian') return g;
  try {
    const h = gregorianToHijri({ year: g.y, month: g.m, day: g.d });
    return { y: h.year, m: h.month, d: h.day };
  } catch {
    return null;
  }
}

/** The value of the span [from, to] at the finest of `finest` and coarser precisions that holds it whole. */
function enclosing(from: Date | null, to: Date | null, finest: DatePrecision): { value: string | null; precision: DatePrecision } {
  if (!from || !to) return { value: null, precision: finest };
  if (finest === 'day' && from.getTime() === to.getTime()) return at(from, 'day');
  if (finest !== 'year' && isSameMonth(from, to)) return at(from, 'month');
  return isSameYear(from, to) ? at(from, 'year') : { value: null, precision: 'year' };
}

function monthSpan(cal: Calendar, y: number, m: number): [Date | null, Date | null] {
  const next = m === 12 ? toDate(cal, { y: y + 1, m: 1, d: 1 }) : toDate(cal, { y, m: m + 1, d: 1 });
  return [toDate(cal, { y, m, d: 1 }), next && addDays(next, -1)];
}

/** Lexicographic comparison of (month[, day]) tuples. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/**
 * Days ahead of publication within which a day given without a year is the coming one, unless the
 * text says it is past: an article names next month's match, deadline or flights by their day (يوم ٢
 * فبراير written on 28 January, حتى انتهاء المهلة في 31 آب), and a day a year ago would come with its
 * year or الماضي.
 */
const COMING_DAYS = 45;

/**
 * The year of a month (and day) given without one: the occurrence on or before published, or
 * strictly before for a month "الماضي", or strictly after for "المقبل". A day a few weeks ahead is
 * the coming one (a deadline: "حتى انتهاء المهلة المقررة في 31 آب"), not the same day a year ago.
 */
function inferYear(p: Ymd, md: readonly number[], dir: Dir | null, isMonth: boolean): number {
  const cmp = compare(md, isMonth ? [p.m] : [p.m, p.d]);
  if (dir === 'current') return p.y;
  if (dir === 'next') return cmp > 0 ? p.y : p.y + 1;
  if (dir === 'past' && isMonth) return cmp < 0 ? p.y : p.y - 1;
  // A day a future word looks forward to (من المقرر أن يبدأ التسليم في الأول من سبتمبر) is still to
  // come: later this year, however far, or early next year within the coming days' reach.
  if (dir === 'coming' && !isMonth) {
    if (cmp > 0) return p.y;
    const ahead = (Date.UTC(p.y + 1, md[0]! - 1, md[1]!) - Date.UTC(p.y, p.m - 1, p.d)) / 86_400_000;
    if (ahead <= COMING_DAYS) return p.y + 1;
  }
  // ... and so is one early next year (يوم 2 جانفي written on 28 December).
  if (!isMonth && cmp !== 0 && dir !== 'past' && dir !== 'earlier') {
    const y = cmp > 0 ? p.y : p.y + 1;
    const ahead = (Date.UTC(y, md[0]! - 1, md[1]!) - Date.UTC(p.y, p.m - 1, p.d)) / 86_400_000;
    if (ahead <= COMING_DAYS) return y;
  }
  return cmp <= 0 ? p.y : p.y - 1;
}

/** Of the years around publication, the nearest one in which the day falls on its weekday, or null. */
function yearOnWeekday(a: { cal: Calendar; m: number; d: number; dow?: number }, pc: Ymd, p: Date): number | null {
  let best: number | null = null;
  let gap = Infinity;
  for (const y of [pc.y - 1, pc.y, pc.y + 1]) {
    const date = toDate(a.cal, { y, m: a.m, d: a.d });
    if (!date || getDay(date) !== a.dow) continue;
    const g = Math.abs(date.getTime() - p.getTime());
    if (g < gap) [best, gap] = [y, g];
  }
  return best;
}

function yearOf(spec: YearSpec | null, p: Ymd | null, infer: () => number): number | null {
  if (spec && 'y' in spec) return spec.y;
  if (!p) return null;
  return spec ? p.y + spec.shift : infer();
}

function weekday(p: Date, dow: number, dir: Dir | null): Date {
  const day = dow as Day;
  if (dir === 'past') return previousDay(p, day);
  if (dir === 'next') return nextDay(p, day);
  if (dir === 'coming') return getDay(p) === dow ? p : nextDay(p, day);
  return getDay(p) === dow ? p : previousDay(p, day);
}

/** Whether resolving `a` needs the publication date. */
export function isRelative(a: Anchor): boolean {
  return (a.t === 'day' || a.t === 'month') ? !(a.year && 'y' in a.year) : a.t !== 'year';
}

/** The last publication date read: every date of an article, and often the next article, resolve against the same one. */
let lastPublished: { day: string; date: Date } | null = null;

function publishedDate(day: string): Date {
  if (lastPublished?.day !== day) lastPublished = { day, date: parseISO(day) };
  return lastPublished.date;
}

export function resolve(a: Anchor, published: string | null): Resolution {
  const relative = isRelative(a);
  const p = published ? publishedDate(published) : null;
  return { ...value(a, p), relative };
}

function value(a: Anchor, p: Date | null): { value: string | null; precision: DatePrecision } {
  switch (a.t) {
    case 'year': {
      if (a.cal === 'gregorian') return { value: String(a.y).padStart(4, '0'), precision: 'year' };
      const next = toDate('hijri', { y: a.y + 1, m: 1, d: 1 });
      return enclosing(toDate('hijri', { y: a.y, m: 1, d: 1 }), next && addDays(next, -1), 'year');
    }
    case 'month': {
      const pc = p && fromDate(a.cal, p);
      const y = yearOf(a.year, pc, () => inferYear(pc!, [a.m], a.dir, true));
      if (y === null) return { value: null, precision: 'month' };
      return enclosing(...monthSpan(a.cal, y, a.m), 'month');
    }
    case 'day': {
      const pc = p && fromDate(a.cal, p);
      // A weekday decides the year unless the text does (الجمعة 13 مايو الجاري: a writer's slip on the day).
      const byWeekday = () => (a.dow === undefined || (a.dir !== null && a.dir !== 'coming' && a.dir !== 'earlier') ? null : yearOnWeekday(a, pc!, p!));
      const y = yearOf(a.year, pc, () => byWeekday() ?? inferYear(pc!, [a.m, a.d], a.dir, false));
      return at(y === null ? null : toDate(a.cal, { y, m: a.m, d: a.d }), 'day');
    }
    case 'weekday':
      return at(p && weekday(p, a.dow, a.dir), 'day');
    case 'nearWeekday': {
      if (!p) return { value: null, precision: 'day' };
      // Days from the relative day to the weekday, in -3..3: the nearer side wins.
      const base = addDays(p, a.n);
      const ahead = (a.dow - getDay(base) + 7) % 7;
      return at(addDays(base, ahead > 3 ? ahead - 7 : ahead), 'day');
    }
    case 'shift': {
      if (!p) return { value: null, precision: a.unit === 'week' ? 'day' : a.unit };
      if (a.unit === 'month') return at(addMonths(p, a.n), 'month');
      if (a.unit === 'year') return at(addYears(p, a.n), 'year');
      return at(addDays(p, a.unit === 'week' ? 7 * a.n : a.n), 'day');
    }
    case 'dayInMonth': {
      const base = p && addMonths(p, a.shift);
      return at(base && gregorianDay({ y: base.getFullYear(), m: base.getMonth() + 1, d: a.d }), 'day');
    }
    case 'week': {
      if (!p) return { value: null, precision: 'month' };
      const start = addDays(startOfWeek(p, { weekStartsOn: 6 }), 7 * a.n);
      return enclosing(start, addDays(start, 6), 'month');
    }
    case 'span':
      return p ? enclosing(addDays(p, -a.days), p, 'month') : { value: null, precision: 'month' };
  }
}

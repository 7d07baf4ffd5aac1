// Scores one document result against a gold file in the format of shared/spec/GOLD.md, so the
// team's own fixtures are an accuracy test that runs without shared/. Same matching rules as the
// shared scorer: names compared after folding, evacuation figures keyed by value or min-max.
import type { DocumentResult, Evacuation } from '../../src/schema.js';

export interface GoldEvacuation {
  count?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  optional?: boolean;
  [attribute: string]: unknown;
}

type NameAlts = string | string[];

export interface Gold {
  id: string;
  published?: string;
  evacuations?: GoldEvacuation[];
  places?: { required?: NameAlts[]; optional?: NameAlts[] };
  corridors?: { required?: string[][]; optional?: string[][] };
  officials?: { required?: { name: string; aliases?: string[] }[]; optional?: { name: string; aliases?: string[] }[] };
  dates?: { required?: string[]; optional?: string[] };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

export function norm(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640\u200c-\u200f\u202a-\u202e]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ');
}

const alts = (g: NameAlts): string[] => (Array.isArray(g) ? g : [g]).map(norm);
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [] });

function matchSets<P, G>(required: G[], optional: G[], predicted: P[], same: (p: P, g: G) => boolean, show: (x: P | G) => string): Tally {
  const t = tally();
  const req = [...required];
  const opt = [...optional];
  for (const p of predicted) {
    const i = req.findIndex((g) => same(p, g));
    if (i >= 0) {
      req.splice(i, 1);
      t.tp++;
      continue;
    }
    const j = opt.findIndex((g) => same(p, g));
    if (j >= 0) opt.splice(j, 1);
    else {
      t.fp++;
      t.misses.push(`false hit: ${show(p)}`);
    }
  }
  for (const g of req) {
    t.fn++;
    t.misses.push(`missed: ${show(g)}`);
  }
  return t;
}

const evKey = (e: { qualifier?: string | null; count?: number | null; min?: number | null; max?: number | null }) => {
  if (e.qualifier === 'range' || (e.count == null && e.min != null && e.max != null && e.min !== e.max)) return `${e.min}-${e.max}`;
  const v = e.count ?? e.min ?? e.max;
  return v == null ? null : String(v);
};

export interface Score {
  counts: Tally;
  attributes: { right: number; total: number; misses: string[] };
  places: Tally;
  corridors: Tally;
  officials: Tally;
  dates: Tally;
}

export function score(gold: Gold, doc: DocumentResult): Score {
  const goldEv = (gold.evacuations ?? []).filter((e) => evKey(e) != null);
  const req = goldEv.filter((e) => !e.optional && e.qualifier !== 'vague');
  const opt = goldEv.filter((e) => e.optional || e.qualifier === 'vague');
  const counts = tally();
  const attributes = { right: 0, total: 0, misses: [] as string[] };
  const names = (list: unknown) => ((list as unknown[]) ?? []).map((p) => norm(typeof p === 'string' ? p : (p as { name?: string })?.name)).filter(Boolean);
  for (const e of doc.evacuations.filter((x) => evKey(x) != null)) {
    const k = evKey(e);
    let i = req.findIndex((x) => evKey(x) === k && x.kind === e.kind);
    if (i < 0) i = req.findIndex((x) => evKey(x) === k);
    if (i >= 0) {
      const g = req.splice(i, 1)[0]!;
      counts.tp++;
      for (const a of ['kind', 'status', 'group', 'qualifier', 'cumulative'] as const) {
        if (g[a] === undefined) continue;
        attributes.total++;
        if (g[a] === e[a as keyof Evacuation]) attributes.right++;
        else attributes.misses.push(`${k} ${a}: gold ${String(g[a])}, got ${String(e[a as keyof Evacuation])}`);
      }
      for (const a of ['origin', 'destination'] as const) {
        if (g[a] === undefined) continue;
        attributes.total++;
        const goldNames = new Set(names(g[a]));
        if (names(e[a]).some((n) => goldNames.has(n))) attributes.right++;
        else attributes.misses.push(`${k} ${a}: gold ${JSON.stringify(g[a])}, got ${JSON.stringify(names(e[a]))}`);
      }
      continue;
    }
    const j = opt.findIndex((x) => evKey(x) === k);
    if (j >= 0) opt.splice(j, 1);
    else {
      counts.fp++;
      counts.misses.push(`false hit: ${k} ${e.kind} «${e.mentions[0]?.text}»`);
    }
  }
  for (const g of req) {
    counts.fn++;
    counts.misses.push(`missed: ${evKey(g)} ${String(g.kind)} ${String(g.group)}`);
  }

  const predPlaces = [...new Set(doc.places.map((p) => norm(p.name)).filter(Boolean))];
  const places = matchSets(gold.places?.required ?? [], gold.places?.optional ?? [], predPlaces, (n, g) => alts(g).includes(n), String);
  const predCorr = doc.corridors.map((c) => names(c.places).concat(norm(c.name)));
  const corridors = matchSets(gold.corridors?.required ?? [], gold.corridors?.optional ?? [], predCorr, (ns, g) => alts(g).some((a) => ns.includes(a)), (x) => JSON.stringify(x));
  const offNames = (o: { name: string; aliases?: string[] }) => alts([o.name, ...(o.aliases ?? [])]);
  const predOff = [...new Set(doc.quotes.map((q) => norm(q.speaker.name)).filter(Boolean))];
  const officials = matchSets(gold.officials?.required ?? [], gold.officials?.optional ?? [], predOff, (n, o) => offNames(o).includes(n), (x) => (typeof x === 'string' ? x : x.name));
  const predDates = [...new Set(doc.dates.map((d) => d.value).filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v)))];
  const dates = matchSets(gold.dates?.required ?? [], gold.dates?.optional ?? [], predDates, (v, g) => v === g, String);
  return { counts, attributes, places, corridors, officials, dates };
}

export const f1 = ({ tp, fp, fn }: Tally): number => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function sum(tallies: Tally[]): Tally {
  return tallies.reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn, misses: [...a.misses, ...t.misses] }), tally());
}

// Repeats of one figure with the same kind and status are one record (OUTPUT.md): a report gives
// the headline number, then quotes the official giving it again. The merged record keeps every
// mention and takes each missing detail from the later mentions.
import type { Evacuation, PlaceRef } from '../schema.js';

const figureKey = (e: Evacuation): string =>
  e.qualifier === 'range' ? `${e.min}-${e.max}` : e.count !== null ? String(e.count) : `vague:${e.mentions[0]!.text}`;

const unionPlaces = (a: PlaceRef[], b: PlaceRef[]): PlaceRef[] => [...a, ...b.filter((p) => !a.some((q) => q.name === p.name))];

function absorb(into: Evacuation, e: Evacuation): void {
  into.mentions.push(...e.mentions);
  into.origin = unionPlaces(into.origin, e.origin);
  into.destination = unionPlaces(into.destination, e.destination);
  if (into.group === 'people' && e.group !== 'people') into.group = e.group;
  // A headline drops the hedge its story keeps ("أجلت 88 ألف شخص" over "أجلت نحو 88 ألف شخص"): a
  // figure said to be approximate anywhere is approximate (the bounds of both are the figure).
  if (into.qualifier === 'exact' && e.qualifier === 'about') into.qualifier = 'about';
  into.cumulative ||= e.cumulative;
  into.since ??= e.since;
  into.date ??= e.date;
  into.corridor ??= e.corridor;
  into.buses ??= e.buses;
  into.source ??= e.source;
  into.part_of ??= e.part_of;
  into.confidence = Math.max(into.confidence, e.confidence);
}

/**
 * Merges repeats. A record's `part_of` comes in as the input offset of the whole figure's mention
 * and goes out as the index of the record holding that mention (or null).
 */
export function mergeRepeats(records: readonly Evacuation[]): Evacuation[] {
  const byKey = new Map<string, Evacuation>();
  const out: Evacuation[] = [];
  for (const e of records) {
    const key = `${figureKey(e)}|${e.kind}|${e.status}`;
    const seen = byKey.get(key);
    if (seen) absorb(seen, e);
    else {
      const copy = { ...e, mentions: [...e.mentions] };
      byKey.set(key, copy);
      out.push(copy);
    }
  }
  for (const [i, e] of out.entries()) {
    if (e.part_of === null) continue;
    const at = e.part_of;
    const whole = out.findIndex((x) => x.mentions.some((m) => m.start === at));
    e.part_of = whole >= 0 && whole !== i ? whole : null;
  }
  return out;
}

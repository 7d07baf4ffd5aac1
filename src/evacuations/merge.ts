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
  into.cumulative ||= e.cumulative;
  into.since ??= e.since;
  into.date ??= e.date;
  into.corridor ??= e.corridor;
  into.buses ??= e.buses;
  into.source ??= e.source;
  into.confidence = Math.max(into.confidence, e.confidence);
}

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
  return out;
}

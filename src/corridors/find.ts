import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, PlaceHit } from '../mentions.js';
import type { Corridor } from '../schema.js';

export function findCorridorMentions(doc: AnalysedDocument, places: readonly PlaceHit[]): CorridorHit[] {
  void doc;
  void places;
  return [];
}

/** One Corridor per distinct name, with every mention. */
export function toCorridors(hits: readonly CorridorHit[]): Corridor[] {
  const byName = new Map<string, Corridor>();
  for (const h of hits) {
    if (h.backReference) continue;
    const c = byName.get(h.corridor.name) ?? { ...h.corridor, mentions: [] };
    c.mentions.push(h.span);
    byName.set(h.corridor.name, c);
  }
  return [...byName.values()];
}

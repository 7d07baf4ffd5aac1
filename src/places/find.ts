import type { AnalysedDocument } from '../document.js';
import type { PlaceHit } from '../mentions.js';
import type { Place } from '../schema.js';

export function findPlaceMentions(doc: AnalysedDocument): PlaceHit[] {
  void doc;
  return [];
}

/** One Place per distinct name, with every role and mention. */
export function toPlaces(hits: readonly PlaceHit[]): Place[] {
  const byName = new Map<string, Place>();
  for (const h of hits) {
    const p = byName.get(h.ref.name) ?? { ...h.ref, roles: [], mentions: [] };
    if (h.role && !p.roles.includes(h.role)) p.roles.push(h.role);
    p.mentions.push(h.span);
    byName.set(h.ref.name, p);
  }
  return [...byName.values()];
}

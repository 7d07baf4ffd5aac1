import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, DateHit, NumberHit, PlaceHit, QuoteHit } from '../mentions.js';
import type { Evacuation } from '../schema.js';

export interface Evidence {
  numbers: readonly NumberHit[];
  dates: readonly DateHit[];
  places: readonly PlaceHit[];
  corridors: readonly CorridorHit[];
  quotes: readonly QuoteHit[];
}

export function linkEvacuations(doc: AnalysedDocument, evidence: Evidence): Evacuation[] {
  void doc;
  void evidence;
  return [];
}

// A map layer: one RFC 7946 GeoJSON FeatureCollection for the whole batch. Every located place of a
// document is a Point; every record whose origin and destination are both located is a LineString
// from the first located origin to the first located destination. Properties carry what a map
// popup needs and what traces the feature back: document id, url, title. Streamed like JSON: the
// collection opens at once and each document's features follow as it is done.
import type { DocumentResult, Evacuation, Place, PlaceRef } from '../schema.js';
import { pcodeOf } from './pcode.js';
import type { Sink } from './sink.js';
import type { DocumentWriter } from './writers.js';

type Position = [lon: number, lat: number];

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] };
  properties: Record<string, unknown>;
}

const position = (p: PlaceRef): Position | null => (p.lat !== null && p.lon !== null ? [p.lon, p.lat] : null);

const firstLocated = (places: readonly PlaceRef[]) => places.find((p) => position(p));

const trace = (doc: DocumentResult) => ({ document: doc.id, url: doc.url ?? null, title: doc.title ?? null, published: doc.published });

function placeFeature(doc: DocumentResult, place: Place, at: Position): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      feature: 'place',
      name: place.name,
      en: place.en,
      type: place.type,
      admin1: place.admin1,
      country: place.country,
      pcode: pcodeOf(place),
      place_id: place.id,
      roles: place.roles,
      mentions: place.mentions.length,
      ...trace(doc),
    },
  };
}

function movementFeature(doc: DocumentResult, e: Evacuation): Feature | null {
  const from = firstLocated(e.origin);
  const to = firstLocated(e.destination);
  if (!from || !to) return null;
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [position(from)!, position(to)!] },
    properties: {
      feature: 'movement',
      count: e.count,
      min: e.min,
      max: e.max,
      unit: e.unit,
      group: e.group,
      kind: e.kind,
      status: e.status,
      date: e.date,
      origin: from.name,
      origin_en: from.en,
      origin_pcode: pcodeOf(from),
      destination: to.name,
      destination_en: to.en,
      destination_pcode: pcodeOf(to),
      evidence: e.mentions[0]!.text,
      ...trace(doc),
    },
  };
}

/** The features of one document: its located places, then its located movements. */
export function documentFeatures(doc: DocumentResult): Feature[] {
  const points = doc.places.flatMap((p) => {
    const at = position(p);
    return at ? [placeFeature(doc, p, at)] : [];
  });
  const lines = doc.evacuations.flatMap((e) => movementFeature(doc, e) ?? []);
  return [...points, ...lines];
}

export function geojsonWriter(sink: Sink): DocumentWriter {
  let count = 0;
  const open = () => sink.write('{"type":"FeatureCollection","features":[');
  return {
    async write(doc) {
      const features = documentFeatures(doc);
      if (!features.length) return;
      const body = features.map((f) => JSON.stringify(f)).join(',\n');
      if (!count) await open();
      await sink.write(`${count ? ',\n' : '\n'}${body}`);
      count += features.length;
    },
    end: async () => {
      if (!count) await open();
      await sink.write(count ? '\n]}\n' : ']}\n');
    },
  };
}

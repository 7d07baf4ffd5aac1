// The review page's maps. Country outlines (world-atlas, Natural Earth 1:110m) are projected once
// into one SVG group; each article's map reuses that group (<use>) and crops it to the article's
// places with its viewBox, then draws the places as points and each record's origin → destination
// as an arrow. Everything is computed here, so the page needs no script or network for it.
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { DocumentResult, PlaceRef } from '../../schema.js';
import { esc } from './escape.js';

const require = createRequire(import.meta.url);

/** Projected world: 1 unit is about 1/10 degree of longitude at the equator. */
const projection = geoMercator().scale(573).translate([1800, 1400]).precision(0.1);

export const WORLD_ID = 'world';

let outlines: string | undefined;

/** The hidden SVG holding the projected country outlines, once per page. */
export function worldDefs(): string {
  if (outlines === undefined) {
    const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topology, topology.objects.countries);
    const path = geoPath(projection).digits(1);
    outlines = countries.features.map((f) => `<path d="${path(f) ?? ''}"><title>${esc(f.properties.name)}</title></path>`).join('');
  }
  // The arrowhead scales with its line's stroke width, which each map sets to its own zoom.
  const arrowhead = '<marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker>';
  return `<svg class="defs" aria-hidden="true" width="0" height="0"><defs>${arrowhead}<g id="${WORLD_ID}">${outlines}</g></defs></svg>`;
}

type Point = [x: number, y: number];

const at = (p: PlaceRef): Point | null => (p.lat !== null && p.lon !== null ? (projection([p.lon, p.lat]) as Point) : null);

const round = (n: number) => Math.round(n * 10) / 10;

/** One article's map, or a note when none of its places has coordinates. */
export function articleMap(doc: DocumentResult, recordId: (index: number) => string): string {
  const places = new Map<string, { place: PlaceRef; xy: Point }>();
  const add = (p: PlaceRef) => {
    const xy = at(p);
    if (xy) places.set(`${p.name}|${p.lat}|${p.lon}`, { place: p, xy });
    return xy;
  };
  for (const p of doc.places) add(p);
  const routes: { id: string; label: string; a: Point; b: Point }[] = [];
  doc.evacuations.forEach((e, i) => {
    for (const from of e.origin) {
      for (const to of e.destination) {
        const a = add(from);
        const b = add(to);
        if (a && b && (a[0] !== b[0] || a[1] !== b[1])) routes.push({ id: recordId(i), label: `${from.name} → ${to.name}`, a, b });
      }
    }
  });
  if (!places.size) return '<p class="nomap">No place with coordinates.</p>';

  const xs = [...places.values()].map((p) => p.xy[0]);
  const ys = [...places.values()].map((p) => p.xy[1]);
  // At least ~4 degrees across, so that a single town still shows its country around it.
  const size = Math.max(40, Math.max(...xs) - Math.min(...xs), (Math.max(...ys) - Math.min(...ys)) * 1.6) * 1.3;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const box = [cx - size / 2, cy - size / 3.2, size, size / 1.6].map(round);
  // Points, labels and lines keep the same size on screen whatever the zoom.
  const r = round(size / 90);
  const arrows = routes.map(({ id, label, a, b }) =>
    `<line class="route" data-record="${esc(id)}" x1="${round(a[0])}" y1="${round(a[1])}" x2="${round(b[0])}" y2="${round(b[1])}" stroke-width="${round(r / 2)}" marker-end="url(#arrowhead)"><title>${esc(label)}</title></line>`);
  const points = [...places.values()].map(({ place, xy }) =>
    `<g class="place"><circle cx="${round(xy[0])}" cy="${round(xy[1])}" r="${r}"/><text x="${round(xy[0] + r * 1.4)}" y="${round(xy[1] + r)}" font-size="${round(r * 3)}">${esc(place.name)}</text><title>${esc([place.name, place.en].filter(Boolean).join(' · '))}</title></g>`);
  return `<svg class="map" viewBox="${box.join(' ')}" role="img" aria-label="Map of the article's places"><use href="#${WORLD_ID}"/>${arrows.join('')}${points.join('')}</svg>`;
}

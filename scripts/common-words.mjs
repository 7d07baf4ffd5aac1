// Generates rules/places-common.yaml: gazetteer names that are also everyday Arabic words, read from
// word use in a corpus of ordinary news (JSONL with a `text` field), not typed one by one.
//  - a name (or alias) met often but seldom after a place cue (في، من، مدينة، بلدة ...) is marked
//    ambiguous: it counts as a place only with a cue (الأزرق "blue", نصيب "share", دوما "always");
//  - a word that reads as clitic + name (بصدد → صدد، لقاح → قاح، باراك → اراك) but is met far more
//    often than the name alone is a word of its own: it is never split.
// Usage: node scripts/common-words.mjs CORPUS.jsonl [more.jsonl ...]  (after npm run build)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../dist/text/normalize.js';
import { entryNames } from '../dist/places/gazetteer.js';
import { loadRules } from '../dist/rules/load.js';

const rules = loadRules();

const MIN_SEEN = 6; // occurrences before a name's use can be judged
const MAX_CUED = 0.3; // share of cued occurrences below which a name is a common word
const MAX_CUED_STRONG = 0.2; // below this, a preposition is no cue for a division abroad (بحجة "on the pretext", من عصابة "of a gang")
const MIN_CUED_CAPITAL = 0.02; // a capital cued less often than this is read as another word (فينا "in us", not Vienna)
const GLUED_RATIO = 2; // clitic + name met this many times more often than the name: a word of its own
const CUES = new Set(['في', 'من', 'الي', 'نحو', 'باتجاه', 'قرب', 'مدينه', 'بلده', 'قريه', 'منطقه', 'محافظه', 'ولايه', 'حي', 'مخيم',
  'معبر', 'ريف', 'شمال', 'جنوب', 'شرق', 'غرب', 'بلدتي', 'مدينتي', 'عاصمه', 'داخل', 'اطراف', 'ضواحي', 'بمدينه', 'ببلده', 'بمنطقه',
  'هضبه', 'جزيره', 'ميناء', 'مطار', 'بلدات', 'مدن', 'قري', 'بمحافظه', 'لمدينه', 'مدينة', 'قضاء', 'ناحيه']);
const CLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'ك'];
// Countries, Syria's governorates and the region's capitals stand for their governments uncued
// (أعلنت الدوحة). Other countries' divisions and the world cities from CLDR (ids gn:) are judged
// like towns: some are everyday words (الداخلية) or English ones in Arabic letters (ديلي "Daily").
const exempt = (e) => e.type === 'country' || (e.type === 'governorate' && !!e.pcode) || (CAPITALS.has(e.en) && !e.id.startsWith('gn:'));
const CAPITALS = new Set(createRequire(import.meta.url)('world-countries').flatMap((c) => c.capital ?? []));
const WORD = /[\p{L}\p{N}]+/gu;

const gazDir = new URL('../rules/gazetteer/', import.meta.url);
const names = new Map(); // folded single-word name -> type
const exemptNames = new Set(); // names an exempt entry carries: never judged, whatever else they name (مخيم فلسطين → فلسطين)
const capitals = new Set(); // folded single-word names of exempt capitals, judged only by MIN_CUED_CAPITAL
const allNames = new Set(); // every folded single-word name, exempt ones too
// Names only the generated divisions of other Arab countries carry (ids iso:XX-YY): news this tool
// reads name them far less often than the word they spell, so a preposition is no cue for them.
const focus = new Set(); // names some other entry carries
for (const f of readdirSync(gazDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(new URL(f, gazDir), 'utf8')).entries ?? []) {
    // The names the matcher finds the entry by, those without a type word too (مخيم السد → السد).
    for (const n of entryNames(rules, { ...e, aliases: e.aliases ?? [] })) {
      const w = n.match(WORD) ?? [];
      if (w.length === 1) allNames.add(w[0]);
      if (w.length === 1 && !e.id.startsWith('iso:')) focus.add(w[0]);
      if (w.length === 1 && w[0].length >= 3 && !exempt(e)) names.set(w[0], e.type);
      else if (w.length === 1) exemptNames.add(w[0]);
      if (w.length === 1 && w[0].length >= 3 && exempt(e) && e.type !== 'country') capitals.add(w[0]);
    }
  }
}

for (const n of exemptNames) names.delete(n);

const seen = new Map();
const cued = new Map();
for (const file of process.argv.slice(2)) {
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line.trim()) continue;
    const words = fold(JSON.parse(line).text ?? '').match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if ((names.has(w) || capitals.has(w)) && i > 0 && CUES.has(words[i - 1])) cued.set(w, (cued.get(w) ?? 0) + 1);
    }
  }
}

const cuedShare = (n) => (cued.get(n) ?? 0) / seen.get(n);
// A name that reads as a clitic and a word the news write far more often with the article (لحج:
// ل + حج, "the Hajj"; not لبنان) is that word behind its clitic unless a cue makes it the place.
const cliticWord = (n) => /^[لبوفك]/.test(n) && n.length >= 3 && !capitals.has(n)
  && (seen.get(`ال${n.slice(1)}`) ?? 0) >= MIN_SEEN && (seen.get(`ال${n.slice(1)}`) ?? 0) > GLUED_RATIO * (seen.get(n) ?? 0);
const judged = [...names.keys()].filter((n) => (seen.get(n) ?? 0) >= MIN_SEEN).sort();
const strong = judged.filter((n) => !focus.has(n) && cuedShare(n) < MAX_CUED_STRONG);
// A capital stands for its government uncued (أعلنت الدوحة), but one that is never cued at all is
// another word spelt like it (فينا "in us", an alias of Vienna).
const uncuedCapitals = [...capitals].filter((n) => !names.has(n) && (seen.get(n) ?? 0) >= MIN_SEEN && cuedShare(n) < MIN_CUED_CAPITAL);
const common = [...new Set([...judged.filter((n) => !strong.includes(n) && cuedShare(n) < MAX_CUED), ...uncuedCapitals, ...[...names.keys()].filter(cliticWord)])].sort();
const glued = [];
for (const n of names.keys()) {
  for (const c of CLITICS) {
    const w = c + n;
    // لبنان is a name itself, not ل + بنان; ولبنان is و + لبنان. فاطمة, met far more often than
    // اطمة, is a word of its own, not ف + اطمة.
    if (allNames.has(w) || (c.length > 1 && /^[وف]/.test(c) && allNames.has(w.slice(1)))) continue;
    // A clitic cannot follow the article: اللقاح and باللقاح tell that لقاح is a word, not ل + قاح.
    const uses = ['', 'ال', 'وال', 'بال'].reduce((sum, a) => sum + (seen.get(a + w) ?? 0), 0);
    if (uses >= MIN_SEEN && uses > GLUED_RATIO * (seen.get(n) ?? 0)) glued.push(w);
  }
}
glued.sort();

const yaml = `# Generated by scripts/common-words.mjs from word use in ordinary news; do not edit by hand.
# Gazetteer names that are also everyday words count as places only with a cue (type word, place
# preposition, a list of places); words that merely start like clitic + name are never split.
kind: places
ambiguous:
  strong: [${strong.join(', ')}]
  preposition: [${common.join(', ')}]
wholeWords: [${glued.join(', ')}]
`;
writeFileSync(new URL('../rules/places-common.yaml', import.meta.url), yaml);
console.log(`${strong.length + common.length} common-word names (${strong.length} need more than a preposition), ${glued.length} whole words`);

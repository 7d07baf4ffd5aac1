// The gazetteer as a matcher: the text layer's phrase index over the folded words of every name
// and alias, built once per compiled rule set, so a scan of the text tries each reading of a word
// once and the longest name from it. Also the lookup API other matchers use (corridors resolve
// the name after ممر).
import { fold } from '../text/normalize.js';
import type { CompiledRules } from '../rules/kinds.js';
import { derivedTable } from '../rules/derived.js';
import type { PlaceRef, PlaceType } from '../schema.js';
import type { GazetteerEntry } from './gazetteer-rules.js';
import type { Ambiguity, CompiledPlacesRules } from './rules.js';
import { firstStartingAt } from '../text/search.js';
import { PhraseIndex } from '../text/phrases.js';
import { phraseWords } from '../text/words.js';
import { readings } from '../text/readings.js';
import { joined, placeForms, withoutConjunction, type Bare, type PlaceText } from './words.js';

export type PlaceRules = Pick<CompiledRules, 'gazetteer' | 'places' | 'morphology'>;

/** The words of a phrase (a name, a cue) in matching form, as the matcher compares them. */
const words = (rules: PlaceRules, folded: string): string[] => phraseWords(folded, rules.morphology).map((w) => w.text);

/** A phrase read as a text of its own. */
function phraseText(rules: PlaceRules, folded: string): PlaceText {
  const m = rules.morphology;
  return { text: folded, words: phraseWords(folded, m), morphology: m, readings: (f) => readings(m, f), written: (s, e) => folded.slice(s, e) };
}

/** What a phrase of the index names: gazetteer entries, or words that are not places. */
export interface PlaceName {
  entries: GazetteerEntry[];
  /** The folded name, for the ambiguity list. */
  key: string;
  /** A phrase of rules `notPlaces`: its words are not places. */
  block: boolean;
  /**
   * A person's title opens the phrase and no entry is named by it as a whole: it is only a name
   * with its type word dropped (مخيم الحاج علي → الحاج علي), and alone names the person.
   */
  titled: boolean;
}

export type PlaceIndex = PhraseIndex<PlaceName>;

/**
/**
 * Every folded phrase the matcher finds an entry by: its name and aliases, each also without its
 * type word, and with a name particle joined. scripts/common-words.mjs judges these same names.
 */
export function entryNames(rules: PlaceRules, entry: GazetteerEntry): Set<string> {
  const { typeWords } = rules.places;
  const names = new Set<string>();
  for (const raw of [entry.name, ...entry.aliases]) {
    const ws = words(rules, fold(raw));
    if (ws.length === 0) continue;
    names.add(ws.join(' '));
    // A name written with its type word (مخيم اليرموك) is also found without it, as the text
    // often drops the word or puts it before a list; only where that word could name this
    // kind of place (مطار دمشق, an airport of type other, does not make دمشق an airport).
    // Nor when what is left starts with a word the rules reserve (معبر جديدة → جديدة, "new").
    const tw = ws.length > 1 ? typeWords.get(ws[0]!) : undefined;
    if (tw && (tw.type === entry.type || tw.prefer.includes(entry.type)) && !rules.places.reserved.has(ws[1]!)) {
      names.add(ws.slice(1).join(' '));
    }
  }
  // أبو سالم is also written أبوسالم: a particle the writer may join to the next word.
  for (const n of [...names]) {
    const joined = n.replace(rules.places.joinedParticles, '$1$2');
    if (joined !== n) names.add(joined);
  }
  return names;
}

/**
 * The phrases of the index in order: each name or alias in matching form with the gazetteer
 * entries it names (by their place in `rules.gazetteer.entries`), and whether it is a `notPlaces`
 * phrase. Plain data, so that `npm run build` can keep it for the built-in rules (reading every
 * name through the text layer is most of a one-article run's start-up).
 */
/** The name of the table in dist/rules.json. */
export const PLACE_NAMES = 'placeNames';

export type PlaceNameTable = [key: string, entries: number[], block: boolean][];

export function placeNameTable(rules: PlaceRules): PlaceNameTable {
  const byName = new Map<string, { entries: number[]; block: boolean }>();
  const named = (key: string) => {
    let n = byName.get(key);
    if (!n) byName.set(key, (n = { entries: [], block: false }));
    return n;
  };
  rules.gazetteer.entries.forEach((entry, at) => {
    for (const n of entryNames(rules, entry)) {
      const name = named(n);
      if (!name.entries.includes(at)) name.entries.push(at);
    }
  });
  for (const phrase of rules.places.notPlaces) named(words(rules, phrase).join(' ')).block = true;
  return [...byName].map(([key, n]) => [key, n.entries, n.block]);
}

function buildIndex(rules: PlaceRules): PlaceIndex {
  const table = (derivedTable(PLACE_NAMES, [rules.gazetteer, rules.places, rules.morphology]) as PlaceNameTable | undefined) ?? placeNameTable(rules);
  const { entries } = rules.gazetteer;
  // Indexed loops, no destructuring: this runs once per start over thousands of names, before the code is optimised.
  const byName: [string, PlaceName][] = new Array(table.length);
  for (let n = 0; n < table.length; n++) {
    const row = table[n]!;
    const at = row[1];
    const named: GazetteerEntry[] = new Array(at.length);
    for (let k = 0; k < at.length; k++) named[k] = entries[at[k]!]!;
    byName[n] = [row[0], { entries: named, key: row[0], block: row[2], titled: titledOnly(rules, row[0], named) }];
  }
  // Names are matched by the scanner from the forms its readings give (matchAt), not by a clitic policy.
  return new PhraseIndex(byName, {});
}

function titledOnly(rules: PlaceRules, key: string, named: readonly GazetteerEntry[]): boolean {
  const space = key.indexOf(' ');
  if (space < 0 || !rules.places.personTitles.has(key.slice(0, space))) return false;
  return !named.some((e) => [e.name, ...e.aliases].some((raw) => words(rules, fold(raw)).join(' ') === key));
}

const indexes = new WeakMap<object, WeakMap<object, PlaceIndex>>();
/** The last index asked for: a scan asks for the same one for every word. */
let recent: { rules: PlaceRules; index: PlaceIndex } | null = null;

/** The index for a rule set, built on first use and kept as long as the compiled rules live. */
export function placeIndex(rules: PlaceRules): PlaceIndex {
  if (recent && recent.rules.gazetteer === rules.gazetteer && recent.rules.places === rules.places) return recent.index;
  let byPlaces = indexes.get(rules.gazetteer);
  if (!byPlaces) indexes.set(rules.gazetteer, (byPlaces = new WeakMap()));
  let index = byPlaces.get(rules.places);
  if (!index) byPlaces.set(rules.places, (index = buildIndex(rules)));
  recent = { rules, index };
  return index;
}

export interface NameMatch {
  entries: readonly GazetteerEntry[];
  /** A `notPlaces` phrase: its words are not places. */
  block: boolean;
  ambiguity: Ambiguity | null;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  clitic: string;
  /** The first word's clitics include a conjunction. */
  conjunction: boolean;
  /** The preposition among them, or null. */
  preposition: string | null;
  /** Normalised range of the name without its clitics. */
  nStart: number;
  nEnd: number;
}

/** Which clitics the first word of a name may carry. */
export type CliticTest = (bare: Bare) => boolean;

const anyClitic: CliticTest = () => true;
const noClitic: CliticTest = (b) => b.clitic === '';

/**
 * Longest gazetteer name (or `notPlaces` phrase) starting at token `i`; a tie goes to the reading
 * with the shorter clitic. Words of a name must stand next to each other with only spaces between.
 * `forms`: the first word's bare forms, when the caller has them already.
 */
export function matchAt(
  rules: PlaceRules,
  src: PlaceText,
  i: number,
  clitics: CliticTest = anyClitic,
  forms?: readonly Bare[],
): NameMatch | null {
  const index = placeIndex(rules);
  const places = rules.places;
  const tokens = src.words;
  const tok = tokens[i];
  if (!tok) return null;
  let best: NameMatch | null = null;
  for (const bare of forms ?? placeForms(rules.morphology, tok.text, tok.readings, places.wholeWords)) {
    if (!clitics(bare)) continue;
    const m = index.longestFrom(bare.form, tokens, i, joined);
    const found = m && { name: m.value, last: m.next - 1 };
    // A one-word name needs a longer stem off a preposition than a phrase does (rules/morphology.yaml).
    if (!found || (found.last === i && bare.preposition && bare.stem < rules.morphology.minNameStem)) continue;
    // Longest name first; between readings of one length, the one that strips less (ولبنان is
    // و + لبنان, not ول + a shorter name).
    const span = found.last - i;
    const bestSpan = best ? best.last - best.first : -1;
    if (best && (span < bestSpan || (span === bestSpan && bare.clitic.length >= best.clitic.length))) continue;
    best = {
      entries: found.name.entries,
      block: found.name.block,
      ambiguity: ambiguityOf(places, found.name),
      first: i,
      last: found.last,
      clitic: bare.clitic,
      conjunction: bare.conjunction,
      preposition: bare.preposition,
      nStart: tok.start + bare.offset,
      nEnd: tokens[found.last]!.end,
    };
  }
  return best;
}

/** The stronger of what word use says of the name (the lists) and what the gazetteer says of its places. */
function ambiguityOf(places: CompiledPlacesRules, n: PlaceName): Ambiguity | null {
  if (n.titled || n.entries.some((e) => e.ambiguous)) return 'strong';
  return places.ambiguous.get(n.key) ?? null;
}

/** Entries whose name or alias is exactly `folded` (a name in matching form), for composed regions. */
export function entriesNamed(rules: PlaceRules, folded: string): readonly GazetteerEntry[] {
  return placeIndex(rules).get(words(rules, folded).join(' '))?.entries ?? [];
}

/**
 * The entry a mention stands for: the first of `prefer` types that some entry has (a type word
 * decided), else the highest priority, then the rules' type preference, then gazetteer order.
 */
export function chooseEntry(places: CompiledPlacesRules, entries: readonly GazetteerEntry[], prefer: readonly PlaceType[] = []): GazetteerEntry {
  for (const t of prefer) {
    const e = entries.find((x) => x.type === t);
    if (e) return e;
  }
  let best = entries[0]!;
  for (const e of entries) {
    if (e.priority > best.priority || (e.priority === best.priority && places.typeRank(e.type) < places.typeRank(best.type))) best = e;
  }
  return best;
}

/** A place reference without its surface text, which only a mention has. */
export type PlaceData = Omit<PlaceRef, 'text'>;

export function entryData(entry: GazetteerEntry): PlaceData {
  const { name, en, type, admin1, country, lat, lon, id } = entry;
  return { name, en, type, admin1, country, lat, lon, id };
}

export function toRef(entry: GazetteerEntry, text: string): PlaceRef {
  return { ...entryData(entry), text };
}

/**
 * The gazetteer place a whole phrase names (`الرستن`, `وبالرستن`, `مخيم الوافدين`, `بلدة قلعة
 * المضيق`), or null when the phrase is not exactly one known name. A leading type word chooses
 * among entries sharing the name; `prefer` does the same for callers that know the type.
 */
export function lookupPlace(rules: PlaceRules, phrase: string, prefer: readonly PlaceType[] = []): PlaceRef | null {
  const src = phraseText(rules, fold(phrase));
  const tokens = src.words;
  let i = 0;
  let types = prefer;
  const typeWord = tokens.length > 1 ? rules.places.typeWords.get(withoutConjunction(src, tokens[0]!.text)) : undefined;
  if (typeWord) {
    i = 1;
    types = [...prefer, ...typeWord.prefer];
  }
  const m = matchAt(rules, src, i, i === 0 ? anyClitic : noClitic);
  if (!m || m.block || m.last !== tokens.length - 1 || m.entries.length === 0) return null;
  return toRef(chooseEntry(rules.places, m.entries, types), phrase.trim());
}

/**
 * The longest gazetteer place starting at the word at normalised offset `at` of `src` (clitics
 * allowed), with its normalised range, or null. For matchers that meet a name while scanning.
 */
export function matchPlaceAt(
  rules: PlaceRules,
  src: PlaceText,
  at: number,
  prefer: readonly PlaceType[] = [],
): { ref: PlaceRef; nStart: number; nEnd: number; ambiguous: boolean } | null {
  const i = firstStartingAt(src.words, at);
  if (src.words[i]?.start !== at) return null;
  const m = matchAt(rules, src, i);
  if (!m || m.block || m.entries.length === 0) return null;
  const entry = chooseEntry(rules.places, m.entries, prefer);
  return { ref: toRef(entry, src.text.slice(m.nStart, m.nEnd)), nStart: m.nStart, nEnd: m.nEnd, ambiguous: !!entry.ambiguous };
}

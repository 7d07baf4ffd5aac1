// The linker's rules with the nationality nouns of the gazetteer's countries, and what every
// decision reads: the figure being linked, the people it counts, the movement it belongs to.
import type { NumberHit } from '../mentions.js';
import type { Group, MovementKind } from '../schema.js';
import { fold } from '../text/normalize.js';
import type { AnalysedDocument } from '../document.js';
import type { PlaceHit, QuoteHit } from '../mentions.js';
import type { MentionIndex } from '../text/search.js';
import type { Morphology } from '../text/morphology.js';
import type { Word } from '../text/words.js';
import type { Anaphor, Direction, MovementContext } from './endpoints.js';
import type { CompiledEvacuationsRules } from './rules.js';

/** A figure already taken as a count, and whom it counts. */
export interface Counted {
  num: NumberHit;
  who: Who;
  move: Move;
  cumulative: boolean;
  /** The figure it is a part of (an input offset), or null. */
  partOf: number | null;
  /** The kind its record was given, once it has one. */
  kind?: MovementKind;
}

export interface Who {
  group: Group;
  unit: 'person' | 'family';
  /** Normalised offset where the counted noun phrase ends (for the evidence span). */
  end: number;
  /** People who are counted but do not move in this sense (spectators, staff, suspects, patients). */
  notMover?: boolean;
  /** ... staff among them, whom a verb of transporting posts elsewhere rather than carries off. */
  staff?: boolean;
}

export interface Move {
  kind: MovementKind;
  distance: number;
  weak: boolean;
  /** Says how people moved, not why (نقل، وصول، خروج). */
  neutral?: boolean;
  /** A vehicle carries the people (15 حافلة تقل 600 مدني): a movement as strong as any, whatever its kind. */
  carried?: boolean;
  /** Index of the trigger word in the sentence. */
  at: number;
  /**
   * The kind the article tells of, for a neutral trigger or a vehicle's trip (`articleKind`): the record's kind, while
   * where people went from and to is still read as the trigger's own words say.
   */
  told?: MovementKind;
  /** The kind the figure's own noun names, for a neutral trigger (118 أسرة نازحة): before the article's. */
  named?: MovementKind;
}

/** The linker's lexicon plus the nationality nouns of the gazetteer's countries (سوري، مصريا، الأردنيين). */
export type LinkRules = CompiledEvacuationsRules & {
  /** How words are read (the article, the conjunctions and prepositions): the text layer's policy. */
  morphology: Morphology;
  national: (word: string) => boolean;
  /** The country (ISO code) whose nationals a word names, or null. */
  nationalityOf: (word: Word) => string | null;
  /** The word is written as a country's name (سوريا), which a nisba in the accusative may spell too. */
  countryName: (word: Word) => boolean;
};

const withNationals = new WeakMap<CompiledEvacuationsRules, WeakMap<Morphology, LinkRules>>();

/**
 * A country's name gives its nationality noun by the regular nisba: the article and a final ا، يا
 * or ة dropped, ي added (سوريا → سوري، الأردن → أردني، السعودية → سعودي), or its "land" ending
 * (أفغانستان → أفغاني), or where it does not, the gazetteer's `nationals` (بنغالي، أتراك); a figure
 * of them counts nationals (أجلت 512 أردنياً، عبور 15,600 سوري).
 */
export function linkRules(
  rules: CompiledEvacuationsRules,
  /** The gazetteer's countries, asked for only when the rules are first compiled. */
  countries: () => readonly { name: string; aliases?: readonly string[]; nationals?: readonly string[]; country: string | null }[],
  morphology: Morphology,
): LinkRules {
  let cached = withNationals.get(rules);
  if (!cached) withNationals.set(rules, (cached = new WeakMap()));
  let out = cached.get(morphology);
  if (!out) {
    const stems = new Map<string, string | null>();
    // The names themselves: after the partitive, سوريا is the country, not سوري in the accusative (سوريًا).
    const names = new Set<string>();
    const plurals = new Map<string, string | null>();
    for (const c of countries()) {
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const w = fold(n);
        if (/\s/.test(w)) continue;
        const bare = w.startsWith(morphology.article) ? w.slice(morphology.article.length) : w;
        names.add(w).add(bare);
        const ending = rules.endings.country_name.find((e) => bare.endsWith(e));
        const stem = ending ? bare.slice(0, -ending.length) : bare;
        if (stem.length >= 2 && !stems.has(stem)) stems.set(stem, c.country);
        // أفغانستان → أفغاني (and باكستان → باكستاني, as the name itself).
        const land = rules.endings.land_name.find((e) => bare.endsWith(e));
        const people = land ? bare.slice(0, -land.length) : '';
        if (people.length >= 3 && !stems.has(people)) stems.set(people, c.country);
      }
      // The nationality nouns the name does not give: a singular nisba takes the endings (بنغالي →
      // بنغاليون), a broken plural is a word of its own (أتراك).
      for (const n of c.nationals ?? []) {
        const w = fold(n);
        const nisba = rules.endings.nisba.find((e) => w.endsWith(e));
        if (nisba) stems.set(w.slice(0, -nisba.length), c.country);
        else plurals.set(w, c.country);
      }
    }
    const countryOf = (form: string): string | null | undefined => {
      if (plurals.has(form)) return plurals.get(form);
      const e = rules.endings.nisba.find((x) => form.endsWith(x) && form.length > x.length + 1 && stems.has(form.slice(0, -x.length)));
      return e === undefined ? undefined : stems.get(form.slice(0, -e.length));
    };
    const national = (form: string) => countryOf(form) !== undefined;
    const nationalityOf = (word: Word) => word.forms.map(countryOf).find((c) => c) ?? null;
    const countryName = (word: Word) => names.has(word.text);
    out = { ...rules, morphology, national, nationalityOf, countryName };
    cached.set(morphology, out);
  }
  return out;
}

/** A word some movement trigger names (any kind, weak or neutral ones too). */
export const isTrigger = (rules: LinkRules, w: Word): boolean => rules.triggers.some((t) => w.forms.some(t.test));

/**
 * A movement gone for: a trigger behind a clitic of purpose (لتنقل، لإجلاء), and with `article`
 * also behind the contraction (للعودة).
 */
export const goneFor = (rules: LinkRules, w: Word, article = false): boolean =>
  w.readings.some(
    (r) =>
      r.prefix.preposition !== null &&
      (article || !r.prefix.article) &&
      rules.grammar.purpose_clitics.has(r.prefix.preposition) &&
      rules.triggers.some((t) => t.test(r.stem)),
  );

export const onlySpaces = (text: string, from: number, to: number): boolean => /^\s*$/.test(text.slice(from, to));

/**
 * `f` worked out once per key: what every figure of a sentence (or clause) asks alike is read
 * once per document, so the work on a sentence grows with it, not with it times its figures.
 */
export function memo<K, V>(f: (k: K) => V): (k: K) => V {
  // Made on first ask: most documents have no figure, and never ask.
  let values: Map<K, V> | undefined;
  return (k) => {
    values ??= new Map();
    if (values.has(k)) return values.get(k)!;
    const v = f(k);
    values.set(k, v);
    return v;
  };
}

export function nearest<T extends { nStart: number }>(xs: readonly T[], num: { nStart: number }): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (!best || Math.abs(x.nStart - num.nStart) < Math.abs(best.nStart - num.nStart)) best = x;
  return best;
}

/** What every decision about one document's figures reads, built once per document. */
export interface LinkContext {
  doc: AnalysedDocument;
  rules: LinkRules;
  /** The words of sentence `si` (read once per sentence). */
  wordsOf: (si: number) => Word[];
  places: MentionIndex<PlaceHit>;
  /** The document's statements by their whole span. */
  statements: MentionIndex<QuoteHit>;
  /** Whether a place is named as the namesake of a crossing or corridor the document names (معبر الوافدين). */
  namesCrossing: (place: PlaceHit) => boolean;
  /** Whether a place is where a movement starts or ends (`directionOf` in its sentence). */
  direction: (place: PlaceHit) => Direction;
  /** The places of sentence `si` (`placesInSentence`). */
  placesIn: (si: number) => PlaceHit[];
  /** The anaphors of sentence `si` and the places they refer to (`anaphorsIn`). */
  anaphors: (si: number) => Anaphor[];
  /** Where the document's figures start: a figure is never what a trigger word governs. */
  figureStarts: ReadonlySet<number>;
  /** The places the article names as the start or end of a movement, in text order. */
  movement: MovementContext;
  /** The kind most of the article's specific triggers name, when one does (`articleKind`). */
  articleKind: () => MovementKind | null;
  /** The kind the article's triggers name most, however narrowly. */
  articleLeaning: () => MovementKind | null;
}

/** The figure being linked: its number, its sentence's words and the words it spans among them. */
export interface Figure {
  num: NumberHit;
  si: number;
  words: Word[];
  first: number;
  last: number;
}

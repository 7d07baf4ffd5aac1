// Where people moved from and to: the direction a place has in its sentence, anaphors, the
// article's movement context, and the corridor and buses a figure names.
import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, NumberHit, PlaceHit, QuoteHit } from '../mentions.js';
import type { PlaceRef } from '../schema.js';
import { toRef } from '../places/gazetteer.js';
import { MentionIndex, firstEndingAfter, firstStartingAt, lastMentionBefore } from '../text/search.js';
import type { Word } from '../text/words.js';
import { type Figure, type LinkContext, LinkRules, Move, goneFor, isTrigger, nearest } from './context.js';
import { homeward, ownHomes, ownHomesAfter } from './movement.js';
import { endsWithAny, groupOf } from './who.js';

const uniqueByName = (refs: PlaceRef[]): PlaceRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.name) && !!seen.add(r.name));
};

export type Direction = 'origin' | 'destination' | null;


/** An event preposition or a since-word (بعد، منذ): it opens a phrase of another event, which dates rather than places. */
const opensEvent = (rules: LinkRules, w: Word): boolean => rules.grammar.event_preps.has(w.text) || rules.sinceWords.has(w.text);

/**
 * "نزحت 1200 عائلة إلى غرب غزة": a direction region lies at the place it is built on, so that place
 * is an end of the movement too (a countryside, ريف حلب, is no part of the city and adds nothing).
 * Composed regions carry their base's id before `#`.
 */
function withBases(ctx: LinkContext, refs: PlaceRef[]): PlaceRef[] {
  const out: PlaceRef[] = [];
  for (const r of refs) {
    out.push(r);
    const base = r.type === 'region' && r.id ? /^(.+)#(?!rif)[^#]+$/.exec(r.id)?.[1] : undefined;
    const hit = base ? ctx.places.items.find((h) => h.ref.id === base) : undefined;
    if (hit && !refs.some((x) => x.name === hit.ref.name)) out.push(hit.ref);
  }
  return uniqueByName(out);
}

/**
 * Is this place where a movement starts or ends? Its cue says so (من → origin, إلى → destination),
 * or it stands a few words after one ("من منطقة منع الاشتباك في تل رفعت", "بالقرب من بلدة الرستن",
 * "إلى مراكز إيواء في منطقة جبرين"), or it is the object of a departure verb ("غادروا حي الوعر"),
 * or it is where the counted people are from ("سكان الفوعة"، "مسلحي مضايا"). Not the من of
 * "من خلال"، "كل من"، "بإشراف من".
 */
export function directionOf(rules: LinkRules, words: Word[], place: PlaceHit): Direction {
  const at = firstEndingAfter(words, place.nStart);
  if (locatedByDistance(rules, words, at) || onShoreOf(rules, words, at)) return null;
  if (place.ref.type === 'other' && words[at]!.forms.some((f) => rules.grammar.roads.has(f))) return null;
  const resumed = resumedBy(rules, words, firstEndingAfter(words, place.nEnd));
  if (resumed) return resumed;
  // "على عمق 500 متر من خط الحدود مع قطاع غزة"، "القرى القريبة من الحدود مع لبنان": the neighbour
  // a border is named by locates it, and is where people went only when they went to the border
  // (فروا إلى الحدود مع تركيا، نحو الشريط الحدودي مع الأردن، باتجاه معبر القلابات الحدودي مع إثيوبيا).
  if (at > 1 && rules.grammar.border_with.has(words[at - 1]!.text) && words[at - 2]!.forms.some((f) => rules.grammar.borders.has(f))) {
    for (let k = at - 3; k >= Math.max(0, at - 5); k--) if (toCue(rules, words, k)) return 'destination';
    return null;
  }
  if (fromInsideTo(rules, words, at)) return 'destination';
  if (roadLeadsTo(rules, words, at)) return null;
  if (place.role === 'origin' || place.role === 'destination') return place.role;
  if (place.role === 'via') return null;
  const g = rules.grammar;
  let spaced = true;
  const reach = place.role === 'location' && placedInside(rules, words, at, place) ? rules.reach.cue_phrase : rules.reach.cue;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    const w = words[k]!;
    if (w.forms.some((f) => g.roads.has(f))) return null;
    spaced &&= w.gap === 'space';
    // Past the usual reach, only a to-cue heading one run of words with nothing but spaces
    // between, its noun placed inside the place ("باتجاه مناطق سيطرة قوات الجيش السوري في محافظة حمص") ...
    if (k < at - rules.reach.cue) {
      // A figure ends the phrase (and نحو before one hedges it: "نحو 3 آلاف نازح في مخيمات عرسال").
      // So does a clause opening in it (إلى أن الهجوم الذي استهدف ...) or an event preposition.
      if (!spaced || g.from.has(w.text) || g.via.has(w.text) || isFigure(words[k + 1]!)) break;
      if (g.complementizers.has(w.text) || g.relative_pronouns.has(w.text) || opensEvent(rules, w)) break;
      // ... and only when the noun after the cue is in construct (no article: "مناطق سيطرة"), so the
      // run is one noun phrase, not a whole destination and an adjunct ("باتجاه الشمال وسط ...").
      if (toCue(rules, words, k)) return words[k + 1]!.readings.some((r) => r.prefix.article) ? null : 'destination';
      continue;
    }
    // "نحو أربيل ودهوك بعد سقوط قره قوش": an event preposition opens another phrase, and so does a
    // since-word ("الفارين إلى شرق تشاد منذ اندلاع الحرب في السودان").
    if (opensEvent(rules, w)) return null;
    if (g.from.has(w.text)) {
      const after = words[k + 1];
      const before = words[k - 1];
      if (after && after.forms.some(rules.fromNotOriginAfter)) return null;
      // "300 شخص من رعايا الهند تم إجلاؤهم من السودان": the country of a nationals noun is whose
      // citizens they are, not where they left.
      if (after && k + 1 < at && nationalsNoun(rules, after)) return null;
      return before && before.forms.some(rules.fromNotOriginBefore) ? null : 'origin';
    }
    if (toCue(rules, words, k)) return 'destination';
    if (g.via.has(w.text) || w.forms.some(rules.passingVerb)) return null;
    // "حطت في بوخارست طائرة أقلت 148 شخصا"، "700 أسرة استقرت في العريش": where a plane lands, a
    // ship docks or people settle, with people counted in its clause (not a ship that docks to
    // take them away: رست في مرفأ بيروت سفن).
    if (w.forms.some((f) => g.landing.has(f)) && placedInside(rules, words, at, place)) return countedInClause(words, at) ? 'destination' : null;
    if (w.forms.some(rules.departureVerb)) return toClitic(rules, words[at], place) ? 'destination' : 'origin';
    // "8 آلاف مهاجر دخلوا مدينة سبتة": the place an entry verb takes as its object, maybe behind its
    // type word, is where they went (not "دخلت عائلات سامراء", whose people are from it).
    const object = k === at - 1 || (k === at - 2 && rules.typeWords.has(words[at - 1]!.text));
    if (object && w.forms.some(rules.entryVerb)) return 'destination';
    // "إجلاء المدنيين المحاصرين في معضمية الشام": people held in a place leave it; so do people
    // evacuated in it (تم إجلاؤهم في الجبل الأخضر، إجلاء المدنيين في حلب).
    if (g.inside.has(w.text) && k > 0 && (words[k - 1]!.forms.some(rules.trapped) || evacuatedIn(rules, words, k) || livedIn(rules, words, k))) return 'origin';
    // "أهالي بلدتي الفوعة": a people noun in construct with the place (a type word may stand between).
    if (k >= at - rules.reach.construct && peopleInConstruct(rules, w)) return wentBackTo(rules, words, k, firstEndingAfter(words, place.nEnd - 1)) ? 'destination' : 'origin';
    // "نازحي/نازحين الموصل": the displaced of a place come from it, whatever the case ending.
    if (k === at - 1 && rules.endings.displaced_construct.some((e) => w.text.endsWith(e)) && rules.people.some((p) => (p.group === 'displaced' || p.group === 'refugees') && w.forms.some(p.test))) {
      return 'origin';
    }
  }
  return null;
}

/**
 * Word k is a to-word that heads a to-phrase: not إلى of إلى جانب or إضافة إلى ("besides", "in
 * addition to"), nor one before a movement noun (دفعت الغارات مليون شخص إلى النزوح داخل لبنان:
 * driven to flee, and the place after it is where they fled within).
 */
function toCue(rules: LinkRules, words: readonly Word[], k: number): boolean {
  const g = rules.grammar;
  if (!g.towards.has(words[k]!.text)) return false;
  const next = words[k + 1];
  const prev = words[k - 1];
  // ... nor نحو opening a figure: "about" (تضم نحو 160 شخصاً مخيم الركبان); a figure of shelters
  // is where people went (نقلت إلى 23 مدرسة في طرابلس).
  const shelters = (w: Word | undefined) => !!w && w.forms.some((f) => g.area_nouns.has(f) || g.camps.has(f) || rules.shelters.some((s) => s.length === 1 && s[0] === f));
  if (next && (g.not_towards_after.has(next.text) || isTrigger(rules, next) || (isFigure(next) && !shelters(words[k + 2])))) return false;
  return !(prev && prev.forms.some((f) => g.not_towards_before.has(f)));
}

/** The place is written behind a clitic meaning "to" (لإدلب). */
function toClitic(rules: LinkRules, word: Word | undefined, place: PlaceHit): boolean {
  if (!word || word.start >= place.nStart) return false;
  const skip = place.nStart - word.start;
  return word.readings.some((r) => r.prefix.text.length === skip && r.prefix.preposition !== null && rules.grammar.to_clitics.has(r.prefix.preposition));
}

/**
 * "صيدا التي نزح إليها 9 آلاف شخص"، "الفوعة التي خرج منها": a relative clause right after the place
 * (word `k` on) whose to- or from-pronoun, after its verb, takes the place up. So does a movement
 * verb's to-pronoun a few words on, in the next clause of its sentence before any other from/to
 * phrase or figure, when the people it counts come after it ("بيدوا، عاصمة إقليم باي، فر إليها أكثر
 * من 3 آلاف شخص"; not "عادوا من سوريا عبر معبر المصنع بعدما لجأوا إليها", whose pronoun is the
 * country, nor "7 آلاف من أهالي قرى ريف حمص فروا إليها", where the place says whose people they are).
 */
function resumedBy(rules: LinkRules, words: Word[], k: number): Direction {
  const g = rules.grammar;
  if (!words[k]) return null;
  if (g.relative_pronouns.has(words[k]!.text)) {
    for (const w of words.slice(k + 2, k + 4)) {
      if (g.to_pronouns.has(w.text)) return 'destination';
      if (g.from_pronouns.has(w.text)) return 'origin';
    }
    return null;
  }
  for (let j = k; j < Math.min(words.length, k + rules.reach.cue + 1) && words[j]!.sentence === words[k]!.sentence; j++) {
    const w = words[j]!;
    if (j > k && g.to_pronouns.has(w.text) && isTrigger(rules, words[j - 1]!)) {
      const counted = words.slice(j + 1, j + 1 + rules.reach.construct + 2).some(isFigure);
      return counted && w.clause !== words[k - 1]?.clause ? 'destination' : null;
    }
    if (g.from.has(w.text) || g.towards.has(w.text) || isFigure(w)) break;
  }
  return null;
}

/** "على بعد 60 كيلومترا شمال شرق مرزق": a place a distance is measured from is no end of a movement. */
function locatedByDistance(rules: LinkRules, words: Word[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && rules.directionNouns.has(words[k]!.text)) k--;
  return k >= 0 && rules.distanceUnits.has(words[k]!.text);
}

/** "على ساحل البحر الأحمر"، "على ضفاف الفرات": the place whose shore or bank locates the one before. */
const onShoreOf = (rules: LinkRules, words: Word[], at: number): boolean =>
  at >= 2 && rules.grammar.shores.has(words[at - 1]!.text) && rules.grammar.on.has(words[at - 2]!.text);

/**
 * "فتح الطريق الواصل إلى درعا المحطة": where a road leads is the road's end, not the people's;
 * unless they took the road (غادروا عبر الطريق الساحلي باتجاه صيدا), where it leads is where they went.
 */
function roadLeadsTo(rules: LinkRules, words: Word[], at: number): boolean {
  const g = rules.grammar;
  const cue = words[at - 1];
  if (!cue || !g.towards.has(cue.text)) return false;
  const road = words.slice(Math.max(0, at - 3), at - 1).findIndex((w) => w.forms.some((f) => g.roads.has(f)));
  if (road < 0) return false;
  const taken = words[Math.max(0, at - 3) + road - 1];
  return !taken || !g.via.has(taken.text);
}

/**
 * The place is placed inside something by the clitic on it or the word before it or its type
 * word (بريف دمشق، في حمص القديمة، في محافظة حمص), not near it (على أطراف البادية).
 */
function placedInside(rules: LinkRules, words: Word[], at: number, place: PlaceHit): boolean {
  const w = words[at];
  if (!w) return false;
  const { inside } = rules.grammar;
  const clitic = w.text.slice(0, Math.max(0, place.nStart - w.start));
  if (clitic) return inside.has(clitic);
  return [words[at - 1], words[at - 2]].some((b) => !!b && inside.has(b.text));
}

/** A figure in digits stands in the clause of word `at`. */
const countedInClause = (words: readonly Word[], at: number): boolean => words.some((w) => w.clause === words[at]!.clause && isFigure(w));

const isFigure = (w: Word): boolean => {
  const c = w.text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

const nationalsNoun = (rules: LinkRules, w: Word) => rules.people.some((p) => p.group === 'nationals' && w.forms.some(p.test));

/**
 * "عاد أهالي الخيام إليها"، "أهالي البلدة دخلوا إليها": the people of a place (people noun at
 * `noun`, place ending at word `last`) moved with a to-pronoun that takes the place up, in its
 * clause: the place is where they went, their own.
 */
function wentBackTo(rules: LinkRules, words: readonly Word[], noun: number, last: number): boolean {
  const clause = words[noun]!.clause;
  const end = Math.min(words.length, last + 1 + rules.reach.construct + 1);
  let moved = false;
  for (let k = noun - 1; k >= Math.max(0, noun - rules.reach.cue) && words[k]!.clause === clause; k--) moved ||= isTrigger(rules, words[k]!);
  for (let k = last + 1; k < end && words[k]!.clause === clause; k++) {
    if (rules.grammar.to_pronouns.has(words[k]!.text)) return moved;
    moved ||= isTrigger(rules, words[k]!);
  }
  return false;
}

/** The "in" at word `k` follows a word of evacuating, or the people after one (إجلاء المدنيين في). */
function evacuatedIn(rules: LinkRules, words: readonly Word[], k: number): boolean {
  const before = words[k - 1]!;
  if (before.forms.some(rules.evacuating)) return true;
  return k > 1 && words[k - 2]!.forms.some(rules.evacuating) && rules.people.some((p) => before.forms.some(p.test));
}

/** The "in" at word `k` follows a stay put in the past (كانت تقيم في، كانوا نازحين في): where people lived before. */
function livedIn(rules: LinkRules, words: readonly Word[], k: number): boolean {
  const stay = words[k - 1]!;
  const was = words[k - 2];
  return !!was && was.forms.some((f) => rules.grammar.lived_before.has(f)) && stay.forms.some((f) => rules.stay(f) || rules.fledNoun(f));
}

/** The place lies behind a stay put in the past (كانوا يقيمون في مخيم الفلاح), maybe past its type word. */
function livedAt(rules: LinkRules, words: readonly Word[], place: PlaceHit): boolean {
  const at = firstEndingAfter(words, place.nStart);
  for (let k = at - 1; k >= Math.max(2, at - 2); k--) if (rules.grammar.inside.has(words[k]!.text) && livedIn(rules, words, k)) return true;
  return false;
}

/** A people noun in construct (أهالي، سكان، مسلحي): the place after it is where they are from. */
const peopleInConstruct = (rules: LinkRules, w: Word) =>
  rules.endings.construct.some((e) => w.text.endsWith(e)) && !nationalsNoun(rules, w) && rules.people.some((p) => w.forms.some(p.test));

/**
 * The place is named as whose people they are (أهالي بلدة الريحان، سكان الفوعة) or as the one
 * they were displaced from (أسرة نازحة من ترهونة).
 */
function ofItsPeople(rules: LinkRules, words: readonly Word[], place: PlaceHit): boolean {
  const at = firstEndingAfter(words, place.nStart);
  for (let k = at - 1; k >= Math.max(0, at - rules.reach.construct); k--) if (peopleInConstruct(rules, words[k]!)) return true;
  const displaced = words[at - 2];
  return !!displaced && rules.grammar.from.has(words[at - 1]!.text) && rules.people.some((p) => (p.group === 'displaced' || p.group === 'refugees') && displaced.forms.some(p.test));
}

interface Endpoint {
  ref: PlaceRef;
  nStart: number;
  nEnd: number;
  /** Named as a crossing's or corridor's namesake (معبر الوافدين): no antecedent of "the town". */
  crossing: boolean;
}

/**
 * A place an anaphor of `types` (the town, the camp) may refer to: one of those types, not named
 * as the namesake of a crossing (خرجوا من معبر الوافدين شمال المدينة: the town is another). An
 * anaphor without types (المنطقة) may refer to any place.
 */
const ofKind = (types: readonly string[], place: { ref: PlaceRef }, crossing: boolean): boolean =>
  types.length === 0 || (types.includes(place.ref.type) && !crossing);

export interface MovementContext {
  origins: Endpoint[];
  destinations: Endpoint[];
}

/**
 * The places the article names as the start or the end of a movement (a from- or to-phrase with a
 * movement trigger shortly before it), in text order: the context for figures whose sentence names
 * none (a report names the besieged area and the destination once, then gives figures). Read from
 * each sentence's places (`placesIn`), so the base of a composed region (دمشق of ريف دمشق) is none.
 */
export function movementContext(
  doc: AnalysedDocument,
  rules: LinkRules,
  placesIn: (si: number) => readonly PlaceHit[],
  wordsOf: (si: number) => Word[],
  directionOf: (place: PlaceHit) => Direction,
  namesCrossing: (place: PlaceHit) => boolean,
): MovementContext {
  const context: MovementContext = { origins: [], destinations: [] };
  for (let si = 0; si < doc.sentences.length; si++) {
    const places = placesIn(si);
    for (let n = 0; n < places.length; n++) {
      const p = places[n]!;
      const direction = directionOf(p);
      if (!direction) continue;
      const words = wordsOf(si);
      const at = firstEndingAfter(words, p.nStart);
      // "من مدينة داريا في الغوطة الغربية": a place that says where the one before it lies is no end
      // of the movement; the nearer place is where the people left or went.
      const prev = places[n - 1];
      if (locatesPrevious(words, places, n)) continue;
      // ... and so does a direction phrase right after it (إلى قضاء سنجار غربي محافظة نينوى).
      if (prev && at - firstEndingAfter(words, prev.nEnd - 1) === 1 && rules.directionNouns.has(words[at]!.text)) continue;
      // A trigger opening the sentence governs it to its first from/to place however long the subject
      // between ("وصلت أمس دفعة جديدة من العائلات العراقية المقيمة في مخيم الهول بمحافظة الحسكة إلى مركز
      // الجدعة"), unless a road between makes it a route's stops (سلكت القافلة طريق وادي حميد ... باتجاه فليطة).
      const opening =
        words.slice(0, 2).some((w) => isTrigger(rules, w)) &&
        !places.slice(0, n).some((o) => directionOf(o) === direction) &&
        !words.slice(0, at).some((w) => w.forms.some((f) => rules.grammar.roads.has(f)));
      const moved = opening || words.slice(Math.max(0, at - rules.reach.context), at).some((w) => isTrigger(rules, w));
      if (moved) (direction === 'origin' ? context.origins : context.destinations).push({ ref: p.ref, nStart: p.nStart, nEnd: p.nEnd, crossing: namesCrossing(p) });
    }
  }
  return context;
}

/** Place `n` of a sentence's places is a location within two words of the one before: it may say where that one lies (من مدينة داريا في الغوطة الغربية). */
function locatesPrevious(words: Word[], places: readonly PlaceHit[], n: number): boolean {
  const p = places[n]!;
  const prev = places[n - 1];
  return p.role === 'location' && !!prev && firstEndingAfter(words, p.nStart) - firstEndingAfter(words, prev.nEnd - 1) <= 2;
}

/** The country a to-phrase calls the movers' own (إلى بلادهم، إلى وطنهم), by their nationality. */
function homeland(ctx: LinkContext, { words, last }: Figure, nationality: string | null): PlaceRef[] {
  const { rules } = ctx;
  const own = nationality ?? words.slice(last + 1, last + 1 + rules.reach.construct + 1).map((w) => rules.nationalityOf(w)).find((c) => c) ?? null;
  if (!own) return [];
  const home = words.find((w, k) => k > 0 && rules.grammar.towards.has(words[k - 1]!.text) && w.forms.some(rules.homeland));
  const entry = home && ctx.doc.rules.gazetteer.entries.find((e) => e.type === 'country' && e.country === own);
  return entry ? [toRef(entry, ctx.doc.span(home.start, home.end).text)] : [];
}

/**
 * "أعادت أوزبكستان 148 من رعاياها": nationals named by a pronoun of one owner are citizens of the
 * country named last before the figure in its sentence, unless they are brought back from it.
 */
export function ownerCountry(ctx: LinkContext, { num, si }: Figure, end: number): string | null {
  const { rules, doc } = ctx;
  const owned = doc
    .wordsIn(num.nEnd, end)
    .some((w) => nationalsNoun(rules, w) && w.readings.some((r) => r.suffix !== null && rules.endings.owner_pronoun.includes(r.suffix)));
  if (!owned) return null;
  const before = ctx.placesIn(si).filter((p) => p.nEnd <= num.nStart && p.ref.type === 'country' && ctx.direction(p) !== 'origin');
  return before.at(-1)?.ref.country ?? null;
}

/** "إلى مناطق أخرى من ريف درعا": a from-phrase naming where inside a to-phrase is still the destination. */
function fromInsideTo(rules: LinkRules, words: Word[], at: number): boolean {
  const g = rules.grammar;
  const from = at - 1;
  if (from < 1 || !g.from.has(words[from]!.text)) return false;
  for (let k = from - 1; k >= Math.max(0, from - rules.reach.construct - 1); k--) {
    if (words[k]!.gap !== 'space') return false;
    // نحو before a figure hedges it ("بينهم نحو 58 ألفاً من لبنان"): no to-phrase. A to-phrase
    // that is a place noun pointing back (وصلت إلى المدينة من سرت) is whole: the from-phrase is the origin.
    // Only a noun of places opens such a phrase: in "وصلوا إلى أرمينيا من ناغورنو كاراباخ" the
    // from-phrase after a place's name is the origin.
    if (toCue(rules, words, k)) {
      const head = words[k + 1]!;
      return !isFigure(head) && !(k + 1 === from - 1 && anaphorNoun(rules, head)) && head.forms.some((f) => rules.grammar.area_nouns.has(f));
    }
  }
  return false;
}

/** A place noun with the article that points back at a place (المدينة، البلدة). */
const anaphorNoun = (rules: LinkRules, w: Word): boolean =>
  w.text.startsWith(rules.morphology.article) && rules.anaphora.some((a) => w.forms.includes(a.word));

/** The place nearest the figure, with the places listed together with it ("الفوعة وكفريا"). */
function nearestGroup(rules: LinkRules, candidates: readonly PlaceHit[], num: { nStart: number }): PlaceHit[] {
  const best = nearest(candidates, num);
  if (!best) return [];
  const sorted = [...candidates].sort((x, y) => x.nStart - y.nStart);
  const i = sorted.indexOf(best);
  let lo = i;
  let hi = i;
  const listed = (a: PlaceHit, b: PlaceHit) => b.nStart - a.nEnd <= rules.reach.list_chars;
  while (lo > 0 && listed(sorted[lo - 1]!, sorted[lo]!)) lo--;
  while (hi + 1 < sorted.length && listed(sorted[hi]!, sorted[hi + 1]!)) hi++;
  return sorted.slice(lo, hi + 1);
}

/** Words after a figure that the object of its departure verb may stand at: its noun and an adjunct of time between. */
const OBJECT_REACH = 8;
/** Words before a figure its departure verb may stand at: an adjunct of time and a hedge between. */
const VERB_REACH = 5;

/**
 * Origin and destination: the places its sentence gives those roles (the figure's own clause
 * first); for a return, where people went back to is where they are now ("عادوا إلى منازلهم في
 * الغوطة"); without an origin, an anaphor ("من المنطقة") or the article's last movement origin.
 */
export function placesOf(ctx: LinkContext, fig: Figure, move: Move, nationality: string | null): { origin: PlaceRef[]; destination: PlaceRef[] } {
  const { doc, rules } = ctx;
  const { num, words, si } = fig;
  const context = ctx.movement;
  const sentence = doc.sentences[si]!;
  const ci = doc.clauseIndexAt(num.nStart);
  const clause = ci >= 0 ? doc.clauses[ci]! : sentence;
  const inSentence = ctx.placesIn(si);
  const inClause = (p: { nStart: number }) => p.nStart >= clause.start && p.nStart < clause.end;
  const directed = (direction: Direction) => inSentence.filter((p) => ctx.direction(p) === direction);
  const pick = (direction: Direction) => {
    const all = directed(direction);
    const mine = all.filter(inClause);
    return nearestGroup(rules, mine.length ? mine : all, num).map((p) => p.ref);
  };
  // The figure's own clause first: a receiver it names (أربيل استقبلت نحو 57 ألف نازح، فيما وصل
  // قرابة 35 ألفاً إلى السليمانية) comes before a to-phrase of another clause.
  let destination = nearestGroup(rules, directed('destination').filter(inClause), num).map((p) => p.ref);
  // "تتوجه فرقاطة أخرى إلى الحديدة لتنقل نحو 225 أجنبياً إلى جيبوتي": where something goes for
  // the figure's movement, right before it, is where people are taken from.
  const { pickup, back } = pickupPlace(ctx, fig, words[move.at], inSentence);
  if (pickup.length) {
    destination = nearestGroup(rules, directed('destination').filter((p) => inClause(p) && p.nStart > num.nEnd), num).map((p) => p.ref);
    if (!destination.length) destination = back.map((p) => p.ref);
  }
  // "واستقبل منفذ الدبوسية الحدودي مع لبنان 640 شخصاً": the receiver is where people arrived, the
  // neighbour it borders where they came from.
  // The receiving verb may be another than the figure's trigger (استقبلت مدينة صيدا نحو 1200 نازح
  // وصلوا من قرى قضاء صور).
  let receivedFrom: PlaceRef[] = [];
  const trigger = words[move.at];
  const before = (w: Word) => w.clause === words[fig.first]!.clause && w.end <= num.nStart;
  const receiving = trigger?.forms.some(rules.receivingVerb) ? trigger : words.find((w) => before(w) && w.forms.some(rules.receivingVerb));
  if (destination.length === 0 && receiving && receiving.end <= num.nStart) {
    // ... not a place in a phrase that dates it (استقبل منذ انطلاق عمليات تحرير الموصل 52 ألف نازح).
    const dated = (p: PlaceHit) => ctx.doc.wordsIn(receiving.end, p.nStart).some((w) => opensEvent(rules, w));
    const between = inSentence.filter((p) => p.nStart >= receiving.end && p.nEnd <= num.nStart && !dated(p));
    const border = between.filter((p) => ctx.doc.wordsIn(receiving.end, p.nStart).some((w) => rules.grammar.border_with.has(w.text) && w.end <= p.nStart && p.nStart - w.end <= 1));
    destination = between.filter((p) => !border.includes(p)).slice(0, 1).map((p) => p.ref);
    receivedFrom = border.map((p) => p.ref);
  }
  // "وفي بنغازي، أوضح المدير أن المدارس استقبلت 850 عائلة"، "وفي مدينة القضارف، وصلت أمس 42
  // حافلة": where the sentence sets the scene of a reception or an arrival is where people arrived.
  // The arrival verb may be another than the figure's own (وصلت 42 حافلة تقل نحو 1800 شخص), not
  // one reaching a total (ليصل مجموع من جرى إجلاؤهم إلى 37 ألفاً). Its scene is the last place
  // before it in its own clause or the sentence's opening one (أما في طبرق، فقال ... متوقعاً وصول),
  // not where an earlier clause housed people (جرى إيواؤهم في سنار وسنجة، وتتوقع وصول ...).
  // The receiving verb may be another than the figure's trigger here too (مدينة كوستي استقبلت 2400 أسرة نازحة).
  const arrival = receiving
    ? undefined
    : words.find((w, k) => before(w) && w.forms.some(rules.arrivalVerb) && !words[k + 1]?.forms.some((f) => rules.countHead(f) || rules.cumulative(f)));
  const scened = receiving ?? arrival;
  if (destination.length === 0 && scened) {
    // ... or the receiver itself, named right before its verb (أن مدينة كوستي استقبلت).
    // ... maybe with a particle before the verb (أما محلية طويلة، فقد استقبلت).
    const particle = (w: Word) => w.forms.some((f) => rules.grammar.verb_particles.has(f));
    const subject = (p: PlaceHit) => !!receiving && receiving.end <= num.nStart && p.role === null && p.nEnd <= receiving.start && doc.wordsIn(p.nEnd, receiving.start).every(particle);
    const last = inSentence.filter((p) => (p.role === 'location' || subject(p)) && p.nEnd <= scened.start && ctx.direction(p) === null).at(-1);
    const opening = doc.clauseIndexAt(sentence.start);
    const clause = last && words[firstEndingAfter(words, last.nStart)]!.clause;
    if (last && (!arrival || clause === arrival.clause || clause === opening)) destination = [last.ref];
  }
  if (destination.length === 0 && pickup.length === 0) destination = pick('destination');
  // Nationals brought back go to their own country, from where the sentence says they were
  // ("إعادة 561 مواطنا مصريا بالسودان عبر المعابر بين مصر والسودان").
  let returnOrigin: PlaceRef[] = [];
  if (move.kind === 'return' && destination.length === 0 && nationality) {
    const trigger = words[move.at]!;
    const after = inSentence.filter((p) => p.nStart > trigger.start);
    const located = after.filter((p) => p.role === 'location');
    const home =
      after.find((p) => p.ref.type === 'country' && p.ref.country === nationality) ??
      // The owner of "رعاياها" (ownerCountry), named before the figure.
      inSentence.find((p) => p.nEnd <= num.nStart && p.ref.type === 'country' && p.ref.country === nationality && ctx.direction(p) !== 'origin');
    if (home) {
      destination = [home.ref];
      returnOrigin = nearestGroup(rules, located.filter((p) => p.ref.country !== nationality), num).map((p) => p.ref);
    }
  }
  // "85 عائلة من أهالي بلدة الريحان عادت إلى منازلها": people going back to their homes go back
  // to the place they are the people of, which is then not where they came from.
  let home: PlaceHit[] = [];
  if (move.kind === 'return' && destination.length === 0 && homeward(rules, words, fig.first, fig.last)) {
    const from = directed('origin').filter(inClause);
    // ... with the places listed with it (أهالي بصرى الشام والمسيفرة والحراك).
    const named = nearest(from.filter((p) => ofItsPeople(rules, words, p)), num);
    home = named ? nearestGroup(rules, from, named) : [];
    destination = home.map((p) => p.ref);
  }
  // "عاد 1200 لاجئ سوري من الأراضي التركية إلى بلادهم": their own country, named by their nationality.
  if (destination.length === 0) destination = homeland(ctx, fig, nationality);
  if (move.kind === 'return' && destination.length === 0) {
    const trigger = words[move.at]!;
    // Not where a from-phrase places them before ("إعادة 231 من رعاياها من مناطق النزاع في سوريا"),
    // nor, behind في, where the place before lies (عادت 85 أسرة من مخيم طريق المطار في طرابلس; a list
    // goes on: إلى ترهونة ومسلاتة).
    const locating = (p: PlaceHit, n: number) => locatesPrevious(words, inSentence, n) && placedInside(rules, words, firstEndingAfter(words, p.nStart), p);
    destination = inSentence.filter((p, n) => p.role === 'location' && p.nStart > trigger.start && ctx.direction(p) !== 'origin' && !locating(p, n)).map((p) => p.ref);
    // ... else the place whose own official tells it (قال عميد بلدية غريان إن 350 أسرة عادت).
    if (destination.length === 0 && !nationality) destination = officialsPlace(ctx, fig);
  }
  // Where the figure's clause says people are: a camp they reached (النازحين في مخيم حسن شام), or
  // for a displacement the place they left (نزوح 40 ألف شخص في شرق ليبيا).
  const here = inSentence.filter((p) => p.role === 'location' && p.nStart >= clause.start && p.nStart < clause.end && ctx.direction(p) === null);
  const camps = here.filter((p) => p.ref.type === 'camp');
  if (destination.length === 0 && move.kind === 'displacement') destination = nearestGroup(rules, camps, num).map((p) => p.ref);
  if (destination.length === 0) destination = whereTheyStay(ctx, fig, inSentence).map((p) => p.ref);
  // "قافلة تضم نحو 120 عائلة ستنطلق ... باتجاه المدينة": the place gone to, named before.
  if (destination.length === 0) destination = ctx.anaphors(si).find((a) => a.towards && inClause(a))?.refs ?? [];
  if (destination.length === 0) destination = lastOf(context.destinations, sentence.start, []);
  // A named place or an anaphor (من المدينة، غادروا المخيم), whichever is nearer the figure: in its
  // own clause first ("خروج دفعة أولى من المدينة عددهم 1089" does not take the crossing another
  // clause of the sentence names), then in its sentence.
  const origins = directed('origin').filter((p) => !home.includes(p));
  // For a return, "from the town" right after the figure says whose people they are (900 عائلة من
  // البلدة تستعد للعودة), and so does the place of its people (أهالي المدينة); "منها" may take up
  // where they had left or where they stay. Only a place named by its noun after the trigger is
  // where they come back from (العائدين من المخيم، نقلت من المعبر), not one described (من المنطقة
  // الحدودية المحاذية لمعبر نصيب), and never the place they return to (عادت إلى مرزق ... بعد أن
  // هُجّرت من المدينة).
  const backFrom = (a: Anaphor) => a.leftFrom && !!trigger && a.nStart > trigger.end && inClause(a) && !a.refs.some((r) => destination.some((d) => d.name === r.name));
  const anaphors = ctx.anaphors(si).filter((a) => !a.towards && (move.kind !== 'return' || backFrom(a)));
  const nearer = (hits: readonly PlaceHit[], refs: readonly Anaphor[]): PlaceRef[] => {
    const a = nearest(refs, num);
    const p = nearest(hits, num);
    if (a && (!p || Math.abs(a.nStart - num.nStart) < Math.abs(p.nStart - num.nStart))) return a.refs;
    return nearestGroup(rules, hits, num).map((h) => h.ref);
  };
  let origin = pickup.length
    ? pickup.map((p) => p.ref)
    : receivedFrom.length && !origins.length
      ? receivedFrom
      : returnOrigin.length && !origins.length
        ? returnOrigin
        : nearer(origins.filter(inClause), anaphors.filter(inClause));
  if (origin.length === 0) origin = departureObject(ctx, fig, trigger, inSentence, inClause).map((p) => p.ref);
  // "نقل ما بين 300 و400 نازح يقيمون في مدارس الضاحية الجنوبية إلى مراكز في طرابلس": where the
  // figure's people stay, told before where its to-phrase takes them, is where they are taken from.
  if (origin.length === 0) {
    const to = directed('destination').find(inClause);
    const stay = to ? whereTheyStay(ctx, fig, inSentence) : [];
    if (stay.length && stay.every((p) => inClause(p) && p.nEnd <= to!.nStart)) origin = stay.map((p) => p.ref);
  }
  if (origin.length === 0) origin = nearer(origins, anaphors);
  // "٦٠٠ عائلة من جلولاء غادرت مخيمات كلار": a from-phrase between the figure and the departure
  // verb after it says whose people they are; the place the verb's object names is where they left.
  if (trigger && trigger.start >= num.nEnd && trigger.forms.some(rules.departureVerb)) {
    const whose = (r: PlaceRef) => origins.some((p) => p.ref === r && p.nStart >= num.nEnd && p.nEnd <= trigger.start);
    const left = origins.filter((p) => inClause(p) && p.nStart >= trigger.end);
    if (left.length && origin.length && origin.every(whose)) origin = nearestGroup(rules, left, num).map((p) => p.ref);
  }
  // "نحو 1200 نازح من أهالي تاورغاء كانوا يقيمون في مخيم الفلاح": where people lived before they
  // were moved, told after them, is where they left, not the place they are the people of.
  const livedHere = origins.filter((p) => inClause(p) && p.nStart >= num.nEnd && livedAt(rules, words, p));
  if (livedHere.length && origin.length && origin.every((r) => origins.some((p) => p.ref === r && ofItsPeople(rules, words, p)))) {
    origin = nearestGroup(rules, livedHere, num).map((p) => p.ref);
  }
  if (origin.length === 0) origin = placeLeft(ctx, fig, move, inSentence).map((p) => p.ref);
  // "يستعد نحو 2500 نازح في مخيمي بريقة وبئر عجم للعودة إلى بلداتهم": where people going back are,
  // told between them and their return, is where they go back from; so is where people going
  // elsewhere are (يستعد نحو 2000 نازح في مدارس صيدا للانتقال إلى مراكز في كسروان).
  if (origin.length === 0 && (move.kind === 'return' || destination.length > 0) && trigger && trigger.start >= num.nEnd) {
    // ... a place behind في, or behind في and the noun it is in (في مدارس صيدا).
    const inNoun = (p: PlaceHit) => {
      const k = firstEndingAfter(words, p.nStart);
      return p.role === null && k > 1 && rules.grammar.inside.has(words[k - 2]!.text) && ctx.direction(p) === null && p.nStart >= clause.start && p.nStart < clause.end;
    };
    const between = (p: PlaceHit) => p.nStart >= num.nEnd && p.nEnd <= trigger.start;
    origin = nearestGroup(rules, inSentence.filter((p) => between(p) && (here.includes(p) || inNoun(p))), num).map((p) => p.ref);
  }
  if (origin.length === 0 && move.kind !== 'return') {
    // For a displacement, where the figure's clause says people were; then the article's last
    // movement origin.
    if (move.kind === 'displacement') origin = nearestGroup(rules, here.filter((p) => p.ref.type !== 'camp'), num).map((p) => p.ref);
    // ... then, for people who left their homes, the scene the sentence opens with (وفي سوسة، أكد
    // عميد بلديتها أن نحو 80 عائلة نزحت من بيوتها): where the homes are; then the article's last
    // movement origin.
    if (origin.length === 0 && ownHomesAfter(rules, words, fig.first, fig.last, rules.grammar.from)) {
      origin = sceneOf(ctx, fig, inSentence).map((p) => p.ref).filter((r) => !destination.some((d) => d.name === r.name));
    }
    // ... then, for a displacement, where the event that drove it struck (نزوح أكثر من 43 ألف شخص
    // إثر الفيضانات التي شهدها شرق ليبيا).
    if (origin.length === 0 && move.kind === 'displacement') origin = struckBy(ctx, fig, inSentence, clause).map((p) => p.ref);
    if (origin.length === 0) origin = lastOf(context.origins, sentence.start, []);
  }
  return { origin: withBases(ctx, uniqueByName(origin)), destination: withBases(ctx, uniqueByName(destination)) };
}

/**
 * "غادرت 312 عائلة نازحة، أمس الثلاثاء، مخيمات شاريا وكبرتو": the object of a departure verb (the
 * figure's, or one right before it), after the figure and its adjuncts, is the place left; in the
 * figure's clause (غادرت 37 عائلة تضم نحو 160 شخصاً مخيم الركبان), or past its commas with no other
 * figure between. It stands right after the figure's noun, a comma or the noun of another figure of
 * the same people (not "غادرت 64 أسرة منازلها الواقعة ... من خط الحدود مع قطاع غزة": homes left,
 * and a place locating them).
 */
function departureObject(
  ctx: LinkContext,
  { words, first, last, num, si }: Figure,
  trigger: Word | undefined,
  inSentence: readonly PlaceHit[],
  inClause: (p: PlaceHit) => boolean,
): PlaceHit[] {
  const { rules } = ctx;
  const departs = (w: Word | undefined): w is Word => !!w && w.clause === words[first]!.clause && w.forms.some(rules.departureVerb);
  // The verb may stand before an adjunct of time and a hedge (غادر أمس الخميس نحو 370 نازحاً).
  const leaving = trigger && trigger.end <= num.nStart && departs(trigger) ? trigger : words.slice(Math.max(0, first - VERB_REACH), first).reverse().find(departs);
  if (!leaving) return [];
  const near = words[last + OBJECT_REACH]?.end ?? ctx.doc.sentences[si]!.end;
  const reached = (p: PlaceHit) => inClause(p) || (p.nEnd <= near && !words.slice(last + 1, firstEndingAfter(words, p.nStart)).some((w) => ctx.figureStarts.has(w.start)));
  const objectAt = (p: PlaceHit) => {
    let k = firstEndingAfter(words, p.nStart) - 1;
    if (words[k]?.forms.some((f) => rules.grammar.area_nouns.has(f) || rules.grammar.camps.has(f))) k--;
    const w = words[k];
    // "نحو 370 نازحاً سورياً بلدة عرسال": a nationality after the noun stands between them too.
    const nationalities = words.slice(last + 1, k).filter((x) => rules.nationalityOf(x) !== null).length;
    return !!w && (k - nationalities <= last + 2 || w.gap === 'punctuation' || !!groupOf(rules, w));
  };
  const objects = nearestGroup(rules, inSentence.filter((p) => p.nStart >= num.nEnd && p.role === null && ctx.direction(p) === null && reached(p)), num);
  return objects[0] && objectAt(objects[0]) ? objects : [];
}

/** Words between the place something goes to and the movement it goes there for: a time adjunct (يوم الأربعاء المقبل). */
const PICKUP_REACH = 4;
/** Words from the movement gone for to its figure: the verb, a hedge (لإجلاء ما لا يقل عن 300). */
const PICKUP_OBJECT = 5;

/**
 * The to-phrase a movement behind a clitic of purpose follows (ستبحر إلى عدن يوم الأربعاء لإجلاء
 * 400 شخص، تتوجه إلى الحديدة لتنقل 225 أجنبياً): the place a ship or convoy goes to for the
 * movement, before the figure with no other figure between.
 */
function pickupPlace(ctx: LinkContext, { words, first }: Figure, trigger: Word | undefined, inSentence: readonly PlaceHit[]): { pickup: PlaceHit[]; back: PlaceHit[] } {
  const none = { pickup: [], back: [] };
  const { rules, figureStarts } = ctx;
  const towards = inSentence.filter((p) => ctx.direction(p) === 'destination');
  const k = trigger ? words.indexOf(trigger) : -1;
  // The figure is the movement's object (لإجلاء ما لا يقل عن 300), not a total it reaches (ليصل العدد).
  if (!trigger || k < 0 || k >= first || first - k > PICKUP_OBJECT || trigger.forms.some(rules.cumulative)) return none;
  if (!goneFor(rules, trigger)) return none;
  const gone = towards.filter((p) => p.nEnd <= trigger.start);
  const last = gone.at(-1);
  if (!last) return none;
  const between = words.slice(firstEndingAfter(words, last.nEnd - 1) + 1, k);
  if (between.length > PICKUP_REACH || between.some((w) => figureStarts.has(w.start) || w.clause !== trigger.clause || w.gap === 'punctuation')) return none;
  // Not the end of a route told whole (ستخصص قطاراً من كسلا إلى سنار لنقل 1500 شخص) ... unless the
  // movement gone for is an evacuation from that end, a place the article's people leave and the
  // start is not: a ship sails to bring people out of it (ستبحر من بنغازي إلى مصراتة لإجلاء نحو 1000
  // شخص), back where it came from; not one leaving with them (تبحر من بنغازي إلى مالطا لإجلاء ...).
  const routeStart = inSentence.filter((p) => ctx.direction(p) === 'origin' && p.nEnd <= last.nStart && ctx.doc.wordsIn(p.nEnd, last.nStart).length <= 1);
  const left = (p: PlaceHit) => ctx.movement.origins.some((o) => o.ref.name === p.ref.name && o.nStart !== p.nStart);
  if (routeStart.length && !(trigger.forms.some(rules.evacuating) && left(last) && !routeStart.some(left))) return none;
  return { pickup: nearestGroup(rules, gone, last), back: routeStart };
}

/** Words from an event preposition after a figure to the place its event struck (إثر الفيضانات التي شهدها شرق ليبيا). */
const EVENT_REACH = 6;

/** The places an event after the figure, behind an event preposition in its clause, names: where it struck. */
function struckBy(ctx: LinkContext, { words, last, num }: Figure, inSentence: readonly PlaceHit[], clause: { start: number; end: number }): PlaceHit[] {
  const { rules } = ctx;
  for (let k = last + 1; k < words.length && words[k]!.start < clause.end; k++) {
    if (ctx.figureStarts.has(words[k]!.start)) return [];
    if (!opensEvent(rules, words[k]!)) continue;
    const end = words[Math.min(words.length - 1, k + EVENT_REACH)]!.end;
    const struck = inSentence.filter((p) => p.nStart > words[k]!.end && p.nEnd <= Math.min(end, clause.end) && ctx.direction(p) === null);
    return nearestGroup(rules, struck, num);
  }
  return [];
}

/**
 * "أكثر من 21 ألف شخص، توزعوا بين مخيمات ريف إدلب ومدن ريف حلب الشمالي": a stay told of the
 * figure's people in the plural, after it and before any other figure, is where they ended up; its
 * places are those of its clause after it that no from- or to-phrase claims.
 */
function whereTheyStay(ctx: LinkContext, { words, last }: Figure, inSentence: readonly PlaceHit[]): PlaceHit[] {
  const { rules, figureStarts } = ctx;
  for (let k = last + 1; k < words.length; k++) {
    const w = words[k]!;
    if (figureStarts.has(w.start)) return [];
    if (!endsWithAny(w.text, rules.grammar.plural_verb_endings) || !w.forms.some(rules.stay)) continue;
    const clauseEnd = words.findLast((x) => x.clause === w.clause)!.end;
    const there = inSentence.filter((p) => p.nStart >= w.end && p.nEnd <= clauseEnd && ctx.direction(p) === null);
    return nearestGroup(rules, there, { nStart: w.end });
  }
  return [];
}

/**
 * The place a sentence opens with, set off by a comma, before the figure (وفي سوسة، أكد عميد
 * بلديتها أن نحو 80 عائلة نزحت من بيوتها): where it is set.
 */
/**
 * The place a local office before the figure governs in its sentence (عميد بلدية غريان، محافظ
 * حمص), though the speaker's title it stands in is no end of a movement otherwise.
 */
function officialsPlace(ctx: LinkContext, { words, num, si }: Figure): PlaceRef[] {
  const offices = ctx.rules.grammar.local_offices;
  const sentence = ctx.doc.sentences[si]!;
  // Not a place people left in the article (رئيس بلدية عرسال of refugees going home from it).
  const left = new Set(ctx.movement.origins.map((o) => o.ref.name));
  const governed = ctx.places.startingIn(sentence.start, num.nStart).find((p) => {
    if (p.nEnd > num.nStart || left.has(p.ref.name)) return false;
    const office = words[firstEndingAfter(words, p.nStart) - 1];
    return !!office && office.end <= p.nStart && office.forms.some((f) => offices.has(f));
  });
  return governed ? [governed.ref] : [];
}

function sceneOf(ctx: LinkContext, { si, num }: Figure, inSentence: readonly PlaceHit[]): PlaceHit[] {
  const { doc, rules } = ctx;
  const opening = doc.clauseIndexAt(doc.sentences[si]!.start);
  if (opening < 0 || doc.clauseIndexAt(num.nStart) === opening) return [];
  const clause = doc.clauses[opening]!;
  const words = doc.wordsIn(clause.start, clause.end);
  if (!words[0]?.forms.some((f) => rules.grammar.inside.has(f))) return [];
  const last = words.at(-1)!;
  return inSentence.filter((p) => p.role === 'location' && p.nStart >= clause.start && p.nEnd === last.end && p.nStart >= words[1]!.start && ctx.direction(p) === null);
}

/**
 * Where what a departure verb's people left lies, named after the verb and the figure in their
 * clause with no from or to word between (غادر أمس 4.300 نازح مدارس بيروت الرسمية، 850 عائلة
 * غادرت مراكز الإيواء في المدينة والميناء والبداوي): the places the verb's object names.
 */
function placeLeft(ctx: LinkContext, { words, first, last, num }: Figure, move: Move, inSentence: readonly PlaceHit[]): PlaceHit[] {
  const { rules } = ctx;
  const g = rules.grammar;
  const trigger = words[move.at];
  if (!trigger || !trigger.forms.some(rules.departureVerb)) return [];
  const from = Math.max(move.at, last) + 1;
  let to = from;
  while (to < words.length && to - from < rules.reach.cue_phrase && words[to]!.clause === words[first]!.clause) {
    const w = words[to]!;
    if (g.from.has(w.text) || g.towards.has(w.text) || g.via.has(w.text) || g.complementizers.has(w.text) || isFigure(w)) break;
    to++;
  }
  if (to === from) return [];
  const end = words[to - 1]!.end;
  const left = inSentence.filter((p) => p.nStart >= words[from]!.start && p.nEnd <= end && ctx.direction(p) === null);
  return nearestGroup(rules, left, num);
}

/**
 * The places of a sentence that may be where people moved from or to: not the base of a composed
 * region ("شرقي دمشق" is not دمشق: it stands for the region only), nor a place that describes who
 * speaks (وأشار مراسل الجزيرة من ريف دمشق إلى أنه سيتم إجلاء ...: where the reporter is), unless
 * a relative clause about the speaker tells it (المواطن سمير، الذي عاد مع 14 فرداً إلى حي الشجاعية).
 */
export function placesInSentence(
  rules: LinkRules,
  places: MentionIndex<PlaceHit>,
  quotes: MentionIndex<QuoteHit>,
  words: readonly Word[],
  sentence: { start: number; end: number },
): PlaceHit[] {
  const all = places.startingIn(sentence.start, sentence.end);
  return all.filter((h) => !all.some((o) => within(h, o)) && !inAttribution(rules, quotes, words, h) && !atVenue(rules, words, h));
}

/** Place `h` is part of a longer name `o` (دمشق of ريف دمشق). */
const within = (h: PlaceHit, o: PlaceHit): boolean => o !== h && o.nStart <= h.nStart && h.nEnd <= o.nEnd && o.nEnd - o.nStart > h.nEnd - h.nStart;

/** The place is where an occasion was held: behind في or a clitic, a word or two after its noun (في مؤتمر صحفي بجنيف). */
export function atVenue(rules: LinkRules, words: readonly Word[], p: PlaceHit): boolean {
  const at = firstEndingAfter(words, p.nStart);
  const w = words[at];
  if (!w) return false;
  const g = rules.grammar;
  const k = w.start < p.nStart ? at - 1 : at > 0 && g.inside.has(words[at - 1]!.text) ? at - 2 : -1;
  for (let n = k; n >= 0 && n >= k - 1; n--) if (words[n]!.forms.some((f) => g.venues.has(f))) return true;
  return false;
}

/** The place stands in a statement outside its words (in the speaker, verb or outlet part), not in a relative clause there. */
function inAttribution(rules: LinkRules, quotes: MentionIndex<QuoteHit>, words: readonly Word[], p: PlaceHit): boolean {
  const q = quotes.overlapping(p.nStart, p.nEnd).find((s) => s.nStart <= p.nStart && p.nEnd <= s.nEnd && (p.nEnd <= s.textStart || p.nStart >= s.textEnd));
  if (!q) return false;
  const told = words.some((w) => w.start >= q.nStart && w.end <= p.nStart && rules.grammar.relative_pronouns.has(w.text));
  return !told;
}

export interface Anaphor {
  /** Where the anaphor stands (normalised offset). */
  nStart: number;
  refs: PlaceRef[];
  /** Gone to ("باتجاه المدينة") rather than left. */
  towards?: boolean;
  /** A bare noun after a from-preposition (من المخيم), not a pronoun (منها) nor people's place (أهالي المدينة). */
  leftFrom?: boolean;
}

/**
 * "من المنطقة"، "من الحي"، "منها"، "غادروا المخيم" in a sentence: each refers to the origin its
 * sentence named before it ("غادروا بلدات ريفي حمص الشمالي وحماة الجنوبي، ليصل مجموع من خرجوا من
 * المنطقة"), else to the last origin (or place) of that kind before the sentence.
 */
export function anaphorsIn(ctx: LinkContext, si: number): Anaphor[] {
  const { rules, places } = ctx;
  const words = ctx.wordsOf(si);
  const sentenceStart = ctx.doc.sentences[si]!.start;
  const sentenceOrigins = ctx.placesIn(si).filter((p) => ctx.direction(p) === 'origin');
  const origins = ctx.movement.origins;
  const out: Anaphor[] = [];
  // An antecedent is a place of its own, not the base of a longer name (حلب of ريف حلب الشمالي),
  // nor the place of an occasion (تقدم المسلحين نحو المدينة after في مؤتمر صحفي بجنيف).
  const offered = (p: PlaceHit) =>
    !places.overlapping(p.nStart, p.nEnd).some((o) => within(p, o)) && !atVenue(rules, ctx.wordsOf(ctx.doc.sentenceIndexAt(p.nStart)), p);
  // "شهدت مدينة بعلبك ... غادروا المدينة": a place the text introduced with the anaphor's own noun,
  // before its name or as the first word of it (بولاية سنار ... أن الولاية استقبلت), whatever type
  // the gazetteer gives the name (a Sudanese state and its capital share one).
  const introducedAs = (p: PlaceHit, noun: string) => {
    const ws = ctx.wordsOf(ctx.doc.sentenceIndexAt(p.nStart));
    const k = firstEndingAfter(ws, p.nStart);
    const before = ws[k - 1];
    return (!!before && before.end <= p.nStart && before.forms.includes(noun)) || !!ws[k]?.forms.includes(noun);
  };
  // The antecedent of a noun at `at`: a place of its sentence before it, else one introduced with that noun, else the last one.
  const antecedent = (candidate: (p: PlaceHit) => boolean, noun: string, at: number) =>
    places.lastBefore(at, (p) => p.nStart >= sentenceStart && candidate(p)) ??
    places.lastBefore(at, (p) => candidate(p) && introducedAs(p, noun)) ??
    places.lastBefore(at, candidate);
  const named = (at: number, types: readonly string[]) =>
    nearestGroup(rules, sentenceOrigins.filter((p) => p.nEnd <= at && ofKind(types, p, ctx.namesCrossing(p))), { nStart: at }).map((p) => p.ref);
  const receives = (x: Word | undefined) => !!x && x.forms.some(rules.receivingVerb);
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (rules.grammar.from_pronouns.has(w.text)) {
      // "من منطقة حمص ... إجلاء 2798 شخصا منها": a place earlier in the sentence, else the last origin.
      const before = places.lastBefore(w.start, (p) => p.nStart >= sentenceStart && offered(p))?.ref;
      const refs = before ? [before] : lastOf(origins, sentenceStart, []);
      if (refs.length) out.push({ nStart: w.start, refs });
      continue;
    }
    // "من المدينة"، "غادروا البلدة"، and the people of a place in construct: "سكان البلدتين". The
    // subject of a receiving verb, after it or before it, is where people arrived (استقبلت الولاية،
    // أن المدينة استقبلت), and so is the object of an entry verb (دخلوا المدينة).
    const subject = receives(words[k + 1]) && !receives(w);
    // ... and so is the place people's own homes are in (عادت إلى منازلها في البلدة).
    const homesIn = rules.grammar.inside.has(w.text) && k > 1 && rules.grammar.towards.has(words[k - 2]!.text) && ownHomes(rules, words[k - 1]!);
    const towards = subject || homesIn || receives(w) || w.forms.some(rules.entryVerb) || rules.grammar.towards.has(w.text);
    // ... as the place is that the quarters or homes people left lie in (نزحت من الأحياء المنخفضة في المدينة).
    const leftWithin = rules.grammar.inside.has(w.text) && fromAreaBefore(rules, words, k);
    if (!towards && !leftWithin && !rules.grammar.from.has(w.text) && !w.forms.some(rules.departureVerb) && !peopleInConstruct(rules, w)) continue;
    // ... and the place whose schools or shelters they reached (وصلوا إلى مدارس المدينة).
    const within = !subject && towards && !!words[k + 2] && words[k + 1]!.forms.some((f) => rules.grammar.area_nouns.has(f)) ? 1 : 0;
    const next = subject ? w : words[k + 1 + within]!;
    if (!next.text.startsWith(rules.morphology.article)) continue;
    const back = !towards && peopleInConstruct(rules, w) && wentBackTo(rules, words, k, k + 1);
    const forms = next.forms;
    const a = rules.anaphora.find((x) => forms.includes(x.word));
    // "من المنطقة الشرقية لحلب" names its place: only a bare noun is an anaphor.
    if (!a || places.startingIn(next.end, next.end + 3).length) continue;
    // A noun that names its places (جبل سنجار، وادي بردى) takes up one named with it: "من الجبل".
    const kindOf = (p: PlaceHit) => (a.named ? introducedAs(p, a.word) : ofKind(a.types, p, ctx.namesCrossing(p)));
    if (towards || back) {
      // "ستنطلق من بني وليد باتجاه المدينة": the last place of that kind named before, not one
      // its sentence sends people from; "باتجاه المنطقة الحدودية" describes a place, names none.
      if (!subject && words[k + 2 + within]?.text.startsWith(rules.morphology.article)) continue;
      // ... though people's own homes may be in the place they had left (عاد 150 شخصاً ممن غادروا
      // الأشرفية إلى منازلهم في الحي).
      const left = new Set(homesIn ? [] : sentenceOrigins.map((p) => p.ref.name));
      const candidate = (p: PlaceHit) => (kindOf(p) || introducedAs(p, a.word)) && !left.has(p.ref.name) && offered(p);
      const ref = antecedent(candidate, a.word, next.start)?.ref;
      if (ref) out.push({ nStart: next.start, refs: [ref], towards: true });
      continue;
    }
    const described = !!words[k + 2]?.readings.some((r) => r.prefix.text === rules.morphology.article);
    // "إخلاء المنطقة العازلة" describes a place, names none taken up.
    if (described) continue;
    const inSentence = a.named ? [] : named(next.start, a.types);
    const candidate = (p: PlaceHit) => kindOf(p) && offered(p);
    // A place of that kind its own sentence names before it, as no end of a movement, comes before
    // the article's last origin (وفي الخيام، قال رئيس البلدية إن 600 شخص فرّوا من البلدة).
    const here = places.lastBefore(next.start, (p) => p.nStart >= sentenceStart && candidate(p) && ctx.direction(p) === null);
    const fromOrigins =
      inSentence.length || here || a.named ? inSentence : a.dual ? lastPairOf(rules, origins, next.start, a.types) : lastOf(origins, next.start, a.types);
    const last = here ?? antecedent(candidate, a.word, next.start);
    // A dual (الحيين) takes the place listed together with that one (حيي الشيخ مقصود والأشرفية).
    const pair = a.dual && last ? places.lastBefore(last.nStart, (p) => candidate(p) && last.nStart - p.nEnd <= rules.reach.list_chars && p.ref.name !== last.ref.name) : undefined;
    const ref = fromOrigins.length ? fromOrigins : last ? [...(pair ? [pair.ref] : []), last.ref] : [];
    const leftFrom = rules.grammar.from.has(w.text);
    if (ref.length) out.push({ nStart: next.start, refs: ref, leftFrom });
  }
  return out;
}

/** A from-phrase of an area or of people's homes ends right before word `k`, a definite adjective between (من الأحياء المنخفضة، من منازلهم). */
function fromAreaBefore(rules: LinkRules, words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 2); j--) {
    const w = words[j]!;
    if ((w.forms.some((f) => rules.grammar.area_nouns.has(f)) || ownHomes(rules, w)) && rules.grammar.from.has(words[j - 1]!.text)) return true;
    if (!w.text.startsWith(rules.morphology.article)) return false;
  }
  return false;
}

/** The last two endpoints before `before` of one of `types` that are listed together ("الفوعة وكفريا"). */
function lastPairOf(rules: LinkRules, endpoints: readonly Endpoint[], before: number, types: readonly string[]): PlaceRef[] {
  let later: Endpoint | null = null;
  for (let k = endpoints.length - 1; k >= 0; k--) {
    const e = endpoints[k]!;
    if (e.nStart >= before || !ofKind(types, e, e.crossing)) continue;
    if (later && later.nStart - e.nEnd <= rules.reach.list_chars && later.ref.name !== e.ref.name) return [e.ref, later.ref];
    later = e;
  }
  return [];
}

/** The last endpoint before `before` (of one of `types`, when given). */
function lastOf(endpoints: readonly Endpoint[], before: number, types: readonly string[]): PlaceRef[] {
  const ref = lastMentionBefore(endpoints, before, (o) => ofKind(types, o, o.crossing))?.ref;
  return ref ? [ref] : [];
}

export function corridorOf(corridors: MentionIndex<CorridorHit>, sentence: { start: number; end: number }, num: NumberHit): string | null {
  const here = corridors.startingIn(sentence.start, sentence.end);
  const hit = nearest(here, num);
  if (!hit) return null;
  if (!hit.backReference) return hit.corridor.name;
  const named = corridors.lastBefore(hit.nStart, (c) => !c.backReference);
  return named?.corridor.name ?? null;
}

/**
 * "15 حافلة تقل 898 مسلحا" or "898 مسلحا على متن 15 حافلة": a bus figure near the count (any bus
 * figure of `numbers` when `near` is null: the sentence before names the convoy).
 */
export function busesOf(rules: LinkRules, numbers: readonly NumberHit[], words: Word[], near: NumberHit | null): number | null {
  for (const n of numbers) {
    if (n === near || n.value === null || (near && Math.abs(n.nStart - near.nStart) > rules.reach.bus_chars)) continue;
    const next = words[firstStartingAt(words, n.nEnd)];
    if (next && next.start - n.nEnd <= rules.reach.bus_noun_chars && next.forms.some(rules.bus)) return Math.round(n.value);
  }
  return null;
}

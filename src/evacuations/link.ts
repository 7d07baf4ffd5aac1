// Links figures into evacuation records. A figure becomes a record when the text says it counts
// people (a group noun after it, or "the number of <people>" heading it) and the movement trigger
// nearest to it in its sentence is a movement (إجلاء، عودة، نزوح), not a deployment or a casualty.
// Everything else about the record is read from the same sentence, falling back to the article's
// context for the origin (a report names the besieged area once, then gives figures).
import type { AnalysedDocument } from '../document.js';
import { firstEndingAfter, firstStartingAt, mentionIndex, MentionIndex } from '../text/search.js';
import type { CorridorHit, DateHit, NumberHit, PlaceHit, QuoteHit } from '../mentions.js';
import type { Evacuation, Span } from '../schema.js';
import { mergeRepeats } from './merge.js';
import type { CompiledEvacuationsRules } from './rules.js';
import type { Word } from '../text/words.js';
import { type Counted, type Figure, type LinkContext, type LinkRules, type Move, type Who, isTrigger, linkRules, memo, nearest, onlySpaces } from './context.js';
import { anaphorsIn, busesOf, corridorOf, directionOf, movementContext, ownerCountry, placesInSentence, placesOf } from './endpoints.js';
import { type ArticleKind, articleKind, blockedNear, fromCamps, fromShelter, isRate, homeward, leaves, nearestTrigger, reporting, statusCues, statusOf } from './movement.js';
import { QuoteIndex, sourceOf } from './source.js';
import { comparison, cumulativeCueBefore, overPeriod, sinceInClause, soFarClauses } from './totals.js';
import { bareAfterMovement, closeBefore, countHead, countedNoun, isSubset, joinedByAnd, outOf, pickGroup } from './who.js';

export interface Evidence {
  numbers: readonly NumberHit[];
  dates: readonly DateHit[];
  places: readonly PlaceHit[];
  corridors: readonly CorridorHit[];
  quotes: readonly QuoteHit[];
  /** How strongly the document reports forced movement at all (src/relevance/), 0..1. */
  relevance: number;
  /** The document tells of a movement of people (a flight, a return) or, in two words, its cause (a war), not only of crossings, camps and buses. */
  forced: boolean;
  /** The words of the article's headline, when it has one apart from its text. */
  headline?: readonly Word[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the decisions read, built once per document from the matchers' evidence. */
export function linkContext(
  doc: AnalysedDocument,
  evidence: Pick<Evidence, 'numbers' | 'places'> & Partial<Pick<Evidence, 'corridors' | 'quotes' | 'headline'>>,
  lexicon: CompiledEvacuationsRules = doc.rules.evacuations,
): LinkContext {
  const rules = linkRules(lexicon, () => doc.rules.gazetteer.entries.filter((e) => e.type === 'country'), doc.rules.morphology);
  const wordsOf = memo((si: number): Word[] => doc.wordsIn(doc.sentences[si]!.start, doc.sentences[si]!.end));
  const places = mentionIndex(evidence.places);
  const direction = memo((p: PlaceHit) => directionOf(rules, wordsOf(doc.sentenceIndexAt(p.nStart)), p));
  const crossings = mentionIndex(evidence.corridors ?? []);
  const namesCrossing = (p: PlaceHit) => crossings.overlapping(p.nStart, p.nEnd).length > 0;
  const statements = mentionIndex(evidence.quotes ?? []);
  const placesIn = memo((si: number) => placesInSentence(rules, places, statements, wordsOf(si), doc.sentences[si]!));
  let kind: ArticleKind | undefined;
  const told = () => (kind ??= articleKind(rules, doc.words, evidence.headline));
  const ctx: LinkContext = {
    doc,
    rules,
    wordsOf,
    places,
    statements,
    direction,
    namesCrossing,
    placesIn,
    anaphors: memo((si: number) => anaphorsIn(ctx, si)),
    figureStarts: new Set(evidence.numbers.map((n) => n.nStart)),
    movement: movementContext(doc, rules, placesIn, wordsOf, direction, namesCrossing),
    articleKind: () => told().kind,
    articleLeaning: () => told().leaning,
  };
  return ctx;
}

/** A figure in its sentence, or null when it stands in none. */
export function figureAt(ctx: LinkContext, num: NumberHit): Figure | null {
  const si = ctx.doc.sentenceIndexAt(num.nStart);
  if (si < 0) return null;
  const words = ctx.wordsOf(si);
  const first = firstEndingAfter(words, num.nStart);
  if (first === words.length) return null;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < num.nEnd) last++;
  return { num, si, words, first, last };
}

/**
 * "جبل لبنان 68,210 نازحين، بيروت 41,388، الشمال 29,705": a figure right after a place, listed
 * after the figure before it (a comma or "and" between, a few words at most), counts what that one
 * counts, place by place.
 */
function listedByPlace(ctx: LinkContext, previous: NumberHit, num: NumberHit): boolean {
  const place = ctx.places.lastBefore(num.nStart + 1, (p) => p.nStart > previous.nEnd);
  if (!place || !onlySpaces(ctx.doc.text, place.nEnd, num.nStart)) return false;
  const between = ctx.doc.wordsIn(previous.nEnd, place.nStart);
  const listed = /[,،]/.test(ctx.doc.text.slice(previous.nEnd, place.nStart)) || between.some((w) => w.text.startsWith(ctx.rules.morphology.and));
  return listed && between.length <= LIST_WORDS;
}
/** Words between a figure and the next place of a list: its noun, and "وفي محافظة". */
const LIST_WORDS = 4;

/** "بعد أن كان العدد قد بلغ 130 ألفا": a was-word and a count head in the few words before the figure at `first`. */
function wasCount(rules: LinkRules, words: readonly Word[], first: number): boolean {
  const before = words.slice(Math.max(0, first - WAS_WORDS), first);
  const was = before.findIndex((w) => rules.grammar.was.has(w.text));
  return was >= 0 && before.slice(was + 1).some((w) => w.forms.some(rules.countHead));
}
/** Words a was-word and its count head may stand before the figure: كان العدد قد بلغ. */
const WAS_WORDS = 5;
/** Words from a batch to the verb of holding it is the subject of, past an adjunct between commas. */
const ADJUNCT_REACH = 8;

/**
 * A place is the subject of the verb of holding right before the figure at word `at`: the place
 * itself, not the end of a phrase of where from or where to (118 أسرة نازحة من العريش تضم 400 شخص).
 */
/** Words from a verb of holding to the souls it counts: a time adjunct between (تضم قبل الأحداث قرابة 2500 نسمة). */
const HOLDS_REACH = 5;

/** A figure of souls (نسمة) that a verb of holding in its clause counts, with no movement between: a population. */
function inhabitants(rules: LinkRules, words: readonly Word[], first: number, last: number): boolean {
  if (!words[last + 1]?.forms.some((f) => rules.grammar.souls.has(f))) return false;
  for (let k = first - 1; k >= Math.max(0, first - HOLDS_REACH) && words[k]!.clause === words[first]!.clause; k--) {
    if (isTrigger(rules, words[k]!)) return false;
    if (words[k]!.forms.some(rules.contains)) return true;
  }
  return false;
}

/** Words between a phase and the من that ties it to its movement: an ordinal or an adjective (المرحلة الأولى من). */
const PHASE_REACH = 3;

/**
 * A phase or an operation of a movement (المرحلة الأولى من عملية الإجلاء، المرحلة الثانية من الإجلاء):
 * it holds people as a batch does; not one a verb of setting off follows (المرحلة التي انطلقت ...).
 */
function phaseOfMovement(rules: LinkRules, words: readonly Word[], w: Word): boolean {
  if (!w.forms.some((f) => rules.grammar.phases.has(f))) return false;
  const k = firstEndingAfter(words, w.start);
  for (let j = k + 1; j <= k + PHASE_REACH && j + 1 < words.length; j++) {
    if (words[j - 1]!.gap !== 'space') return false;
    if (!rules.grammar.from.has(words[j]!.text)) continue;
    const of = words[j + 1]!.forms.some((f) => rules.grammar.phases.has(f)) ? words[j + 2] : words[j + 1];
    return !!of && isTrigger(rules, of);
  }
  return false;
}

/**
 * The verb of holding right before the figure at word `at` has for subject a thing that opens its
 * clause or follows أن (أن المسح شمل، المستشفى يضم), not a trip, a batch or a vehicle, nor people
 * (1700 عائلة تضم), nor a word that a preposition or a relative pronoun governs.
 */
function thingHolds(rules: LinkRules, words: readonly Word[], at: number): boolean {
  const verb = words[at - 1];
  const subject = words[at - 2];
  if (!verb || !subject || subject.clause !== verb.clause || !verb.forms.some(rules.contains)) return false;
  if (verb.readings.every((r) => r.prefix.conjunction !== null)) return false;
  const before = words[at - 3];
  if (before && before.clause === subject.clause && !rules.grammar.complementizers.has(before.text)) return false;
  const holds = (f: string) => rules.grammar.batches.has(f) || rules.vehicle(f) || rules.people.some((p) => p.test(f)) || rules.mover(f);
  return subject.readings.some((r) => r.prefix.article) && !subject.forms.some((f) => rules.grammar.relative_pronouns.has(f) || holds(f));
}

function placeHolds(rules: LinkRules, words: readonly Word[], at: number, places: readonly PlaceHit[]): boolean {
  const c = [at - 1, at - 2].find((j) => j >= 0 && words[j]!.forms.some(rules.contains));
  // "وصلت إلى بصر الحرير وضمّت ...": a verb joined by و has the subject of the clause before.
  if (c === undefined || c < 1 || words[c]!.readings.some((r) => r.prefix.conjunction !== null)) return false;
  // "مخيم الزعتري، الذي يضم نحو 78 ألف لاجئ": the place a relative pronoun takes up.
  const s = rules.grammar.relative_pronouns.has(words[c - 1]!.text) ? c - 2 : c - 1;
  const subject = words[s];
  if (!subject) return false;
  const g = rules.grammar;
  const placeAt = (w: Word) => places.find((p) => p.nStart <= w.start && p.nEnd >= w.end);
  // The phrase the place opens, or the list it closes opens (من بسيمة وعين الخضرة ضمت: a from-phrase).
  let head = placeAt(subject);
  if (!head) return false;
  for (;;) {
    const k = firstEndingAfter(words, head.nStart);
    const listed = words[k]!.readings.some((r) => r.prefix.conjunction !== null && r.prefix.text === r.prefix.conjunction) && k > 0 ? placeAt(words[k - 1]!) : undefined;
    if (!listed) break;
    head = listed;
  }
  // ... its type word between (إلى مدينة عفرين، ضمت نحو 1200 شخص: the batch's, not the town's).
  let k = firstEndingAfter(words, head.nStart);
  while (k > 0 && words[k - 1]!.forms.some((f) => g.home_areas.has(f))) k--;
  const inPhrase = [words[k - 1]?.text ?? '', ...words[k]!.readings.map((r) => r.prefix.preposition ?? '')].some((x) => g.from.has(x) || g.towards.has(x) || g.inside.has(x));
  return !inPhrase;
}

export function linkEvacuations(
  doc: AnalysedDocument,
  evidence: Evidence,
  lexicon: CompiledEvacuationsRules = doc.rules.evacuations,
): Evacuation[] {
  const ctx = linkContext(doc, evidence, lexicon);
  const { rules } = ctx;
  // Not figures, and so never between a figure and its head: the digits of a date ("منذ 7 مايو"),
  // or of a place's name ("مخيم الجدعة 5"), definite numerals that qualify a noun ("البلدات الثلاث"،
  // "الساعات الـ24"), percentages.
  const dateIndex = mentionIndex(evidence.dates);
  const named = (n: NumberHit) => ctx.places.overlapping(n.nStart, n.nEnd).some((p) => p.nStart <= n.nStart && p.nEnd >= n.nEnd);
  const figures = evidence.numbers.filter((n) => dateIndex.overlapping(n.nStart, n.nEnd).length === 0 && !n.definite && !n.percent && !named(n));
  const figureIndex = mentionIndex(figures);
  const corridorIndex = mentionIndex(evidence.corridors);
  const quoteIndex: QuoteIndex = {
    byText: new MentionIndex(evidence.quotes, (q) => q.textStart, (q) => q.textEnd),
    bySpan: ctx.statements,
  };

  // What every figure of a sentence or a clause asks alike, worked out once.
  const sentenceAt = (si: number) => doc.sentences[si]!;
  const cuesIn = memo((si: number) => statusCues(rules, ctx.wordsOf(si)));
  const soFarIn = memo((si: number) => soFarClauses(rules, ctx.wordsOf(si)));
  const busesIn = memo((si: number) => busesOf(rules, figureIndex.startingIn(sentenceAt(si).start, sentenceAt(si).end), ctx.wordsOf(si), null));
  const rateIn = memo((ci: number) => isRate(rules, doc, ci));
  const drillIn = memo((si: number) => ctx.wordsOf(si).some((w) => w.forms.some(rules.drill)));
  // A journey the sentence tells: a place it starts or ends at, a trigger that is no loose cue, or a vehicle setting out.
  const journeyIn = memo(
    (si: number) =>
      ctx.placesIn(si).some((p) => ctx.direction(p) !== null) ||
      ctx.wordsOf(si).some((w) => (isTrigger(rules, w) && !w.forms.some(rules.weakTrigger) && !w.forms.some(rules.aboard)) || w.forms.some(rules.voyage)),
  );
  // "من المدينة"، "إلى البلدة": a place the clause points back at, named or not.
  const anaphorIn = memo((ci: number) => {
    if (ci < 0) return false;
    const ws = doc.wordsIn(doc.clauses[ci]!.start, doc.clauses[ci]!.end);
    const g = rules.grammar;
    return ws.some((w, k) => (g.from.has(w.text) || g.towards.has(w.text)) && !!ws[k + 1] && rules.anaphora.some((a) => ws[k + 1]!.forms.includes(a.word)));
  });
  // The day after منذ is the report's (منذ صباح اليوم، منذ فجر اليوم) or a part of it no date names (منذ الصباح، منذ ساعات الفجر).
  // ... a part of the day before a date is that date's (منذ ساعات فجر الخميس).
  const today = (since: Word, next: Word | undefined, after: Word | undefined) => {
    if (!next) return false;
    const onOrAfter = (d: DateHit | undefined) => !!d && !!doc.published && !!d.value && d.value.slice(0, 10) >= doc.published.slice(0, 10);
    const d = dateIndex.startingIn(since.start, next.end)[0];
    if (d) return onOrAfter(d);
    if (!next.forms.some((f) => rules.grammar.day_parts.has(f))) return false;
    const dated = after ? dateIndex.startingIn(after.start, after.end)[0] : undefined;
    return !dated || onOrAfter(dated);
  };
  const sinceIn = memo((ci: number) => sinceInClause(doc, rules, ci, today));
  // "بعد إغلاق استمر منذ السابع من مايو": the start of a closure that lasted, no figure's.
  const ofALastingEvent = (d: DateHit) =>
    doc.wordsIn(Math.max(0, d.nStart - rules.reach.noun_chars), d.nStart + 1).some((w) => rules.grammar.lasting.has(w.text));
  const periodIn = memo((ci: number) => {
    const si = ci < 0 ? -1 : doc.sentenceIndexAt(doc.clauses[ci]!.start);
    return si >= 0 && overPeriod(rules, doc, ctx.wordsOf(si), dateIndex.startingIn(sentenceAt(si).start, sentenceAt(si).end), ci);
  });
  // "3287 غادروا أمس، ليصل مجموع من خرجوا منذ 7 مايو إلى 27640": a start date belongs to the
  // figure nearest to it (in its clause, if any there), not to every figure of the sentence.
  // "نزحوا مرة واحدة على الأقل منذ": a count of times after مرة owns no date.
  const ofTimes = (f: NumberHit) => doc.wordsIn(Math.max(0, f.nStart - rules.reach.noun_chars), f.nStart).at(-1)?.forms.some((x) => rules.grammar.times.has(x)) ?? false;
  const ofAThing = (ws: Word[]) =>
    ws.some((w, k) => k > 0 && rules.grammar.relative_pronouns.has(w.text) && !rules.people.some((p) => ws[k - 1]!.forms.some(p.test)));
  const ownerOf = memo((d: DateHit) => {
    const s = sentenceAt(doc.sentenceIndexAt(d.nStart));
    const all = figureIndex.startingIn(s.start, s.end).filter((f) => !ofTimes(f));
    // "في أكبر دفعة إجلاء منذ مطلع الشهر": a superlative's since compares a batch with the others and dates no figure.
    const words = doc.wordsIn(s.start, s.end);
    if (comparison(rules, words, firstStartingAt(words, d.nStart))) return undefined;
    const ci = doc.clauseIndexAt(d.nStart);
    const inClause = all.filter((f) => doc.clauseIndexAt(f.nStart) === ci);
    // In a clause of its own, a relative clause of something other than people dates that thing
    // (قافلة تقل 310 عائلات، في إطار قوافل العودة التي تنظمها المجالس منذ مطلع العام): no figure's.
    if (!inClause.length && ci >= 0 && ofAThing(doc.wordsIn(doc.clauses[ci]!.start, d.nStart))) return undefined;
    // Else the figure whose verb the since-phrase follows ("نحو 1.9 مليون شخص ... نزحوا منذ 7
    // أكتوبر، بعد أن أجبر قرابة مليون شخص ..."), before one of a clause after it.
    const before = all.filter((f) => f.nEnd <= d.nStart);
    return nearest(inClause.length ? inClause : before.length ? before : all, d);
  });

  const records: Evacuation[] = [];
  let previous: Counted | null = null;
  /** The nationality of the first nationals the article has counted (إجلاء 4382 مصرياً، 1200 مواطن عراقي; see below). */
  let citizensOf: string | null = null;
  // ... and of those an evacuation names by their nationality (في إطار عملية إجلاء المصريين من السودان):
  // students or workers counted bare in such an article are those nationals. Read only when asked.
  let evacuatedNationals: string | null | undefined;
  for (const num of figures) {
    const fig = figureAt(ctx, num);
    if (!fig) continue;
    const { si, words, first, last } = fig;
    const ci = doc.clauseIndexAt(num.nStart);
    const sentenceFigures = figureIndex.startingIn(doc.sentences[si]!.start, doc.sentences[si]!.end);

    // "أفضل 100 لاعبة": a rank, not a count.
    if (first > 0 && words[first - 1]!.forms.some(rules.rank)) continue;
    // "وفد مكون من 32 فرداً"، "بعثته المكونة من 32 فرداً": the size of a body of people who move
    // nobody (a delegation, a mission), not people moved.
    if (first > 2 && rules.grammar.from.has(words[first - 1]!.text) && rules.grammar.made_of.has(words[first - 2]!.text) && words[first - 3]!.forms.some(rules.notMover)) continue;
    // "خلال أسبوع واحد"، "مرة واحدة": one written after a unit of time or a count of times without
    // the article counts that, as its adjective (not "منذ مطلع الشهر أكثر من ألف").
    const unit = words[first - 1];
    if (num.value === 1 && unit && !unit.readings.some((r) => r.prefix.article) && unit.forms.some((f) => rules.rateUnit(f) || rules.grammar.times.has(f))) continue;
    // "وهي أم لخمسة أطفال": a parent's children, counted.
    if (first > 0 && rules.grammar.kinship.has(words[first - 1]!.text) && words[first]!.text.startsWith(rules.morphology.contracting ?? '\0')) continue;
    // "عاد 75 من أصل 410 نازحين": the 410 is what the 75 are counted against, and its noun is theirs;
    // unless it is named a total itself ("من أصل 50 ألف عائلة العدد الكلي للنازحين").
    const namedTotal = words.slice(last + 1, last + 1 + rules.reach.construct_name + 1).some((w) => w.forms.some(rules.cumulative));
    // ... or moved by a verb of its own ("من أصل نحو 8 آلاف أسرة هُجّرت من المدينة").
    const ownVerb = () => [words[last + 1], words[last + 2]].some((w) => !!w && isTrigger(rules, w));
    if (outOf(rules, words, first) && !namedTotal && !ownVerb()) continue;
    // "عادت 30 ألف عائلة إلى الفلوجة، من أصل 50 ألف عائلة العدد الكلي للنازحين": a total named of
    // those who fled, which the return is counted against: they fled from where the others returned.
    const totalOfFled = namedTotal && outOf(rules, words, first) && words.slice(last + 1, last + 2 + rules.reach.construct_name).some((w) => w.forms.some(rules.fledNoun));
    const whole = outOf(rules, words, last + 3) ? figureIndex.startingIn(words[last + 3]!.start, words[last + 3]!.end)[0] : undefined;
    const wholeFig = whole && figureAt(ctx, whole);
    // "أقلّتا 187 و205 أشخاص": a figure right before another joined to it by و counts that one's noun.
    const pairFig = () => {
      const w = words[last + 1];
      const second = w && figureIndex.startingIn(w.start, w.end)[0];
      const f = second && joinedByAnd(rules, doc.text, second) ? figureAt(ctx, second) : null;
      return f && f.first === last + 1 ? { f, num: second } : null;
    };
    const pair = wholeFig ? null : pairFig();
    const counting = wholeFig
      ? countedNoun(rules, doc.text, words, wholeFig.last + 1, whole)
      : (countedNoun(rules, doc.text, words, last + 1, num) ?? (pair ? countedNoun(rules, doc.text, words, pair.f.last + 1, pair.num) : null));
    // "وما بين 5 آلاف و7 آلاف يوم الاثنين": a unit word that opens a date is no noun of the figure.
    const next = words[last + 1];
    const noun = counting === 'not-people' && !wholeFig && next && dateIndex.startingIn(next.start, next.end).length ? null : counting;
    // "بعد أن كان 110 آلاف يوم الأربعاء، مقارنة بنحو 15 ألفاً يوم الثلاثاء": another value of the
    // figure before it, in its sentence; so is the number it had reached (بعد أن كان العدد قد بلغ 130 ألفا).
    const counted = previous as Counted | null;
    const reached = wasCount(rules, words, first);
    const wasBefore = (first > 0 && rules.grammar.was.has(words[first - 1]!.text)) || reached;
    const earlier = wasBefore && counted && doc.sentenceIndexAt(counted.num.nStart) === si ? counted : null;
    const others = !!next && next.forms.some((f) => rules.grammar.others.has(f));
    if (noun === 'not-people' && !others) continue;
    const head = countHead(rules, words, first, sentenceFigures, num);
    if (head?.population) continue;
    const subset = isSubset(rules, doc.text, words, first, last);
    // "1700 عائلة تضم 10 آلاف و200 شخص": the figure counts the people of the one before.
    const contained = words.slice(Math.max(0, first - 2), first).some((w) => w.forms.some(rules.contains));
    // What a batch or a convoy holds (دفعة جديدة تضم نحو ألفين، أحصوا في الدفعة الأولى 2.650 شخصا):
    // people, who move as it does.
    const batchBefore = words.slice(Math.max(0, first - 4), first).some((w) => w.forms.some((f) => rules.grammar.batches.has(f) || rules.bus(f)));
    // Only a trip, a batch or a vehicle holds them (not "المستشفى يضم أكثر من 600 مريض"), named in
    // the figure's clause (وضمت 1580 شخصاً على متن 30 حافلة) or, by its ordinal opening the clause,
    // before it in the sentence (على دفعتين: الأولى يوم الخميس وضمت 1580 شخصاً).
    const holder = (w: Word) => w.forms.some((f) => rules.grammar.batches.has(f) || rules.vehicle(f)) || phaseOfMovement(rules, words, w);
    // ... or by the verb of holding that opens the clause, maybe after words of expectation, joined
    // by و to the clause that named the batch (وصول دفعة جديدة ... إلى مركز الجدعة، وتضم 186 عائلة؛
    // دفعة أخرى ستنطلق الأسبوع المقبل، ويُتوقع أن تضم زهاء 250 أسرة).
    const heldBy = () => {
      const clause = words.filter((w) => w.clause === words[first]!.clause);
      if (clause.some(holder)) return true;
      const opener = clause[0];
      const verb = words[first - 1];
      const lead = clause.slice(0, Math.max(0, clause.indexOf(verb!)));
      const joinedVerb =
        !!opener && !!verb && clause.includes(verb) && verb.forms.some(rules.contains) && opener.readings.some((r) => r.prefix.conjunction !== null) &&
        lead.every((w) => w.forms.some(rules.planned) || rules.grammar.complementizers.has(w.text));
      // ... or by the verb opening its clause past an adjunct between commas, its batch the subject
      // before them (الدفعة الثامنة، المقررة الأحد المقبل، ستشمل ما بين 250 و300 أسرة).
      const from = words.slice(Math.max(0, first - ADJUNCT_REACH), first - 1).findLastIndex(holder);
      const between = from < 0 ? [] : words.slice(Math.max(0, first - ADJUNCT_REACH) + from + 1, first - 1);
      const pastAdjunct = opener === verb && verb.forms.some(rules.contains) && from >= 0 && !between.some((w) => ctx.figureStarts.has(w.start));
      return pastAdjunct || ((joinedVerb || !!opener?.forms.some((f) => rules.grammar.event_ordinals.has(f))) && words.slice(0, first).some(holder));
    };
    const batchHeld = contained && heldBy();
    // "وضمت القافلة 96 حافلة، وقدّر القائمون عليها عدد ركابها بقرابة 4 آلاف شخص": the passengers of
    // a convoy or vehicle named before them in the sentence.
    const itsPassengers =
      words.slice(Math.max(0, first - 4), first).some((w) => w.readings.some((r) => r.suffix !== null && rules.grammar.passengers.has(r.stem))) &&
      words.slice(0, first).some(holder);
    const convoy = (batchBefore && (contained || (!!noun && noun !== 'not-people' && !noun.notMover))) || batchHeld || itsPassengers;
    // "وكانت سرت تضم قرابة 80 ألف نسمة": what a place holds is its population, no one moved.
    if (contained && !batchBefore && placeHolds(rules, words, first, ctx.placesIn(si))) continue;
    // "كانت البلدة تضم قبل الأحداث قرابة 2500 نسمة": souls a place holds, however far its verb.
    if (inhabitants(rules, words, first, last)) continue;
    // "لافتاً إلى أن المسح شمل 24 ألف أسرة": what a thing holds moved nowhere.
    if (contained && !convoy && thingHolds(rules, words, first)) continue;
    // "... 5 آلاف راكب. بينهم 1116 مسلحاً": a subset opening its sentence takes up the last figure.
    // "66 سعودياً، إلى جانب 214 باكستانياً": a figure added to the one before moved with it, though
    // not as the same people (7 ملايين نازح، إلى جانب 1.5 مليون عبروا الحدود).
    const besides = rules.besidesPhrases.some((phrase) => phrase.every((p, j) => words[first - phrase.length + j]?.forms.includes(p)));
    // ... and so does a subset, or a figure added, anywhere after the figure before it in its
    // sentence (، بينهم 85 أمريكيا؛ وعلى متنها نحو 1100 شخص ... إلى جانب 68 جريحاً).
    // The figure right before this one in its sentence, which a joined figure or a part goes with.
    const figureBefore = sentenceFigures.findLast((f) => f.nEnd <= num.nStart);
    // Only one that tells no movement of its own (not "بينهم نحو ثلاثة آلاف عادوا الى بلدة الرفيد").
    const ownTrigger = words.some((w) => w.clause === words[first]!.clause && isTrigger(rules, w));
    const lastInSentence = counted && counted.num === figureBefore && !ownTrigger ? counted : null;
    // The people a figure counts, by the noun after it.
    const nounOf = (n: NumberHit) => {
      const at = figureAt(ctx, n);
      const its = at ? countedNoun(rules, doc.text, words, at.last + 1, n) : null;
      return its && its !== 'not-people' ? its : null;
    };
    // "أصيب 30 آخرون، بينهم 6 أطفال، فيما نُقل 9 جرحى": a part of a figure that moved nobody, with no
    // verb of its own, is of those people; the movement the next clause tells is another figure's.
    if (subset && figureBefore && !lastInSentence && !ownTrigger && nounOf(figureBefore)) continue;
    const close = closeBefore(rules, doc.text, counted, num, subset && first <= 1);
    // ... and so does "العدد" alone (دخل 68 ألفاً البلاد، فيما تشير تقديرات إلى أن العدد تجاوز سبعين ألفاً).
    const before = close ?? (subset || besides || head?.bare ? lastInSentence : null);
    // "3,960 عائلة، أي ما يقارب 17 ألف نازح": the same people counted again, in other units.
    const restated = before && words.slice(Math.max(0, first - 3), first).some((w) => w.forms.some((f) => rules.grammar.restatement.has(f))) ? before : null;
    // "و500" right after the figure before: the same kind of people (not "250 خيمة و4 آلاف بطانية" after it).
    const joined = before && (joinedByAnd(rules, doc.text, num) || listedByPlace(ctx, before.num, num)) && figureBefore === before.num ? before : null;
    const added = before && besides && figureBefore === before.num ? before : null;
    const bareWho = (): Who => {
      // "بلغ 1,402,768 حاجاً، وصل 1,321,500 منهم جواً": a part of people who do not move in this
      // sense (pilgrims, staff) is of them too.
      const its = subset && figureBefore ? nounOf(figureBefore) : null;
      const whole = its?.notMover ? its : null;
      return { group: 'people', unit: 'person', end: num.nEnd, notMover: !!whole, staff: !!whole?.staff };
    };
    let who: Who | null =
      (noun === 'not-people' ? null : pickGroup(rules, noun, head, num)) ??
      (joined ? { ...joined.who, end: num.nEnd } : null) ??
      (head?.bare && before ? { ...before.who, end: num.nEnd } : null) ??
      // "غادرت 600 عائلة ... ونتوقع مغادرة 400 أخرى": more of the people counted before.
      (others && before ? { ...before.who, end: words[last + 1]!.end } : null) ??
      (earlier ? { ...earlier.who, end: num.nEnd } : null) ??
      // "دفعة جديدة تضم نحو ألفين": the people a batch or convoy holds.
      (convoy ? { group: 'people', unit: 'person', end: num.nEnd } : null) ??
      // ... a part is of the whole's people ("42 ألف أجنبي ... بينهم 15 ألفاً عبر البحر").
      (subset && before && figureBefore === before.num && before.who.unit === 'person' ? { ...before.who, end: num.nEnd } : null) ??
      (subset || bareAfterMovement(rules, words, first, last) ? bareWho() : null);
    if (!who) continue;
    // "إجلاء 1200 مواطن عراقي ... استقبل المنفذ 640 مواطناً": citizens counted bare after the article
    // has named their nationality are those nationals.
    const citizens = words[last + 1]?.forms.some(rules.citizen) ?? false;
    if (who.group === 'people' && citizens && citizensOf) who = { ...who, group: 'nationals' };
    // "طائرة تقل 280 طالباً مصرياً، 162 عاملة منزلية إثيوبية": students or workers named by their
    // nationality, in an article of forced movement, are nationals brought out however they travel.
    // So are those counted bare once the article has named their nationality (نحو 300 طالب غادروا خاركيف).
    const expatriates =
      !!words[last + 1]?.forms.some(rules.expatriate) &&
      (!!citizensOf || [words[last + 2], words[last + 3]].some((w) => !!w && rules.nationalityOf(w) !== null) || !!(evacuatedNationals ??= evacuatedNationality(rules, doc.words)));
    if (who.notMover && expatriates && evidence.forced && evidence.relevance >= rules.relevanceThreshold) who = { ...who, notMover: false, staff: false, group: 'nationals' };
    // "وعلى متنها ٢١٤٧ راكباً، أقلت الرحلة الأولى ١١٢ راكباً": travellers a vehicle carries on a journey
    // its sentence tells, in an article of forced movement, are people brought out.
    const aboardNow = words.slice(Math.max(0, first - 2), first).some((w) => w.forms.some((f) => rules.aboard(f) || rules.carrying(f)));
    const travellers = !!words[last + 1]?.forms.some(rules.traveller) && aboardNow && journeyIn(si);
    if (who.notMover && travellers && evidence.forced && evidence.relevance >= rules.relevanceThreshold && records.length > 0) who = { ...who, notMover: false, staff: false };

    // Without a verb, "بينهم 70 ألف طفل" moved as the figure it belongs to, and a count of the
    // displaced (عدد النازحين بأكثر من 270 ألفاً) is a displacement.
    const found = nearestTrigger(ctx, fig);
    // "... أن الرحلة ضمت نحو 400 باكستاني و213 هندياً": what a trip or a convoy held, told
    // sentences after it, moved as it did, and so does a figure joined to such a one by "and".
    const carrier: Counted | null = found
      ? null
      : batchHeld
        ? (previous as Counted | null)
        : (joined ?? added) && !blockedNear(rules, words, first, last)
          ? (joined ?? added)
          : null;
    // "عدد النازحين … 40 ألفاً، عاد منهم …": the number of the displaced, whose clause names no
    // movement, is a displacement; the verb of the next clause is another event's.
    const ownClause = found && doc.clauseIndexAt(words[found.at]!.start) === ci;
    // "عاد 180 ألفاً، 42 ألفاً منهم غادروا مراكز الإيواء": a part whose own verb says only how it
    // moved went as the whole did.
    const partKind = subset && before && found?.neutral ? (before.move.named ?? before.move.told ?? before.move.kind) : null;
    const move: Move | null =
      (restated ? restated.move : null) ??
      (earlier && reached && !found ? { ...earlier.move, distance: rules.reach.trigger, weak: true } : null) ??
      (partKind && found ? { ...found, kind: partKind } : null) ??
      (found && (ownClause || !head?.displaced) ? found : null) ??
      // ... unless a casualty or a stay is told of it ("٢٣ منهم فارقوا الحياة").
      ((subset || contained) && before && !blockedNear(rules, words, first, last) ? { ...before.move, distance: rules.reach.trigger, weak: true } : null) ??
      (carrier ? { ...carrier.move, distance: rules.reach.trigger, weak: true } : null) ??
      // ... and so do what a convoy holds, unless a casualty or a stay is told of them ("ضمت 300 حافلة، وأن 6 مدنيين قتلوا").
      (convoy && !found && !blockedNear(rules, words, first, last) ? { kind: ctx.articleKind() ?? 'evacuation', distance: rules.reach.trigger, weak: true, neutral: true, at: first } : null) ??
      // ... unless they stay ("لا يزال نحو 145 ألف نازح مقيمين فيها").
      ((who.group === 'displaced' || head?.displaced) && !blockedNear(rules, words, first, last) && (!!head?.total || !actedOtherwise(rules, words, last))
        ? { kind: 'displacement', distance: rules.reach.trigger, weak: true, at: first }
        : null) ??
      // "عبر نحو 2700 لاجئ الحدود، ليرتفع العدد الإجمالي للوافدين إلى 41 ألفاً و820": a total of
      // people its sentence's movement adds to counts the people of that movement.
      (head?.total && head.group !== null && !found && counted && doc.sentenceIndexAt(counted.num.nStart) === si && !blockedNear(rules, words, first, last)
        ? { ...counted.move, distance: rules.reach.trigger, weak: true }
        : null);
    if (!move) continue;
    // Strong evidence: a people noun right after the figure and a specific trigger in its own
    // clause. Anything looser counts only in an article about people moving, and people who do not
    // move in this sense (staff, tourists, patients) only on strong evidence of their own.
    const governs = !!found && ownClause && !found.weak && found.distance <= rules.reach.strict;
    const strong = !!noun && governs && (!found!.neutral || !!found!.carried);
    const carries = () => !found!.neutral || words[found!.at]!.forms.some((f) => rules.carrying(f) || (rules.transporting(f) && !who.staff));
    // ... or are what a convoy held, and the figures joined to them (القافلة الأولى ضمت 47 طالباً
    // مصرياً و31 طالباً أردنياً، قافلة جديدة تضم ما بين 800 و1000 مهاجر).
    // ... or are part of a figure already counted (أعادت 2.118 مهاجرا، بينهم ٤١٢ الى مالي).
    const held = !!carrier || convoy || (subset && !!before && figureBefore === before.num && !before.who.notMover);
    if (who.notMover && !held && !(governs && evidence.relevance >= rules.relevanceThreshold && evidence.forced && carries())) continue;
    if (!strong && evidence.relevance < rules.relevanceThreshold) continue;
    if (rateIn(ci) || drillIn(si)) continue;
    // "2,163 شخصاً، بينهم 706 مسلحين": the 706 are part of the 2,163 (an input offset until merged).
    // ... and so is a figure joined by و to such a part ("هم 114 سعودياً و2034 من رعايا 62 دولة").
    // Not what a new batch holds (تنتظر وصول دفعة جديدة تضم ما بين 80 و100 أسرة): a part of no figure.
    const partOf =
      (subset || (contained && !batchHeld)) && before ? doc.span(before.num.nStart, before.num.nEnd).start : joined ? joined.partOf : null;

    const status = statusOf(cuesIn(si), first, last, ci, words[move.at]?.clause ?? ci);
    const sentence = doc.sentences[si]!;
    const inSentence = <T,>(xs: MentionIndex<T>) => xs.startingIn(sentence.start, sentence.end);
    const dates = inSentence(dateIndex);
    const sinceDates = dates.filter((d) => {
      if (d.role !== 'since' || ofALastingEvent(d)) return false;
      // "اعتباراً من صباح اليوم": counting from the day of the report is that day's figure, no total.
      if (doc.published && d.value && d.value.slice(0, 10) >= doc.published.slice(0, 10)) return false;
      return ownerOf(d) === num;
    });
    const since = nearest(sinceDates.filter((d) => d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    const date =
      nearest(dates.filter((d) => d.role !== 'since' && d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    // "يستقبل المعبر يومياً ما بين 1500 و2500 شخص منذ مطلع الشهر": so many a day, whatever the date.
    const daily = words.some((w) => w.clause === words[first]!.clause && rules.grammar.rate_adverbs.has(w.text));
    const cumulative =
      !daily && (sinceDates.length > 0 ||
      (status === 'completed' && periodIn(ci)) ||
      sinceIn(ci) ||
      cumulativeCueBefore(rules, words, first, sentenceFigures, num) ||
      // "«خرجوا منذ بدء اقتحامها»، لافتاً إلى أن الوزارة نقلت أمس 1630 نازحاً": yesterday's figure.
      soFarIn(si).has(words[first]!.clause) ||
      (soFarIn(si).size > 0 && !dates.some((d) => d.role !== 'since' && doc.clauseIndexAt(d.nStart) === ci)) ||
      (head !== null && head.total && status === 'completed') ||
      // The parts and contents of a running total are running totals too, and so is its restatement;
      // not a part told further on (الدفعة الرابعة منهم ضمت 140 امرأة وطفلاً: one batch).
      (partOf !== null && !!close?.cumulative) ||
      // ... and so is the number a running total had reached before.
      (reached && !!earlier?.cumulative) ||
      !!restated?.cumulative ||
      // ... and so is the number "العدد" alone takes up from one.
      (!!head?.bare && !!before?.cumulative));
    previous = { num, who, move, cumulative, partOf };
    // A batch's corridor and buses may be named in the sentence before; a running total has none.
    const lastSentence = si > 0 && !cumulative ? doc.sentences[si - 1]! : null;

    const nationality: string | null =
      who.group === 'nationals'
        ? (doc.wordsIn(num.nEnd, who.end).map((w) => rules.nationalityOf(w)).find((c) => c) ?? ownerCountry(ctx, fig, who.end) ?? (citizens ? citizensOf : null))
        : null;
    if (nationality && !citizensOf) citizensOf = nationality;
    const ends = placesOf(ctx, fig, move, nationality);
    const { origin, destination } = totalOfFled ? { origin: ends.destination.length ? ends.destination : ends.origin, destination: [] } : ends;
    // ... and then only from or to a place ("عودة ثلاثة لاعبين إلى التدريبات", "نزوح 260 ألف ناخب
    // من حزب الحرية" go nowhere), one their own sentence names unless they were evacuated ("شهد
    // المران عودة ثلاثة لاعبين" does not go where the article's travellers went).
    // Those aboard (على متنها 50 شخصا) made a journey only where their sentence tells one: a place
    // it starts or ends at, or a trigger of its own (حافلة على متنها 50 شخصا انحرفت عن الطريق: none).
    // So do people who do not move in this sense that a vehicle carries (حافلة مدرسية تقل 14 طالبة
    // تعرضت لحادث: a school run, not a journey out).
    const carriedAboard = (f: string) => rules.aboard(f) || (!!who.notMover && rules.carrying(f));
    if (move === found && words[found.at]!.forms.some(carriedAboard) && !journeyIn(si)) continue;
    const evacuated = move.kind === 'evacuation' && !move.neutral;
    const placed = origin.length + destination.length > 0 && (evacuated || ctx.placesIn(si).some((p) => ctx.direction(p) !== null));
    if (who.notMover && !held && !placed && !anaphorIn(ci)) continue;
    // "عبور 15,600 سوري إلى سوريا": nationals whose verb says only how they moved, going to their own
    // country, return; not those evacuated home from a war ("إجلاء 114 مواطناً سعودياً إلى جدة"),
    // or carried home by others ("نقلتا 500 باكستاني إلى كراتشي"، "طائرة تقل 2,400 مصري"), nor
    // those who fled within it ("نزح 40 ألف فلسطيني إلى مدينة غزة"), nor those who land at home in
    // an article about evacuations (وصل 140 مصرياً إلى القاهرة من باكو: evacuated from a war).
    const carrierWord = (w: Word | undefined) => !!w && w.forms.some((f) => rules.transporting(f) || rules.carrying(f));
    // ... a verb of transporting them in their clause too (نقلت الفرق بواسطة 14 شاحنة قرابة 600 لاجئ من مركز العبور).
    const transportedIn = (j: number) => words[j]!.clause === words[first]!.clause && words[j]!.forms.some(rules.transporting) && !reporting(rules, words, j);
    let carriedBy = carrierWord(words[move.at]) || words.slice(Math.max(0, first - 2), first).some(carrierWord);
    for (let j = Math.max(0, first - rules.reach.strict); j < first && !carriedBy; j++) carriedBy = transportedIn(j);
    // The country the people belong to: the nationals', or the one a nisba after refugees, the
    // displaced or families names (لاجئين سوريين، عائلة عراقية).
    const exiledFrom = ['refugees', 'displaced', 'families'].includes(who.group) ? words.slice(last + 1, last + 4).map((w) => rules.nationalityOf(w)).find((c) => c) : nationality;
    const goesHome =
      move.neutral && !carriedBy && move.told !== 'evacuation' && (
        (!!nationality && destination.some((d) => d.country === nationality)) ||
        // ... and so do refugees or families whose nisba names the country they come into from
        // abroad (وصول 187 عائلة عراقية من مخيم الهول في الحسكة إلى مخيم الجدعة).
        (!!exiledFrom && exiledFrom !== nationality && destination.some((d) => d.country === exiledFrom) && origin.length > 0 && origin.every((o) => !!o.country && o.country !== exiledFrom)));
    // Nationals, refugees or the displaced taken to the country their nisba names move as the
    // article tells, whoever carries them (قافلة من 14 حافلة تقل نحو 310 لاجئين سوريين … باتجاه
    // فليطة، قطار يقل نحو 950 سودانياً … إلى وادي حلفا: back home in an article of returns), and so
    // do people carried across a border in an article of returns (قافلة من 20 حافلة تقل نحو 800 من
    // عرسال إلى القصير).
    const home0 = destination[0]?.country;
    const acrossInReturns =
      move.told === 'return' && !!home0 && destination.every((d) => d.country === home0) && origin.length > 0 && origin.every((o) => !!o.country && o.country !== home0);
    const homeBound = (!!exiledFrom && destination.some((d) => d.country === exiledFrom) && !origin.some((o) => o.country === exiledFrom)) || acrossInReturns;
    // Leaving a shelter is going back home, unless the article tells of another kind of movement.
    const left = leaves(rules, words, move, first, last);
    // ... and so is being taken to their own villages (تقل 1,200 نازح من مراكز الإيواء إلى قراهم).
    // ... and, in an article of returns, being taken from camps to towns (قافلة تقل نحو 310 عائلات من
    // مخيمات أطمة ودير حسان باتجاه خان شيخون), one camp among the places left being enough (60 حافلة
    // تقل زهاء 2500 نازح من مخيم الفلاح في طرابلس إلى تاورغاء).
    const campsToTowns = (origin.some((o) => o.type === 'camp') || fromCamps(rules, words, first, last)) && destination.every((d) => d.type !== 'camp');
    const home =
      goesHome ||
      ((move.told ?? 'return') === 'return' && left === 'shelter') ||
      (move.neutral && homeward(rules, words, first, last)) ||
      ((move.neutral || move.carried) && move.told === 'return' && campsToTowns) ||
      // ... and, in an article of returns, being carried from shelters to towns (قافلة تقل نحو 1500
      // نازح من مراكز الإيواء في بيروت إلى قرى قضاءي صور والنبطية).
      ((move.neutral || move.carried) && move.told === 'return' && destination.length > 0 && destination.every((d) => d.type !== 'camp') && fromShelter(rules, words, first, last)) ||
      // ... and so is where returnees named as such go (على متنها ما بين 2500 و3000 عائد).
      (move.kind !== 'displacement' && !!noun && noun !== 'not-people' && words.slice(first, last + 2).some((w) => w.forms.some(rules.returneeNoun)));
    // ... and leaving one's homes is a flight (اضطروا إلى مغادرة منازلهم), where the article tells of
    // no other kind (an area evacuated: غادرت 1164 أسرة منازلها in a buffer zone's evacuation).
    // ... and so is a total named of those who fled, that a part's return is counted against.
    const fled = (left === 'homes' && move.told === undefined) || totalOfFled;
    // ... and the displaced leaving their camp move on as the article tells, not as they once fled.
    // People others carry (نقلت الفرق 600 لاجئ، 35 حافلة تقل 1260 شخصاً) are moved as those others
    // decide: evacuated, however they once fled or the article's others move.
    // "من المقرر أن تغادر بين 150 و200 عائلة أخرى مخيم كبرتو": more of the people counted before,
    // whose verb says only how they go and that nobody carries, go as those did.
    const more = [words[last + 1], words[last + 2]].some((w) => w?.forms.some((f) => rules.grammar.others.has(f)));
    const likeBefore = more && move.neutral ? records.at(-1)?.kind : undefined;
    // Armed men who leave (يخرج بين 300 و400 من المسلحين نحو إدلب) go under a deal, whatever the
    // article tells of its civilians.
    const armed = who.group === 'fighters' || who.group === 'fighters_and_families';
    // The same people counted again (أي نحو 690 شخصاً) moved as they were counted first.
    const kind = restated?.kind ?? (home
      ? 'return'
      : fled
        ? 'displacement'
        : (move.neutral || move.carried) && carriedBy && !homeBound
          ? 'evacuation'
          : (likeBefore ?? (left === 'camp' ? undefined : move.named) ?? (armed ? undefined : move.told) ?? move.kind));
    previous.kind = kind;
    // "نزح نحو 50 ألف فلسطيني من شمال القطاع إلى جنوبه": people displaced within their own country
    // are its people, not nationals of a state that takes them out.
    const endpoints = [...origin, ...destination];
    const athome = kind === 'displacement' && !!nationality && endpoints.length > 0 && endpoints.every((p) => p.country === nationality);
    // "أقلتا ما بين 400 و500 باكستاني ... لإجلاء قرابة 200 آخرين": others of the people its sentence
    // counted before are of their kind; not of families or a town's people, whose others are persons
    // (1200 أسرة عادت ... ما لا يقل عن 200 ألف آخرين).
    const kindOfOthers = counted && doc.sentenceIndexAt(counted.num.nStart) === si ? counted.who.group : null;
    const othersOf =
      who.group === 'people' && !!next?.forms.some((f) => rules.grammar.others_of.has(f)) && kindOfOthers !== 'families' && kindOfOthers !== 'civilians' ? kindOfOthers : null;
    const group = who.group === 'nationals' && athome ? 'people' : (othersOf ?? who.group);
    const mention: Span = doc.span(num.nStart, Math.max(num.nEnd, who.end));
    const c = rules.confidence;
    const evidenceScore =
      (noun ? c.noun : c.no_noun) + (move.distance <= rules.reach.near ? c.near_trigger : c.far_trigger) + (move.weak ? 0 : c.specific_trigger) + (head?.total ? c.total : 0);
    records.push({
      count: num.value === null ? null : Math.round(num.value),
      min: num.min === null ? null : Math.round(num.min),
      max: num.max === null ? null : Math.round(num.max),
      qualifier: num.qualifier,
      unit: who.unit,
      group,
      kind,
      status,
      cumulative,
      since,
      date: cumulative ? null : date,
      origin,
      destination,
      // The sentence names the corridor and the buses, or the one before it does ("دخلت 30 حافلة إلى
      // الحي. وخرج 900 مسلح").
      corridor: corridorOf(corridorIndex, sentence, num) ?? (lastSentence ? corridorOf(corridorIndex, lastSentence, num) : null),
      buses:
        busesOf(rules, figureIndex.startingIn(num.nStart - rules.reach.bus_chars, num.nStart + rules.reach.bus_chars + 1), words, num) ??
        (lastSentence ? busesIn(si - 1) : null),
      source: sourceOf(quoteIndex, num),
      mentions: [mention],
      part_of: partOf,
      confidence: Math.min(c.cap, Math.round(evidenceScore * 100) / 100),
      sentence: doc.span(sentence.start, sentence.end).text,
    });
  }
  return mergeRepeats(records);
}

/**
 * "قرابة 285 ألف نازح أدلوا بأصواتهم": the verb right after the figure and its noun (a past plural
 * that is no trigger) tells what these people did, which was not to move: displaced people counted
 * as they vote or queue are no displacement. Where they stay is told of the displaced as such
 * (66,400 شخص توزعوا على 58 مدرسة).
 */
function actedOtherwise(rules: LinkRules, words: readonly Word[], last: number): boolean {
  let k = last + 1;
  while (k < words.length && words[k]!.clause === words[last]!.clause && rules.people.some((p) => words[k]!.forms.some(p.test))) k++;
  const verb = words[k];
  if (!verb || verb.clause !== words[last]!.clause || isTrigger(rules, verb) || verb.forms.some(rules.stay)) return false;
  return [...rules.grammar.past_plural_endings].some((e) => verb.text.length > e.length + 2 && verb.text.endsWith(e));
}

/** The nationality of the people a word of evacuating names by it (إجلاء المصريين), or null. */
function evacuatedNationality(rules: LinkRules, words: readonly Word[]): string | null {
  for (let k = 1; k < words.length; k++) {
    if (!words[k - 1]!.forms.some(rules.evacuating) || !words[k]!.readings.some((r) => r.prefix.article)) continue;
    const country = rules.nationalityOf(words[k]!);
    if (country) return country;
  }
  return null;
}

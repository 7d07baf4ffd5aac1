// Links figures into evacuation records. A figure becomes a record when the text says it counts
// people (a group noun after it, or "the number of <people>" heading it) and the movement trigger
// nearest to it in its sentence is a movement (إجلاء، عودة، نزوح), not a deployment or a casualty.
// Everything else about the record is read from the same sentence, falling back to the article's
// context for the origin (a report names the besieged area once, then gives figures).
import type { AnalysedDocument } from '../document.js';
import { lastMentionBefore, mentionIndex, MentionIndex } from '../text/search.js';
import type { CorridorHit, DateHit, NumberHit, PlaceHit, QuoteHit } from '../mentions.js';
import type { Evacuation, Group, MovementKind, PlaceRef, SourceRef, Span, Status } from '../schema.js';
import { fold } from '../text/normalize.js';
import { mergeRepeats } from './merge.js';
import type { CompiledEvacuationsRules } from './rules.js';
import type { Word } from '../text/words.js';

export interface Evidence {
  numbers: readonly NumberHit[];
  dates: readonly DateHit[];
  places: readonly PlaceHit[];
  corridors: readonly CorridorHit[];
  quotes: readonly QuoteHit[];
  /** How strongly the document reports forced movement at all (src/relevance/), 0..1. */
  relevance: number;
}

/** A figure already taken as a count, and whom it counts. */
interface Counted {
  num: NumberHit;
  who: Who;
  move: Move;
  cumulative: boolean;
}

interface Who {
  group: Group;
  unit: 'person' | 'family';
  /** Normalised offset where the counted noun phrase ends (for the evidence span). */
  end: number;
  /** People who are counted but do not move in this sense (spectators, staff, suspects, patients). */
  notMover?: boolean;
}


const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function linkEvacuations(
  doc: AnalysedDocument,
  evidence: Evidence,
  lexicon: CompiledEvacuationsRules = doc.rules.evacuations,
): Evacuation[] {
  const rules = linkRules(lexicon, doc.rules.gazetteer.entries.filter((e) => e.type === 'country'));
  const sentenceWords = new Map<number, Word[]>();
  const wordsOf = (si: number): Word[] => {
    let ws = sentenceWords.get(si);
    if (!ws) {
      const s = doc.sentences[si]!;
      ws = doc.wordsIn(s.start, s.end);
      sentenceWords.set(si, ws);
    }
    return ws;
  };
  // Not figures, and so never between a figure and its head: the digits of a date ("منذ 7 مايو"),
  // definite numerals that qualify a noun ("البلدات الثلاث"، "الساعات الـ24"), percentages.
  const dateIndex = mentionIndex(evidence.dates);
  const figures = evidence.numbers.filter(
    (n) =>
      dateIndex.overlapping(n.nStart, n.nEnd).length === 0 &&
      !/^ال|ال$/.test(doc.text.slice(Math.max(0, n.nStart - 2), n.nEnd)) &&
      !isPercent(rules, doc.text, n),
  );
  const figureIndex = mentionIndex(figures);
  const placeIndex = mentionIndex(evidence.places);
  const corridorIndex = mentionIndex(evidence.corridors);
  const quoteIndex: QuoteIndex = {
    byText: new MentionIndex(evidence.quotes, (q) => q.textStart, (q) => q.textEnd),
    bySpan: mentionIndex(evidence.quotes),
  };
  const context = movementContext(doc, rules, evidence.places, wordsOf);
  const figureStarts = new Set(evidence.numbers.map((n) => n.nStart));

  const records: Evacuation[] = [];
  let previous: Counted | null = null;
  for (const num of figures) {
    const si = doc.sentenceIndexAt(num.nStart);
    if (si < 0) continue;
    const words = wordsOf(si);
    const first = words.findIndex((w) => w.end > num.nStart);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < num.nEnd) last++;
    if (first < 0) continue;
    const sentenceFigures = figureIndex.startingIn(doc.sentences[si]!.start, doc.sentences[si]!.end);

    // "أفضل 100 لاعبة": a rank, not a count.
    if (first > 0 && words[first - 1]!.forms.some(rules.rank)) continue;
    const noun = countedNoun(rules, doc.text, words, last + 1, num);
    if (noun === 'not-people') continue;
    const head = countHead(rules, words, first, sentenceFigures, num);
    const subset = isSubset(rules, doc.text, words, first, last);
    // "1700 عائلة تضم 10 آلاف و200 شخص": the figure counts the people of the one before.
    const contained = words.slice(Math.max(0, first - 2), first).some((w) => w.forms.some(rules.contains));
    // "... 5 آلاف راكب. بينهم 1116 مسلحاً": a subset opening its sentence takes up the last figure.
    const before = closeBefore(doc.text, previous, num, subset && first <= 1);
    const who: Who | null =
      pickGroup(noun, head, num) ??
      (before && joinedByAnd(doc.text, num) ? { ...before.who, end: num.nEnd } : null) ??
      (subset ? { group: 'people', unit: 'person', end: num.nEnd } : null);
    if (!who) continue;

    // Without a verb, "بينهم 70 ألف طفل" moved as the figure it belongs to, and a count of the
    // displaced (عدد النازحين بأكثر من 270 ألفاً) is a displacement.
    const found = nearestTrigger(rules, doc.text, words, first, last, placeIndex, figureStarts);
    // "عدد النازحين … 40 ألفاً، عاد منهم …": the number of the displaced, whose clause names no
    // movement, is a displacement; the verb of the next clause is another event's.
    const ownClause = found && doc.clauseIndexAt(words[found.at]!.start) === doc.clauseIndexAt(num.nStart);
    const move: Move | null =
      (found && (ownClause || head?.group !== 'displaced') ? found : null) ??
      ((subset || contained) && before ? { ...before.move, distance: rules.reach.trigger, weak: true } : null) ??
      (who.group === 'displaced' || head?.group === 'displaced' ? { kind: 'displacement', distance: rules.reach.trigger, weak: true, at: first } : null);
    if (!move) continue;
    // Strong evidence: a people noun right after the figure and a specific trigger in its own
    // clause. Anything looser counts only in an article about people moving, and people who do not
    // move in this sense (staff, tourists, patients) only on strong evidence of their own.
    const governs = !!found && ownClause && !found.weak && found.distance <= rules.reach.strict;
    const strong = !!noun && governs && !found!.neutral;
    if (who.notMover && !(governs && evidence.relevance >= rules.relevanceThreshold)) continue;
    if (!strong && evidence.relevance < rules.relevanceThreshold) continue;
    if (isRate(rules, doc, num)) continue;
    // "2,163 شخصاً، بينهم 706 مسلحين": the 706 are part of the 2,163 (an input offset until merged).
    const partOf = (subset || contained) && before ? doc.span(before.num.nStart, before.num.nEnd).start : null;

    const status = statusOf(rules, words, first, last);
    const sentence = doc.sentences[si]!;
    const inSentence = <T,>(xs: MentionIndex<T>) => xs.startingIn(sentence.start, sentence.end);
    const dates = inSentence(dateIndex);
    // "3287 غادروا أمس، ليصل مجموع من خرجوا منذ 7 مايو إلى 27640": a start date belongs to the
    // figure nearest to it, not to every figure of the sentence.
    const sameClause = (a: { nStart: number }, b: { nStart: number }) => doc.clauseIndexAt(a.nStart) === doc.clauseIndexAt(b.nStart);
    const sinceDates = dates.filter((d) => {
      if (d.role !== 'since') return false;
      const inClause = inSentence(figureIndex).filter((f) => sameClause(f, d));
      return nearest(inClause.length ? inClause : inSentence(figureIndex), d) === num;
    });
    const since = nearest(sinceDates.filter((d) => d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    const date =
      nearest(dates.filter((d) => d.role !== 'since' && d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    const cumulative =
      sinceDates.length > 0 ||
      (status === 'completed' && overPeriod(rules, doc, words, dates, num)) ||
      sinceInClause(doc, rules, num) ||
      cumulativeCue(rules, words, first, sentenceFigures, num) ||
      (head !== null && head.total && status === 'completed') ||
      // The parts and contents of a running total are running totals too.
      (partOf !== null && !!before?.cumulative);
    previous = { num, who, move, cumulative };

    const nationality = who.group === 'nationals' ? (doc.wordsIn(num.nEnd, who.end).map((w) => rules.nationalityOf(w)).find((c) => c) ?? null) : null;
    const { origin, destination } = placesOf(doc, rules, placeIndex, context, words, num, move, si, nationality);
    // "عبور 15,600 سوري إلى سوريا": nationals going to their own country return.
    const kind = nationality && destination.some((d) => d.country === nationality) ? 'return' : move.kind;
    const mention: Span = doc.span(num.nStart, Math.max(num.nEnd, who.end));
    const evidenceScore = (noun ? 0.35 : 0.2) + (move.distance <= 6 ? 0.35 : 0.25) + (move.weak ? 0 : 0.15) + (head?.total ? 0.05 : 0);
    records.push({
      count: num.value === null ? null : Math.round(num.value),
      min: num.min === null ? null : Math.round(num.min),
      max: num.max === null ? null : Math.round(num.max),
      qualifier: num.qualifier,
      unit: who.unit,
      group: who.group,
      kind,
      status,
      cumulative,
      since,
      date: cumulative ? null : date,
      origin,
      destination,
      corridor: corridorOf(corridorIndex, sentence, num),
      buses: busesOf(rules, figureIndex.startingIn(num.nStart - 60, num.nStart + 61), words, num),
      source: sourceOf(quoteIndex, num),
      mentions: [mention],
      part_of: partOf,
      confidence: Math.min(0.98, Math.round(evidenceScore * 100) / 100),
      sentence: doc.span(sentence.start, sentence.end).text,
    });
  }
  return mergeRepeats(records);
}

/** "80%"، "95 في المئة": the figure is a share. */
function isPercent(rules: LinkRules, text: string, n: NumberHit): boolean {
  const own = text.slice(n.nStart, n.nEnd);
  const after = text.slice(n.nEnd, n.nEnd + 12).trimStart();
  return rules.percent.some((p) => after.startsWith(p) || own.includes(p));
}


/** The noun right after the figure (or after a partitive من), if it names people. */
function countedNoun(
  rules: LinkRules,
  text: string,
  words: Word[],
  at: number,
  num: NumberHit,
): Who | 'not-people' | null {
  let i = at;
  const g = rules.grammar;
  const skipDeterminers = () => {
    while (words[i] && g.determiners.has(words[i]!.text)) i++;
  };
  if (!words[i] || !nounFollows(text, num, words[i]!.start)) return null;
  const partitive = g.partitive.has(words[i]!.text);
  if (partitive) i++;
  skipDeterminers();
  const w = words[i];
  if (!w || w.start - num.nEnd > 12) return null;
  // "20 حافلة" is no count of people; "350 من القرى" may be (من there says where they came from).
  if (w.forms.some(rules.notPeople)) return partitive ? null : 'not-people';
  let found = groupOf(rules, w);
  if (!found) return null;
  if (w.forms.some(rules.notMover)) return { ...found, end: w.end, notMover: true };
  // "564 مواطنا مصريا": citizens of a named country are its nationals.
  const adjective = words[i + 1];
  let end = w.end;
  if ((found.group === 'civilians' || found.group === 'people') && adjective && onlySpaces(text, w.end, adjective.start) && adjective.forms.some(rules.national)) {
    found = { ...found, group: 'nationals' };
    end = adjective.end;
  }
  // "3000 شخص من النازحين": the partitive names who the persons are.
  if (found.group === 'people' && words[i + 1] && g.partitive.has(words[i + 1]!.text)) {
    const at = i;
    i += 2;
    skipDeterminers();
    const refined = words[i] ? groupOf(rules, words[i]!) : null;
    if (refined) {
      found = refined;
      end = words[i]!.end;
    } else i = at;
  }
  const withFamilies = familiesAfter(rules, words, i + 1);
  if (withFamilies && (found.group === 'fighters' || found.group === 'people')) {
    return { group: 'fighters_and_families', unit: 'person', end: Math.max(end, withFamilies.end) };
  }
  return { ...found, end };
}

function groupOf(rules: LinkRules, word: Word): { group: Group; unit: 'person' | 'family' } | null {
  for (const p of rules.people) if (word.forms.some(p.test)) return { group: p.group, unit: p.unit };
  if (word.forms.some(rules.national)) return { group: 'nationals', unit: 'person' };
  return word.forms.some(rules.notMover) ? { group: 'people', unit: 'person' } : null;
}

/** The linker's lexicon plus the nationality nouns of the gazetteer's countries (سوري، مصريا، الأردنيين). */
type LinkRules = CompiledEvacuationsRules & {
  national: (word: string) => boolean;
  /** The country (ISO code) whose nationals a word names, or null. */
  nationalityOf: (word: Word) => string | null;
};

const NISBA_ENDINGS = ['يين', 'يون', 'يات', 'يا', 'يه', 'ي'];
const withNationals = new WeakMap<CompiledEvacuationsRules, LinkRules>();

/**
 * A country's name gives its nationality noun by the regular nisba: the article and a final ا، يا
 * or ة dropped, ي added (سوريا → سوري، الأردن → أردني، السعودية → سعودي); a figure of them counts
 * nationals (أجلت 512 أردنياً، عبور 15,600 سوري).
 */
function linkRules(
  rules: CompiledEvacuationsRules,
  countries: readonly { name: string; aliases?: readonly string[]; country: string | null }[],
): LinkRules {
  let out = withNationals.get(rules);
  if (!out) {
    const stems = new Map<string, string | null>();
    for (const c of countries) {
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const w = fold(n);
        if (/\s/.test(w)) continue;
        const stem = w.replace(/^ال/, '').replace(/(يا|ا|ه)$/, '');
        if (stem.length >= 2 && !stems.has(stem)) stems.set(stem, c.country);
      }
    }
    const countryOf = (form: string): string | null | undefined => {
      const e = NISBA_ENDINGS.find((x) => form.endsWith(x) && form.length > x.length + 1 && stems.has(form.slice(0, -x.length)));
      return e === undefined ? undefined : stems.get(form.slice(0, -e.length));
    };
    const national = (form: string) => countryOf(form) !== undefined;
    const nationalityOf = (word: Word) => word.forms.map(countryOf).find((c) => c) ?? null;
    out = { ...rules, national, nationalityOf };
    withNationals.set(rules, out);
  }
  return out;
}

const onlySpaces = (text: string, from: number, to: number): boolean => /^\s*$/.test(text.slice(from, to));

/**
 * Nothing but spaces, quotation marks and brackets between a figure and its noun ("(410) أشخاص"،
 * '13500 "نازح قسري"'): a comma or a full stop ends the phrase ("دورته 36، المواطنين"), and so does
 * the bracket closing a year ("(1995) وأطفال").
 */
function nounFollows(text: string, num: NumberHit, nounStart: number): boolean {
  const gap = text.slice(num.nEnd, nounStart);
  if (!/^[\s"'«»“”()[\]]*$/.test(gap)) return false;
  return !(gap.includes(')') && num.value !== null && num.value >= 1900 && num.value <= 2100 && Number.isInteger(num.value));
}

/**
 * Families attached to the noun: "المسلحين وعائلاتهم"، "مسلح مع عائلاتهم"، "وأفراد أسرهم". Not across
 * a verb: in "400 مقاتل سيخرجون مع عائلاتهم" the figure counts the fighters alone.
 */
function familiesAfter(rules: LinkRules, words: Word[], from: number): Word | null {
  const g = rules.grammar;
  const isMember = (w: Word | undefined) => !!w && w.forms.some((f) => g.family_members.has(f));
  let k = from;
  if (words[k] && g.family_joiners.has(words[k]!.text)) k++;
  while (words[k] && g.determiners.has(words[k]!.text)) k++;
  if (isMember(words[k])) k++;
  const w = words[k];
  return w && w.forms.some(rules.withFamilies) && !isMember(w) ? w : null;
}

interface Head {
  group: Group | null;
  notMover: boolean;
  /** "العدد الإجمالي" or "عدد ... الذين تم": the figure is a total. */
  total: boolean;
}

/** "عدد/العدد الإجمالي + (ل)الأشخاص/المسلحين/الذين" before the figure, with no other figure between. */
function countHead(
  rules: LinkRules,
  words: Word[],
  first: number,
  numbers: readonly NumberHit[],
  num: NumberHit,
): Head | null {
  const g = rules.grammar;
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.head); k--) {
    const w = words[k]!;
    if (!w.forms.some(rules.countHead)) continue;
    if (numbers.some((n) => n !== num && n.nStart > w.end && n.nStart < num.nStart)) return null;
    let j = k + 1;
    if (words[j] && g.partitive.has(words[j]!.text)) return null; // "عدد من" = several
    const total = words.slice(k, first).some((x) => x.forms.some(rules.cumulative));
    while (j < first && words[j]!.forms.some(rules.cumulative)) j++;
    const next = words[j];
    let group: Group | null = null;
    const notMover = !!next && j < first && next.forms.some(rules.notMover);
    if (next && j < first) {
      const named = groupOf(rules, next);
      if (named) group = familiesAfter(rules, words, j + 1) && named.group === 'fighters' ? 'fighters_and_families' : named.group;
      else if (g.relatives.has(next.text) || g.partitive.has(next.text)) group = 'people';
    }
    // "عددهم"، "عددها": the number of people the sentence already named.
    if (!group && /(هم|ها|هن)$/.test(w.text)) group = 'people';
    const relative = words.slice(k, first).some((x) => g.relatives.has(x.text));
    // ... unless a movement names a batch of them ("بلغ عدد النازحين العائدين إلى سوريا 70 شخصا").
    const moving = words.slice(j + 1, first).some((x) => rules.triggers.some((t) => x.forms.some(t.test)));
    const stock = group !== null && rules.stockGroups.has(group) && !moving;
    return { group, notMover, total: total || relative || stock };
  }
  return null;
}

function pickGroup(noun: Who | null, head: Head | null, num: NumberHit): Who | null {
  if (noun) {
    // "العدد الإجمالي للمسلحين وعائلاتهم ... بلغ 5981 شخصا": the head says who the persons are.
    if (noun.group === 'people' && head?.group && head.group !== 'people') return { ...noun, group: head.group };
    return head?.notMover ? { ...noun, notMover: true } : noun;
  }
  if (head && (head.group || head.total)) return { group: head.group ?? 'people', unit: 'person', end: num.nEnd, notMover: head.notMover };
  return null;
}

/**
 * "عاد منهم 250 ألفاً"، "بينهم 70 ألف طفل": a subset pronoun just before the figure. A pronoun of
 * things (منها، بينها) counts people only when no other noun follows the figure: "منها 43 مباراة".
 */
function isSubset(rules: LinkRules, text: string, words: Word[], first: number, last: number): boolean {
  const g = rules.grammar;
  const pronoun = words
    .slice(Math.max(0, first - 2), first)
    .flatMap((w) => w.forms)
    .find((f) => g.subset.has(f));
  if (!pronoun) return false;
  if (g.human_subset.has(pronoun)) return true;
  const next = words[last + 1];
  return !next || !onlySpaces(text, words[last]!.end, next.start) || [g.towards, g.from, g.via].some((set) => set.has(next.text));
}

/** The figure counted just before this one, when nothing but a clause of the same sentence (or a sentence end, when `acrossSentence`) lies between. */
function closeBefore(text: string, previous: Counted | null, num: NumberHit, acrossSentence: boolean): Counted | null {
  if (!previous || num.nStart - previous.num.nEnd > 80) return null;
  if (!acrossSentence && /[.!?\n]/.test(text.slice(previous.num.nEnd, num.nStart))) return null;
  return previous;
}

/**
 * "خروج 5 آلاف من سكان البلدتين و2350 من مضايا": a figure joined by و to the figure just counted
 * counts the same people.
 */
const joinedByAnd = (text: string, num: NumberHit): boolean => /(^|\s)و\s*$/.test(text.slice(Math.max(0, num.nStart - 3), num.nStart));

interface Move {
  kind: MovementKind;
  distance: number;
  weak: boolean;
  /** Says how people moved, not why (نقل، وصول، خروج). */
  neutral?: boolean;
  /** Index of the trigger word in the sentence. */
  at: number;
}

const distanceTo = (k: number, first: number, last: number) => (k < first ? first - k : k - last);

/**
 * The movement trigger nearest the figure, unless a blocker (deployment, casualty) is nearer or a
 * modal word (a need, a fear, a call, a refusal) governs it. A trigger that only says how people
 * moved (نقل، وصل، خروج) gives way to a return or a flight named in the same sentence.
 */
function nearestTrigger(
  rules: LinkRules,
  text: string,
  words: Word[],
  first: number,
  last: number,
  places: MentionIndex<PlaceHit>,
  figureStarts: ReadonlySet<number>,
): (Move & { modal: boolean }) | null {
  let best: (Move & { modal: boolean }) | null = null;
  let specific: Move | null = null;
  let blocker = Infinity;
  for (let k = 0; k < words.length; k++) {
    if (k >= first && k <= last) continue;
    const d = distanceTo(k, first, last);
    if (d > rules.reach.trigger) continue;
    const forms = words[k]!.forms;
    if (forms.some(rules.blocker)) blocker = Math.min(blocker, d);
    if (!rules.triggers.some((t) => forms.some(t.test)) || notAMovement(rules, text, words, k, words[last]!.end, places, figureStarts)) continue;
    // "15 حافلة تقل 600 مدني": buses that carry people are a movement, not a loose cue.
    const carried = words.slice(Math.max(0, k - 3), k).some((w) => w.forms.some(rules.bus));
    const weak = forms.some(rules.weakTrigger) && !carried;
    const neutral = forms.some(rules.neutralTrigger) && !carried;
    const modal = words.slice(Math.max(0, k - rules.reach.modal), k).some((w) => w.forms.some(rules.modal));
    for (const t of rules.triggers) {
      if (!forms.some(t.test)) continue;
      const move = { kind: t.kind, distance: d, weak, neutral, modal, at: k };
      if (!best || (best.weak && !weak) || (best.weak === weak && d < best.distance)) best = move;
      if (!neutral && t.kind !== 'evacuation' && (!specific || d < specific.distance)) specific = move;
    }
  }
  if (!best || blocker < best.distance || best.modal) return null;
  return best.neutral && specific ? { ...specific, distance: best.distance, modal: false } : best;
}

/**
 * A trigger word that here names no movement of people: a verbal noun governing a thing (عودة
 * الحياة، إعادة فتح، نقل المساعدات), an arriving verb that says a quantity "amounts to" (وصل عدد،
 * يصل المجموع إلى، تصل إلى قيمة، يصل إلى 500), a going back in time or to a thing (تعود إلى القرن،
 * بالعودة إلى التسجيلات), a legal status (في حالة فرار) and reporting (نقلت الوكالة عن).
 */
function notAMovement(
  rules: LinkRules,
  text: string,
  words: Word[],
  k: number,
  figureEnd: number,
  places: MentionIndex<PlaceHit>,
  figureStarts: ReadonlySet<number>,
): boolean {
  const w = words[k]!;
  if (k > 0 && words[k - 1]!.forms.some(rules.statusNoun)) return true;
  const forms = w.forms;
  if (!/^[بل]/.test(w.text) && forms.some(rules.reportVerb) && words.slice(k + 1, k + 4).some((x) => rules.reportLinks.has(x.text))) {
    return true;
  }
  let next = words[k + 1];
  if (!next || !onlySpaces(text, w.end, next.start)) return false;
  const after = words[k + 2];
  const isPlace = (x: Word) => places.overlapping(x.start, x.start + 1).length > 0;
  const isDefinite = (x: Word) => x.forms.some((f) => f !== x.text && f.length + 2 <= x.text.length && x.text.slice(0, -f.length).endsWith('ال'));
  const isPerson = (x: Word) => !!groupOf(rules, x) || x.forms.some(rules.mover) || /ي(ين|ون)$/.test(x.text);
  // "تعود (أطوار القضية) إلى سنة 2012": the era may stand after the verb's own subject.
  const era = [k + 1, k + 2, k + 3].some((j) => words[j] && rules.grammar.towards.has(words[j]!.text) && words[j + 1] && words[j + 1]!.forms.some(rules.era));
  if (era) return true;
  if (rules.grammar.towards.has(next.text) && after) {
    if (forms.some(rules.amountVerb) && (figureStarts.has(after.start) || /^\d/.test(after.text) || after.forms.some(rules.amountWord))) return true;
    if (isDefinite(after) && !isPlace(after) && !isPerson(after)) return true;
  }
  if (forms.some(rules.amountVerb) && next.forms.some((f) => rules.countHead(f) || rules.cumulative(f) || rules.amountWord(f))) return true;
  if (!forms.some(rules.verbalNoun)) return false;
  // After the figure, a bare verbal noun after "بعد، قبل، إثر" is another event: "21 لاعبا بعد عودة محمود".
  if (w.start > figureEnd && k > 0 && rules.grammar.event_preps.has(words[k - 1]!.text) && forms.includes(w.text.replace(/^(ال|[وف])/, '')) && !isPerson(next)) {
    return true;
  }
  if (next.forms.some(rules.quantifier) && words[k + 2] && onlySpaces(text, next.end, words[k + 2]!.start)) next = words[k + 2]!;
  return isDefinite(next) && !isPerson(next) && !isPlace(next);
}

/** "يغادرون كل ساعة": a figure for every unit of time in the figure's clause. */
function isRate(rules: LinkRules, doc: AnalysedDocument, num: NumberHit): boolean {
  const ci = doc.clauseIndexAt(num.nStart);
  if (ci < 0) return false;
  const clause = doc.clauses[ci]!;
  const ws = doc.wordsIn(clause.start, clause.end);
  return ws.some((w, k) => rules.grammar.every.has(w.text) && !!ws[k + 1] && ws[k + 1]!.forms.some(rules.rateUnit));
}

function isFutureVerb(rules: LinkRules, word: Word): boolean {
  return word.future !== null && word.future.length > 2 && rules.futureVerb(word.future);
}

/** Planned or completed, by the status cue nearest the figure in its sentence (completed by default). */
function statusOf(rules: LinkRules, words: Word[], first: number, last: number): Status {
  let best: { status: Status; d: number } | null = null;
  for (let k = 0; k < words.length; k++) {
    if (k >= first && k <= last) continue;
    const w = words[k]!;
    const forms = w.forms;
    const status: Status | null =
      isFutureVerb(rules, w) || forms.some(rules.planned) ? 'planned' : forms.some(rules.completed) ? 'completed' : null;
    if (!status) continue;
    // A cue before the figure governs it more often than one after: count it a little nearer.
    const d = distanceTo(k, first, last) + (k > last ? 0.5 : 0);
    if (!best || d < best.d) best = { status, d };
  }
  return best?.status ?? 'completed';
}

/** A running-total cue before the figure (with no other figure between) or a "so far" phrase. */
function cumulativeCue(
  rules: LinkRules,
  words: Word[],
  first: number,
  numbers: readonly NumberHit[],
  num: NumberHit,
): boolean {
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.trigger); k--) {
    const w = words[k]!;
    if (numbers.some((n) => n !== num && n.nStart >= w.end && n.nStart < num.nStart)) break;
    if (w.forms.some(rules.cumulative)) return true;
  }
  return rules.cumulativePhrases.some((phrase) =>
    words.some((_, k) => phrase.every((p, j) => words[k + j] && words[k + j]!.forms.includes(p))),
  );
}

/**
 * A total over a period, said in the figure's clause: "خلال أربعة أيام"، "على مدى أسبوعين", or a
 * date the count runs until (من 22 أيار وحتى 26 أيار، بحلول نهاية الشهر).
 */
function overPeriod(rules: LinkRules, doc: AnalysedDocument, words: Word[], dates: readonly DateHit[], num: NumberHit): boolean {
  const ci = doc.clauseIndexAt(num.nStart);
  const inClause = (at: number) => doc.clauseIndexAt(at) === ci;
  const until = dates.some((d) => {
    if (!inClause(d.nStart)) return false;
    const w = words.filter((x) => x.end <= d.nStart).at(-1);
    return !!w && rules.untilWords.has(w.text);
  });
  if (until) return true;
  return words.some(
    (w, k) => inClause(w.start) && w.forms.some(rules.periodWord) && words.slice(k + 1, k + 4).some((x) => x.forms.some(rules.periodUnit)),
  );
}

/** "منذ" in the figure's clause: counted since a date or an event (منذ انطلاق العمليات). */
function sinceInClause(doc: AnalysedDocument, rules: LinkRules, num: NumberHit): boolean {
  const ci = doc.clauseIndexAt(num.nStart);
  if (ci < 0) return false;
  const clause = doc.clauses[ci]!;
  return doc.wordsIn(clause.start, clause.end).some((w) => rules.sinceWords.has(w.text));
}

function nearest<T extends { nStart: number }>(xs: readonly T[], num: { nStart: number }): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (!best || Math.abs(x.nStart - num.nStart) < Math.abs(best.nStart - num.nStart)) best = x;
  return best;
}

const uniqueByName = (refs: PlaceRef[]): PlaceRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.name) && !!seen.add(r.name));
};

type Direction = 'origin' | 'destination' | null;

/**
 * Is this place where a movement starts or ends? Its cue says so (من → origin, إلى → destination),
 * or it stands a few words after one ("من منطقة منع الاشتباك في تل رفعت", "بالقرب من بلدة الرستن",
 * "إلى مراكز إيواء في منطقة جبرين"), or it is the object of a departure verb ("غادروا حي الوعر"),
 * or it is where the counted people are from ("سكان الفوعة"، "مسلحي مضايا"). Not the من of
 * "من خلال"، "كل من"، "بإشراف من".
 */
function directionOf(rules: LinkRules, words: Word[], place: PlaceHit): Direction {
  if (place.role === 'origin' || place.role === 'destination') return place.role;
  if (place.role === 'via') return null;
  const at = words.findIndex((w) => w.end > place.nStart);
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = words[k]!;
    const g = rules.grammar;
    if (g.from.has(w.text)) {
      const after = words[k + 1];
      const before = words[k - 1];
      if (after && after.forms.some(rules.fromNotOriginAfter)) return null;
      // "300 شخص من رعايا الهند تم إجلاؤهم من السودان": the country of a nationals noun is whose
      // citizens they are, not where they left.
      if (after && k + 1 < at && nationalsNoun(rules, after)) return null;
      return before && before.forms.some(rules.fromNotOriginBefore) ? null : 'origin';
    }
    if (g.towards.has(w.text)) return 'destination';
    if (g.via.has(w.text)) return null;
    if (w.forms.some(rules.departureVerb)) return 'origin';
    // "أهالي بلدتي الفوعة": a people noun in construct with the place (a type word may stand between).
    if (k >= at - 2 && /ي$|ان$/.test(w.text) && !nationalsNoun(rules, w) && rules.people.some((p) => w.forms.some(p.test))) return 'origin';
    // "نازحي/نازحين الموصل": the displaced of a place come from it, whatever the case ending.
    if (k === at - 1 && /ين$/.test(w.text) && rules.people.some((p) => (p.group === 'displaced' || p.group === 'refugees') && w.forms.some(p.test))) {
      return 'origin';
    }
  }
  return null;
}

const nationalsNoun = (rules: LinkRules, w: Word) => rules.people.some((p) => p.group === 'nationals' && w.forms.some(p.test));

interface Endpoint {
  ref: PlaceRef;
  nStart: number;
}

interface MovementContext {
  origins: Endpoint[];
  destinations: Endpoint[];
}

/**
 * The places the article names as the start or the end of a movement (a from- or to-phrase with a
 * movement trigger shortly before it), in text order: the context for figures whose sentence names
 * none (a report names the besieged area and the destination once, then gives figures).
 */
function movementContext(
  doc: AnalysedDocument,
  rules: LinkRules,
  places: readonly PlaceHit[],
  wordsOf: (si: number) => Word[],
): MovementContext {
  const context: MovementContext = { origins: [], destinations: [] };
  for (const p of places) {
    const si = doc.sentenceIndexAt(p.nStart);
    if (si < 0) continue;
    const words = wordsOf(si);
    const direction = directionOf(rules, words, p);
    if (!direction) continue;
    const at = words.findIndex((w) => w.end > p.nStart);
    const moved = words.slice(Math.max(0, at - rules.reach.context), at).some((w) => rules.triggers.some((t) => w.forms.some(t.test)));
    if (moved) (direction === 'origin' ? context.origins : context.destinations).push({ ref: p.ref, nStart: p.nStart });
  }
  return context;
}

/** The place nearest the figure, with the places listed together with it ("الفوعة وكفريا"). */
function nearestGroup(candidates: readonly PlaceHit[], num: { nStart: number }): PlaceHit[] {
  const best = nearest(candidates, num);
  if (!best) return [];
  const sorted = [...candidates].sort((x, y) => x.nStart - y.nStart);
  const i = sorted.indexOf(best);
  let lo = i;
  let hi = i;
  const listed = (a: PlaceHit, b: PlaceHit) => b.nStart - a.nEnd <= 12;
  while (lo > 0 && listed(sorted[lo - 1]!, sorted[lo]!)) lo--;
  while (hi + 1 < sorted.length && listed(sorted[hi]!, sorted[hi + 1]!)) hi++;
  return sorted.slice(lo, hi + 1);
}

/**
 * Origin and destination: the places its sentence gives those roles (the figure's own clause
 * first); for a return, where people went back to is where they are now ("عادوا إلى منازلهم في
 * الغوطة"); without an origin, an anaphor ("من المنطقة") or the article's last movement origin.
 */
function placesOf(
  doc: AnalysedDocument,
rules: LinkRules,
  places: MentionIndex<PlaceHit>,
  context: MovementContext,
  words: Word[],
  num: NumberHit,
  move: Move,
  si: number,
  nationality: string | null,
): { origin: PlaceRef[]; destination: PlaceRef[] } {
  const sentence = doc.sentences[si]!;
  const ci = doc.clauseIndexAt(num.nStart);
  const clause = ci >= 0 ? doc.clauses[ci]! : sentence;
  const inSentence = places.startingIn(sentence.start, sentence.end);
  const inClause = (p: { nStart: number }) => p.nStart >= clause.start && p.nStart < clause.end;
  const directed = (direction: Direction) => inSentence.filter((p) => directionOf(rules, words, p) === direction);
  const pick = (direction: Direction) => {
    const all = directed(direction);
    const mine = all.filter(inClause);
    return nearestGroup(mine.length ? mine : all, num).map((p) => p.ref);
  };
  let destination = pick('destination');
  // Nationals brought back go to their own country, from where the sentence says they were
  // ("إعادة 561 مواطنا مصريا بالسودان عبر المعابر بين مصر والسودان").
  let returnOrigin: PlaceRef[] = [];
  if (move.kind === 'return' && destination.length === 0 && nationality) {
    const trigger = words[move.at]!;
    const after = inSentence.filter((p) => p.nStart > trigger.start);
    const located = after.filter((p) => p.role === 'location');
    const home = after.find((p) => p.ref.type === 'country' && p.ref.country === nationality);
    if (home) {
      destination = [home.ref];
      returnOrigin = nearestGroup(located.filter((p) => p.ref.country !== nationality), num).map((p) => p.ref);
    }
  }
  if (move.kind === 'return' && destination.length === 0) {
    const trigger = words[move.at]!;
    destination = inSentence.filter((p) => p.role === 'location' && p.nStart > trigger.start).map((p) => p.ref);
  }
  // Where the figure's clause says people are: a camp they reached (النازحين في مخيم حسن شام), or
  // for a displacement the place they left (نزوح 40 ألف شخص في شرق ليبيا).
  const here = inSentence.filter((p) => p.role === 'location' && p.nStart >= clause.start && p.nStart < clause.end && directionOf(rules, words, p) === null);
  const camps = here.filter((p) => p.ref.type === 'camp');
  if (destination.length === 0 && move.kind === 'displacement') destination = nearestGroup(camps, num).map((p) => p.ref);
  if (destination.length === 0) destination = lastOf(context.destinations, sentence.start, []);
  // A named place or an anaphor (من المدينة، غادروا المخيم), whichever is nearer the figure: in its
  // own clause first ("خروج دفعة أولى من المدينة عددهم 1089" does not take the crossing another
  // clause of the sentence names), then in its sentence.
  const origins = directed('origin');
  const anaphors = move.kind === 'return' ? [] : anaphorsIn(rules, places, context.origins, origins, words, sentence.start);
  const nearer = (hits: readonly PlaceHit[], refs: readonly Anaphor[]): PlaceRef[] => {
    const a = nearest(refs, num);
    const p = nearest(hits, num);
    if (a && (!p || Math.abs(a.nStart - num.nStart) < Math.abs(p.nStart - num.nStart))) return a.refs;
    return nearestGroup(hits, num).map((h) => h.ref);
  };
  let origin = returnOrigin.length && !origins.length ? returnOrigin : nearer(origins.filter(inClause), anaphors.filter(inClause));
  if (origin.length === 0) origin = nearer(origins, anaphors);
  if (origin.length === 0 && move.kind !== 'return') {
    // For a displacement, where the figure's clause says people were; then the article's last
    // movement origin.
    if (move.kind === 'displacement') origin = nearestGroup(here.filter((p) => p.ref.type !== 'camp'), num).map((p) => p.ref);
    if (origin.length === 0) origin = lastOf(context.origins, sentence.start, []);
  }
  return { origin: uniqueByName(origin), destination: uniqueByName(destination) };
}

interface Anaphor {
  /** Where the anaphor stands (normalised offset). */
  nStart: number;
  refs: PlaceRef[];
}

/**
 * "من المنطقة"، "من الحي"، "منها"، "غادروا المخيم" in a sentence: each refers to the origin its
 * sentence named before it ("غادروا بلدات ريفي حمص الشمالي وحماة الجنوبي، ليصل مجموع من خرجوا من
 * المنطقة"), else to the last origin (or place) of that kind before the sentence.
 */
function anaphorsIn(
  rules: LinkRules,
  places: MentionIndex<PlaceHit>,
  origins: readonly Endpoint[],
  sentenceOrigins: readonly PlaceHit[],
  words: Word[],
  sentenceStart: number,
): Anaphor[] {
  const out: Anaphor[] = [];
  const named = (at: number, types: readonly string[]) =>
    nearestGroup(sentenceOrigins.filter((p) => p.nEnd <= at && (types.length === 0 || types.includes(p.ref.type))), { nStart: at }).map((p) => p.ref);
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (rules.grammar.from_pronouns.has(w.text)) {
      // "من منطقة حمص ... إجلاء 2798 شخصا منها": a place earlier in the sentence, else the last origin.
      const before = places.lastBefore(w.start, (p) => p.nStart >= sentenceStart)?.ref;
      const refs = before ? [before] : lastOf(origins, sentenceStart, []);
      if (refs.length) out.push({ nStart: w.start, refs });
      continue;
    }
    if (!rules.grammar.from.has(w.text) && !w.forms.some(rules.departureVerb)) continue;
    const next = words[k + 1]!;
    if (!next.text.startsWith('ال')) continue;
    const forms = next.forms;
    const a = rules.anaphora.find((x) => forms.includes(x.word));
    // "من المنطقة الشرقية لحلب" names its place: only a bare noun is an anaphor.
    if (!a || places.startingIn(next.end, next.end + 3).length) continue;
    const inSentence = named(next.start, a.types);
    const fromOrigins = inSentence.length ? inSentence : lastOf(origins, next.start, a.types);
    const ref = fromOrigins.length ? fromOrigins : [places.lastBefore(next.start, (p) => a.types.length === 0 || a.types.includes(p.ref.type))?.ref].filter((r) => !!r);
    if (ref.length) out.push({ nStart: next.start, refs: ref });
  }
  return out;
}

/** The last endpoint before `before` (of one of `types`, when given). */
function lastOf(endpoints: readonly Endpoint[], before: number, types: readonly string[]): PlaceRef[] {
  const ref = lastMentionBefore(endpoints, before, (o) => types.length === 0 || types.includes(o.ref.type))?.ref;
  return ref ? [ref] : [];
}

function corridorOf(corridors: MentionIndex<CorridorHit>, sentence: { start: number; end: number }, num: NumberHit): string | null {
  const here = corridors.startingIn(sentence.start, sentence.end);
  const hit = nearest(here, num);
  if (!hit) return null;
  if (!hit.backReference) return hit.corridor.name;
  const named = corridors.lastBefore(hit.nStart, (c) => !c.backReference);
  return named?.corridor.name ?? null;
}

/** "15 حافلة تقل 898 مسلحا" or "898 مسلحا على متن 15 حافلة": a bus figure near the count. */
function busesOf(rules: LinkRules, numbers: readonly NumberHit[], words: Word[], num: NumberHit): number | null {
  for (const n of numbers) {
    if (n === num || n.value === null || Math.abs(n.nStart - num.nStart) > 60) continue;
    const next = words.find((w) => w.start >= n.nEnd);
    if (next && next.start - n.nEnd <= 2 && next.forms.some(rules.bus)) return Math.round(n.value);
  }
  return null;
}

/** Quotes by the span of their words and by their whole span. */
interface QuoteIndex {
  byText: MentionIndex<QuoteHit>;
  bySpan: MentionIndex<QuoteHit>;
}

/** Who gave the figure: the speaker of the quote it stands in, or of the statement around it. */
function sourceOf(quotes: QuoteIndex, num: NumberHit): SourceRef | null {
  const q =
    quotes.byText.overlapping(num.nStart, num.nStart + 1)[0] ??
    quotes.bySpan.overlapping(num.nStart, num.nStart + 1)[0];
  if (!q) return null;
  if (q.speaker.name) return { name: q.speaker.name, type: 'person' };
  if (q.speaker.organization) return { name: q.speaker.organization, type: 'organization' };
  if (q.outlet) return { name: q.outlet, type: 'outlet' };
  return null;
}

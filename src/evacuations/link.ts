// Links figures into evacuation records. A figure becomes a record when the text says it counts
// people (a group noun after it, or "the number of <people>" heading it) and the movement trigger
// nearest to it in its sentence is a movement (إجلاء، عودة، نزوح), not a deployment or a casualty.
// Everything else about the record is read from the same sentence, falling back to the article's
// context for the origin (a report names the besieged area once, then gives figures).
import type { AnalysedDocument } from '../document.js';
import type { CorridorHit, DateHit, NumberHit, PlaceHit, QuoteHit } from '../mentions.js';
import type { Evacuation, Group, MovementKind, PlaceRef, SourceRef, Span, Status } from '../schema.js';
import { mergeRepeats } from './merge.js';
import type { CompiledEvacuationsRules } from './rules.js';
import type { Word } from '../text/words.js';

export interface Evidence {
  numbers: readonly NumberHit[];
  dates: readonly DateHit[];
  places: readonly PlaceHit[];
  corridors: readonly CorridorHit[];
  quotes: readonly QuoteHit[];
}

/** A figure already taken as a count, and whom it counts. */
interface Counted {
  num: NumberHit;
  who: Who;
  move: Move;
}

interface Who {
  group: Group;
  unit: 'person' | 'family';
  /** Normalised offset where the counted noun phrase ends (for the evidence span). */
  end: number;
}


const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function linkEvacuations(
  doc: AnalysedDocument,
  evidence: Evidence,
  rules: CompiledEvacuationsRules = doc.rules.evacuations,
): Evacuation[] {
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
  const figures = evidence.numbers.filter(
    (n) =>
      !evidence.dates.some((d) => d.nStart < n.nEnd && n.nStart < d.nEnd) &&
      !/^ال|ال$/.test(doc.text.slice(Math.max(0, n.nStart - 2), n.nEnd)) &&
      !isPercent(rules, doc.text, n),
  );
  const context = movementContext(doc, rules, evidence.places, wordsOf);

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

    const noun = countedNoun(rules, words, last + 1, num);
    if (noun === 'not-people') continue;
    const head = countHead(rules, words, first, figures, num);
    const subset = isSubset(rules, words, first);
    const before = closeBefore(doc.text, previous, num);
    const who: Who | null =
      pickGroup(noun, head, num) ??
      (before && joinedByAnd(doc.text, num) ? { ...before.who, end: num.nEnd } : null) ??
      (subset ? { group: 'people', unit: 'person', end: num.nEnd } : null);
    if (!who) continue;

    // Without a verb, "بينهم 70 ألف طفل" moved as the figure it belongs to, and a count of the
    // displaced (عدد النازحين بأكثر من 270 ألفاً) is a displacement.
    const found = nearestTrigger(rules, words, first, last);
    // "عدد النازحين … 40 ألفاً، عاد منهم …": the number of the displaced, whose clause names no
    // movement, is a displacement; the verb of the next clause is another event's.
    const ownClause = found && doc.clauseIndexAt(words[found.at]!.start) === doc.clauseIndexAt(num.nStart);
    const move: Move | null =
      (found && (ownClause || head?.group !== 'displaced') ? found : null) ??
      (subset && before ? { ...before.move, distance: rules.reach.trigger, weak: true } : null) ??
      (who.group === 'displaced' ? { kind: 'displacement', distance: rules.reach.trigger, weak: true, at: first } : null);
    if (!move) continue;
    previous = { num, who, move };

    const status = statusOf(rules, words, first, last);
    const sentence = doc.sentences[si]!;
    const inSentence = <T extends { nStart: number }>(xs: readonly T[]) =>
      xs.filter((x) => x.nStart >= sentence.start && x.nStart < sentence.end);
    const dates = inSentence(evidence.dates);
    // "3287 غادروا أمس، ليصل مجموع من خرجوا منذ 7 مايو إلى 27640": a start date belongs to the
    // figure nearest to it, not to every figure of the sentence.
    const sameClause = (a: { nStart: number }, b: { nStart: number }) => doc.clauseIndexAt(a.nStart) === doc.clauseIndexAt(b.nStart);
    const sinceDates = dates.filter((d) => {
      if (d.role !== 'since') return false;
      const inClause = inSentence(figures).filter((f) => sameClause(f, d));
      return nearest(inClause.length ? inClause : inSentence(figures), d) === num;
    });
    const since = nearest(sinceDates.filter((d) => d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    const date =
      nearest(dates.filter((d) => d.role !== 'since' && d.value && ISO_DAY.test(d.value)), num)?.value ?? null;
    const cumulative =
      sinceDates.length > 0 ||
      sinceInClause(doc, rules, num) ||
      cumulativeCue(rules, words, first, figures, num) ||
      (head !== null && head.total && status === 'completed');

    const { origin, destination } = placesOf(doc, rules, evidence.places, context, words, num, move, si);
    const mention: Span = doc.span(num.nStart, Math.max(num.nEnd, who.end));
    const evidenceScore = (noun ? 0.35 : 0.2) + (move.distance <= 6 ? 0.35 : 0.25) + (move.weak ? 0 : 0.15) + (head?.total ? 0.05 : 0);
    records.push({
      count: num.value === null ? null : Math.round(num.value),
      min: num.min === null ? null : Math.round(num.min),
      max: num.max === null ? null : Math.round(num.max),
      qualifier: num.qualifier,
      unit: who.unit,
      group: who.group,
      kind: move.kind,
      status,
      cumulative,
      since,
      date: cumulative ? null : date,
      origin,
      destination,
      corridor: corridorOf(evidence.corridors, sentence, num),
      buses: busesOf(rules, figures, words, num),
      source: sourceOf(evidence.quotes, num),
      mentions: [mention],
      confidence: Math.min(0.98, Math.round(evidenceScore * 100) / 100),
      sentence: doc.span(sentence.start, sentence.end).text,
    });
  }
  return mergeRepeats(records);
}

/** "80%"، "95 في المئة": the figure is a share. */
function isPercent(rules: CompiledEvacuationsRules, text: string, n: NumberHit): boolean {
  const own = text.slice(n.nStart, n.nEnd);
  const after = text.slice(n.nEnd, n.nEnd + 12).trimStart();
  return rules.percent.some((p) => after.startsWith(p) || own.includes(p));
}


/** The noun right after the figure (or after a partitive من), if it names people. */
function countedNoun(
  rules: CompiledEvacuationsRules,
  words: Word[],
  at: number,
  num: NumberHit,
): Who | 'not-people' | null {
  let i = at;
  const g = rules.grammar;
  const skipDeterminers = () => {
    while (words[i] && g.determiners.has(words[i]!.text)) i++;
  };
  const partitive = !!words[i] && g.partitive.has(words[i]!.text);
  if (partitive) i++;
  skipDeterminers();
  const w = words[i];
  if (!w || w.start - num.nEnd > 12) return null;
  // "20 حافلة" is no count of people; "350 من القرى" may be (من there says where they came from).
  if (w.forms.some(rules.notPeople)) return partitive ? null : 'not-people';
  let found = groupOf(rules, w);
  if (!found) return null;
  let end = w.end;
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

function groupOf(rules: CompiledEvacuationsRules, word: Word): { group: Group; unit: 'person' | 'family' } | null {
  for (const p of rules.people) if (word.forms.some(p.test)) return { group: p.group, unit: p.unit };
  return null;
}

/**
 * Families attached to the noun: "المسلحين وعائلاتهم"، "مسلح مع عائلاتهم"، "وأفراد أسرهم". Not across
 * a verb: in "400 مقاتل سيخرجون مع عائلاتهم" the figure counts the fighters alone.
 */
function familiesAfter(rules: CompiledEvacuationsRules, words: Word[], from: number): Word | null {
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
  /** "العدد الإجمالي" or "عدد ... الذين تم": the figure is a total. */
  total: boolean;
}

/** "عدد/العدد الإجمالي + (ل)الأشخاص/المسلحين/الذين" before the figure, with no other figure between. */
function countHead(
  rules: CompiledEvacuationsRules,
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
    if (next && j < first) {
      const named = groupOf(rules, next);
      if (named) group = familiesAfter(rules, words, j + 1) && named.group === 'fighters' ? 'fighters_and_families' : named.group;
      else if (g.relatives.has(next.text) || g.partitive.has(next.text)) group = 'people';
    }
    // "عددهم"، "عددها": the number of people the sentence already named.
    if (!group && /(هم|ها|هن)$/.test(w.text)) group = 'people';
    const relative = words.slice(k, first).some((x) => g.relatives.has(x.text));
    return { group, total: total || relative };
  }
  return null;
}

function pickGroup(noun: Who | null, head: Head | null, num: NumberHit): Who | null {
  if (noun) {
    // "العدد الإجمالي للمسلحين وعائلاتهم ... بلغ 5981 شخصا": the head says who the persons are.
    if (noun.group === 'people' && head?.group && head.group !== 'people') return { ...noun, group: head.group };
    return noun;
  }
  if (head && (head.group || head.total)) return { group: head.group ?? 'people', unit: 'person', end: num.nEnd };
  return null;
}

/** "عاد منهم 250 ألفاً"، "بينهم 70 ألف طفل": a subset pronoun just before the figure. */
function isSubset(rules: CompiledEvacuationsRules, words: Word[], first: number): boolean {
  return words.slice(Math.max(0, first - 2), first).some((w) => w.forms.some((f) => rules.grammar.subset.has(f)));
}

/** The figure counted just before this one, when nothing but a clause of the same sentence lies between. */
function closeBefore(text: string, previous: Counted | null, num: NumberHit): Counted | null {
  if (!previous || num.nStart - previous.num.nEnd > 80 || /[.!?\n]/.test(text.slice(previous.num.nEnd, num.nStart))) return null;
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
  /** Index of the trigger word in the sentence. */
  at: number;
}

const distanceTo = (k: number, first: number, last: number) => (k < first ? first - k : k - last);

/**
 * The movement trigger nearest the figure, unless a blocker (deployment, casualty) is nearer. A
 * trigger that only says how people moved (نقل، وصل، خروج) gives way to a return or a flight named
 * in the same sentence.
 */
function nearestTrigger(rules: CompiledEvacuationsRules, words: Word[], first: number, last: number): Move | null {
  let best: Move | null = null;
  let specific: Move | null = null;
  let blocker = Infinity;
  for (let k = 0; k < words.length; k++) {
    if (k >= first && k <= last) continue;
    const d = distanceTo(k, first, last);
    if (d > rules.reach.trigger) continue;
    const forms = words[k]!.forms;
    if (forms.some(rules.blocker)) blocker = Math.min(blocker, d);
    const weak = forms.some(rules.weakTrigger);
    const neutral = forms.some(rules.neutralTrigger);
    for (const t of rules.triggers) {
      if (!forms.some(t.test)) continue;
      const move = { kind: t.kind, distance: d, weak, at: k };
      if (!best || (best.weak && !weak) || (best.weak === weak && d < best.distance)) best = move;
      if (!neutral && t.kind !== 'evacuation' && (!specific || d < specific.distance)) specific = move;
    }
  }
  if (!best || blocker < best.distance) return null;
  const bestNeutral = words[best.at]!.forms.some(rules.neutralTrigger);
  return bestNeutral && specific ? { ...specific, distance: best.distance } : best;
}

function isFutureVerb(rules: CompiledEvacuationsRules, word: Word): boolean {
  return word.future !== null && word.future.length > 2 && rules.futureVerb(word.future);
}

/** Planned or completed, by the status cue nearest the figure in its sentence (completed by default). */
function statusOf(rules: CompiledEvacuationsRules, words: Word[], first: number, last: number): Status {
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
  rules: CompiledEvacuationsRules,
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

/** "منذ" in the figure's clause: counted since a date or an event (منذ انطلاق العمليات). */
function sinceInClause(doc: AnalysedDocument, rules: CompiledEvacuationsRules, num: NumberHit): boolean {
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
function directionOf(rules: CompiledEvacuationsRules, words: Word[], place: PlaceHit): Direction {
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
      return before && before.forms.some(rules.fromNotOriginBefore) ? null : 'origin';
    }
    if (g.towards.has(w.text)) return 'destination';
    if (g.via.has(w.text)) return null;
    if (w.forms.some(rules.departureVerb)) return 'origin';
    // "أهالي بلدتي الفوعة": a people noun in construct with the place (a type word may stand between).
    if (k >= at - 2 && /ي$|ان$/.test(w.text) && rules.people.some((p) => w.forms.some(p.test))) return 'origin';
  }
  return null;
}

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
  rules: CompiledEvacuationsRules,
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
function nearestGroup(candidates: readonly PlaceHit[], num: NumberHit): PlaceHit[] {
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
  rules: CompiledEvacuationsRules,
  places: readonly PlaceHit[],
  context: MovementContext,
  words: Word[],
  num: NumberHit,
  move: Move,
  si: number,
): { origin: PlaceRef[]; destination: PlaceRef[] } {
  const sentence = doc.sentences[si]!;
  const ci = doc.clauseIndexAt(num.nStart);
  const clause = ci >= 0 ? doc.clauses[ci]! : sentence;
  const inSentence = places.filter((p) => p.nStart >= sentence.start && p.nStart < sentence.end);
  const pick = (direction: Direction) => {
    const all = inSentence.filter((p) => directionOf(rules, words, p) === direction);
    const inClause = all.filter((p) => p.nStart >= clause.start && p.nStart < clause.end);
    return nearestGroup(inClause.length ? inClause : all, num).map((p) => p.ref);
  };
  let destination = pick('destination');
  if (move.kind === 'return' && destination.length === 0) {
    const trigger = words[move.at]!;
    destination = inSentence.filter((p) => p.role === 'location' && p.nStart > trigger.start).map((p) => p.ref);
  }
  if (destination.length === 0) destination = lastOf(context.destinations, sentence.start, []);
  let origin = pick('origin');
  if (origin.length === 0 && move.kind !== 'return') {
    origin = anaphoricOrigin(rules, places, context.origins, words, sentence.start) ?? lastOf(context.origins, sentence.start, []);
  }
  return { origin: uniqueByName(origin), destination: uniqueByName(destination) };
}

/** "من المنطقة"، "من الحي"، "منها": the last origin (or place) of that kind before the sentence. */
function anaphoricOrigin(
  rules: CompiledEvacuationsRules,
  places: readonly PlaceHit[],
  origins: readonly Endpoint[],
  words: Word[],
  sentenceStart: number,
): PlaceRef[] | null {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!.text;
    if (rules.grammar.from_pronouns.has(w)) return lastOf(origins, sentenceStart, []);
    if (!rules.grammar.from.has(w)) continue;
    const next = words[k + 1]!;
    if (!next.text.startsWith('ال')) continue;
    const forms = next.forms;
    const a = rules.anaphora.find((x) => forms.includes(x.word));
    // "من المنطقة الشرقية لحلب" names its place: only a bare noun is an anaphor.
    if (!a || places.some((p) => p.nStart >= next.end && p.nStart <= next.end + 2)) continue;
    const fromOrigins = lastOf(origins, next.start, a.types);
    if (fromOrigins.length) return fromOrigins;
    const ref = places.filter((p) => p.nStart < next.start && (a.types.length === 0 || a.types.includes(p.ref.type))).at(-1)?.ref;
    if (ref) return [ref];
  }
  return null;
}

/** The last endpoint before `before` (of one of `types`, when given). */
function lastOf(endpoints: readonly Endpoint[], before: number, types: readonly string[]): PlaceRef[] {
  const ref = endpoints.filter((o) => o.nStart < before && (types.length === 0 || types.includes(o.ref.type))).at(-1)?.ref;
  return ref ? [ref] : [];
}

function corridorOf(corridors: readonly CorridorHit[], sentence: { start: number; end: number }, num: NumberHit): string | null {
  const here = corridors.filter((c) => c.nStart >= sentence.start && c.nStart < sentence.end);
  const hit = nearest(here, num);
  if (!hit) return null;
  if (!hit.backReference) return hit.corridor.name;
  const named = corridors.filter((c) => !c.backReference && c.nStart < hit.nStart).at(-1);
  return named?.corridor.name ?? null;
}

/** "15 حافلة تقل 898 مسلحا" or "898 مسلحا على متن 15 حافلة": a bus figure near the count. */
function busesOf(rules: CompiledEvacuationsRules, numbers: readonly NumberHit[], words: Word[], num: NumberHit): number | null {
  for (const n of numbers) {
    if (n === num || n.value === null || Math.abs(n.nStart - num.nStart) > 60) continue;
    const next = words.find((w) => w.start >= n.nEnd);
    if (next && next.start - n.nEnd <= 2 && next.forms.some(rules.bus)) return Math.round(n.value);
  }
  return null;
}

/** Who gave the figure: the speaker of the quote it stands in, or of the statement around it. */
function sourceOf(quotes: readonly QuoteHit[], num: NumberHit): SourceRef | null {
  const q =
    quotes.find((x) => x.textStart <= num.nStart && num.nStart < x.textEnd) ??
    quotes.find((x) => x.nStart <= num.nStart && num.nStart < x.nEnd);
  if (!q) return null;
  if (q.speaker.name) return { name: q.speaker.name, type: 'person' };
  if (q.speaker.organization) return { name: q.speaker.organization, type: 'organization' };
  if (q.outlet) return { name: q.outlet, type: 'outlet' };
  return null;
}

// Whether people moved, and how: the movement trigger nearest a figure, what is no movement at
// all (a deployment, a rate, a release), and whether the movement happened or is planned.
import type { AnalysedDocument } from '../document.js';
import type { PlaceHit } from '../mentions.js';
import type { MovementKind, Status } from '../schema.js';
import { MentionIndex, firstKeyAt } from '../text/search.js';
import { PerForm, type Reading } from '../text/readings.js';
import type { Word } from '../text/words.js';
import { type Figure, type LinkContext, LinkRules, Move, goneFor, isTrigger, onlySpaces } from './context.js';
import { groupOf } from './who.js';

const distanceTo = (k: number, first: number, last: number) => (k < first ? first - k : k - last);
/** Words between a figure and the verb or participle that governs it (نستقبل 40 أسرة قادمة). */
const GOVERNING_REACH = 2;
/** Words from a figure to the stay or casualty that is its predicate, past its noun and a part (7 آلاف شخص ما زالوا، 6 مدنيين بينهم طفلان قتلوا). */
const PREDICATE_REACH = 4;

/**
 * The movement trigger nearest the figure, unless a blocker (deployment, casualty) is nearer or a
 * modal word (a need, a fear, a call, a refusal) governs it. A trigger that only says how people
 * moved (نقل، وصل، خروج) gives way to a return or a flight named in the same sentence.
 */
export function nearestTrigger(ctx: LinkContext, { words, first, last }: Figure): (Move & { modal: boolean }) | null {
  const { rules, doc, places, figureStarts } = ctx;
  // Every trigger in reach, and whether it may name the kind of a neutral one (see below).
  const moves: { move: Move & { modal: boolean }; specific: boolean }[] = [];
  // The nearest blocker on each side of the figure.
  const blocker = { before: Infinity, after: Infinity };
  const blockerClause = { before: -1, after: -1 };
  const reach = rules.reach.trigger;
  // "نقل 15 موظفاً وعودة 200 معلم": a return or flight with a figure of its own right after it is
  // that figure's, and names nothing of how this one moved.
  const ownFigure = (k: number) => k + 1 < words.length && k + 1 !== first && figureStarts.has(words[k + 1]!.start);
  // Casualties counted by a figure of their own in another clause are that figure's ("ارتفع إلى 96
  // قتيلاً، وإن قرابة 200 ألف ... نزحوا"), and so is a stay a later clause tells of its own figure
  // ("بلغ 3180 عائلة، لافتاً إلى أن زهاء 120 ألف نازح ما زالوا يقيمون").
  const countedElsewhere = (k: number) => {
    const clause = words[k]!.clause;
    if (clause === words[first]!.clause) return false;
    if ([k - 1, k - 2].some((j) => j >= 0 && (j < first || j > last) && figureStarts.has(words[j]!.start))) return true;
    for (let j = k - 1; j > last && words[j]!.clause === clause; j--) if (figureStarts.has(words[j]!.start)) return true;
    return false;
  };
  // "العدد الإجمالي للاجئين الذين عادوا ... منذ إعادة فتح المعبر في 15 تشرين الأول بلغ 14 ألفاً": the
  // movement of a count head's relative clause is the figure's, however long that clause, when the
  // head opens the figure's own clause ("مجموع من أعيدوا بلغ 615 مواطنا، ... لنقل نحو 150 آخرين" is not).
  let from = Math.max(0, first - reach);
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.head) && words[k]!.clause === words[first]!.clause; k--) {
    if (words[k]!.forms.some(rules.countHead)) from = Math.min(from, k);
  }
  for (let k = from; k < Math.min(words.length, last + reach + 1); k++) {
    if (k >= first && k <= last) continue;
    const d = distanceTo(k, first, last);
    const forms = words[k]!.forms;
    // ... and a stay told in a clause after the figure's is where they are now ("قرابة 86 ألف
    // شخص، يقيمون في أكثر من 200 مركز"), unlike a death or an arrest.
    // So is one whose subject is most of them (استقبلت البلدة نحو 15 ألف نازح يقيم معظمهم في المدارس).
    const later = k > last && forms.some(rules.stay) && (words[k]!.clause !== words[first]!.clause || !!words[k + 1]?.forms.some((f) => rules.grammar.majority.has(f)));
    // ... nor is a stay in the past, where people a verb before them moved had lived (نقلت الحافلات
    // نحو 450 شخصاً كانوا يقيمون في مراكز إيواء بمدينة حمص إلى بعلبك; not قرابة 323 ألف شخص كانوا
    // يقيمون في عفرين: a population, nor مشيرا إلى أن نحو 4000 هندي كانوا يقيمون في اليمن after an
    // evacuation told in the clause before).
    const lived =
      k > last &&
      forms.some(rules.stay) &&
      !!words[k - 1]?.forms.some((f) => rules.grammar.lived_before.has(f)) &&
      livedWhereMoved(rules, words, first, reach);
    // ... nor where people stay until the movement they stay for or are driven to (يستعد نحو 400 نازح
    // يقيمون حالياً في مدينة كربلاء للعودة إلى قرى المسيب، 15 ألف شخص يقيمون في مراكز إيواء قد
    // يضطرون إلى النزوح; not لا يزالون داخل مناطق الإخلاء).
    const until = k > last && forms.some(rules.stay) && goneForAfter(rules, words, k, reach);
    // ... and an event that dates the movement is no casualty of it (منذ وقوع الكارثة، منذ مقتل الوالي).
    const dating = k > 0 && rules.sinceWords.has(words[k - 1]!.text);
    // ... nor is a facility named by what is done in it (مركز احتجاز تاجوراء: a place, no arrest).
    const facility = k > 0 && words[k - 1]!.forms.some((f) => rules.grammar.facility_heads.has(f));
    if (forms.some(rules.blocker) && !awaiting(rules, words, k) && !countedElsewhere(k) && !later && !lived && !until && !dating && !facility) {
      const side = k < first ? 'before' : 'after';
      if (d < blocker[side]) [blocker[side], blockerClause[side]] = [d, words[k]!.clause];
    }
    // "فيما عبر أكثر من 2500 شخص منفذ راس اجدير": a verb spelled like a preposition (عبر "via") is
    // the verb right before its figure, and says only how people moved.
    // "15 حافلة تقل 600 مدني": buses that carry people are a movement, not a loose cue; so are those
    // the sentence named before "aboard them" (وكانت 113 حافلة قد سلكت الطريق … وعلى متنها 5 آلاف راكب).
    const aboardBus = forms.some(rules.aboard) && words.slice(0, k).some((w) => w.sentence === words[k]!.sentence && w.forms.some(rules.bus));
    const carried = aboardBus || words.slice(Math.max(0, k - 3), k).some((w) => w.forms.some(rules.bus));
    const weak = forms.some(rules.weakTrigger) && !carried;
    // ... and so is a verb of carrying spelled like a verb of amount (يقل), right before its figure.
    const homograph =
      forms.some(rules.homographVerb) && (first - k === 1 || !forms.some(rules.carrying)) && !rules.grammar.homograph_senses.has(words[k + 1]?.text ?? '');
    // ... or anywhere before it in its clause after a word that opens a clause with a verb (فيما عبر
    // منفذ رأس جدير أمس وحده نحو 14 ألف عامل).
    const opened = k > 0 && rules.grammar.verb_openers.has(words[k - 1]!.text) && words[k]!.clause === words[first]!.clause;
    // ... or, in the imperfect, right after the figure and its noun (300 عائلة تعبر شارع الرشيد).
    const follows = k > last && k - last <= 2 && words[k]!.clause === words[first]!.clause && forms.some(rules.homographAfter) && !rules.grammar.homograph_senses.has(words[k + 1]?.text ?? '');
    if (follows || (k < first && (first - k <= HOMOGRAPH_REACH || opened) && homograph && !figureBetween(words, k, first, figureStarts))) {
      const modal = modalBefore(rules, words, k);
      moves.push({ move: { kind: 'evacuation', distance: d, weak, neutral: true, carried, modal, at: k }, specific: false });
      continue;
    }
    if (!isTrigger(rules, words[k]!) || notAMovement(rules, doc.text, words, k, words[last]!.end, places, figureStarts)) continue;
    if (k > last && subjectBefore(rules, words, k, words[last]!.clause, figureStarts)) continue;
    // "تجاوز 250 ألف شخص، فيما عاد نحو 350 شخصاً": a verb in a later clause with a figure of its own
    // right after it is that figure's; it says at most that people moved, not how these did.
    const borrowed = k > last && words[k]!.clause !== words[first]!.clause && ownFigure(k);
    const neutral = (forms.some(rules.neutralTrigger) && !carried) || borrowed;
    // A movement denied in the figure's clause is no movement of it; in another clause, of others.
    const denied = negated(rules, words, k, first);
    if (denied && words[k]!.clause !== words[first]!.clause) continue;
    const modal = modalBefore(rules, words, k, { first, last }) || denied;
    for (const t of rules.triggers) {
      if (!forms.some(t.test)) continue;
      if (t.kind === 'return' && vehicleGoesBack(rules, words, k, figureStarts)) continue;
      moves.push({ move: { kind: t.kind, distance: d, weak, neutral, carried: carried && forms.some(rules.neutralTrigger), modal, at: k }, specific: !neutral && t.kind !== 'evacuation' && !ownFigure(k) });
    }
  }
  // A casualty word as near as the trigger governs the figure: "مقتل ثلاثة عائدين" counts the dead.
  // A trigger it parts from the figure is cut off, but a verb or participle right at the figure, in
  // its clause, still moves it ("وصلت المخيمات إلى طاقتها، ونستقبل 40 أسرة قادمة من حيس": the
  // capacity parts the arrival told before from the figure).
  let { best, specific } = choose(moves);
  // ... but a casualty a later clause tells of (في وقت تواصل فيه فرق البحث انتشال الجثث) parts
  // nothing from a trigger before the figure in its own clause.
  const clause = words[first]!.clause;
  if (best && best.at < first && words[best.at]!.clause === clause && blockerClause.after !== clause) blocker.after = Infinity;
  // "قُتلوا خلال محاولتهم الفرار، وأن 7 آلاف شخص ما زالوا عالقين": a stay or casualty right after
  // the figure, in its clause, is what its people do; a trigger in another clause moved others.
  let predicate = false;
  for (let k = last + 1; k <= last + PREDICATE_REACH && k < words.length; k++) {
    if (words[k]!.clause === clause && words[k]!.forms.some(rules.blocker) && !awaiting(rules, words, k)) predicate = true;
  }
  if (best && predicate && blockerClause.after === clause && words[best.at]!.clause !== clause) best = null;
  const nearest = Math.min(blocker.before, blocker.after);
  if (best && nearest <= best.distance) {
    const cut = blocker[best.at < first ? 'before' : 'after'] <= best.distance;
    const governing = ({ move }: (typeof moves)[number]) =>
      move.distance <= GOVERNING_REACH && move.distance < nearest && words[move.at]!.clause === words[first]!.clause;
    ({ best, specific } = cut ? choose(moves.filter(governing)) : { best: null, specific: null });
  }
  if (!best || best.modal) return null;
  // "25 حافلة أقلت 1100 نازح في رحلة العودة": buses carry people however they move; a return or
  // flight their clause names is the kind.
  if (best.carried && specific && words[specific.at]!.clause === words[first]!.clause) return { ...specific, distance: best.distance, modal: false };
  // A vehicle's trip (15 حافلة لنقل نحو 600 نازح) is carried out whatever its kind; the article's
  // kind still says where from it is a way home (see link).
  if (!best.neutral) return best.carried ? withTold(best, ctx.articleKind()) : best;
  if (specific) return { ...specific, distance: best.distance, modal: false };
  // "عبر أكثر من 3 آلاف يمني منفذ الوديعة ...، قادمين من مأرب، هرباً من المواجهات": fleeing told
  // further on in the sentence, before any other figure, says the crossing was a flight.
  if (fleeingAfter(ctx, words, last)) return { ...best, kind: 'displacement', modal: false };
  // Where no kind dominates, the one the article names most still tells what its verbs of how
  // did (تواصل نزوح العائلات … وغادر أكثر من 3 آلاف شخص المخيم: a flight).
  const told = ctx.articleKind() ?? ctx.articleLeaning();
  // "استقبلت 118 أسرة نازحة": people the figure itself names displaced fled, however they arrived;
  // so do those the verb's relative clause takes up (عدد النازحين الذين استقبلتهم المدينة). Where the
  // article tells more of returns than of anything else, the displaced go home (Lebanon's news call
  // Syria's refugees نازحين: قافلة العودة الطوعية للنازحين ... ضمت نحو 750 نازحاً).
  const fledWord = (w: Word | undefined) => !!w && w.forms.some(rules.fledNoun);
  const named = words.slice(first, last + 3).some(fledWord) || fledWord(words[best.at - 1]) || fledWord(words[best.at - 2]);
  if (!named) return withTold(best, told);
  return { ...withTold(best, told), named: ctx.articleLeaning() === 'return' ? 'return' : 'displacement' };
}

const withTold = <M extends Move>(move: M, told: MovementKind | null): M => (told ? { ...move, told } : move);

/**
 * The trigger that governs a figure among candidates: one that names a movement outright before a
 * weak one, then the nearest; and the nearest that names the kind (a return, a flight).
 */
function choose(moves: readonly { move: Move & { modal: boolean }; specific: boolean }[]) {
  let best: (Move & { modal: boolean }) | null = null;
  let specific: Move | null = null;
  for (const { move, specific: names } of moves) {
    if (!best || (best.weak && !move.weak) || (best.weak === move.weak && move.distance < best.distance)) best = move;
    if (names && (!specific || move.distance < specific.distance)) specific = move;
  }
  return { best, specific };
}

/** What a word form says of the article's kind: the kinds its triggers name, and whether it only says how. */
interface Vote {
  kinds: MovementKind[];
  neutral: boolean;
  /** The displaced named (النازحين), not a verb. */
  displaced?: boolean;
}
const voteOfForm = new WeakMap<LinkRules, PerForm<Vote | null>>();

/** A form's vote, worked out once per form (an article's every word is asked). */
function votesOf(rules: LinkRules): PerForm<Vote | null> {
  let p = voteOfForm.get(rules);
  if (!p) {
    p = new PerForm((a) => {
      const forms = a.forms;
      if (forms.some(rules.weakTrigger)) return null;
      const kinds = rules.triggers.filter((t) => forms.some(t.test)).map((t) => t.kind);
      if (kinds.length) return { kinds, neutral: forms.some(rules.neutralTrigger) };
      // The displaced named as such (النازحين، أسر نازحة) tell of a flight, as a verb of how would.
      const displaced = rules.people.some((p) => p.group === 'displaced' && forms.some(p.test));
      return displaced ? { kinds: ['displacement'], neutral: true, displaced: true } : null;
    });
    voteOfForm.set(rules, p);
  }
  return p;
}

/**
 * The kind of movement an article tells of: the kind its triggers name far more often than any
 * other (`article_kind` in rules/evacuations.yaml), a verb that says only how people moved counting
 * for less. Such a verb (وصل، عبر، غادر) in an article about a return or a flight tells of that
 * return or flight; in the many evacuation deals told with خروج and نقل alone, of an evacuation.
 * The headline says what the article is about, and its triggers count `headline_weight` each.
 */
export function articleKind(rules: LinkRules, words: readonly Word[], headline: readonly Word[] = []): ArticleKind {
  const { neutralWeight, dominance, headlineWeight, leaningMin } = rules.articleKind;
  const counts = new Map<MovementKind, number>();
  const votes = votesOf(rules);
  const count = (ws: readonly Word[], weight: number) => {
    // The displaced named in a clause that tells a return (قافلة للعودة الطوعية ضمت 330 نازحاً، عدد
    // العائدين تجاوز 6 آلاف نازح) are the people going back, no flight.
    const returning = new Set(ws.filter((w) => votes.of(w.analysis)?.kinds.includes('return')).map((w) => w.clause));
    for (const w of ws) {
      const vote = votes.of(w.analysis);
      if (!vote || (vote.displaced && returning.has(w.clause))) continue;
      for (const kind of vote.kinds) counts.set(kind, (counts.get(kind) ?? 0) + weight * (vote.neutral ? neutralWeight : 1));
    }
  };
  count(words, 1);
  count(headline, headlineWeight);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // ... and the one it names most, if it names it often enough to tell (not one word of a sentence).
  const leaning = ranked[0] && ranked[0][1] >= leaningMin && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  if (!ranked.length || (ranked[1] && ranked[0]![1] < dominance * ranked[1][1])) return { kind: null, leaning };
  return { kind: leaning, leaning };
}

/** The kind an article tells of (`articleKind`), and the one it names most, however narrowly. */
export interface ArticleKind {
  kind: MovementKind | null;
  leaning: MovementKind | null;
}

/** A movement gone for or driven to (للعودة، إلى النزوح) after word `k`, in its clause, within `reach` words. */
function goneForAfter(rules: LinkRules, words: readonly Word[], k: number, reach: number): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + reach); j++) {
    if (words[j]!.clause !== words[k]!.clause) continue;
    if (goneFor(rules, words[j]!, true) || (rules.grammar.towards.has(words[j - 1]!.text) && isTrigger(rules, words[j]!))) return true;
  }
  return false;
}

/**
 * A modal word (a need, a fear, a call) or a denial governs the trigger at word `k`; not the
 * figure's own words and noun, however they read (400 طالب عبروا: students, not طالب "demanded").
 */
function modalBefore(rules: LinkRules, words: readonly Word[], k: number, figure?: { first: number; last: number }): boolean {
  for (let j = Math.max(0, k - rules.reach.modal); j < k; j++) {
    const own = !!figure && j >= figure.first && j <= figure.last + 1;
    if (!own && words[j]!.forms.some(rules.modal)) return true;
  }
  // A refusal before the people who refuse (رفضت نحو 100 عائلة مغادرة منازلها, منعت زهاء 90 مهاجراً
  // من العبور), the figure and its noun between counting for nothing; not a demand or a call, which
  // with its people is an order to leave (طالب الجيش نحو 1.1 مليون مواطن بمغادرة منازلهم).
  if (figure && figure.last < k) {
    for (let j = Math.max(0, figure.first - rules.reach.modal); j < figure.first; j++) if (words[j]!.forms.some(rules.refusal)) return true;
  }
  return denied(rules, words, k);
}

/**
 * A negation stands a few words before the trigger at word `k` in its clause (لم توافق بعد على عودة; not
 * "طلب عدم الكشف عن اسمه، نُقل 700"), not of a
 * verb of amount (لم يتجاوز عدد العائدين), and no exceptive before the figure at `first` (لم يغادر سوى 200).
 */
function negated(rules: LinkRules, words: readonly Word[], k: number, first: number): boolean {
  const g = rules.grammar;
  for (let j = k - 1; j >= Math.max(0, k - rules.reach.negation) && words[j]!.clause === words[k]!.clause; j--) {
    if (!words[j]!.forms.some((f) => g.negations.has(f))) continue;
    if (words[j + 1] && words[j + 1]!.forms.some((f) => g.amount_verbs.has(f))) return false;
    return !words.slice(k + 1, first).some((w) => g.exceptives.has(w.text));
  }
  return false;
}

/**
 * A denial governs the trigger at word `k`: it stands a few words before it in the sentence
 * (ونفى المعتمد، فلان، ما تم تداوله بشأن إجلاء), with no verb of saying between (نفى ... وأكد أن).
 */
function denied(rules: LinkRules, words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - rules.reach.denial); j--) {
    const forms = words[j]!.forms;
    if (forms.some(rules.denial)) return true;
    if (forms.some((f) => rules.saying.has(f))) return false;
  }
  return false;
}

/**
 * The return at word `k` is told of a vehicle right after it or a few words before it with no
 * figure between (عادت الحافلات، السفينة نفسها ستعود), not of "5 حافلات نقلت 300 شخص، وعاد ...".
 */
function vehicleGoesBack(rules: LinkRules, words: readonly Word[], k: number, figureStarts: ReadonlySet<number>): boolean {
  // ... the vehicle as the verb's subject, not the means behind a preposition (عادوا بالسيارات).
  if (words[k + 1]?.readings.some((r) => !r.prefix.preposition && rules.vehicle(r.stem))) return true;
  // "حافلة لنقل العائلات العائدة": a return word right after people describes them.
  if (k > 0 && groupOf(rules, words[k - 1]!)) return false;
  for (let j = k - 1; j >= Math.max(0, k - VEHICLE_WORDS); j--) {
    if (figureStarts.has(words[j]!.start)) return false;
    if (words[j]!.forms.some(rules.vehicle)) return true;
  }
  return false;
}

/** How many words before its figure a verb spelled like a preposition may stand (عبر ما يزيد على 2500). */
const HOMOGRAPH_REACH = 4;

/** Another figure starts between words `k` and `first`. */
const figureBetween = (words: readonly Word[], k: number, first: number, figureStarts: ReadonlySet<number>): boolean => {
  for (let j = k + 1; j < first; j++) if (figureStarts.has(words[j]!.start)) return true;
  return false;
};

/** How far before a return its vehicle may stand (سفينة الركاب نفسها ستعود). */
const VEHICLE_WORDS = 3;

/**
 * "2.3 مليون لاجئ من دول مختلفة، ... وأغلب اللاجئين الآخرين تمت إعادتهم": a trigger in a later
 * clause than the figure's (`clause`), after people named without a figure in its own clause,
 * tells what those people did (while "أربعة لاجئين، كانوا من بين السبعة وثلاثين شخصا الذين تم
 * إجلاؤهم" counts the people of the trigger's clause, whom the figure is part of).
 */
function subjectBefore(rules: LinkRules, words: Word[], k: number, clause: number, figureStarts: ReadonlySet<number>): boolean {
  const own = words[k]!.clause;
  if (own === clause) return false;
  let people = false;
  for (let j = k - 1; j >= 0 && words[j]!.clause === own; j--) {
    if (figureStarts.has(words[j]!.start)) return false;
    people ||= !!groupOf(rules, words[j]!);
  }
  return people;
}

/** A blocker (a casualty, a stay) in the clause of the figure at words [first, last], within the reach of a trigger that governs it. */
export function blockedNear(rules: LinkRules, words: Word[], first: number, last: number): boolean {
  const reach = rules.reach.strict;
  const clause = words[first]!.clause;
  for (let k = Math.max(0, first - reach); k < Math.min(words.length, last + reach + 1); k++) {
    if (words[k]!.clause === clause && words[k]!.forms.some(rules.blocker) && !awaiting(rules, words, k)) return true;
  }
  return false;
}

/**
 * "ما زالوا ينتظرون نقلهم، لا يزال ما لا يقل عن ألفين ينتظرون دورهم للخروج": a "still" (the
 * blocker at `k`) followed in its clause by a waiting word says people still wait to move, not
 * that they stay; so does a stay followed in its sentence by a plan to move them (ما زالوا داخل
 * المدينة ومن المقرر أن يخرجوا خلال اليومين القادمين).
 */
function awaiting(rules: LinkRules, words: Word[], k: number): boolean {
  const wait = rules.grammar.awaiting;
  const { clause, sentence } = words[k]!;
  for (let j = k + 1; j <= k + AWAIT_REACH && words[j]?.clause === clause; j++) if (words[j]!.forms.some((f) => wait.has(f))) return true;
  if (!words[k]!.forms.some((f) => rules.stay(f) || rules.still(f))) return false;
  for (let j = k + 1; j <= k + AWAIT_REACH && words[j]?.sentence === sentence; j++) {
    if (words[j]!.forms.some(rules.planned) && words.slice(j + 1, j + 1 + PLAN_TO_MOVE).some((w) => w.sentence === sentence && isTrigger(rules, w))) return true;
  }
  return false;
}
/** Words from a word of plan to the movement it plans: أن and a hedge of time may stand between (من المقرر أن يخرجوا). */
const PLAN_TO_MOVE = 3;
/** Words of a verb's subject and instrument before its figure (الهلال الأحمر الصومالي بطائرة مروحية). */
const SUBJECT_WORDS = 5;

/** Words from a "still" to its waiting word: a figure with its hedge ("ما لا يقل عن ألفين") may stand between. */
const AWAIT_REACH = 7;

/** The verb at word `k` reports rather than transports: "نقلت الوكالة عن"، "نقل مسؤولون أن". */
export const reporting = (rules: LinkRules, words: readonly Word[], k: number): boolean =>
  ![...rules.grammar.report_prepositions].some((p) => words[k]!.text.startsWith(p)) &&
  words[k]!.forms.some(rules.reportVerb) &&
  words.slice(k + 1, k + 4).some((x) => rules.reportLinks.has(x.text));

/**
 * A trigger word that here names no movement of people: a verbal noun governing a thing or heading
 * a process (عودة الحياة، إعادة فتح، إعادة إعمار المدينة، نقل المساعدات), an arriving verb that
 * says a quantity "amounts to" (وصل عدد، يصل المجموع إلى، تصل إلى قيمة، يصل إلى 500), a going
 * back in time or to a thing (تعود إلى القرن، بالعودة إلى التسجيلات), a legal status (في حالة
 * فرار) and reporting (نقلت الوكالة عن).
 */
/** A word that may name where people go without being a place's name: a noun of places, homes or shelters, or a word with a possessive (منازلهم، قراهم). */
function placeLike(rules: LinkRules, w: Word): boolean {
  const g = rules.grammar;
  if (w.readings.some((r) => r.suffix !== null && g.home_owners.has(r.suffix))) return true;
  return w.forms.some((f) => g.homes.has(f) || g.home_areas.has(f) || g.area_nouns.has(f) || rules.shelters.some((s) => s[0] === f) || rules.mover(f) || rules.vehicle(f));
}

/** Words from a verb of leaving to the عن of the state it leaves (خروج محطة مياه رئيسية عن الخدمة). */
const STATE_REACH = 5;

/** "خرجت الأوضاع عن السيطرة": the verb at `k` leaves a state, named after عن in its clause. */
function leavesState(rules: LinkRules, words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j <= k + STATE_REACH && j + 1 < words.length && words[j]!.clause === words[k]!.clause; j++) {
    if (rules.grammar.state_prepositions.has(words[j]!.text) && words[j + 1]!.forms.some(rules.stateLeft)) return true;
  }
  return false;
}

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
  if (k > 0 && rules.grammar.name_particles.has(words[k - 1]!.text) && onlySpaces(text, words[k - 1]!.end, w.start)) return true;
  // "قادمة من مخيمات النزوح، مراكز العبور": a camp or a centre named by the movement it serves, in
  // construct (not "المخيم استقبلت": the camp that received).
  const facility = (r: Reading) => !r.prefix.article && (rules.grammar.camps.has(r.stem) || rules.grammar.facility_heads.has(r.stem));
  if (k > 0 && words[k - 1]!.readings.some(facility) && w.readings.some((r) => r.prefix.article) && onlySpaces(text, words[k - 1]!.end, w.start)) return true;
  const forms = w.forms;
  if (reporting(rules, words, k)) return true;
  if (forms.some(rules.leavingState) && leavesState(rules, words, k)) return true;
  let next = words[k + 1];
  if (!next || !onlySpaces(text, w.end, next.start)) return false;
  const after = words[k + 2];
  // "إلى العاصمة صنعاء، إلى المدينة": a word that refers to a place is a place gone to.
  const isPlace = (x: Word) => places.overlapping(x.start, x.start + 1).length > 0 || rules.anaphora.some((a) => x.forms.includes(a.word));
  // "العودة التي حددها المجلس": a relative pronoun, spelled with the article's letters, is no thing the noun governs.
  const isDefinite = (x: Word) =>
    !rules.grammar.relative_pronouns.has(x.text) && x.forms.some((f) => f !== x.text && f.length + 2 <= x.text.length && x.text.slice(0, -f.length).endsWith(rules.morphology.article));
  const isPerson = (x: Word) => !!groupOf(rules, x) || x.forms.some(rules.mover) || rules.endings.person_nisba.some((e) => x.text.endsWith(e));
  // "تعود (أطوار القضية) إلى سنة 2012": the era may stand after the verb's own subject.
  const era = [k + 1, k + 2, k + 3].some((j) => words[j] && rules.grammar.towards.has(words[j]!.text) && words[j + 1] && words[j + 1]!.forms.some(rules.era));
  if (era) return true;
  // "أعاد حتى الآن قرابة 3 آلاف": a so-far phrase after the verb is no goal it goes to.
  const soFar = () => rules.cumulativePhrases.some((phrase) => phrase.every((f, j) => words[k + 1 + j]?.forms.includes(f)));
  if (rules.grammar.towards.has(next.text) && after && !soFar()) {
    // "ووصل نحو 16400 شخص": a hedge opening the figure right after the verb is its subject, no amount reached.
    if (forms.some(rules.amountVerb) && !figureStarts.has(next.start) && (figureStarts.has(after.start) || /^\d/.test(after.text) || after.forms.some(rules.amountWord))) return true;
    // "لنقل نحو ألفي شخص": نحو opening a figure is "about", and its number word no thing gone to
    // (not حتى "until": وصل حتى الساعة الحادية عشرة نحو 4500 مدني).
    if (!figureStarts.has(next.start) && !rules.untilWords.has(next.text) && isDefinite(after) && !isPlace(after) && !isPerson(after)) return true;
    // "تعود الأحداث إلى رشق حوالي 40 عنصراً"، "بالعودة إلى تسجيلات الكاميرات": the goal of a
    // return that is no place, no noun of places or homes and no one's (a bare noun) is a thing
    // the verb refers to ("is due to", "on referring to"), and a figure after it counts that
    // thing's people. (A place the gazetteer lacks is more often where people arrived: وصل إلى
    // باهاي 700 شخص. Not حتى "until": عادت حتى ظهر اليوم 340 أسرة.)
    const goal = rules.triggers.some((t) => t.kind === 'return' && forms.some(t.test)) && !figureStarts.has(next.start) && !figureStarts.has(after.start) && !rules.untilWords.has(next.text) && words.find((x) => x.end >= figureEnd)?.clause === w.clause;
    if (goal && after.end < figureEnd && !isPlace(after) && !isPerson(after) && !placeLike(rules, after)) return true;
  }
  if (forms.some(rules.amountVerb) && next.forms.some((f) => rules.countHead(f) || rules.cumulative(f) || rules.amountWord(f))) return true;
  // "يتجاوز عدد من غادروا 10 آلاف، بعدما عادت دفعة أولى": a verb after the figure in a clause of
  // another time (بعدما، بعد أن، عندما) tells of another event.
  const before = words[k - 1];
  if (w.start > figureEnd && before && (rules.grammar.event_conjunctions.has(before.text) || (k > 1 && rules.grammar.complementizers.has(before.text) && rules.grammar.event_preps.has(words[k - 2]!.text)))) {
    return true;
  }
  // "إعادة إعمار، أُعيد فتح الطريق، أُعيد انتخاب": a verb or its noun heading a process moves nobody,
  // with the process's pronoun too (الطريق التي أعيد فتحها).
  if (next.forms.some(rules.process) || next.readings.some((r) => r.suffix !== null && rules.process(r.stem))) return true;
  // "اتفاقات أعادت الأمن إلى المنطقة": after the figure, a verb that brings back a thing.
  if (w.start > figureEnd && forms.some((f) => rules.grammar.restoring_verbs.has(f)) && isDefinite(next) && !isPerson(next) && !isPlace(next)) return true;
  if (!forms.some(rules.verbalNoun)) return false;
  // After the figure, a bare verbal noun after "بعد، قبل، إثر" is another event: "21 لاعبا بعد عودة محمود".
  if (w.start > figureEnd && k > 0 && rules.grammar.event_preps.has(words[k - 1]!.text) && forms.includes(withoutLead(rules, w.text)) && !isPerson(next)) {
    return true;
  }
  // "ونقل الهلال الأحمر (بطائرة مروحية) 43 مريضاً": the past verb spelled as its verbal noun, a
  // subject (a definite word first, no preposition of its own) then its figure, governs no thing.
  const g = rules.grammar;
  const preposition = (x: Word) => g.towards.has(x.text) || g.from.has(x.text) || g.inside.has(x.text);
  let subjectThenFigure = false;
  for (let j = k + 2; j <= k + SUBJECT_WORDS + 1 && j < words.length && !preposition(words[j - 1]!); j++) {
    if (figureStarts.has(words[j]!.start)) {
      // ... the figure asked about, not another one.
      subjectThenFigure = words[j]!.end <= figureEnd && words[k + 1]!.text.startsWith(rules.morphology.article);
      break;
    }
  }
  if (subjectThenFigure) return false;
  if (next.forms.some(rules.quantifier) && words[k + 2] && onlySpaces(text, next.end, words[k + 2]!.start)) next = words[k + 2]!;
  // "العودة الطوعية"، "العودة الأسبوع الماضي": a definite noun governs no definite word; one after
  // it agrees with it (a nisba) or tells when.
  if (isDefinite(w) && (next.forms.some(rules.rateUnit) || rules.endings.adjective_nisba.some((e) => next.text.endsWith(e)))) return false;
  return isDefinite(next) && !isPerson(next) && !isPlace(next);
}

/**
 * "يغادرون كل ساعة"، "كل صف يضم ثلاث أو أربع عائلات": a figure for every unit of time, or for every
 * one of some thing, in clause `ci` (the figure's). Not "كل من غادر" nor "كل المدنيين" (everyone).
 */
export function isRate(rules: LinkRules, doc: AnalysedDocument, ci: number): boolean {
  if (ci < 0) return false;
  const clause = doc.clauses[ci]!;
  const ws = doc.wordsIn(clause.start, clause.end);
  const unit = (w: Word) =>
    w.forms.some(rules.rateUnit) || (!w.text.startsWith(rules.morphology.article) && !rules.grammar.every_not_units.has(w.text) && !/^\d/.test(w.text));
  return ws.some((w, k) => w.forms.some((f) => rules.grammar.every.has(f)) && !!ws[k + 1] && unit(ws[k + 1]!));
}

function isFutureVerb(rules: LinkRules, word: Word): boolean {
  return word.future !== null && word.future.length > 2 && rules.futureVerb(word.future);
}

/** A word of a sentence that says whether what it tells is planned or done, by its index. */
export interface StatusCue {
  k: number;
  status: Status;
  /** The clause a past-time cue speaks for; -1 for a verb's cue, which speaks across clauses. */
  clause: number;
  /** The clause the cue stands in. */
  in: number;
  /** A completed cue right after a relative pronoun: it speaks only for a figure after it in its clause. */
  relative?: boolean;
  /** A cue that opens a clause of its own (على أن يستقبل ...): it speaks only for a figure after it. */
  ahead?: boolean;
}

/** The status cues of a sentence (`words`), in text order. */
export function statusCues(rules: LinkRules, words: Word[]): StatusCue[] {
  const cues: StatusCue[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const forms = w.forms;
    const past = forms.some(rules.pastTime);
    const status: Status | null =
      isFutureVerb(rules, w) || forms.some(rules.planned) || plansWith(rules, words, k) || mayMove(rules, words, k) ? 'planned' : past || forms.some(rules.completed) ? 'completed' : null;
    // "وفق الاتفاق الذي تم إبرامه": a thing done in a relative clause is another noun's (while
    // "الذين يريدون الخروج" still says what the counted people plan), unless the figure is the
    // relative clause's own (صيدا التي نزح إليها 9 آلاف شخص).
    const relative = status === 'completed' && k > 0 && rules.grammar.relative_pronouns.has(words[k - 1]!.text);
    // "ينص الاتفاق الموقع في 28 آذار الماضي على إخراج 16 ألفاً": past time closing a date after a
    // plan in its clause dates what the plan's noun is (the deal's signing), not the movement.
    const dating = past && words.slice(Math.max(0, k - 3), k).some((x) => /^\d/.test(x.text)) && cues.some((c) => c.status === 'planned' && c.in === w.clause);
    const ahead = status === 'planned' && providedThat(rules, words, k);
    if (status && !dating) cues.push({ k, status, clause: past && status === 'completed' ? w.clause : -1, in: w.clause, ...(relative ? { relative } : {}), ...(ahead ? { ahead } : {}) });
  }
  return cues;
}

/** A verb that plans with its preposition after it in its clause, maybe past an adjunct (تعمل بالتنسيق مع المحافظة على نقل). */
function plansWith(rules: LinkRules, words: readonly Word[], k: number): boolean {
  if (!words[k]!.forms.some(rules.plannedWith.verb)) return false;
  for (let j = k + 1; j <= k + PLAN_PREPOSITION_REACH && words[j]?.clause === words[k]!.clause; j++) {
    if (words[j]!.forms.some((f) => rules.plannedWith.prepositions.has(f))) return true;
  }
  return false;
}
/** Words from a verb that plans with a preposition to the preposition: an adjunct of who with between (بالتنسيق مع قيادة التحالف). */
const PLAN_PREPOSITION_REACH = 6;

const providedThat = (rules: LinkRules, words: readonly Word[], k: number): boolean => rules.grammar.provided_that.has(`${words[k - 1]?.text} ${words[k]!.text}`);

/**
 * "قد ينزحون": "may" before a movement verb in the present tense, a movement that may come ("قد نزحوا"
 * is one done); so is "provided that" before one, maybe behind a verb of its own (على أن يتم نقل).
 */
function mayMove(rules: LinkRules, words: readonly Word[], k: number): boolean {
  const g = rules.grammar;
  const next = words[k + 1];
  const present = (w: Word) => [...g.present_prefixes].some((p) => w.text.startsWith(p)) && ![...g.past_endings].some((e) => w.text.endsWith(e));
  if (next && providedThat(rules, words, k)) {
    return present(next) && (isTrigger(rules, next) || (!!words[k + 2] && isTrigger(rules, words[k + 2]!)));
  }
  if (!next || !g.may.has(words[k]!.text) || !isTrigger(rules, next)) return false;
  return present(next);
}

/**
 * Planned or completed, by the status cue (of its sentence's cues) nearest the figure at words
 * [first, last] in clause `clause`, moved by a trigger in clause `moveClause` (completed by
 * default). A cue before the figure governs it more often than one after: one after counts half a
 * word farther. A past-time cue counts only in its own clause.
 */
export function statusOf(all: readonly StatusCue[], first: number, last: number, clause: number, moveClause = clause): Status {
  const own = all.some((c) => c.relative || c.ahead) ? all.filter((c) => (!c.relative || (c.in === clause && c.k < first)) && (!c.ahead || c.k < first)) : all;
  const cues = own.some((c) => c.clause >= 0 && c.clause !== clause) ? own.filter((c) => c.clause < 0 || c.clause === clause) : own;
  const after = firstKeyAt(cues, (c) => c.k, last + 1);
  const before = cues[firstKeyAt(cues, (c) => c.k, first) - 1];
  // A cue after the figure speaks for it from its own clause or its movement's (عددهم 4 آلاف،
  // وسيتم نقلهم) only: another later clause (فيما حذرت …، حيث ينتظر …) has a subject of its own.
  const next = cues[after]?.in === clause || cues[after]?.in === moveClause ? cues[after] : undefined;
  if (!before) return next?.status ?? 'completed';
  return next && next.k - last + 0.5 < first - before.k ? next.status : before.status;
}

/** A word without its article or, failing that, a leading conjunction (العودة → عودة، وعودة → عودة). */
function withoutLead(rules: LinkRules, text: string): string {
  const { article, conjunctions } = rules.morphology;
  if (text.startsWith(article)) return text.slice(article.length);
  const conj = conjunctions.find((c) => text.startsWith(c));
  return conj ? text.slice(conj.length) : text;
}

/**
 * The first of `cues` after the figure in its clause heads the people's own homes or villages:
 * with to-words they are taken back home (إلى قراهم، إلى منازلهم), with from-words they left home
 * (نزحت من بيوتها).
 */
export function ownHomesAfter(rules: LinkRules, words: readonly Word[], first: number, last: number, cues: ReadonlySet<string>): boolean {
  for (let k = last + 1; k < Math.min(words.length - 1, last + 1 + rules.reach.context); k++) {
    if (words[k]!.clause !== words[first]!.clause) return false;
    if (cues.has(words[k]!.text)) return ownHomes(rules, words[k + 1]!);
  }
  return false;
}

/** The word is people's own homes or villages (منازلهم، قراها). */
export function ownHomes(rules: LinkRules, w: Word): boolean {
  const g = rules.grammar;
  return w.readings.some((r) => r.suffix !== null && g.home_owners.has(r.suffix) && (g.homes.has(r.stem) || g.home_areas.has(r.stem)));
}

/** The figure's people are taken to their own homes or villages: back home. */
export const homeward = (rules: LinkRules, words: readonly Word[], first: number, last: number): boolean => ownHomesAfter(rules, words, first, last, rules.grammar.towards);

/**
 * What the verb at `move.at`, which only says people left, says they left: a shelter (غادرت 1.500
 * عائلة المدارس أمس، غادر 4.300 نازح مدارس بيروت), their homes (a flight), or neither; its object,
 * after the verb and the figure in their clause.
 */
/** A shelter phrase starts at word `k` (مراكز الإيواء، مدارس الإيواء). */
const shelterAt = (rules: LinkRules, words: readonly Word[], k: number): boolean =>
  rules.shelters.some((phrase) => phrase.every((p, j) => words[k + j]?.forms.includes(p)));

/** A from-phrase naming a shelter in the figure's clause after it (تقل نحو 1500 نازح من مراكز الإيواء). */
export const fromShelter = (rules: LinkRules, words: readonly Word[], first: number, last: number): boolean =>
  fromPhrase(rules, words, first, last, (k) => shelterAt(rules, words, k));

/** ... or naming camps, whatever their places are named by (من مخيمات أطمة ودير حسان: the towns). */
export const fromCamps = (rules: LinkRules, words: readonly Word[], first: number, last: number): boolean =>
  fromPhrase(rules, words, first, last, (k) => words[k]!.forms.some((f) => rules.grammar.camps.has(f)));

function fromPhrase(rules: LinkRules, words: readonly Word[], first: number, last: number, named: (k: number) => boolean): boolean {
  for (let k = last + 2; k < Math.min(words.length, last + 1 + rules.reach.cue); k++) {
    if (words[k]!.clause !== words[first]!.clause) return false;
    if (rules.grammar.from.has(words[k - 1]!.text) && named(k)) return true;
  }
  return false;
}

export function leaves(rules: LinkRules, words: readonly Word[], move: Move, first: number, last: number): 'shelter' | 'homes' | 'camp' | null {
  if (!move.neutral || !words[move.at]?.forms.some(rules.departureVerb)) return null;
  const from = Math.max(move.at, last) + 1;
  for (let k = from; k < Math.min(words.length, from + rules.reach.cue); k++) {
    if (words[k]!.clause !== words[first]!.clause) return null;
    // Their homes, whatever shelters follow (أجبروا على مغادرة منازلهم ومراكز الإيواء): a flight.
    if (words[k]!.readings.some((r) => rules.grammar.homes.has(r.stem))) return 'homes';
    // ... their camp (غادر 13 ألف نازح المخيم): the displaced move on from where they fled to.
    if (words[k]!.readings.some((r) => rules.grammar.camps.has(r.stem))) return 'camp';
    if (shelterAt(rules, words, k)) return 'shelter';
  }
  return null;
}

/**
 * A trigger before the figure in its sentence, no complementizer between (نقلت 14 حافلة، أمس، نحو
 * 640 نازحاً كانوا يقيمون ...), so the past stay after the figure is where that movement took them from.
 */
function livedWhereMoved(rules: LinkRules, words: readonly Word[], first: number, reach: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - reach) && words[k]!.sentence === words[first]!.sentence; k--) {
    if (rules.grammar.complementizers.has(words[k]!.text)) return false;
    if (isTrigger(rules, words[k]!)) return true;
  }
  return false;
}

/** A word of fleeing (هرباً، فراراً) after word `last`, in its sentence, before the next figure. */
function fleeingAfter(ctx: LinkContext, words: readonly Word[], last: number): boolean {
  const sentence = words[last]!.sentence;
  for (let k = last + 1; k < words.length && words[k]!.sentence === sentence; k++) {
    if (ctx.figureStarts.has(words[k]!.start)) return false;
    if (ctx.rules.grammar.fleeing.has(words[k]!.text)) return true;
  }
  return false;
}

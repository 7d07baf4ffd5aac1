// Which figures count people, and whom: the noun after a figure, "the number of" heading it, a
// subset of the figure before, the group and unit they give.
import type { NumberHit } from '../mentions.js';
import type { Group } from '../schema.js';
import type { Word } from '../text/words.js';
import { Counted, LinkRules, Who, isTrigger, onlySpaces } from './context.js';

/** How far back an opening quotation mark may stand before a figure that ends a quoted name. */
const QUOTED_NAME_CHARS = 40;

/** The noun right after the figure (or after a partitive من), if it names people. */
export function countedNoun(
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
  if (!w || w.start - num.nEnd > rules.reach.noun_chars) return null;
  // "20 حافلة" is no count of people; "350 من القرى" may be (من there says where they came from).
  // After a multiplier in the accusative ("338 ألفاً يوم السبت") the word is no counted noun at all.
  if (w.forms.some(rules.notPeople)) return partitive || (at > 0 && g.accusative_multipliers.has(words[at - 1]!.text)) ? null : 'not-people';
  let found = groupOf(rules, w);
  if (!found) return null;
  // "ستة مرافق صحية": a people noun spelled like a noun of things, which its adjective tells; "11
  // حالة إسهال": a case of a disease or an event, which the noun after it names.
  const next = words[i + 1];
  if (next && onlySpaces(text, w.end, next.start) && (g.thing_adjectives.has(next.text) || next.forms.some((f) => g.case_of.has(f)))) return 'not-people';
  if (w.forms.some(rules.notMover)) return { ...found, end: w.end, notMover: true, staff: w.forms.some(rules.staff) };
  // "أكثر من 200 من رجال الشرطة": men of a corps are its members, who do not move in this sense.
  if (next && onlySpaces(text, w.end, next.start) && next.forms.some((f) => g.corps.has(f))) return { ...found, end: next.end, notMover: true };
  // "564 مواطنا مصريا": citizens of a named country are its nationals.
  const adjective = words[i + 1];
  let end = w.end;
  if ((found.group === 'civilians' || found.group === 'people') && adjective && onlySpaces(text, w.end, adjective.start) && adjective.forms.some(rules.national)) {
    found = { ...found, group: 'nationals' };
    end = adjective.end;
  }
  // "1982 شخصاً من 17 جنسية، من جنسيات مختلفة": persons of several nationalities are foreign nationals.
  const ofNationalities = found.group === 'people' && words[i + 1] && g.partitive.has(words[i + 1]!.text) ? [words[i + 2], words[i + 3]].find((x) => x?.forms.some(rules.nationalities)) : undefined;
  if (ofNationalities) {
    found = { ...found, group: 'nationals' };
    end = ofNationalities.end;
  }
  // "3000 شخص من النازحين": the partitive names who the persons are; persons of families or of a
  // town's people (1500 شخص من العائلات البدوية، 600 شخص من أهالي البلدة) are still persons counted.
  if (found.group === 'people' && words[i + 1] && g.partitive.has(words[i + 1]!.text)) {
    const at = i;
    i += 2;
    skipDeterminers();
    // "4,200 شخص من سوريا": a country's name says where they came from, not who they are.
    const refined = words[i] && !rules.countryName(words[i]!) ? groupOf(rules, words[i]!) : null;
    if (refined && refined.group !== 'families' && refined.group !== 'civilians' && !mixedWith(rules, words, i, refined.group)) {
      found = refined;
      end = words[i]!.end;
    } else i = at;
  }
  // "31 طفلا من المرضى والمصابين"، "14 طفلا مصابا بالسرطان": children who are sick or wounded are
  // counted as the sick and wounded (a medical evacuation's patients).
  if (found.group === 'women_children' && words[i + 1]) {
    const k = g.partitive.has(words[i + 1]!.text) ? i + 2 : i + 1;
    if (words[k] && words[k - 1]!.gap === 'space' && groupOf(rules, words[k]!)?.group === 'wounded_sick') {
      found = { ...found, group: 'wounded_sick' };
      end = words[k]!.end;
    }
  }
  // "300 شخص ما بين نساء وأطفال": persons who are all women and children.
  if (found.group === 'people' && womenAndChildren(rules, words, i + 1)) found = { ...found, group: 'women_children' };
  // "نحو 50 شخصاً بين مقاتلين ومطلوبين": persons listed as of one kind, with none of another, are of it.
  const listed = found.group === 'people' ? listedGroup(rules, words, i + 1) : null;
  if (listed) found = { ...found, group: listed };
  // "22 من أفراد عائلاتهم": the members of their families alone, no people with their families.
  const relatives = words[i]!.forms.some((f) => g.family_members.has(f));
  const withFamilies = relatives ? null : (familiesAfter(rules, words, i + 1) ?? familiesAfterName(rules, words, i));
  if (withFamilies && (found.group === 'fighters' || found.group === 'people')) {
    return { group: 'fighters_and_families', unit: 'person', end: Math.max(end, withFamilies.end) };
  }
  return { ...found, end };
}

export function groupOf(rules: LinkRules, word: Word): { group: Group; unit: 'person' | 'family' } | null {
  for (const p of rules.people) if (word.forms.some(p.test)) return { group: p.group, unit: p.unit };
  if (word.forms.some(rules.national)) return { group: 'nationals', unit: 'person' };
  return word.forms.some(rules.notMover) ? { group: 'people', unit: 'person' } : null;
}

/**
 * Nothing but spaces, quotation marks and brackets between a figure and its noun ("(410) أشخاص"،
 * '13500 "نازح قسري"'): a comma or a full stop ends the phrase ("دورته 36، المواطنين"), and so does
 * the bracket closing a year ("(1995) وأطفال").
 */
function nounFollows(text: string, num: NumberHit, nounStart: number): boolean {
  const gap = text.slice(num.nEnd, nounStart);
  if (!/^[\s"'«»“”()[\]]*$/.test(gap)) return false;
  // "عملية «الفارس الشهم 3» الإماراتية": a figure that ends a quoted name; the word after the
  // closing mark is no noun it counts (unlike «300» عائلة, the figure alone quoted).
  if (/[»”"]/.test(gap) && quotedWordsBefore(text, num.nStart)) return false;
  return !(gap.includes(')') && num.value !== null && num.value >= 1900 && num.value <= 2100 && Number.isInteger(num.value));
}

/** Words stand between an opening quotation mark and `at` on its line, within a short name's reach. */
function quotedWordsBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - QUOTED_NAME_CHARS); k--) {
    const c = text[k]!;
    if (c === '\n' || c === '»' || c === '”') return false;
    if (c === '«' || c === '“' || c === '"') return /\S/.test(text.slice(k + 1, at));
  }
  return false;
}

/**
 * Families attached to the noun: "المسلحين وعائلاتهم"، "مسلح مع عائلاتهم"، "وأفراد أسرهم"، "وأفرادا من عائلاتهم". Not across
 * a verb: in "400 مقاتل سيخرجون مع عائلاتهم" the figure counts the fighters alone.
 */
function familiesAfter(rules: LinkRules, words: Word[], from: number): Word | null {
  const g = rules.grammar;
  const isMember = (w: Word | undefined) => !!w && w.forms.some((f) => g.family_members.has(f));
  let k = from;
  if (words[k] && g.family_joiners.has(words[k]!.text)) k++;
  while (words[k] && g.determiners.has(words[k]!.text)) k++;
  if (isMember(words[k])) {
    k++;
    if (words[k]?.forms.some((f) => g.partitive.has(f))) k++;
  }
  const w = words[k];
  return w && w.forms.some(rules.withFamilies) && !isMember(w) ? w : null;
}

/**
 * "125 شخص من جرحى جيش الإسلام ومدنيين": the persons are of more than one group, so persons they
 * stay. Another group joined by و within the words of a name after the noun.
 */
function mixedWith(rules: LinkRules, words: Word[], noun: number, group: Group): boolean {
  for (let k = noun + 1; k <= noun + rules.reach.construct_name + 1 && words[k]; k++) {
    if (words[k - 1]!.gap !== 'space') return false;
    const w = words[k]!;
    // Their families (وأفراد عائلاتهم) are another matter: see familiesAfter.
    if (w.forms.some((f) => rules.grammar.family_members.has(f)) || w.forms.some(rules.withFamilies)) return false;
    const other = groupOf(rules, w);
    if (other && other.group !== group && w.readings.some((r) => !!r.prefix.conjunction && !r.prefix.preposition)) return true;
  }
  return false;
}

/**
 * "خروج 45 ألفاً منذ الصباح": a bare figure right after a movement noun or verb, with nothing after
 * it but a mark, a from/to/since word or how they went (على متن، سيراً), counts persons; so does one
 * whose majority are people.
 */
export function bareAfterMovement(rules: LinkRules, words: Word[], first: number, last: number): boolean {
  if (majorityAfter(rules, words, last) || pluralVerbAfter(rules, words, last)) return true;
  const trigger = words[first - 1];
  // ... a verb spelled like a preposition included (فيما عبر أكثر من 14 ألفاً من معبر): no
  // preposition stands before a bare figure.
  if (!trigger || trigger.gap !== 'space' || !(isTrigger(rules, trigger) || trigger.forms.some(rules.homographVerb))) return false;
  const g = rules.grammar;
  const next = words[last + 1];
  const ends = words[last]!.gap !== 'space' && words[last]!.gap !== 'none';
  return (
    ends ||
    !next ||
    g.from.has(next.text) ||
    g.towards.has(next.text) ||
    // "بعبور قرابة ثمانية عشر ألفا في يوم واحد": where or when they moved.
    g.inside.has(next.text) ||
    g.when.has(next.text) ||
    rules.sinceWords.has(next.text) ||
    rules.mannerPhrases.some((phrase) => phrase.every((p, j) => words[last + 1 + j]?.forms.includes(p)))
  );
}

/** Whether `text` ends with one of `endings`. */
export function endsWithAny(text: string, endings: ReadonlySet<string>): boolean {
  for (const e of endings) if (text.endsWith(e)) return true;
  return false;
}

/** "نحو 1.5 مليون عبروا الحدود": a bare figure whose verb, right after it, is a movement in the plural of persons. */
function pluralVerbAfter(rules: LinkRules, words: Word[], last: number): boolean {
  const verb = words[last + 1];
  return (
    words[last]!.gap === 'space' &&
    !!verb &&
    endsWithAny(verb.text, rules.grammar.plural_verb_endings) &&
    isTrigger(rules, verb)
  );
}

/** "نحو أربعة آلاف، معظمهم من النساء، قد خرجوا": a figure set off by a mark, then most of whom are people. */
function majorityAfter(rules: LinkRules, words: Word[], last: number): boolean {
  const g = rules.grammar;
  const [most, of, noun] = [words[last + 1], words[last + 2], words[last + 3]];
  return words[last]!.gap === 'punctuation' && !!most && !!of && !!noun && g.majority.has(most.text) && g.partitive.has(of.text) && !!groupOf(rules, noun);
}

/** Word `at` is a figure that follows "من أصل" (out of). */
export function outOf(rules: LinkRules, words: Word[], at: number): boolean {
  const g = rules.grammar;
  return at >= 2 && !!words[at] && g.out_of.has(words[at - 1]!.text) && g.partitive.has(words[at - 2]!.text);
}

/** "ما بين نساء وأطفال" after a noun: the breakdown words, then only women and children. */
/** The one group a breakdown after the figure lists (بين مقاتلين ومطلوبين), if it lists no other. */
function listedGroup(rules: LinkRules, words: Word[], from: number): Group | null {
  let k = from;
  while (words[k] && rules.grammar.breakdown.has(words[k]!.text)) k++;
  const g = k > from && words[k] ? groupOf(rules, words[k]!) : null;
  if (!g || g.group === 'women_children' || mixedWith(rules, words, k, g.group)) return null;
  return g.group;
}

function womenAndChildren(rules: LinkRules, words: Word[], from: number): boolean {
  let k = from;
  while (words[k] && rules.grammar.breakdown.has(words[k]!.text)) k++;
  if (k === from) return false;
  let members = 0;
  while (words[k] && groupOf(rules, words[k]!)?.group === 'women_children') {
    members++;
    if (words[k]!.gap !== 'space') return members >= 2;
    k++;
  }
  // A list going on to other people (نساء وأطفال ومسنين، وشيوخ) is everyone; a verb may follow.
  const next = words[k];
  const listGoesOn =
    !!next && (!!groupOf(rules, next) || (next.readings.some((r) => !!r.prefix.conjunction && !r.prefix.preposition) && !isTrigger(rules, next)));
  return members >= 2 && !listGoesOn;
}

/**
 * A noun in construct with a name (مقاتلي جيش الإسلام، عناصر التنظيم) keeps its families after the
 * name: "700 من مقاتلي جيش الإسلام وعائلاتهم". The name is a few words with nothing but spaces between.
 */
function familiesAfterName(rules: LinkRules, words: Word[], noun: number): Word | null {
  for (let k = noun + 1; k <= noun + rules.reach.construct_name && words[k]; k++) {
    const w = words[k]!;
    // Not across a verb: "400 مقاتل خرجوا وعائلاتهم" counts the fighters alone.
    if (words[k - 1]!.gap !== 'space' || isTrigger(rules, w)) return null;
    if (w.readings.some((r) => !!r.prefix.conjunction && !r.prefix.preposition && rules.withFamilies(r.stem))) return w;
  }
  return null;
}

export interface Head {
  group: Group | null;
  notMover: boolean;
  /** "العدد الإجمالي" or "عدد ... الذين تم": the figure is a total. */
  total: boolean;
  /** The head counts the displaced: "عدد النازحين", "إجمالي الأسر النازحة". */
  displaced: boolean;
  /** "بعد أن كان العدد 338 ألفاً": the number, with nothing after it, of people counted before. */
  bare: boolean;
  /** "لا يتجاوز عدد سكانها 20 ألف نسمة": the number of people who live in a place, no movement named. */
  population: boolean;
}

/** Words before "عددهم" what it counts may stand at: the noun, its place and the participle (سكان القطاع البالغ عددهم، المنازل التي يبلغ عددها). */
const POPULATION_REACH = 3;

/** "عدد/العدد الإجمالي + (ل)الأشخاص/المسلحين/الذين" before the figure, with no other figure between. */
export function countHead(
  rules: LinkRules,
  words: Word[],
  first: number,
  numbers: readonly NumberHit[],
  num: NumberHit,
): Head | null {
  const g = rules.grammar;
  // "العدد الإجمالي للنازحين في منشآت الوكالة البالغ عددها 102 منشأة إلى 423 ألفاً": a count
  // pronoun with a figure of its own numbers the noun before it; the head before counts on past it.
  let inner: NumberHit | null = null;
  for (let k = first - 1; k >= Math.max(0, first - rules.reach.head); k--) {
    const w = words[k]!;
    if (!w.forms.some(rules.countHead)) continue;
    const between = numbers.filter((n) => n !== num && n.nStart > w.end && n.nStart < num.nStart && n !== inner);
    if (between.length) {
      const own = between[0]!;
      if (inner || between.length > 1 || !rules.endings.count_pronoun.some((e) => w.text.endsWith(e))) return null;
      inner = own;
      continue;
    }
    let j = k + 1;
    // "عدد من" = several, but "مجموع من عادوا" = the total of those who returned.
    const who = !!words[j + 1] && (isTrigger(rules, words[j + 1]!) || endsWithAny(words[j + 1]!.text, g.plural_verb_endings));
    if (words[j] && g.partitive.has(words[j]!.text) && !who) return null;
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
    const pronoun = rules.endings.count_pronoun.some((e) => w.text.endsWith(e));
    // ... not of things (المنازل التي يبلغ عددها نحو 40 منزلاً).
    const ofThings = words.slice(Math.max(0, k - POPULATION_REACH), k).some((x) => x.forms.some((f) => rules.notPeople(f) || g.homes.has(f)));
    if (!group && pronoun && !ofThings) group = 'people';
    const relative = words.slice(k, first).some((x) => g.relatives.has(x.text));
    // ... unless a movement names a batch of them ("بلغ عدد النازحين العائدين إلى سوريا 70 شخصا").
    const moving = words.slice(j + 1, first).some((x) => isTrigger(rules, x));
    const stock = group !== null && rules.stockGroups.has(group) && !moving;
    const described = j + 1 < first && groupOf(rules, words[j + 1]!)?.group === 'displaced';
    const bare = group === null && j === first && w.text.startsWith(rules.morphology.article);
    // ... unless it rises to the figure after people came ("ليصل عدد قاطنيه إلى نحو 14 ألف شخص").
    const rising = k > 0 && words[k - 1]!.forms.some(rules.cumulative);
    // ... or "سكان القطاع البالغ عددهم 2.3 مليون نسمة": the residents the pronoun counts, unless a
    // movement has them for its subject (رحل سكانه البالغ عددهم 172 شخصا).
    const residents = (x: Word) => x.readings.some((r) => g.residents.has(r.stem));
    const at = words.slice(0, k).findLastIndex((x, n) => n >= k - POPULATION_REACH && residents(x));
    const counted = pronoun && at >= 0 && !words.slice(Math.max(0, at - 2), at).some((x) => isTrigger(rules, x));
    const population = !moving && !rising && ((!!next && j < first && residents(next)) || counted);
    return { group, notMover, total: total || relative || stock || (described && !moving), displaced: group === 'displaced' || described, bare, population };
  }
  return null;
}

export function pickGroup(rules: LinkRules, noun: Who | null, head: Head | null, num: NumberHit): Who | null {
  if (noun) {
    // "العدد الإجمالي للمسلحين وعائلاتهم ... بلغ 5981 شخصا": the head says who the persons are.
    if (noun.group === 'people' && head?.group && head.group !== 'people') return { ...noun, group: head.group };
    // "تعداد النازحين ... 5000 من العراقيين": nationals counted as displaced are displaced.
    if (noun.group === 'nationals' && head?.group && rules.stockGroups.has(head.group)) return { ...noun, group: head.group };
    return head?.notMover ? { ...noun, notMover: true } : noun;
  }
  if (head && (head.group || head.total)) return { group: head.group ?? 'people', unit: 'person', end: num.nEnd, notMover: head.notMover };
  return null;
}

/**
 * "عاد منهم 250 ألفاً"، "بينهم 70 ألف طفل": a subset pronoun just before the figure. A pronoun of
 * things (منها، بينها) counts people only when no other noun follows the figure: "منها 43 مباراة".
 */
export function isSubset(rules: LinkRules, text: string, words: Word[], first: number, last: number): boolean {
  const g = rules.grammar;
  // "نحو 255 ألفاً منهم ساروا على الأقدام": the pronoun right after the figure.
  const after = words[last + 1];
  if (after && onlySpaces(text, words[last]!.end, after.start) && g.subset_after.has(after.text)) return true;
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
export function closeBefore(rules: LinkRules, text: string, previous: Counted | null, num: NumberHit, acrossSentence: boolean): Counted | null {
  if (!previous || num.nStart - previous.num.nEnd > rules.reach.previous_chars) return null;
  if (!acrossSentence && /[.!?\n]/.test(text.slice(previous.num.nEnd, num.nStart))) return null;
  return previous;
}

/**
 * "و500"، "و 500": the figure is joined to the one before by "and" ("خروج 5 آلاف من سكان البلدتين
 * و2350 من مضايا": it counts the same kind of people).
 */
export function joinedByAnd(rules: LinkRules, text: string, num: NumberHit): boolean {
  const and = rules.morphology.and;
  const before = text.slice(Math.max(0, num.nStart - and.length - 2), num.nStart).trimEnd();
  if (!before.endsWith(and)) return false;
  const ahead = before.length - and.length - 1;
  return ahead < 0 || /\s/.test(before[ahead]!);
}

// Speaker phrases, read word by word without capital letters: a rank, a title (office + its
// complement), a name (first name from the lexicon, or the words a rank or title points at), in
// either order and with commas between; a speaking body; an unnamed source; a medium.
import { interviewAt, outletAt, quotedName, type Part } from './outlet.js';
import type { TitleHead } from './rules.js';
import { Question, type Reader } from './tokens.js';

export type SpeakerKind = 'person' | 'title' | 'organization' | 'outlet' | 'anonymous';

/** How a name was recognised: first-name lexicon, the rank/title before it, an earlier mention, or its shape alone. */
export type NameCue = 'lexicon' | 'context' | 'known' | 'shape';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** The reader the token ranges refer to. */
  r: Reader;
  /** Token range of the whole phrase. */
  start: number;
  end: number;
  name: Part | null;
  nameCue: NameCue | null;
  title: Part | null;
  titleHead: TitleHead | null;
  rank: Part | null;
  organization: Part | null;
  outlet: Part | null;
  /** A definite head word alone (المرصد، الوكالة, اللواء الروسي): it points back to one named before. */
  bare: boolean;
}

/** Words of a person's name already seen in the document that start at `i` (0 if none). */
export type KnownName = (r: Reader, i: number) => number;

const MAX_NAME = 4;
const MAX_COMPLEMENT = 8;
/** How far after a title's head its place or body phrase may run before the name and the words. */
const MAX_SLOT = 14;
/** Words of a place phrase that may end a title after the word it points at (لمصر في تونس). */
const TITLE_TAIL = 3;
/** Words of a place or body between a title and the name it announces (في المجلس المحلي لمدينة الميادين، المهندس …). */
const MAX_BRIDGE = 5;

const empty = (r: Reader, kind: SpeakerKind, start: number, end: number): SpeakerPhrase => ({
  kind, r, start, end, name: null, nameCue: null, title: null, titleHead: null, rank: null, organization: null, outlet: null, bare: false,
});

/** An office written with و (ورئيس الحزب، والناطق باسمها): a second title of the same person. */
function conjoinedTitle(r: Reader, k: number): number {
  const w = r.word(k);
  const and = r.words.morphology.and;
  if (w === undefined || !w.startsWith(and) || w.length < and.length + 3) return 0;
  return r.rules.titles.match((j) => (j === k ? w.slice(and.length) : r.word(j)), k)?.length ?? 0;
}

/** Where a name may end: punctuation, a function word, a complementizer, a verb, an office, a medium after ل. */
function nameBoundary(r: Reader, k: number): boolean {
  if (k >= r.length || r.word(k) === undefined) return true;
  if (r.reserved(k) || r.rules.roles.givenToUs.has(r.word(k)!)) return true;
  // لرويترز، لمراسل الوكالة: a medium or a source behind ل (whom the words were given to).
  const bare = r.withoutL(k);
  return !!bare && (outletAt(bare, k) !== null || bare.rules.anonymous.match(bare.word, k) !== null);
}

/** A medium after ل (لرويترز، لـ«الوكالة»): whom the words were given to. */
function outletBehindL(r: Reader, k: number): boolean {
  // The preposition written apart before a quoted name: the morphology's ل.
  if (r.word(k) === r.words.morphology.contracting) return quotedName(r, k + 1) !== null;
  const bare = r.withoutL(k);
  return !!bare && outletAt(bare, k) !== null;
}

/** Whether an outlet list names any words of [from, to) (لوكالة فرانس برس، not لوكالة الأونروا). */
function namesOutlet(r: Reader, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (r.rules.outletNames.match(r.word, j)) return true;
  return false;
}

/** A comma, a colon, a quotation mark, a complementizer or an outlet after ل: where a speaker phrase ends. */
export function nameEnds(r: Reader, k: number): boolean {
  return r.isComma(k) || r.is(k, ':') || r.isOpener(k) || r.complementizer(k) > 0 || outletBehindL(r, k);
}

/** A name word: not a word the lexicons reserve, not a number, not a medium after ل. */
function nameable(r: Reader, k: number): boolean {
  const w = r.word(k);
  return w !== undefined && w.length >= 2 && !nameBoundary(r, k) && !placeNounLed(r, k);
}

/** A family name at `k`: a compound (بن سليمان) or one bare name word where the name ends. */
function familyNameAt(r: Reader, k: number): boolean {
  if (compound(r, k) > 0) return true;
  const conjoined = r.readingsOf(k).some(({ prefix: p }) => p.conjunction !== null);
  return nameable(r, k) && !r.definite(k) && !conjoined && (nameEnds(r, k + 1) || nameBoundary(r, k + 1));
}

/**
 * The title with the rest of a place's name its complement begins (محافظ اقليم هيران), or with a
 * place behind a preposition right after it (رئيس الغرفة التجارية بمدنين).
 */
function overPlace<T extends { end: number }>(r: Reader, title: T | null): T | null {
  if (!title) return title;
  let end = title.end;
  if (r.placeStart(end) && cliticLead(r, end)) end++;
  while (r.inPlace(end)) end++;
  return end === title.end ? title : { ...title, end };
}

/**
 * The title with its body's short name in quotation marks before a comma (المتحدث باسم قوات سوريا
 * الديمقراطية "قسد"، كاوا شيخو): a name between commas may follow it.
 */
function withShortName<T extends { end: number }>(r: Reader, title: T | null): T | null {
  const short = title && quotedName(r, title.end);
  return short && short.inner.end - short.inner.start === 1 && r.isComma(short.end) ? { ...title!, end: short.end } : title;
}


/**
 * … that starts a name: a name word without the article follows it (الحبيب خضر), or one the speaker
 * phrase ends with (، الطاهر القروي،؛ المهدي الزياني إن). Not a nisba, an adjective of the noun
 * before, unless it is a particle that joins the next word (الطاهر سيدي كلي).
 */
const articleFirstName = (r: Reader, k: number): boolean =>
  r.articleName(k) && nameable(r, k + 1) && ((!r.definite(k + 1) && (!r.nisba(k + 1) || compound(r, k + 1) > 0)) || nameEnds(r, k + 2));

/**
 * A word behind "and" and the article or an adjunct preposition (وبمشاركة، والمجتمع، وللحركة): no
 * name word. A preposition alone may begin one (بالحاج، بالطيب), and so may ول، وك (وليد، وكمال).
 */
const behindClitics = (r: Reader, k: number): boolean =>
  r.readingsOf(k).some(({ prefix: p }) => p.conjunction === r.words.morphology.and && (p.article || r.adjunctClitic(p)));

/** الدين in تاج الدين، الله in نصر الله: a word that joins the name word before it. */
const suffix = (r: Reader, k: number): boolean => {
  const w = r.word(k);
  return w !== undefined && r.rules.nameSuffixes.has(w);
};

/**
 * عبد الرحمن، أبو محمد، بن علي: a particle and the word it joins, itself maybe a compound (بن عبد
 * العزيز). `inside`: the name has begun, so a family particle may go on with it too (خالد سليمان بني
 * هاني), which starts no name (معتمد بني خلاد is a delegation).
 */
function compound(r: Reader, k: number, inside = false): number {
  const w = r.word(k);
  const particle = w !== undefined && (r.rules.nameParticles.has(w) || (inside && r.rules.familyParticles.has(w)));
  const joins = r.word(k + 1) !== undefined && (!r.stop(k + 1) || (r.rules.servantParticles.has(w!) && r.definite(k + 1)));
  return particle && !r.reserved(k) && joins ? 1 + (compound(r, k + 1) || 1) : 0;
}

/** A hyphen at `k` written between two name words, without spaces (جان-بول). */
function hyphenated(r: Reader, k: number): boolean {
  const [before, dash, after] = [r.t(k - 1), r.t(k), r.t(k + 1)];
  return r.is(k, '-') && !!before && !!dash && !!after && before.end === dash.start && dash.end === after.start && nameable(r, k + 1);
}

/** A first name at `k` with one name word and a comma after it: a middle name, whatever else it spells. */
/**
 * The word at `k`, و and a noun, heads a genitive a body's name joins (وحقوق الإنسان، وأوضاع
 * اللاعبين): a noun the rules list, or any word no first name is (a name there would be a second
 * person's, وخالد المطيري).
 */
function conjoinedHead(r: Reader, k: number): boolean {
  const head = r.word(k)!.slice(r.words.morphology.and.length);
  if (r.rules.conjoinedHeads.has(head)) return true;
  // A construct's head has no article (والتنمية الياس الزين: a genitive, then the name).
  return head.length >= 3 && !head.startsWith(r.words.morphology.article) && !r.rules.firstNames.match((j) => (j === k ? head : r.word(j)), k);
}

const innerName = (r: Reader, k: number): boolean => r.firstName(k) > 0 && nameable(r, k + 1) && r.isComma(k + 2);

/**
 * A person's name at `i`. It starts with a first name (or a compound), or, after a rank or title
 * (`context`), with any name word. A first name may be followed by more name words; a word that
 * is not a first name ends the name, and so does a surname with the article (طلال البرازي).
 */
export function nameAt(r: Reader, i: number, context: boolean): { end: number; cue: NameCue } | null {
  let k = i;
  let chain: boolean;
  // A function word that is also a first name leads a name only when written as the name (علي,
  // not على: وعلّق الوزير على تحذير …); the reader tells them apart.
  // After a title, a first name may carry the article (النائب الحبيب خضر، الوزير الهادي مجدوب).
  // باسم after a definite noun is "on behalf of" (أحد المتحدثين باسم الفيفا), not a first name.
  const behalf = i > 0 && (r.definite(i - 1) || r.contracted(i - 1)) && r.rules.roles.behalf.has(r.word(i) ?? '');
  // No name starts inside a place's name (خان يونس), nor at one a place noun heads (مخيم أبو خشب),
  // nor with the noun (رئيس اتحاد بلديات بنت جبيل).
  if (r.inPlace(i) || (i > 0 && r.placeStart(i) && placeNoun(r, i - 1))) return null;
  // Without a title, it leads only a name whose next word is a first name too, or a compound one,
  // or that ends right after it (صرح الطاهر حسن إدريس، …؛ أوضح الطاهر عبد الرحيم حمدان، …؛ وقال الهادي مجدوب إن).
  const articled = articleFirstName(r, i) && (context || r.firstName(i + 1) > 0 || compound(r, i + 1) > 0 || nameEnds(r, i + 2));
  // A first name that is also a time word leads one after a title when a first name follows it
  // (مدير دائرة الهجرة، صباح ياسين الطائي،; not صباح اليوم).
  // ... or a family name that ends the phrase, no time word (رئيس مجلس المحافظة صباح كرحوت بأن; not صباح اليوم، صباح أمس).
  const timeName = context && r.stop(i) && r.firstName(i) > 0 && (r.firstName(i + 1) > 0 || (r.rules.timeWords.has(r.word(i)!) && nameable(r, i + 1) && !r.definite(i + 1) && !r.stop(i + 1) && nameEnds(r, i + 2)));
  const lead = timeName ? 1 : r.stop(i) || behalf ? 0 : compound(r, i) || r.firstName(i) || (articled ? 1 : 0);
  if (lead) {
    k += lead;
    chain = true;
  } else if (
    context &&
    nameable(r, i) &&
    // ... with the article too when a family particle follows (الداه ولد أحمدو، اليزيد آيت علي).
    ((!r.definite(i) && !attached(r, i)) || (r.definite(i) && r.rules.familyParticles.has(r.word(i + 1) ?? ''))) &&
    !r.placeStart(i) &&
    !r.rules.placeNouns.has(r.word(i) ?? '')
  ) {
    k++;
    chain = false;
  } else return null;
  if (suffix(r, k)) k++;
  let second = !chain;
  // A compound goes on with any name (سرمد نجم عبد الله، محمد نجم عبد الله).
  while (k - i < MAX_NAME && (chain || second || compound(r, k, true) > 0)) {
    second = false;
    // A first name joined to the next by a hyphen goes on with it (جان-بول موريل).
    if (chain && hyphenated(r, k)) {
      k += 2;
      continue;
    }
    // A theophoric name whose first word is also a function word goes on (آدم حسب الله تيراب).
    const theophoric = chain && r.word(k) !== undefined && (r.stop(k) || nameBoundary(r, k)) && suffix(r, k + 1);
    // ... and so does one whose middle name is also a time word, before its surname and a comma
    // (، عمار صباح النعيمي،; not صباح اليوم).
    const middle = chain && r.stop(k) && innerName(r, k) ? 1 : 0;
    const c = theophoric ? 2 : middle || (r.stop(k) ? 0 : compound(r, k, true) || r.firstName(k));
    if (c) {
      k += c;
      chain = true;
      continue;
    }
    // A first name with the article after a first name goes on with the family name that ends the
    // name (محمد الهادي بن سليمان، محمد الناصر شويخة،), not with a word that goes on (سمير الطيب ووزير …).
    if (chain && r.articleName(k) && familyNameAt(r, k + 1)) {
      k++;
      continue;
    }
    // A family name spelled like an honorific ends the name with one first name where the name
    // ends (فادي الشيخ يوسف،؛ مصطفى الشيخ علي، whose علي is also the preposition على) ...
    const last = chain && r.honorific(k) === 1 ? r.firstName(k + 1) : 0;
    if (last && nameBoundary(r, k + 1 + last)) {
      k += 1 + last;
      break;
    }
    // ... or alone, no name following it (حسام الدين الشيخ في تصريحات).
    if (chain && r.honorific(k) === 1 && nameBoundary(r, k + 1)) {
      k++;
      break;
    }
    // ... and so does one spelled like a title, right before a comma or the words (كامل الوزير،
    // وزير النقل؛ خليل الوزير إن).
    if (chain && r.definite(k) && r.rules.titles.match(r.word, k)?.length === 1 && (r.isComma(k + 1) || r.complementizer(k + 1) > 0)) {
      k++;
      break;
    }
    // A word with a count after it governs the count (حسام عبد الرازق تسليم 3400 وحدة): a noun, not
    // the surname of a name two words long already (not أحمد خليل 12 عاماً).
    if (!nameable(r, k) || behindClitics(r, k) || (k - i >= 2 && r.numeric(k + 1))) break;
    k++;
    chain = false;
    if (suffix(r, k)) k++;
    else if (r.definite(k - 1)) {
      // … but a family compound goes on with it (محمد الأمين ولد بوبكر) …
      const family = r.rules.familyParticles.has(r.word(k) ?? '') ? compound(r, k, true) : 0;
      if (family) {
        k += family;
        break;
      }
      // … unless that word is a first name with the article (محمد الطاهر السيالة إن، عثمان الطيب
      // بابكر إن), when the surname follows it right where the words begin (not before بأن: وصف X
      // الوضع بأنه).
      // A surname shaped as a nisba (محمد الهادي الزواري) ends there as well.
      const ends = r.isComma(k + 1) || (r.complementizer(k + 1, new Set()) === 1 && !r.adjunct(k + 1)) || outletBehindL(r, k + 1);
      if (lead && k - i < MAX_NAME && nameable(r, k) && r.articleName(k - 1) && ends) k++;
      break;
    }
    // A two-word surname after a first name (مولود جاويش أوغلو) when a name boundary follows it.
    // Not a preposition's noun heading a genitive (كارلوس مونتيرو لقيادة الفريق), nor a noun with
    // the count it governs.
    const governs = (r.definite(k + 1) && r.readingsOf(k).some(({ prefix: p }) => p.preposition !== null && p.conjunction === null)) || r.numeric(k + 1);
    // A French surname may look like a nisba (ماريه، بوشيه) where the words follow it.
    const surname = !r.nisba(k) || r.isComma(k + 1) || r.complementizer(k + 1) > 0;
    if (lead && k - i < MAX_NAME && nameable(r, k) && !r.definite(k) && surname && !behindClitics(r, k) && !governs && nameBoundary(r, k + 1)) k++;
    // … and a surname with the article before a comma, the words, the medium they were given to or
    // the interview (كمال بركات العيساوي، أن؛ علي دحام المشهداني لـ«الصباح»؛ محمد خير الشامي في تصريح).
    else if (lead && k - i < MAX_NAME && nameable(r, k) && r.definite(k) && (r.isComma(k + 1) || r.complementizer(k + 1) > 0 || outletBehindL(r, k + 1) || interviewAt(r, k + 1) > 0)) k++;
  }
  return { end: k, cue: lead ? 'lexicon' : 'context' };
}

/** Where a name starts after a rank that ends at `k`: past a note in brackets (اللواء (م) حسن الفاضل: retired). */
const pastNote = (r: Reader, k: number): number => bracketedName(r, k) || k;

/** One to three words in brackets at `k` (an opening bracket): the index after the closing one, or 0. */
function bracketedName(r: Reader, k: number): number {
  let j = k + 1;
  while (j <= k + 3 && r.word(j) !== undefined) j++;
  return j > k + 1 && r.is(j, ')') ? j + 1 : 0;
}

/**
 * The complement of an office or body word: genitives and definite words (مركز المصالحة الروسي،
 * وزارة الخارجية الإيرانية، لحقوق الإنسان). An indefinite word opens a genitive slot that one
 * more indefinite word may fill (محافظ حمص، مركز حميميم); a definite word closes it.
 */
function complement(r: Reader, k: number, open: boolean): number {
  const start = k;
  for (let n = 0; n < MAX_COMPLEMENT; n++) {
    // حزب "الأمل"، هيئة «تحرير الشام»، المتحدث باسم «آفاد»: a body's own name in quotation marks
    // fills the genitive.
    const quoted = open && k > 0 && (r.rules.organizations.match(r.word, k - 1) || r.rules.roles.behalf.has(r.word(k - 1) ?? '')) ? quotedName(r, k) : null;
    if (quoted) {
      k = quoted.end;
      open = false;
      continue;
    }
    const w = r.word(k);
    if (w === undefined) break;
    // باسم is "on behalf of" after the office itself or its adjective (المتحدث الرسمي باسم), and a
    // first name after the office's place (محافظ جنين باسم العمري).
    if (r.rules.roles.behalf.has(w) && !(k > start && r.firstName(k) && !r.definite(k - 1))) {
      k++;
      open = true;
      continue;
    }

    // A place named after a person takes the honorific and the name (مدير عام مطار الأمير محمد بن
    // عبدالعزيز الدولي فيصل العنزي).
    const honoured = k > start && placeNoun(r, k - 1) ? r.honorific(k) : 0;
    const namesake = honoured ? nameAt(r, k + honoured, true) : null;
    if (namesake && namesake.cue === 'lexicon') {
      k = namesake.end;
      open = false;
      continue;
    }
    // In an open genitive slot a rank word is the noun it also is (مدير الفريق، قائد اللواء), and
    // so is a participle with a genitive of its own (لجنة متابعة عودة النازحين, not "، متابعة أن").
    const noun = open && !!r.verb(k)?.participle && (r.definite(k + 1) || nameable(r, k + 1)) && !r.complementizer(k + 1);
    if (r.stop(k) || r.complementizer(k) || (r.verb(k) && !noun) || (r.rank(k) && !open) || r.honorific(k) || compound(r, k)) break;
    // A first name of the adjective shape alone (مسؤول تركي أن) is the adjective.
    if (r.firstName(k) && !(r.nisba(k) && !nameable(r, k + 1))) break;
    if (articleFirstName(r, k)) break;
    // A medium behind ل is whom the words were given to, unless a head alone with a name after it
    // is the body the office heads (المدير العام للوكالة محمد الزياني).
    // Not an outlet's one-word name with a nisba after it: the noun it also is (عضو الهيئة العامة
    // للثورة السورية, not the daily الثورة).
    const bare = r.withoutL(k);
    const outlet = bare && outletAt(bare, k);
    const medium = outlet && !(outlet.end === k + 1 && r.definiteNisba(k + 1)) ? outlet : null;
    // ... or a body no outlet list knows, before a comma and a name (المفوض العام لوكالة
    // الأونروا، فيليب لازاريني،).
    const bodyEnd = medium ? medium.end + (medium.bare ? (r.rules.namedOrganizations.match(r.word, medium.end)?.length ?? 0) : 0) : 0;
    const body = !!medium && !!bare && bodyEnd > k + 1 && r.isComma(bodyEnd) && !namesOutlet(bare, k, bodyEnd);
    if (body) {
      k = bodyEnd;
      open = false;
      continue;
    }
    if (medium && !(medium.bare && (r.firstName(medium.end) || articleFirstName(r, medium.end)))) break;
    const named = r.rules.namedOrganizations.match(r.word, k);
    if (named) {
      if (!open) break;
      k += named.length;
      open = false;
      continue;
    }
    // رئيس الحكومة الأسبق ورئيس حزب …: a second office joins the title.
    const also = conjoinedTitle(r, k);
    if (also) {
      k += also;
      open = !r.definite(k - 1);
      continue;
    }
    const office = r.rules.titles.match(r.word, k) ?? r.rules.organizations.match(r.word, k);
    if (office) {
      if (!open) break;
      k += office.length;
      open = !r.definite(k - 1);
      continue;
    }
    const m = r.words.morphology;
    const andArticle = m.and + m.article;
    if (r.definite(k) || r.contracted(k)) {
      k++;
      open = false;
    } else if (w.startsWith(andArticle) && w.length > andArticle.length + 1 && k > 0 && r.definite(k - 1)) {
      k++; // coordinated genitives: هيئة الشؤون الاجتماعية والعمل
      open = false;
    } else if (w.startsWith(m.and) && conjoinedHead(r, k) && k > 0 && r.carriesArticle(k - 1) && r.definite(k + 1)) {
      k += 2; // ... and one in construct itself: لجنة العدل والتشريع وحقوق الإنسان
      open = false;
    } else if (m.contracting !== null && w.startsWith(m.contracting) && w.length > 3 && r.definite(k + 1) && !r.stop(k + 1)) {
      k += 2; // لحقوق الإنسان، لشؤون اللاجئين
      open = false;
    } else if (m.contracting !== null && w.startsWith(m.contracting) && w.length > 3 && !open && bodyBehindL(r, k) && commaAfterGenitive(r, k + 1) > 0) {
      k = commaAfterGenitive(r, k + 1); // ... and one indefinite words follow up to a comma (الرئيسة المشتركة لمجلس مقاطعة عفرين، روجين حسن)
      open = false;
    } else if (open && (nameable(r, k) || noun)) {
      k++;
      // A feminine noun (ة) or an administrative noun heads a genitive of its own: مدير صحة حماة،
      // رئيس هيئة أركان الجيش، قائممقام قضاء تلعفر.
      open = w.endsWith(m.feminine) || r.rules.genitiveHeads.has(w);
    } else break;
  }
  return k;
}

/** A body's or a place's noun behind ل (لمجلس، لحركة، لمدينة; not لاشين, a name). */
function bodyBehindL(r: Reader, k: number): boolean {
  const bare = r.withoutL(k);
  return placeNounLed(r, k) || (!!bare && (!!bare.rules.organizations.match(bare.word, k) || bare.word(k)!.endsWith(r.words.morphology.feminine)));
}

/** The comma one or two indefinite name words from `k` stand before (مقاطعة عفرين،), or 0. */
function commaAfterGenitive(r: Reader, k: number): number {
  for (let j = k; j < k + 2 && nameable(r, j) && !r.definite(j); j++) if (r.isComma(j + 1)) return j + 1;
  return 0;
}

function titleAt(r: Reader, i: number): { headEnd: number; end: number; head: TitleHead } | null {
  const m = r.rules.titles.match(r.word, i);
  if (!m) return null;
  const headEnd = i + m.length;
  return { headEnd, end: complement(r, headEnd, !r.definite(headEnd - 1)), head: m.value };
}

function organizationAt(r: Reader, i: number): { end: number; bare: boolean } | null {
  const named = r.rules.namedOrganizations.match(r.word, i);
  if (named) {
    const end = nisbasAfter(r, i + named.length);
    return { end: quotedName(r, end)?.end ?? end, bare: false };
  }
  const m = r.rules.organizations.match(r.word, i);
  if (!m) return null;
  const headEnd = i + m.length;
  let end = complement(r, headEnd, !r.definite(headEnd - 1));
  const q = quotedName(r, end);
  if (q) end = q.end;
  return { end, bare: end === headEnd && m.length === 1 && r.definite(i) };
}

/** مصادر ذات صلة، مصدر عسكري، شهود عيان، ناشطون ومعارضون. */
function anonymousAt(r: Reader, i: number): number {
  const m = r.rules.anonymous.match(r.word, i);
  if (!m) return 0;
  let k = i + m.length;
  for (let n = 0; n < 3; n++) {
    const mod = r.rules.anonymousModifiers.match(r.word, k);
    if (mod) k += mod.length;
    else if (r.nisba(k) && !r.reserved(k) && !r.rules.namedAs.has(r.word(k)!)) k++;
    else break;
  }
  return k;
}

/** "في منظمة الصحة العالمية" after an unnamed source or official: the body it speaks for; "مراسل وكالة فرانس برس": its medium. */
function bodyAfter(r: Reader, sp: SpeakerPhrase): SpeakerPhrase {
  const medium = outletAt(r, sp.end);
  if (medium && !medium.bare) return { ...sp, end: medium.end, outlet: medium.name };
  const w = r.word(sp.end);
  if (!r.rules.roles.memberOf.has(w ?? '')) return sp;
  const org = organizationAt(r, sp.end + 1);
  return org && !org.bare ? { ...sp, end: org.end, organization: { r, start: sp.end + 1, end: org.end } } : sp;
}

/**
 * "أكد رافع الزوبعي، قائممقام قضاء الفلوجة، أن": right after an attribution verb, two to four name
 * words set off by a comma before a title are the speaker's name, whatever names they spell: the
 * title after the comma says whose words follow. The first word has no article (الجيش العراقي، قائد).
 */
export function nameBeforeTitle(r: Reader, at: number): SpeakerPhrase | null {
  // A nationality may stand before the name (أكد البرازيلي ماركوس فييرا، مدرب الإسماعيلي، أن).
  // ... and an honorific (قال مولوي عبد الرحيم صديقي، المتحدث باسم …).
  const i = r.definiteNisba(at) && !r.definite(at + 1) ? at + 1 : at + r.honorific(at);
  let c = i;
  while (c <= i + MAX_NAME && !r.isComma(c) && nameable(r, c) && !r.stop(c)) c++;
  if (!r.isComma(c) || c - i < 2 || r.definite(i) || cliticLead(r, i)) return null;
  const sp = titleAfter(r, { ...empty(r, 'person', i, c), name: { r, start: i, end: c }, nameCue: 'context' });
  if (!sp.title) return null;
  // ... with the place the office is in before the comma (، مديرة مكتب التعليم في البيضاء،).
  let end = sp.end;
  if (!r.isComma(end) && r.rules.roles.placeBeforeName.has(r.word(end) ?? '') && r.placeStart(end + 1)) {
    end += 2;
    while (r.inPlace(end)) end++;
  }
  return r.isComma(end) ? { ...sp, start: at, end, title: { ...sp.title, end } } : null;
}

/** A title after a name, directly or after a comma (طلال البرازي محافظ حمص، يوري يفتوشينكو، رئيس المركز). */
function titleAfter(r: Reader, sp: SpeakerPhrase): SpeakerPhrase {
  const at = r.isComma(sp.end) ? sp.end + 1 : sp.end;
  // ... with the place behind a preposition that ends it (، وكيل وزارة الصحة بالإسكندرية،).
  const t = overPlace(r, titleAt(r, at));
  return t ? { ...sp, end: t.end, title: { r, start: at, end: t.end }, titleHead: t.head } : sp;
}

/**
 * Words between a title and the name it introduces: a place or a body (ممثلة المنظمة في سوريا
 * إليزابيث هوف، مدير مستشفى إدلب المركزي الدكتور ...). The end of those words when a rank, an
 * honorific or a first name follows them within three words, else `k`.
 */
function bridgeToName(r: Reader, k: number): number {
  const w = r.word(k);
  const from = r.rules.roles.placeBeforeName.has(w ?? '') ? k + 1 : k;
  for (let j = from; j <= from + MAX_BRIDGE; j++) {
    // A first name right after a place noun names the place (مخيم نور شمس), not the speaker.
    if (j > from && announcesName(r, r.isComma(j) ? j + 1 : j) && !r.stop(j) && !placeNoun(r, j - 1)) {
      // A word no lexicon knows between the place's definite words and that first name starts the
      // name (في الإدارة الذاتية شيخموس أحمد); one behind a clitic is more of the place (للتربية بتونس).
      const own = j - 1 > from && definiteWord(r, j - 2) && !definiteWord(r, j - 1) && !cliticLead(r, j - 1) && nameable(r, j - 1);
      if (!r.isComma(j) && own) return j - 1;
      // A compound that ends the name alone (في دهوك سرمد نجم عبد الله أن) is the father's or the
      // family's: the words no lexicon knows after the place, up to two, begin the name.
      if (!r.isComma(j) && compound(r, j) > 0 && nameEnds(r, j + compound(r, j))) {
        let start = j;
        while (start - 1 > from && start > j - 2 && nameable(r, start - 1) && !definiteWord(r, start - 1) && !cliticLead(r, start - 1)) start--;
        return start;
      }
      return j;
    }
    // Between commas, any name: المتحدثة باسم اللجنة في دمشق، إنجي صدقي، إن ...
    if (j > from && r.isComma(j)) {
      const name = nameAt(r, j + 1, true);
      if (name && (r.isComma(name.end) || nameEnds(r, name.end))) return j;
    }
    if (!nameable(r, j) && !placeNounLed(r, j) && !r.rules.organizations.match(r.word, j) && !r.rules.namedOrganizations.match(r.word, j)) break;
  }
  return k;
}

/**
 * Word `k` begins with a letter a conjunction or preposition is written with (the morphology's),
 * before a stem a name can be (بتونس, not فرج: a name of three letters is no clitic and a root).
 */
const cliticLead = (r: Reader, k: number): boolean => {
  const w = r.word(k) ?? '';
  const m = r.words.morphology;
  return [...m.conjunctions, ...m.prepositions].some((c) => w.startsWith(c) && w.length - c.length >= m.minNameStem);
};

/** The words after a bare rank or title that only describe it (اللواء الروسي، المسؤول الروسي). */
function nisbasAfter(r: Reader, k: number): number {
  while (r.definite(k) && r.nisba(k) && !r.stop(k)) k++;
  return k;
}

/** A rank, an honorific or a first name at `k`: the start of a name. */
const announcesName = (r: Reader, k: number): boolean => r.rank(k) > 0 || r.honorific(k) > 0 || nameAt(r, k, false)?.cue === 'lexicon';

/**
 * A source word with the article that says what the person named after it does, before a name a
 * first name opens (مدير مستشفى جنديرس، الطبيب خليل عبدو، أن): 1, its length, or 0.
 */
const sourceWord = (r: Reader, k: number): number => (r.definite(k) && anonymousAt(r, k) === k + 1 && nameAt(r, k + 1, true)?.cue === 'lexicon' ? 1 : 0);

function personAfterTitle(r: Reader, at: number): { rank: Part | null; name: Part; cue: NameCue; end: number } | null {
  const rank = r.rank(at);
  const noted = rank ? pastNote(r, at + rank) : at;
  const k = noted + (r.honorific(noted) || sourceWord(r, noted));
  const name = nameAt(r, k, true);
  if (!name) return null;
  // Words the title points at are a name only if the name ends where names end (بهرام قاسمي أن),
  // and not where a name is announced next (مدير مستشفى إدلب المركزي الدكتور ...).
  // A word before a first name is rather the end of the title (محافظ ريف دمشق علاء إبراهيم).
  // So are words before a comma and a rank or honorific (وكيل وزارة الصحة بشمال سيناء، الدكتور …).
  // After the definite words of a place, a word before a first name is the name's own (… الذاتية شيخموس أحمد),
  // and so it is after a place's name (قائمقام مرجعيون نزيه عبد الساتر).
  const placed = (definiteWord(r, at - 1) || r.placeStart(at - 1) || r.inPlace(at - 1)) && !cliticLead(r, at);
  if (name.cue === 'context' && k === at && (!nameBoundary(r, name.end) || announcesName(r, name.end) || (!placed && announcesName(r, k + 1)))) return null;
  // ... and so is one first name alone there: a place named after a person (مدير مركز حدود جابر، العقيد …).
  if ((name.cue === 'context' || name.end - k === 1) && r.isComma(name.end) && (r.rank(name.end + 1) > 0 || r.honorific(name.end + 1) > 0)) return null;
  // After a place noun the words are the place's name, whatever names they spell, when a first
  // name follows them (رئيس اللجنة الشعبية لخدمات مخيم نور شمس جمال أبو زيتون).
  if (k === at && at > 0 && placeNoun(r, at - 1) && announcesName(r, name.end)) return null;
  return { rank: rank ? { r, start: at, end: at + rank } : null, name: { r, start: k, end: name.end }, cue: name.cue, end: name.end };
}

/**
 * The speaker phrase that starts at `i`, or null. `known` recognises names of persons the
 * document has already named, so a surname alone (يفتوشينكو) is a speaker.
 */
export function parseSpeaker(r: Reader, i: number, known: KnownName, shapes = true): SpeakerPhrase | null {
  // A courtesy opens the phrase of the speaker after it (سعادة السيدة لولوة الخاطر، معالي وزير الخارجية).
  const courtesy = r.rules.courtesies.match(r.word, i)?.length ?? 0;
  if (courtesy) {
    const sp = parseSpeaker(r, i + courtesy, known, shapes);
    return sp && { ...sp, start: i };
  }
  // Most words open no lexicon entry: only a name seen before, or one known by its shape, starts there.
  if (r.rules.speakerHeads.has(r.word(i) ?? '')) return listedSpeaker(r, i, known);
  const seen = known(r, i);
  return seen ? knownSpeaker(r, i, seen) : shapes ? (shapeName(r, i) ?? occupationName(r, i)) : null;
}

/**
 * "وقال التاجر محمد علي إن"، "وأوضح تاجر الحبوب عبدالله الحكيمي أن": a person named after a noun of
 * what they do that no lexicon lists as a title (with the article, or in construct with one definite
 * word): the noun is the title when a first name opens a name of two words or more after it, and the
 * name ends where the words begin.
 */
function occupationName(r: Reader, i: number, source = false): SpeakerPhrase | null {
  const leads = (k: number) => r.firstName(k) > 0 || compound(r, k) > 0;
  const at = leads(i + 1) && r.definite(i) ? i + 1 : leads(i + 2) && !r.definite(i) && r.definite(i + 1) ? i + 2 : -1;
  // (`source`: the noun is a source word, reserved as such: السائق.)
  if (at < 0 || [i, at - 1].some((k) => r.stop(k) || (r.reserved(k) && !(source && k === i)) || r.placeStart(k) || r.firstName(k) > 0 || r.nisba(k))) return null;
  const name = nameAt(r, at, false);
  if (!name || name.end - at < 2 || !nameEnds(r, name.end)) return null;
  return { ...empty(r, 'person', i, name.end), title: { r, start: i, end: at }, name: { r, start: at, end: name.end }, nameCue: 'lexicon' };
}

const knownSpeaker = (r: Reader, i: number, words: number): SpeakerPhrase =>
  titleAfter(r, { ...empty(r, 'person', i, i + words), name: { r, start: i, end: i + words }, nameCue: 'known' });

/** A speaker phrase at a word some lexicon lists as the start of one (an honorific, a rank, a title, a body, a medium, a first name). */
function listedSpeaker(r: Reader, i: number, known: KnownName): SpeakerPhrase | null {
  const honorific = r.honorific(i);
  // An honorific that is also an office, with its adjectives, is that office (المستشارة الألمانية أنجيلا ميركل).
  const office = honorific > 0 && nisbasAfter(r, i + honorific) > i + honorific && titleAt(r, i) !== null;
  if (honorific && !office) {
    // The adjectives of an honorific stand before the name when a first name follows them
    // (الناشط الإعلامي عامر المحاميد); else the definite word is the name (الدكتور السبوعي).
    const adjectives = nisbasAfter(r, i + honorific);
    const past = adjectives > i + honorific && nameAt(r, adjectives, true)?.cue === 'lexicon' ? adjectives : i + honorific;
    // ... or after them and a comma, the name set off by commas (الناشط الحقوقي، أحمد محمد، إن).
    const fenced = adjectives > i + honorific && r.isComma(adjectives) && nameAt(r, adjectives + 1, true)?.cue === 'lexicon';
    const at = fenced ? adjectives + 1 : past;
    // السيدة "هيلين رامبو"، رئيسة الفريق: a name in quotation marks.
    const quoted = quotedName(r, at);
    if (quoted && quotedPersonName(r, quoted.inner)) {
      return titleAfter(r, { ...empty(r, 'person', i, quoted.end), name: quoted.inner, nameCue: 'context' });
    }
    const name = nameAt(r, at, true);
    if (name) return titleAfter(r, { ...empty(r, 'person', i, name.end), name: { r, start: at, end: name.end }, nameCue: name.cue });
    // An honorific that is also an office, with no name after it, is the office (المهندس بالمعهد، سمير الدريدي).
    if (!titleAt(r, i)) return null;
  }
  const rank = r.rank(i);
  if (rank) {
    // ... and so do a rank's (العقيد الروسي فلاديمير ستيبانوف).
    const past = pastNote(r, i + rank);
    const adjectives = nisbasAfter(r, past);
    const at = adjectives > past && !nameAt(r, past, true) && nameAt(r, adjectives, true) ? adjectives : past;
    const name = nameAt(r, at, true);
    const sp = empty(r, 'person', i, i + rank);
    sp.rank = { r, start: i, end: i + rank };
    if (!name) return { ...sp, kind: 'title', end: nisbasAfter(r, i + rank), bare: true };
    return titleAfter(r, { ...sp, end: name.end, name: { r, start: at, end: name.end }, nameCue: name.cue });
  }

  const title = withShortName(r, overPlace(r, titleAt(r, i)));
  if (title) {
    const sp = { ...empty(r, 'title', i, title.end), title: { r, start: i, end: title.end }, titleHead: title.head };
    const unnamed = !title.head.definite && r.rules.unnamedTitles.has(title.head.head);
    let person = personAfterTitle(r, r.isComma(title.end) ? title.end + 1 : title.end);
    // A name set off by commas runs to the closing comma (المتحدث باسم الخارجية، نعيم أختر شودري، أن).
    const fencedName = person && !person.rank && person.name.start === title.end + 1 ? betweenCommas(r, title.end) : null;
    if (fencedName && fencedName.end > person!.end) person = { ...person!, name: fencedName.name, end: fencedName.end };
    // مدير أوقاف حماة، منذر الخليل، إن: one word the title points at, then a name between commas:
    // the word ends the title; so do two (عضو المجلس البلدي عين زارة، خالد القماطي) before a name
    // a first name opens.
    const pointed = person && person.cue === 'context' ? person.end - person.name.start : 0;
    // ... and so do the word and a place phrase after it (القنصل العام لمصر في تونس، هشام سالم).
    const comma = pointed === 1 || pointed === 2 ? commaWithin(r, person!.end, TITLE_TAIL) : -1;
    const afterComma = comma >= 0 ? betweenCommas(r, comma) : null;
    const commaName = afterComma && ((pointed === 1 && comma === person!.end) || afterComma.cue === 'lexicon') ? afterComma : null;
    if (commaName) {
      sp.end = comma;
      sp.title = { r, start: i, end: comma };
      return { ...sp, kind: 'person', end: commaName.end, rank: null, name: commaName.name, nameCue: commaName.cue };
    }
    // ممثل المفوضية في تشاد، ألبرتو ماتيولي، إن: the title's place after a preposition, then a name
    // between commas that a first name opens.
    if (!person && r.rules.roles.placeBeforeName.has(r.word(title.end) ?? '') && r.placeStart(title.end + 1)) {
      let end = title.end + 2;
      while (r.inPlace(end)) end++;
      const named = betweenCommas(r, end);
      if (named?.cue === 'lexicon') return { ...sp, title: { r, start: i, end }, kind: 'person', end: named.end, rank: null, name: named.name, nameCue: named.cue };
    }
    const bridged = person ? title.end : bridgeToName(r, title.end);
    if (bridged > title.end) {
      sp.end = bridged;
      sp.title = { r, start: i, end: bridged };
      person = personAfterTitle(r, r.isComma(bridged) ? bridged + 1 : bridged);
    }
    // "مسؤول سوري يشرف على ...": after an unnamed official, only a first name starts a name, or
    // a name set off by commas (ممثل المنظمة في بيروت، يوهانس فاندر، إن).
    // … or the head of a named office (مسؤول مكتب النازحين في الإدارة الذاتية شيخموس أحمد), or
    // of a place's (عضو مجلس قضاء طوزخورماتو ئاسو رشيد).
    const fenced = !!person && betweenCommas(r, person.name.start - 1)?.end === person.end;
    const ofPlace = r.placeStart(title.end - 1) || r.inPlace(title.end - 1);
    const office = title.end > title.headEnd && (r.definite(title.headEnd + 1) || ofPlace) && !r.nisba(title.headEnd) && !!person && !cliticLead(r, person.name.start);
    // ... or a name a rank announces (ممثل مركز المصالحة في حميميم العقيد فاديم سوكولوف).
    if (person && !(unnamed && person.cue !== 'lexicon' && !fenced && !office && !person.rank)) {
      return { ...sp, kind: 'person', end: person.end, rank: person.rank, name: person.name, nameCue: person.cue };
    }
    const slot = person ? null : nameInSlot(r, title.end);
    // An unnamed official (مسؤول سوري) takes only a known first name; one of a named body (ممثل المنظمة
    // الدولية للهجرة في بيروت) is one person, whatever the name.
    if (slot && !(unnamed && slot.cue === 'shape' && !r.definite(title.headEnd) && !slot.commas)) {
      return { ...sp, kind: 'person', end: slot.end, title: { r, start: i, end: slot.titleEnd }, name: slot.name, nameCue: slot.cue };
    }
    if (unnamed) return bodyAfter(r, { ...sp, kind: 'anonymous' });
    return bodyAfter(r, { ...sp, bare: title.head.definite && nisbasAfter(r, title.headEnd) === title.end });
  }

  const anonymous = anonymousAt(r, i);
  if (anonymous) {
    const given = nameGiven(r, anonymous);
    if (given) return { ...empty(r, 'person', i, given.end), title: { r, start: i, end: anonymous }, name: given.name, nameCue: 'context' };
    // "مراسل الجزيرة من ريف دمشق محمد الجزائري إلى أنه": a source word with a name in its slot is that person.
    const slot = nameInSlot(r, anonymous);
    if (slot && slot.cue !== 'shape') {
      return { ...empty(r, 'person', i, slot.end), title: { r, start: i, end: slot.titleEnd }, name: slot.name, nameCue: slot.cue };
    }
    // "صرح السائق عبد القادر بلعيد، الذي": the source word with the article names what that person does.
    const occupied = anonymous === i + 1 && r.definite(i) ? occupationName(r, i, true) : null;
    if (occupied) return occupied;
    return bodyAfter(r, { ...empty(r, 'anonymous', i, anonymous), title: { r, start: i, end: anonymous } });
  }

  const outlet = outletAt(r, i);
  if (outlet) return { ...empty(r, 'outlet', i, outlet.end), outlet: outlet.name, bare: outlet.bare };

  const org = organizationAt(r, i);
  if (org) return { ...empty(r, 'organization', i, org.end), organization: { r, start: i, end: org.end }, bare: org.bare };

  const seen = known(r, i);
  if (seen) return knownSpeaker(r, i, seen);

  const name = nameAt(r, i, false);
  // A first name alone speaks only before a comma or the words (وقال أحمد، وهو نازح، إن ...).
  if (name && (name.end - i >= 2 || nameEnds(r, name.end))) {
    return titleAfter(r, { ...empty(r, 'person', i, name.end), name: { r, start: i, end: name.end }, nameCue: name.cue });
  }
  return shapeName(r, i);
}

/**
 * Two or three name words that no lexicon knows, ending where a speaker phrase ends (a comma, a
 * complementizer, a colon, an outlet): the cue of a transliterated name (بيتر ماورير، إن).
 */
function shapeName(r: Reader, i: number): SpeakerPhrase | null {
  // Cheapest first, as this is tried at every word: two words of a name's shape (no article), then
  // where the words end two or three words on.
  if (!nameShaped(r, i) || !(nameShaped(r, i + 1) || r.firstName(i + 1) > 0) || r.rules.documents.has(r.word(i)!)) return null;
  if (!shapeEnds(r, i + 2) && !shapeEnds(r, i + 3)) return null;
  if (attached(r, i)) return null;
  let k = i;
  // A first name the folding makes look definite (إلياس → الياس) is still a name word.
  while (k - i < 3 && nameable(r, k) && (!r.definite(k) || (k > i && r.firstName(k) > 0))) k++;
  // ... the last one maybe joined by its suffix (كريستين نصر الله).
  if (k - i === 2 && suffix(r, k)) k++;
  if (k - i < 2 || !shapeEnds(r, k)) return null;
  return { ...empty(r, 'person', i, k), name: { r, start: i, end: k }, nameCue: 'shape' };
}

/** A word that may be part of a name by its form alone: two letters or more, without the article. */
function nameShaped(r: Reader, k: number): boolean {
  const w = r.word(k);
  return w !== undefined && w.length >= 2 && !r.definite(k);
}

/** Where a name known by its shape may end: asked of each word two or three times, as the word two and three on. */
const endsShapeName = new Question((r, k) => {
  const t = r.t(k);
  // A word of the document that can end no name by itself, as its form says: no need to look further.
  if (t?.word && t.analysis && !r.rules.mayEndName.of(t.analysis)) return false;
  return r.rules.roles.afterShapeName.has(r.word(k) ?? '') || nameEnds(r, k);
});
const shapeEnds = (r: Reader, k: number): boolean => k >= r.length || r.ask(endsShapeName, k);

/**
 * A word that goes on a title rather than starting a name: a definite word behind a clitic
 * (بالمنطقة، والتعاون، للهجرة) or a body behind a preposition (بوزارة التربية، لحركة حماس).
 */
function attached(r: Reader, k: number): boolean {
  const w = r.word(k);
  if (w === undefined || definiteWord(r, k)) return w !== undefined;
  // One conjunction or preposition off the word, leaving a stem a name could be read from. A loop
  // without callbacks: this is asked at most words, and a closure over them costs each an object.
  const readings = r.readingsOf(k);
  for (let n = 0; n < readings.length; n++) {
    const { prefix: p, stem, suffix } = readings[n]!;
    if (suffix !== null || p.article || (p.conjunction === null) === (p.preposition === null) || stem.length < r.words.morphology.minNameStem) continue;
    // Titles and bodies start with a word of the speaker lexicons: most stems start none.
    if (r.rules.speakerHeads.has(stem) && startsOffice(r, k, stem)) return true;
  }
  return false;
}

/** A noun of a place's kind (مخيم، مدينة), bare or behind a clitic. */
const placeNoun = (r: Reader, k: number): boolean => r.rules.placeNouns.has(r.word(k) ?? '') || placeNounLed(r, k);

/** A noun of a place's kind behind a clitic (بولاية سنار، لمدينة لندن): the title's place goes on, no name starts. */
function placeNounLed(r: Reader, k: number): boolean {
  const readings = r.readingsOf(k);
  for (let n = 0; n < readings.length; n++) {
    const { prefix: p, stem, suffix } = readings[n]!;
    if (suffix === null && !p.article && (p.conjunction !== null || p.preposition !== null) && r.rules.placeNouns.has(stem)) return true;
  }
  return false;
}

/** A title or a body starts at word `k` read as `stem`. */
function startsOffice(r: Reader, k: number, stem: string): boolean {
  const bare = (j: number) => (j === k ? stem : r.word(j));
  return [r.rules.titles, r.rules.organizations, r.rules.namedOrganizations].some((set) => set.match(bare, k) !== null);
}

const preposition = (r: Reader, k: number): boolean => r.rules.roles.beforeNoName.has(r.word(k) ?? '');
/** A definite word, with or without a clitic (الثورة، بالحديدة، للهجرة). */
const definiteWord = (r: Reader, k: number): boolean => r.carriesArticle(k);

/**
 * The name in the slot after a long title, where the words begin (a complementizer, a comma, a
 * colon, a dash, a quotation): وقال مدير عام الإحصاء في مستشفى الثورة بالحديدة يوسف برجي إن …،
 * المنسق الإنساني في أوكرانيا أوسنات لوبراني اليوم، أن …، رئيس اللجنة الأمنية في مجلس الأنبار،
 * راجح بركات العيفان، في تصريح …، مراسلنا في درعا "أيمن الحوراني"، أن …. The title's own place or
 * body ends before the name: a definite word, a preposition's object, or a first name the lexicon
 * knows says where.
 */
function nameInSlot(r: Reader, from: number): { titleEnd: number; name: Part; cue: NameCue; end: number; commas?: true } | null {
  let b = -1;
  for (let k = from; k < from + MAX_SLOT && k < r.length; k++) {
    // A body's short name in brackets is part of the title (الأونروا), and so is its own name in
    // quotation marks after an indefinite body word (في منظمة «نداء الجبال» الطوعية, not النائب عن
    // الحزب "غيرت فيلدرز").
    const bracketed = r.is(k, '(') ? bracketedName(r, k) : 0;
    const quotedBody = !bracketed && k > from && r.isOpener(k) && !r.definite(k - 1) && r.rules.organizations.match(r.word, k - 1) ? quotedName(r, k) : null;
    if (bracketed || quotedBody) {
      k = (bracketed || quotedBody!.end) - 1;
      continue;
    }
    if (r.word(k) === undefined) {
      if (r.isComma(k) || r.is(k, ':') || r.is(k, '-') || r.isOpener(k)) b = k;
      break;
    }
    if (r.complementizer(k) || outletBehindL(r, k) || (r.rules.roles.beforeWords.has(r.word(k)!) && (r.isOpener(k + 1) || r.complementizer(k + 1, new Set()) > 0))) {
      b = k;
      break;
    }
    // A rank or an honorific announces the name itself (… اللواء البحري الركن ماجد بن سعد): read there.
    // A relative clause (في بيان أصدره المنسق …) names its own author.
    if (r.verb(k) || r.rank(k) || r.honorific(k) || r.rules.authorVerbs.match(r.word, k)) break;
  }
  if (b < 0) return null;
  const quoted = quotedName(r, b);
  if (quoted && quotedPersonName(r, quoted.inner)) {
    const { start } = quoted.inner;
    // A name in quotation marks is followed by where the words begin ("أيمن الحوراني"، أن); a quotation is what was said.
    if (r.isComma(quoted.end) || nameEnds(r, quoted.end)) return { titleEnd: b, name: quoted.inner, cue: r.firstName(start) ? 'lexicon' : 'context', end: quoted.end };
  }
  let end = b;
  while (end > from && r.rules.timeWords.has(r.word(end - 1) ?? '')) end--;
  for (const len of [3, 2]) {
    let start = end - len;
    if (start < from || !allNameable(r, start, end)) continue;
    const lexical = [...Array(end - start - 1).keys()].map((j) => start + j).find((k) => r.firstName(k) > 0);
    if (lexical !== undefined && lexical > start && end - lexical >= 2) start = lexical;
    // … nor the name of a body (حزب نداء تونس، هالة …), nor a place (مدير أحد المخيمات في منطقة دير حسان).
    if (r.definite(start) || definiteWord(r, start) || preposition(r, start - 1) || r.rules.organizations.match(r.word, start - 1)) continue;
    if (r.placeStart(start) || r.inPlace(start)) continue;
    const cue: NameCue = r.firstName(start) ? 'lexicon' : 'shape';
    // ... and a place ends the title before the name (سفير ألمانيا بتونس أندرياس رايننغ).
    const bounded = start === from || definiteWord(r, start - 1) || preposition(r, start - 2) || (start > from && (r.inPlace(start - 1) || r.placeStart(start - 1)));
    if (cue === 'lexicon' || bounded) {
      // ... unless the words are a shape alone and a name the lexicon knows stands between the
      // commas after them (للجمعية اللبنانية من أجل ديمقراطية الانتخابات، رنا شمعون،).
      const named = cue === 'lexicon' ? null : betweenCommas(r, b);
      if (named?.cue === 'lexicon') return { titleEnd: b, ...named, commas: true };
      return { titleEnd: start, name: { r, start, end }, cue, end: b };
    }
  }
  // Between commas: رئيس اللجنة في مجلس الأنبار، راجح بركات العيفان، في تصريح …
  const named = betweenCommas(r, b);
  return named && { titleEnd: b, ...named, commas: true };
}

/**
 * Two to four name words set off by the comma at `b` and a comma (or where the words begin) after
 * them: the name after a title (ممثل المنظمة في بيروت، يوهانس فاندر، إن). Words that say a name
 * is withheld (طلب عدم ذكر اسمه) are no name.
 */
/** The first comma at or within `reach` words after `k`, before any other place a speaker phrase ends, or -1. */
function commaWithin(r: Reader, k: number, reach: number): number {
  for (let j = k; j <= k + reach; j++) {
    if (r.isComma(j)) return j;
    if (r.word(j) === undefined || nameEnds(r, j)) return -1;
  }
  return -1;
}

function betweenCommas(r: Reader, b: number): { name: Part; cue: NameCue; end: number } | null {
  if (!r.isComma(b)) return null;
  // ، المستشار ياسر عبد الغفار رضوان،: an honorific before the name is no part of it, nor a rank or
  // a one-word title (، النائب كريم الشمري،).
  const office = titleAt(r, b + 1);
  // ... or a one-word title with the nisbas that describe it (، المخرجة الفرنسية إيلين مورو،) ...
  const officeWords = office && office.headEnd === b + 2 && nisbasAfter(r, b + 2) === office.end ? office.end - b - 1 : 0;
  // ... nor a nationality before a name that follows it (، الإيطالي ماركو بيرتيني،).
  const nationality = r.definiteNisba(b + 1) && nameable(r, b + 2) && !r.definite(b + 2) ? 1 : 0;
  const start = b + 1 + (r.honorific(b + 1) || r.rank(b + 1) || officeWords || nationality || sourceWord(r, b + 1));
  let k = start;
  // ... and a first name spelled like a preposition closes it (، همرين علي،), or like a time word
  // stands inside it (، عمار صباح النعيمي،).
  const closing = (j: number) => j > start && r.firstName(j) > 0 && (r.isComma(j + 1) || innerName(r, j));
  while (k - start < MAX_NAME && (nameable(r, k) || closing(k)) && !r.rules.anonymity.has(r.word(k)!)) k++;
  // A family name spelled like a rank or an honorific ends the name at the comma (، هالة النقيب،).
  if (k > start && r.isComma(k + 1) && r.definite(k) && (r.rank(k) === 1 || r.honorific(k) === 1)) k++;
  if (k - start < 2 || (r.definite(start) && !r.articleName(start) && !r.firstName(start)) || attached(r, start) || conjoinedTitle(r, start) || !(r.isComma(k) || nameEnds(r, k))) return null;
  return { name: { r, start, end: k }, cue: r.firstName(start) ? 'lexicon' : 'shape', end: k };
}

/** Two or three name words, the first without the article, in quotation marks: a person's name. */
function quotedPersonName(r: Reader, inner: Part): boolean {
  const n = inner.end - inner.start;
  return n >= 2 && n <= 3 && allNameable(r, inner.start, inner.end) && !r.definite(inner.start);
}

/** The name a described person is given after `k`: ، ويدعى "أبو خالد الحمصي"، / واسمه سامر الأحمد. */
function nameGiven(r: Reader, k: number): { name: Part; end: number } | null {
  const at = r.isComma(k) ? k + 1 : k;
  if (!r.rules.namedAs.has(r.word(at) ?? '')) return null;
  const quoted = quotedName(r, at + 1);
  if (quoted && quotedPersonName(r, quoted.inner)) return { name: quoted.inner, end: quoted.end };
  const name = nameAt(r, at + 1, true);
  return name ? { name: { r, start: at + 1, end: name.end }, end: name.end } : null;
}

const allNameable = (r: Reader, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!nameable(r, k)) return false;
  return true;
};

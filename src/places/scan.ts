// One left-to-right pass over the words of a text that reads place phrases: gazetteer names with
// their clitics, names after type words (and lists of them), composed regions (ريف حمص الشمالي,
// الريف الشمالي لمدينة حمص, شمال سوريا, حلب الشرقية), and phrases that are not places
// (organisations, outlets). Each reader looks a bounded number of words ahead, so the pass is
// linear in the text. Ambiguous names are kept as candidates; ambiguity.ts decides on them.
import type { PlaceRole, PlaceType } from '../schema.js';
import { fold, stripMarks } from '../text/normalize.js';
import {
  chooseEntry, entriesNamed, entryData, matchAt, placeIndex,
  type CliticTest, type NameMatch, type PlaceData, type PlaceIndex, type PlaceRules,
} from './gazetteer.js';
import type { GazetteerEntry } from './gazetteer-rules.js';
import { inVotedCountry, type CountryVotes } from './countries.js';
import { compoundDirection, countrysideRegion, directionRegion, type RegionBase } from './regions.js';
import { cueRole } from './roles.js';
import type { Ambiguity, CompiledPlacesRules, DirectionRule, TypeWordRule } from './rules.js';
import { PerForm } from '../text/readings.js';
import type { Word } from '../text/words.js';
import { conjoined, prepositionalPhrase, isDefinite, joined, listJoin, placeForms, withoutConjunction, type Bare, type PlaceText } from './words.js';

/** An indefinite feminine nisba: after a plural type word, the adjective it agrees with (بلدات ريفية، قرى جبلية). */
const FEMININE_NISBA = /ي[ةه]$/;
/** An indefinite feminine word, the adjective a plural of things takes (أحياء واسعة، مناطق متفرقة). */
const FEMININE = /[ةه]$/;
/** The marks of tanween: a word written with one is indefinite. */
const TANWEEN = /[\u064B-\u064D]/;
/** Spaces, then one quotation mark that opens (the text layer writes every double quotation mark as "): `حيّ" الممثلة` closes one. */
const OPENING_QUOTE = /^ +["«] *$/;

export interface Candidate {
  /** The reference without its surface text (set from the input span at the end). */
  ref: PlaceData;
  role: PlaceRole | null;
  nStart: number;
  nEnd: number;
  /** Token indices of the first and last word of the name. */
  first: number;
  last: number;
  clitic: string;
  /** The first word carries a conjunction (a list goes on: والباب). */
  conjunction: boolean;
  ambiguity: Ambiguity | null;
  /** A type word, a region or a corridor phrase vouches for it. */
  cued: boolean;
  /** False for a name the gazetteer lacks (taken after a type word). */
  known: boolean;
  /** Every gazetteer entry the written name may stand for (none for a composed region or an unknown name). */
  entries: readonly GazetteerEntry[];
  /** The base place inside a region phrase: the region has the phrase's role, the base none. */
  base: boolean;
}

/** The clitics a phrase's first word carries, as its hits record them. */
type Clitic = Pick<Bare, 'clitic' | 'conjunction'>;

interface Read {
  hits: Candidate[];
  /** Token index after the phrase. */
  next: number;
}

interface Based {
  base: RegionBase;
  /** The entry the written name stands for on its own, which the base mention reports. */
  named: GazetteerEntry;
  match: NameMatch;
  next: number;
}

interface Direction {
  dir: DirectionRule;
  bare: Bare;
  next: number;
}

interface WordInfo {
  forms: readonly Bare[];
  opens: boolean;
}

const infos = new WeakMap<PlaceIndex, PerForm<WordInfo>>();

/** What the scanner needs of a word form under one rule set, kept per form. */
function wordInfo(rules: PlaceRules): PerForm<WordInfo> {
  const index = placeIndex(rules);
  let info = infos.get(index);
  if (!info) {
    const { wholeWords, openers } = rules.places;
    info = new PerForm((a) => {
      const forms = placeForms(rules.morphology, a.form, a.readings, wholeWords);
      return { forms, opens: forms.some((b) => index.opens(b.form) || openers.has(b.form)) };
    });
    infos.set(index, info);
  }
  return info;
}

export class PlaceScanner {
  readonly tokens: readonly Word[];
  private readonly places: CompiledPlacesRules;
  /** Longest match at each token with any clitic (undefined: not looked up yet). */
  private readonly memo: (NameMatch | null | undefined)[] = [];
  /** Bare forms by word form: words repeat, in a text and across texts, and every reader asks for them. */
  private readonly info: PerForm<WordInfo>;
  private readonly folded = new Map<string, string>();
  private readonly any: CliticTest = () => true;
  private readonly none: CliticTest = (b) => b.clitic === '';
  private readonly conjunction: CliticTest;
  private readonly optionalConjunction: CliticTest;
  private readonly link: CliticTest;
  /** A link clitic on a name with the article (بالموصل): a place a name is located in. */
  private readonly linkOnArticle: CliticTest;

  private readonly text: string;

  constructor(
    private readonly rules: PlaceRules,
    private readonly src: PlaceText,
    /** What the document's places say of the countries its shared names are in (countries.ts). */
    private readonly votes: CountryVotes | null = null,
  ) {
    this.places = rules.places;
    this.text = src.text;
    this.tokens = src.words;
    this.info = wordInfo(rules);
    this.conjunction = (b) => b.conjunction && b.preposition === null;
    this.optionalConjunction = (b) => b.preposition === null;
    this.link = (b) => !b.conjunction && b.preposition !== null && this.places.linkClitics.has(b.preposition);
    this.linkOnArticle = (b) => this.link(b) && b.form.startsWith(src.morphology.article);
  }

  scan(): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      if (!this.opens(i)) {
        i++;
        continue;
      }
      const read =
        this.notPlace(i) ?? this.countryside(i) ?? this.area(i) ?? this.direction(i) ?? this.typed(i) ?? this.known(i, this.any, [], false);
      if (read) {
        out.push(...read.hits);
        i = Math.max(read.next, i + 1);
      } else i++;
    }
    return out.sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  }

  // ---- words ----

  /** Only spaces between token k-1 and token k. */
  private joined(k: number): boolean {
    return joined(this.tokens, k);
  }

  /** Word k follows word k-1 with an opening quotation mark between: a name set off after its type word (مخيم "حسن شام"، بلدة «شبعا»). */
  private quotedAfter(k: number): boolean {
    const a = this.tokens[k - 1];
    const b = this.tokens[k];
    return !!a && !!b && a.sentence === b.sentence && OPENING_QUOTE.test(this.text.slice(a.end, b.start));
  }

  private forms(i: number): readonly Bare[] {
    return this.word(i).forms;
  }

  /** Whether a phrase can start at token i: a reading of it begins a name or is a word the readers look for. */
  private opens(i: number): boolean {
    return this.word(i).opens;
  }

  private word(i: number): WordInfo {
    const w = this.tokens[i]!;
    return this.info.of(w.analysis);
  }

  private match(i: number, clitics: CliticTest): NameMatch | null {
    if (i >= this.tokens.length) return null;
    if (clitics !== this.any) return this.usable(matchAt(this.rules, this.src, i, clitics, this.forms(i)));
    let m = this.memo[i];
    if (m === undefined) this.memo[i] = m = matchAt(this.rules, this.src, i, clitics, this.forms(i));
    return this.usable(m);
  }

  /**
   * A match with entries or a block. Not a name whose last word is written with tanween: that is an
   * indefinite word, the nisba of the place (90 إندونيسياً "Indonesians"), not the place.
   */
  private usable(m: NameMatch | null): NameMatch | null {
    if (!m || !(m.block || m.entries.length > 0)) return null;
    const last = this.tokens[m.last]!;
    return m.block || !TANWEEN.test(this.src.written(last.start, last.end)) ? m : null;
  }

  private place(i: number, clitics: CliticTest): NameMatch | null {
    const m = this.match(i, clitics);
    return m && !m.block ? m : null;
  }

  /** The reading of token i (bare form and clitic) that `test` accepts. */
  private keyword(i: number, test: (w: string) => boolean, clitics: CliticTest): Bare | null {
    if (i >= this.tokens.length) return null;
    for (const b of this.forms(i)) if (clitics(b) && test(b.form)) return b;
    return null;
  }

  private directionAt(i: number, table: ReadonlyMap<string, DirectionRule>, clitics: CliticTest): Direction | null {
    const bare = this.keyword(i, (w) => table.has(w), clitics);
    if (!bare) return null;
    const first = table.get(bare.form)!;
    const second = this.joined(i + 1) ? compoundDirection(first, table.get(this.tokens[i + 1]!.text)) : null;
    return second ? { dir: second, bare, next: i + 2 } : { dir: first, bare, next: i + 1 };
  }

  /** Direction adjectives right after a name (ريف حمص الشمالي). */
  private adjectiveAt(k: number): Direction | null {
    return this.joined(k) ? this.directionAt(k, this.places.directionAdjectives, this.none) : null;
  }

  // ---- candidates ----

  /** The entry a name stands for here: among the voted country's entries when the document has decided one. */
  private choose(entries: readonly GazetteerEntry[], prefer: readonly PlaceType[] = []): GazetteerEntry {
    return chooseEntry(this.places, this.votes ? inVotedCountry(entries, this.votes) : entries, prefer);
  }

  private candidate(m: NameMatch, ref: PlaceData, role: PlaceRole | null, cued: boolean): Candidate {
    return { ref, role, nStart: m.nStart, nEnd: m.nEnd, first: m.first, last: m.last, clitic: m.clitic, conjunction: m.conjunction, ambiguity: m.ambiguity, cued, known: true, entries: m.entries, base: false };
  }

  /**
   * A composed region covering tokens from `start` (normalised offset) to token `last`, and the
   * base place as a mention of its own. When the gazetteer lists the composed name, its entry is
   * used: one id and name for every way of writing the region. A direction and a name that the
   * gazetteer lists as a country (جنوب السودان) or a first-level division (شمال سيناء، جنوب دارفور)
   * is a proper name, and its words name no other place.
   */
  private regionHits(composed: PlaceData, start: number, first: number, last: number, clitic: Clitic, role: PlaceRole | null, b: Based | null): Candidate[] {
    let key = this.folded.get(composed.name);
    if (key === undefined) this.folded.set(composed.name, (key = fold(composed.name)));
    const listed = entriesNamed(this.rules, key);
    const entry = listed.length ? this.choose(listed, ['region']) : null;
    const ref = entry ? entryData(entry) : composed;
    const hit: Candidate = { ref, role, nStart: start, nEnd: this.tokens[last]!.end, first, last, clitic: clitic.clitic, conjunction: clitic.conjunction, ambiguity: null, cued: true, known: true, entries: listed, base: false };
    const division = !!entry && entry.admin1 !== null && entry.admin1 === entry.en && !composed.name.startsWith(this.places.countryside?.canonical ?? '\0');
    if (!b || entry?.type === 'country' || division) return [hit];
    return [hit, { ...this.candidate(b.match, entryData(b.named), null, true), base: true }];
  }

  /**
   * The place a gazetteer name locates itself in (حي الزهراء في الموصل، المدينة القديمة بالموصل): a mention
   * of its own, as the base of a region phrase is.
   */
  private locatedIn(m: NameMatch): Candidate[] {
    for (let j = m.first + 1; j <= m.last; j++) {
      // ... after في, or behind ب written on the article (بالموصل, not أم باطنة nor لبنان).
      const word = this.places.linkWords.has(this.tokens[j]!.text);
      const q = word ? (j < m.last ? this.place(j + 1, this.none) : null) : this.place(j, this.linkOnArticle);
      if (q && q.last === m.last) return [{ ...this.candidate(q, entryData(this.choose(q.entries)), null, true), base: true }];
    }
    return [];
  }

  // ---- readers ----

  /**
   * An organisation or set phrase (هيئة تحرير الشام), a name after an outlet word, maybe in quotation
   * marks (قناة الميادين، المدمرة "مومباي"), or before an outlet suffix (واشنطن بوست).
   */
  private notPlace(i: number): Read | null {
    const m = this.match(i, this.any);
    if (m?.block) return { hits: [], next: m.last + 1 };
    if (m && this.joined(m.last + 1) && this.places.outletSuffixes.has(this.tokens[m.last + 1]!.text)) return { hits: [], next: m.last + 2 };
    if (!this.keyword(i, (w) => this.places.outletWords.has(w), this.any) || !(this.joined(i + 1) || this.quotedAfter(i + 1))) return null;
    const named = this.match(i + 1, this.none);
    return named ? { hits: [], next: named.last + 1 } : null;
  }

  /**
   * The base of a region: a known name, maybe after a type word that chooses among entries
   * (محافظة حلب). The type word is kept in the region's name only when it chose differently
   * from a bare mention (شمال محافظة حلب, but غرب مدينة حلب → غرب حلب). `prefer` (the
   * countryside's governorate) outranks the type word, so every spelling of a region has one base.
   */
  private regionBase(k: number, clitics: CliticTest, prefer: readonly PlaceType[] = []): Based | null {
    const tw = this.keyword(k, (w) => this.places.typeWords.has(w), clitics);
    if (tw && this.joined(k + 1)) {
      const rule = this.places.typeWords.get(tw.form)!;
      const m = this.place(k + 1, this.none);
      if (m) {
        const named = this.choose(m.entries, rule.prefer);
        const entry = this.choose(m.entries, [...prefer, ...rule.prefer]);
        const name = named === this.choose(m.entries) ? entry.name : `${rule.label} ${entry.name}`;
        return { base: { entry, name }, named, match: m, next: m.last + 1 };
      }
    }
    const m = this.place(k, clitics);
    return m ? this.based(m, prefer) : null;
  }

  private based(m: NameMatch, prefer: readonly PlaceType[]): Based {
    const entry = this.choose(m.entries, prefer);
    return { base: { entry, name: entry.name }, named: this.choose(m.entries), match: m, next: m.last + 1 };
  }

  /** A gazetteer entry for the whole written phrase from token i to the base's last word (ريف دمشق). */
  private whole(i: number, b: Based): GazetteerEntry | null {
    const m = this.place(i, this.any);
    return m && m.last === b.match.last ? this.choose(m.entries) : null;
  }

  /** ريف حمص [الشمالي] [والجنوبي], ريفي حمص الشمالي وحماة الجنوبي, أرياف حلب وإدلب. */
  private countryside(i: number): Read | null {
    const cs = this.places.countryside;
    if (!cs) return null;
    const head = this.keyword(i, (w) => cs.singular.has(w) || cs.plural.has(w), this.any);
    if (!head || !this.joined(i + 1)) return null;
    const b = this.regionBase(i + 1, this.none, cs.prefer);
    if (!b) return null;
    const plural = cs.plural.has(head.form);
    const role = cueRole(this.places, this.src, i, head.preposition);
    const whole = plural ? null : this.whole(i, b);
    const hits: Candidate[] = [];
    const start = this.tokens[i]!.start + head.offset;
    let k = this.rural(hits, b, whole, start, i, head, role);
    // A second base joined by و: always after the dual or plural, and after the singular only with
    // its own direction (ريف حمص الشمالي وحماة الجنوبي; in ريف حمص وحماة, حماة is the city).
    while (this.joined(k)) {
      const m = this.place(k, this.conjunction);
      if (!m || !m.clitic) break;
      const next = this.based(m, cs.prefer);
      if (!plural && !this.adjectiveAt(next.next)) break;
      k = this.rural(hits, next, null, m.nStart, k, m, role);
    }
    return { hits, next: k };
  }

  /** Countryside regions of one base with its directions (والجنوبي adds one); returns the next token. */
  private rural(hits: Candidate[], b: Based, whole: GazetteerEntry | null, start: number, first: number, clitic: Clitic, role: PlaceRole | null): number {
    const d = this.adjectiveAt(b.next);
    const end = d ? d.next - 1 : b.match.last;
    hits.push(...this.regionHits(countrysideRegion(this.places, b.base, d?.dir ?? null, whole), start, first, end, clitic, role, b));
    let k = end + 1;
    while (d && this.joined(k)) {
      const dir = this.directionAt(k, this.places.directionAdjectives, this.conjunction);
      if (!dir) break;
      const ref = countrysideRegion(this.places, b.base, dir.dir, whole);
      hits.push(...this.regionHits(ref, this.tokens[k]!.start + dir.bare.offset, k, dir.next - 1, dir.bare, role, null));
      k = dir.next;
    }
    return k;
  }

  /** الريف الشمالي لمدينة حمص → ريف حمص الشمالي; الأحياء الشرقية في حلب → شرق حلب. */
  private area(i: number): Read | null {
    const definite = this.places.countryside?.definite;
    const head = this.keyword(i, (w) => this.places.areaNouns.has(w) || !!definite?.has(w), this.any);
    if (!head) return null;
    const d = this.adjectiveAt(i + 1);
    if (!d) return null;
    let k = d.next;
    let clitics = this.link;
    if (this.joined(k) && this.places.linkWords.has(this.tokens[k]!.text)) {
      k++;
      clitics = this.none;
    }
    if (!this.joined(k)) return null;
    const rural = !!definite?.has(head.form);
    const b = this.regionBase(k, clitics, rural ? this.places.countryside!.prefer : []);
    if (!b) return null;
    const ref = rural ? countrysideRegion(this.places, b.base, d.dir, null) : directionRegion(b.base, d.dir);
    const role = cueRole(this.places, this.src, i, head.preposition);
    return { hits: this.regionHits(ref, this.tokens[i]!.start + head.offset, i, b.match.last, head, role, b), next: b.next };
  }

  /** شمال سوريا, جنوب شرق حلب, شمال محافظة حلب; شمال ريف حلب → ريف حلب الشمالي. */
  private direction(i: number): Read | null {
    const d = this.directionAt(i, this.places.directionNouns, this.any);
    if (!d || !this.joined(d.next)) return null;
    // "170 كم شمال بغداد، 230 كيلومترا شمال غرب ماريوبول": a distance from the place, not a region
    // of it; the place is read on its own after the direction.
    if (i > 0 && this.places.distanceUnits.has(this.tokens[i - 1]!.text)) return { hits: [], next: d.next };
    const role = cueRole(this.places, this.src, i, d.bare.preposition);
    const start = this.tokens[i]!.start + d.bare.offset;
    const cs = this.places.countryside;
    const head = cs && this.keyword(d.next, (w) => cs.singular.has(w), this.none);
    if (head && this.joined(d.next + 1)) {
      const b = this.regionBase(d.next + 1, this.none, cs.prefer);
      if (b && !this.adjectiveAt(b.next)) {
        const ref = countrysideRegion(this.places, b.base, d.dir, this.whole(d.next, b));
        return { hits: this.regionHits(ref, start, i, b.match.last, d.bare, role, b), next: b.next };
      }
    }
    const b = this.regionBase(d.next, this.none);
    if (!b) return null;
    return { hits: this.regionHits(directionRegion(b.base, d.dir), start, i, b.match.last, d.bare, role, b), next: b.next };
  }

  /** A type word and the name or list after it: بلدة الرستن, بلدتي كفريا والفوعة, قرى وبلدات الغوطة. */
  private typed(i: number): Read | null {
    const tw = this.keyword(i, (w) => this.places.typeWords.has(w), this.any);
    if (!tw) return null;
    const rule = this.places.typeWords.get(tw.form)!;
    const tok = this.tokens[i]!;
    if (rule.homographs.size && rule.homographs.has(stripMarks(this.src.written(tok.start + tw.offset, tok.end)))) return null;
    let plural = rule.plural;
    let k = i + 1;
    while (this.joined(k) && this.keyword(k, (w) => this.places.typeWords.has(w), this.conjunction)) {
      plural = true;
      k++;
    }
    if (!this.joined(k) && !this.quotedAfter(k)) return null;
    const role = cueRole(this.places, this.src, i, tw.preposition);
    const first = this.named(k, rule, this.none, role, true);
    if (!first) return null;
    // A name the gazetteer knows with its type word (مدينة نصر، خربة غزالة) over the word after it,
    // unknown alone or another place of its kind (not the town an airport or a base is named after).
    const single = first.hits.length === 1 ? first.hits[0]! : null;
    const whole = single ? this.known(i, this.any, rule.prefer, true) : null;
    const other = (w: Candidate) => w.ref.name !== single!.ref.name && w.ref.type === single!.ref.type;
    if (whole && whole.next >= first.next && (!single!.known || other(whole.hits[0]!))) return whole;
    const hits = [...first.hits];
    k = first.next;
    // "بلدات جباتا الخشب ومسحرة ونبع الصخر، ووصلت فجر اليوم": after the item و joins, a mark goes
    // on with a name the gazetteer knows or one shaped as a name (أحياء البستان وعين اللوزة، وبئر
    // أيوب: a construct head or the article), not a bare word.
    let last = false;
    for (;;) {
      const sep = this.separator(k);
      if (!sep) break;
      const named = !(last && sep === 'punctuation') || this.forms(k).some((b) => this.places.constructHeads.has(b.form) || isDefinite(this.src, b.form));
      const item = this.named(k, rule, sep === 'conjunction' ? this.conjunction : this.optionalConjunction, role, plural && named);
      if (!item) break;
      // "من أكبر مخيمات الضفة الغربية، وشهد اجتياحاً": a bare word the list would go on with, before a
      // word with tanween, is a verb and its object, a clause of its own.
      const [next] = item.hits;
      if (item.hits.length === 1 && !next!.known && next!.last === next!.first && this.tanweenAt(next!.last + 1) && !isDefinite(this.src, this.tokens[next!.first]!.text)) break;
      hits.push(...item.hits);
      k = item.next;
      last = sep === 'conjunction';
    }
    // "غمرت السيول أحياء واسعة وقطعت الطريق": one indefinite feminine word alone after a plural is
    // the adjective the plural takes; a name there has the article, is known, or lists on (أحياء جميلة وآزادي).
    const [only] = hits;
    if (plural && !rule.dual && hits.length === 1 && !only!.known && only!.last === only!.first && this.adjectiveAfter(only!.first)) return null;
    return { hits, next: k };
  }

  private separator(k: number): 'conjunction' | 'punctuation' | null {
    return listJoin(this.src, k);
  }

  private named(k: number, rule: TypeWordRule, clitics: CliticTest, role: PlaceRole | null, unknownOk: boolean): Read | null {
    return this.known(k, clitics, rule.prefer, true, role) ?? (unknownOk ? this.unknown(k, rule, clitics, role) : null);
  }

  /**
   * A gazetteer name at token k; a city followed by a direction adjective also gives its part of
   * town (حلب الشرقية → شرق حلب). `role` undefined: read it from the words before.
   */
  private known(k: number, clitics: CliticTest, prefer: readonly PlaceType[], cued: boolean, role?: PlaceRole | null): Read | null {
    const m = this.place(k, clitics);
    if (!m) return null;
    const r = role === undefined ? cueRole(this.places, this.src, k, m.preposition) : role;
    const entry = this.choose(m.entries, prefer);
    const d = this.places.adjectivalBases.has(entry.type) ? this.adjectiveAt(m.last + 1) : null;
    if (!d) return { hits: [this.candidate(m, entryData(entry), r, cued), ...this.locatedIn(m)], next: m.last + 1 };
    const b: Based = { base: { entry, name: entry.name }, named: entry, match: m, next: m.last + 1 };
    return { hits: this.regionHits(directionRegion(b.base, d.dir), m.nStart, k, d.next - 1, m, r, b), next: d.next };
  }

  /**
   * A name the gazetteer lacks, after a type word that allows one: a word with the article
   * (مخيم الوافدين, maybe with a suffix: الراشدين الرابعة), a construct head and its word (خان
   * طومان), or a bare word that a boundary closes (بلدة جسرين في ...). Never a reserved word.
   */
  private unknown(k: number, rule: TypeWordRule, clitics: CliticTest, role: PlaceRole | null): Read | null {
    if (rule.unknown === 'none') return null;
    const tok = this.tokens[k]!;
    const forms = this.forms(k).filter(clitics);
    // After a list's و the stripped form is the name (والزبدية), unless the word is a head (وادي).
    const bare = forms.find((b) => b.clitic && !this.places.constructHeads.has(tok.text)) ?? forms.find((b) => !b.clitic);
    // ... nor a reserved word read as a clitic and a name (فجر "dawn" as ف + جر).
    if (!bare || !this.nameWord(bare.form) || !this.nameLong(bare.form) || this.places.reserved.has(tok.text) || (!bare.clitic && prepositionalPhrase(this.src, bare.form, true))) return null;
    // Nor a word written with tanween: an indefinite word, no name (مخيمات سرمدا، مشيراً إلى).
    if (TANWEEN.test(this.src.written(tok.start, tok.end))) return null;
    // Nor a word that reads as clitics and a word opening a place phrase of its own ("بلدات ريف
    // إدلب وبريف حلب": ب + ريف).
    if (this.forms(k).some((b) => b.clitic && this.placeWord(b.form))) return null;
    const w = bare.form;
    const definite = isDefinite(this.src, w);
    if (rule.unknown === 'definite' && !definite) return null;
    let last = k;
    if (this.places.constructHeads.has(w)) {
      if (!this.joined(k + 1) || !this.nameWord(this.tokens[k + 1]!.text)) return null;
      last = k + 1;
    } else if (definite) {
      if (this.joined(k + 1) && this.places.nameSuffixes.has(this.tokens[k + 1]!.text)) last = k + 1;
      // Right after a plural type word, a definite noun its nisba adjective describes is a kind
      // of place, not the name of one (بلدات الخط الأمامي، قرى الشريط الحدودي); a later item of a
      // list of names is a name (وقرى بشني والصابرية المحاذية لها).
      else if (rule.plural && this.describedByNisba(k + 1) && this.keyword(k - 1, (x) => this.places.typeWords.has(x), this.any)) return null;
    } else if (this.places.hasPronoun(w) || this.adjectiveOfPlace(w) || (rule.plural && FEMININE_NISBA.test(w)) || !this.boundaryAfter(k)) return null;
    const ref = { name: '', en: null, type: rule.type, admin1: null, country: null, lat: null, lon: null, id: null };
    const hit: Candidate = { ref, role, nStart: tok.start + bare.offset, nEnd: this.tokens[last]!.end, first: k, last, clitic: bare.clitic, conjunction: bare.conjunction, ambiguity: null, cued: true, known: false, entries: [], base: false };
    return { hits: [hit], next: last + 1 };
  }

  /**
   * The word is the nisba adjective of a place the gazetteer knows (تونسية, روسية from روسيا,
   * جزائرية from الجزائر): after a type word it says whose place, not which (مدينة تونسية).
   */
  private adjectiveOfPlace(w: string): boolean {
    const { morphology: m } = this.src;
    return this.src.readings(w).some(
      (r) =>
        !r.prefix.text &&
        r.suffix !== null &&
        m.nisbaSuffixes.includes(r.suffix) &&
        r.stem.length >= m.minNameStem &&
        this.places.nisbaDrops.some((d) => entriesNamed(this.rules, r.stem + d).length > 0 || entriesNamed(this.rules, m.article + r.stem + d).length > 0),
    );
  }

  /** Token k is written with tanween (اجتياحاً). */
  private tanweenAt(k: number): boolean {
    const t = this.tokens[k];
    return !!t && this.joined(k) && TANWEEN.test(this.src.written(t.start, t.end));
  }

  /** Token k is an indefinite feminine word (واسعة), as the adjective of a plural is. */
  private adjectiveAfter(k: number): boolean {
    const w = this.tokens[k]!.text;
    return FEMININE.test(w) && !isDefinite(this.src, w);
  }

  /** Token k is a definite nisba adjective, not one of direction (الأمامي، الحدودية; not الشمالي). */
  private describedByNisba(k: number): boolean {
    if (!this.joined(k) || this.adjectiveAt(k)) return false;
    const m = this.src.morphology;
    return this.src
      .readings(this.tokens[k]!.text)
      .some((r) => r.prefix.text === m.article && r.suffix !== null && m.nisbaSuffixes.includes(r.suffix) && r.stem.length >= m.minNameStem);
  }

  private nameWord(w: string): boolean {
    return !/\d/.test(w) && !this.places.reserved.has(w) && !this.places.reserved.has(withoutConjunction(this.src, w));
  }

  /** An unknown name is a name stem long or heads one (تل بيرة): a word cut short (بلدة مض at a text's end) is none. */
  private nameLong(w: string): boolean {
    return w.length >= this.src.morphology.minNameStem || this.places.constructHeads.has(w);
  }

  /** Whether a bare word after a type word ends there: punctuation, a boundary word, a list, a place or a place word next. */
  private boundaryAfter(k: number): boolean {
    if (!this.joined(k + 1)) return true;
    const next = this.tokens[k + 1]!;
    const w = next.text;
    if (this.places.boundaryWords.has(w) || conjoined(this.src, w)) return true;
    // A word with tanween is an adverb or an indefinite noun, no more of a name (مخيم سردم صباحاً).
    if (TANWEEN.test(this.src.written(next.start, next.end))) return true;
    return !!this.keyword(k + 1, this.placeWord, this.any) || !!this.place(k + 1, this.any);
  }

  /** A type word, a direction noun or a countryside noun: a word that opens a place phrase. */
  private readonly placeWord = (x: string): boolean => {
    const cs = this.places.countryside;
    return this.places.typeWords.has(x) || this.places.directionNouns.has(x) || !!cs?.singular.has(x) || !!cs?.plural.has(x);
  };
}

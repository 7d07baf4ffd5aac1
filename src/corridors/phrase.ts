// Reads the phrase around one head word (ممر، معبر، منفذ، نقطة تفتيش، حاجز): the adjectives, the
// name that follows in construct (ممر بيت سحم) or after a link word (الممر في بلدة الرستن), lists
// (ممري الرستن والرميلة، معبر العامرية - الراموسة), ordinal lists announced by a dual or plural head
// (معبرين ... أولهما في X والثاني يصل Y وZ), and demonstratives that point back (هذا الممر).
import type { AnalysedDocument } from '../document.js';
import type { PlaceHit } from '../mentions.js';
import type { CorridorKind, PlaceRef, PlaceType } from '../schema.js';
import { fold, stripMarks } from '../text/normalize.js';
import { lookupPlace, matchPlaceAt } from '../places/gazetteer.js';
import { isDefinite, prepositionalPhrase, placeText, type PlaceText } from '../places/words.js';
import type { CompiledCorridorsRules, HeadInfo } from './rules.js';
import type { PhraseIndex, PhraseMatch } from '../text/phrases.js';
import { phraseWords, spaceBefore, textBefore, type Word } from '../text/words.js';
import { firstStartingAt } from '../text/search.js';

/** A corridor the text names: one per member of a dual or list. */
export interface NamedMention {
  kind: CorridorKind;
  lemma: string;
  places: PlaceRef[];
  humanitarian: boolean;
  nStart: number;
  nEnd: number;
}

/** A head with no name of its own that refers to a corridor named earlier. */
export interface BackMention {
  kind: CorridorKind;
  /** A demonstrative refers to the last named corridor of any kind and at any distance. */
  demonstrative: boolean;
  nStart: number;
  nEnd: number;
}

export interface HeadReading {
  named: NamedMention[];
  back: BackMention | null;
  /** Index of the first word the phrase did not use. */
  next: number;
}

/**
 * How a name is introduced, which decides how much evidence an unknown word needs:
 * `construct` right after an indefinite head, `location` after في/عند/قرب (a gazetteer place or a
 * place-type noun is needed), `ends` after بين/يصل/يربط (two ends of one corridor), `joined`
 * after a hyphen or as the second member a dual announces.
 */
type Mode = 'construct' | 'location' | 'ends' | 'joined' | 'known';

interface Unit {
  ref: PlaceRef;
  nStart: number;
  nEnd: number;
  next: number;
  /** The gazetteer entry found is a crossing (its ref is the place it is named after). */
  crossing?: boolean;
}

export class PhraseReader {
  private readonly text: string;
  private readonly src: PlaceText;
  private readonly hitAt = new Map<number, PlaceHit>();
  /** The name the places matcher gave each known place here: the article's spelling (جيلوة غوزو). */
  private readonly spelled = new Map<string, string>();

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly rules: CompiledCorridorsRules,
    private readonly ws: readonly Word[],
    places: readonly PlaceHit[],
    /** The article is about people moving: a word of going through may stand for a head's adjective. */
    private readonly routes = true,
  ) {
    this.text = doc.text;
    this.src = placeText(doc);
    // Each place hit is filed under the word it starts in; the longest wins.
    for (const h of places) if (h.ref.id !== null && !this.spelled.has(h.ref.id)) this.spelled.set(h.ref.id, h.ref.name);
    let w = 0;
    for (const h of [...places].sort((a, b) => a.nStart - b.nStart)) {
      while (w < ws.length && ws[w]!.end <= h.nStart) w++;
      if (w >= ws.length || ws[w]!.start > h.nStart) continue;
      const prev = this.hitAt.get(w);
      if (!prev || h.nEnd > prev.nEnd) this.hitAt.set(w, h);
    }
  }

  /** Everything the head at word `i` says. */
  read(i: number, head: PhraseMatch<HeadInfo>): HeadReading {
    const { ws, rules } = this;
    const info = head.value;
    const start = ws[i]!.start + head.reading.clitics;
    const definite = head.reading.article || info.definite;
    const sentence = ws[i]!.sentence;
    const back = (demonstrative: boolean, nStart: number, nEnd: number, next: number): HeadReading => ({
      named: [],
      back: { kind: info.kind, demonstrative, nStart, nEnd },
      next,
    });

    // "منافذ الوزارة البالغ عددها 1200 منفذ استقبلت ...": a head counted by a figure names no crossing.
    if (i > 0 && spaceBefore(ws, i) && /^\d/.test(ws[i - 1]!.text)) return { named: [], back: null, next: head.next };

    if (definite && spaceBefore(ws, i)) {
      const d = rules.demonstrativesBefore.match(this.doc, ws, i - 1);
      if (d && d.next === i) return back(true, ws[i - 1]!.start + d.reading.clitics, ws[head.next - 1]!.end, head.next);
    }

    // A gazetteer name that includes the head word (معبر جابر نصيب, منفذ باب الهوى); for a head
    // that counts only with an adjective, a crossing's (not a camp's: مركز الجدعة للتأهيل).
    const own = this.known(i, head.reading.clitics, []);
    let items: Unit[][] = [];
    let j = head.next;
    if (own && own.nEnd > ws[head.next - 1]!.end && (!info.needs || own.crossing)) {
      items = this.listFrom(own, 'construct', info);
      j = own.next;
    }
    if (info.own && !items.length) return { named: [], back: null, next: head.next };

    let humanitarian = false;
    let end = ws[head.next - 1]!.end;
    const adjectives = (): void => {
      for (; spaceBefore(ws, j); j++) {
        const a = rules.adjectives.match(this.doc, ws, j);
        if (!a) return;
        humanitarian ||= a.value;
        end = ws[j]!.end;
      }
    };

    // A head that counts only with a given adjective after its name neither names a corridor
    // without one nor refers back (نقطة انطلاق، البوابة الإلكترونية).
    // ... unless it stands after a word that says people went through it (عبر بوابة السبعة).
    const through = this.routes && i > 0 && spaceBefore(ws, i) && info.needsUnlessAfter.has(ws[i - 1]!.text);
    const needs = items.length || through ? null : info.needs;
    const none: HeadReading = { named: [], back: null, next: head.next };
    // ... and one that needs a known name takes it only in construct, bare (لسيطرة كييف، السيطرة على
    // مدينة الرقة: control).
    if (info.known && !items.length && (definite || head.reading.clitics > 0)) return none;
    if (!items.length) {
      adjectives();
      if (definite && spaceBefore(ws, j) && rules.demonstrativesAfter.has(ws[j]!.text)) {
        return back(true, start, ws[j]!.end, j + 1);
      }
      if (!definite && j === head.next && spaceBefore(ws, j)) items = this.list(j, 'construct', info);
      if (!items.length && spaceBefore(ws, j) && !info.known) items = this.afterLink(j, info);
    }

    if (items.length) {
      j = items.at(-1)!.at(-1)!.next;
      const last = j;
      adjectives();
      if (needs && !this.anyOf(needs, last, j)) return none;
      if (info.known && items.some((units) => units.some((u) => u.ref.id === null))) return none;
      const tail = j > last ? ws[j - 1]!.end : 0;
      return {
        named: items.map((units, k) => this.named(info, units, start, humanitarian, k === items.length - 1 ? tail : 0)),
        back: null,
        next: j,
      };
    }

    if (needs || info.known) return none;
    if (info.number !== 'singular') {
      const listed = this.ordinals(j, sentence, info, humanitarian);
      if (listed.named.length) return listed;
    }
    return definite ? back(false, start, end, j) : { named: [], back: null, next: j };
  }

  /** Whether one of the words [from, to) is in `words`. */
  private anyOf(words: PhraseIndex<true>, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (words.match(this.doc, this.ws, k)) return true;
    return false;
  }

  /**
   * A place crossed that the text calls a border place, with no head word: عبر منطقة المصنع
   * الحدودية، عبر مركزي الدبوسية وجوسية الحدوديين. Each place is a crossing.
   */
  borderCrossing(i: number): HeadReading | null {
    const { ws, rules } = this;
    const border = rules.borderCrossings;
    const through = border?.through.match(this.doc, ws, i);
    if (!border || !through || !spaceBefore(ws, through.next)) return null;
    // A list takes further places the gazetteer knows (مركزي الدبوسية وجوسية الحدوديين): one crossing each.
    const info: HeadInfo = { kind: border.kind, lemma: border.lemma, number: 'plural', definite: false, after: null, afterSubject: new Set(), needs: null, needsUnlessAfter: new Set(), known: false, own: false };
    const items = this.list(through.next, 'location', info);
    const next = items.at(-1)?.at(-1)?.next;
    if (next === undefined || !spaceBefore(ws, next)) return null;
    const adjective = border.adjectives.match(this.doc, ws, next);
    if (!adjective) return null;
    const end = ws[adjective.next - 1]!.end;
    return { named: items.map((units, k) => this.named(info, units, units[0]!.nStart, false, k === items.length - 1 ? end : 0)), back: null, next: adjective.next };
  }

  private named(info: HeadInfo, units: Unit[], nStart: number, humanitarian: boolean, tail: number): NamedMention {
    return {
      kind: info.kind,
      lemma: info.lemma,
      places: units.map((u) => u.ref),
      humanitarian,
      nStart,
      nEnd: Math.max(units.at(-1)!.nEnd, tail),
    };
  }

  /**
   * A link word and the names after it, at word `j` or after a short interlude: a purpose phrase
   * with ل (ممر آمن لخروج المدنيين في بلدة ...) or a relative clause (الممر الذي افتتحه الجيش في ...).
   */
  private afterLink(j: number, info: HeadInfo): Unit[][] {
    const { ws, rules } = this;
    const direct = this.linked(j, info);
    const opens = this.preposition(j, rules.purposePrepositions) !== null || rules.relatives.has(ws[j]!.text) || rules.negations.has(ws[j]!.text);
    if (direct.length || !opens) return direct;
    for (let k = j + 1; k <= j + 1 + rules.interludeWords && spaceBefore(ws, k); k++) {
      const found = this.linked(k, info);
      if (found.length) return found;
    }
    return [];
  }

  /** Names after a link word at `j`; a bare ب on a place or place-type noun is a link too. */
  private linked(j: number, info: HeadInfo): Unit[][] {
    const ends = this.fromTo(j, info);
    if (ends) return [ends];
    const link = this.rules.links.match(this.doc, this.ws, j);
    if (link) return spaceBefore(this.ws, link.next) ? this.list(link.next, link.value ? 'ends' : 'location', info) : [];
    const skip = this.preposition(j, this.rules.placePrepositions);
    return skip !== null ? this.list(j, 'location', info, skip) : [];
  }

  /**
   * "الممرات الإنسانية من ماريوبول نحو زابوريجيا": the two ends of one corridor after من and a
   * word of direction, of which the gazetteer knows one at least; or null.
   */
  private fromTo(j: number, info: HeadInfo): Unit[] | null {
    const { ws, rules } = this;
    if (!rules.routeFrom.has(ws[j]!.text) || !spaceBefore(ws, j + 1)) return null;
    const from = this.unit(j + 1, 'ends', info);
    if (!from || !spaceBefore(ws, from.next) || !ws[from.next] || !rules.routeTo.has(ws[from.next]!.text) || !spaceBefore(ws, from.next + 1)) return null;
    const to = this.unit(from.next + 1, 'ends', info);
    return to && (from.ref.id !== null || to.ref.id !== null) ? [from, to] : null;
  }

  /** Letters of one of `prepositions` glued to word `j` with no conjunction before it, or null. */
  private preposition(j: number, prepositions: ReadonlySet<string>): number | null {
    const r = this.ws[j]?.readings.find((x) => !x.prefix.conjunction && x.prefix.preposition !== null && prepositions.has(x.prefix.preposition));
    return r ? r.prefix.preposition!.length : null;
  }

  /** Letters of the conjunction "and" glued to word `j` (والرميلة), or null. */
  private and(j: number): number | null {
    const and = this.doc.rules.morphology.and;
    return this.ws[j]?.readings.some((x) => x.prefix.text === and) ? and.length : null;
  }

  /**
   * Names from word `j`: units joined by a hyphen belong to one corridor; units joined by و are
   * members of a list (one corridor each) after a dual or plural head, and ends of one corridor
   * after بين/يصل/يربط. A singular head takes no و-list: what follows و is usually a new clause.
   */
  private list(j: number, mode: Mode, info: HeadInfo, skip = 0): Unit[][] {
    const first = this.unit(j, mode, info, skip);
    return first ? this.listFrom(first, mode, info) : [];
  }

  private listFrom(first: Unit, mode: Mode, info: HeadInfo): Unit[][] {
    const items: Unit[][] = [[first]];
    let k = first.next;
    for (;;) {
      const gap = textBefore(this.text, this.ws, k);
      if (gap === null) break;
      let u: Unit | null = null;
      let joined = false;
      const and = this.and(k);
      const at = this.preposition(k, this.rules.placePrepositions);
      if (/^ *[-/] *$/.test(gap)) {
        u = this.unit(k, 'joined', info);
        joined = true;
      } else if (/^ *,? *$/.test(gap) && and !== null && (mode === 'ends' || info.number !== 'singular')) {
        u = this.unit(k, mode === 'ends' || info.number === 'dual' ? 'joined' : 'known', info, and);
        joined = mode === 'ends';
      } else if (/^ *, *$/.test(gap) && mode !== 'ends' && info.number !== 'singular') {
        // A comma list (معابر باب الهوى، باب السلامة) takes only places the gazetteer knows.
        u = this.unit(k, 'known', info);
      } else if (/^ +$/.test(gap) && mode === 'ends' && at !== null) {
        u = this.unit(k, 'joined', info, at);
        joined = true;
      }
      if (!u) break;
      if (joined) items.at(-1)!.push(u);
      else items.push([u]);
      k = u.next;
    }
    return this.lone(items, mode, info) ? [] : items;
  }

  /**
   * One name the gazetteer lacks where the construction wants more: a joining link names two ends
   * (بين X وY; الممر بين مقاعد الطائرة has one), and a plural head in construct lists its members
   * (معابر X وY وZ); a plural head with one unknown word is a kind or a purpose (منافذ الفرار، ممرات
   * مركز التسوق), while a place the gazetteer knows says where the crossings are (معابر غزة).
   */
  private lone(items: readonly Unit[][], mode: Mode, info: HeadInfo): boolean {
    const only = items.length === 1 && items[0]!.length === 1 ? items[0]![0]! : null;
    if (!only || only.ref.id !== null) return false;
    return mode === 'ends' || (mode === 'construct' && info.number === 'plural');
  }

  /** One place name at word `j` (after `skip` characters of clitics), or null. */
  private unit(j: number, mode: Mode, info: HeadInfo, skip = 0): Unit | null {
    const { ws, rules } = this;
    if (!ws[j]) return null;
    const prefer: PlaceType[] = info.kind === 'crossing' || info.kind === 'exit' ? ['crossing'] : [];
    const first = this.known(j, skip, prefer);
    if (first) {
      // A place too wide to locate a corridor is not read again as an unknown name either.
      const wide = mode === 'construct' ? rules.tooWide.construct : mode === 'ends' ? rules.tooWide.ends : rules.tooWide.location;
      return wide.has(first.ref.type) ? null : first;
    }

    let type: PlaceType | null = null;
    let k = j;
    let s = skip;
    let introduced = false;
    for (let c = rules.classifiers.match(this.doc, ws, k, s); c; c = rules.classifiers.match(this.doc, ws, k, s)) {
      type = c.value ?? type;
      introduced = true;
      k = c.next;
      s = 0;
      if (!spaceBefore(ws, k)) return null;
      const h = this.known(k, 0, type ? [type] : prefer);
      if (h) return h;
    }
    let nStart = ws[k]!.start + s;
    const noun = rules.nameNouns.match(this.doc, ws, k, s);
    if (noun) {
      if (!spaceBefore(ws, noun.next)) return null;
      nStart = ws[k]!.start + noun.reading.clitics;
      const h = this.known(noun.next, 0, [noun.value]);
      if (h) return { ...h, nStart };
      type = noun.value;
      introduced = true;
      k = noun.next;
      s = 0;
    }
    if (!introduced && (mode === 'location' || mode === 'known')) return null;

    // What a hyphen or a dual announces is a name: only the word lists can say otherwise.
    const name = this.unknownName(k, s, !introduced && mode !== 'joined');
    if (name === null) return null;
    const nEnd = ws[name - 1]!.end;
    const surface = this.surface(nStart, nEnd);
    const fallback: PlaceType = info.kind === 'crossing' || info.kind === 'exit' ? 'crossing' : 'other';
    return {
      ref: { name: surface, en: null, type: type ?? fallback, admin1: null, country: null, lat: null, lon: null, id: null, text: surface },
      nStart,
      nEnd,
      next: name,
    };
  }

  /**
   * A place the places matcher found at word `k`, else one the gazetteer knows there (a name in
   * a corridor's phrase is a place even where the places matcher wanted more evidence).
   */
  private known(k: number, skip: number, prefer: readonly PlaceType[]): Unit | null {
    const w = this.ws[k]!;
    const hit = this.hitAt.get(k);
    const looked = hit ? null : matchPlaceAt(this.doc.rules, this.src, w.start, prefer);
    const found = hit ?? looked;
    if (!found || found.nEnd <= w.start + skip) return null;
    if (looked) {
      // A one-word gazetteer name that also reads as an ordinary word needs the places matcher's word for it.
      if (looked.nEnd <= w.end && !this.nameLike(k, skip, w.text.slice(skip))) return null;
      // So does a town the gazetteer marks as named by an everyday word (حاجز بشري "a human
      // barrier", not a checkpoint at Bsharri), unless the head asks for its kind (معبر أدري).
      if (looked.ambiguous && !prefer.includes(looked.ref.type)) return null;
    }
    const ref = this.inner(found.ref);
    const spelled = ref.id !== null ? this.spelled.get(ref.id) : undefined;
    // ... a crossing's without its head, as its corridor names the place it is named after (جسر بزيبز → بزيبز).
    const name = spelled && (found.ref.type === 'crossing' ? this.afterHead(spelled) || spelled : spelled);
    return { ref: name ? { ...ref, name } : ref, nStart: Math.max(found.nStart, w.start + skip), nEnd: found.nEnd, next: this.wordAt(found.nEnd), crossing: found.ref.type === 'crossing' };
  }

  /**
   * The place a crossing entry is named after (معبر الراموسة → الراموسة): a corridor lists the
   * places in its phrase, not the crossing itself. When the gazetteer has no entry for that place,
   * the crossing's own data stands for it under the shorter name.
   */
  private inner(ref: PlaceRef): PlaceRef {
    if (ref.type !== 'crossing') return ref;
    const rest = this.afterHead(ref.name);
    if (!rest) return ref;
    const place = lookupPlace(this.doc.rules, rest);
    // Not a camp the bare name also finds (جسر بزيبز is no camp's bridge): the crossing's own data.
    const camp = !!place && this.doc.rules.places.droppedHeads.some((h) => fold(place.name).startsWith(h) && !fold(rest).startsWith(h));
    return place && place.type !== 'crossing' && !camp ? { ...place, text: ref.text } : { ...ref, name: rest };
  }

  /** The words of a name after the corridor head that opens it (جسر بزيبز → بزيبز), or '' if none does. */
  private afterHead(name: string): string {
    const f = fold(name);
    const head = this.rules.heads.match({ text: f, readings: this.doc.readings }, phraseWords(f, this.doc.rules.morphology), 0);
    return head ? name.trim().split(/\s+/).slice(head.next).join(' ') : '';
  }

  /** Input text of a normalised range, without diacritics and tatweel, spaces collapsed. */
  private surface(nStart: number, nEnd: number): string {
    return stripMarks(this.doc.span(nStart, nEnd).text).replace(/\s+/g, ' ').trim();
  }

  /**
   * Words of a name the gazetteer does not know, from word `k`: one word, or a name prefix and the
   * word after it (بيت سحم). Returns the index past the name, or null when the word reads as
   * something else (an adjective, a preposition, a verb). `strict` applies the shape tests that an
   * introducing place-type noun makes unnecessary.
   */
  private unknownName(k: number, skip: number, strict: boolean): number | null {
    const { ws, rules } = this;
    const w = ws[k];
    if (!w) return null;
    const word = w.text.slice(skip);
    if (!this.nameLike(k, skip, word) || prepositionalPhrase(this.src, word, false)) return null;
    if (rules.namePrefixes.has(word)) return spaceBefore(ws, k + 1) && this.nameLike(k + 1, 0, ws[k + 1]!.text) ? k + 2 : null;
    if (strict && !isDefinite(this.src, word)) {
      const u = rules.unknownNames;
      if (u.rejectEndings.some((e) => word.endsWith(e) && word.length > e.length + 1)) return null;
      if (word.length >= u.minLengthForInitials && u.rejectInitials.some((p) => word.startsWith(p))) return null;
      if (this.doc.rules.places.hasPronoun(word)) return null;
    }
    return k + 1;
  }

  private nameLike(k: number, skip: number, word: string): boolean {
    const { ws, rules } = this;
    if (/\d/.test(word) || word.length < 2) return false;
    if (rules.notNames.has(word) || this.doc.rules.places.notNames.has(word) || rules.demonstrativesAfter.has(word)) return false;
    return ![rules.heads, rules.adjectives, rules.links, rules.ordinals, rules.demonstrativesBefore].some((lex) => lex.has(this.doc, ws, k, skip));
  }

  /** Members announced by a dual or plural head later in its sentence (أولهما في ...، والثاني يصل ...). */
  private ordinals(j: number, sentence: number, info: HeadInfo, humanitarian: boolean): HeadReading {
    const { ws, rules } = this;
    const named: NamedMention[] = [];
    const single: HeadInfo = { ...info, number: 'singular' };
    let k = j;
    while (k < ws.length && ws[k]!.sentence === sentence && !rules.heads.has(this.doc, ws, k)) {
      const o = rules.ordinals.match(this.doc, ws, k);
      if (!o || !spaceBefore(ws, o.next)) {
        k++;
        continue;
      }
      const linked = this.linked(o.next, single);
      const units = linked.length ? linked : this.list(o.next, 'location', single);
      if (!units.length) {
        k = o.next;
        continue;
      }
      const flat = units.flat();
      named.push(this.named(info, flat, ws[k]!.start + o.reading.clitics, humanitarian, 0));
      k = flat.at(-1)!.next;
    }
    return { named, back: null, next: k };
  }

  /** Index of the first word starting at or after normalised offset `at`. */
  private wordAt(at: number): number {
    return firstStartingAt(this.ws, at);
  }
}

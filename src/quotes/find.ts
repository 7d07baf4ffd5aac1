// Attributed statements: an attribution verb (قال، أكد، مضيفا ...) or a source phrase (بحسب،
// وفقا لـ) with its speaker, the outlet it was given to, and the quoted or reported words.
// Two passes: the first registers every named person and body in the document, so that the
// second can resolve surnames, offices alone and bare continuation verbs to them.
import type { AnalysedDocument } from '../document.js';
import type { PlaceHit, QuoteHit } from '../mentions.js';
import { Bodies, compatible, key, Persons, type Person, type TitleAnaphor } from './coref.js';
import { outletAt, outletGivenTo, quotedName, type Part } from './outlet.js';
import { quotation, reported, trimWords, type WordsRange } from './quote-text.js';
import type { CompiledQuotesRules, VerbForm } from './rules.js';
import { nameBeforeTitle, nameEnds, parseSpeaker, type KnownName, type SpeakerPhrase } from './speaker.js';
import type { Reading, WordReadings } from '../text/readings.js';
import { stripMarks } from '../text/normalize.js';
import { isNisbaKey, Reader, tokensOf, type Token } from './tokens.js';
import { firstMentionAfter, firstStartingAt, SpanCursor } from '../text/search.js';

/** Words (time, place, occasion) that may stand between a speaker and the reported words. */
const MAX_ADJUNCT = 14;
/** How far before a verb its subject may start (قاسمي قال إنه; a title with its place and a name between commas). */
const SUBJECT_REACH = 16;
/** Words a relaying medium may run on before عن (نقل موقع أخبار الأمم المتحدة عن). */
const RELAY_NAME = 6;
const MAX_KNOWN_NAME = 3;
/** Words a sentence-opening source phrase may run on before its comma (نقلا عن مصدر في المحافظة،). */
const SOURCE_TAIL = 5;

/** The speaker as the output shows it, with the person behind it for coreference. */
interface Who {
  person: Person | null;
  title: string | null;
  rank: string | null;
  organization: string | null;
  /** A medium that speaks (أفادت الميادين، بحسب وكالة سانا). */
  medium: string | null;
  anonymous: boolean;
}

interface Statement {
  nStart: number;
  nEnd: number;
  words: WordsRange;
  direct: boolean;
  verb: string;
  who: Who;
  /** The outlet the statement was given to, or that relays it. */
  outlet: string | null;
  /** Token to go on from: after the attribution, or after the quotation. */
  resume: number;
}

interface Found {
  /** How the words were found: after a complementizer, colon or quotation mark, or as a plain object. */
  via: 'cue' | 'object';
  words: WordsRange;
  direct: boolean;
  outlet: string | null;
  /** Another speaker a source phrase inside the attribution names (وأوضح X، بحسب وزارة الدفاع). */
  relay: SpeakerPhrase | null;
  /** The author a relative clause names (وأوضحت المنظمة في بيان أصدره المنسق …، أن): the speaker. */
  author: SpeakerPhrase | null;
}

const NOBODY: Who = { person: null, title: null, rank: null, organization: null, medium: null, anonymous: false };
const QUOTE_MARKS = /["«»]/g;

/** `places`: the document's place mentions, whose names no speaker's name starts inside (مدير منطقة خان يونس، خليل النجار). */
export function findQuoteMentions(doc: AnalysedDocument, places: readonly PlaceHit[] = []): QuoteHit[] {
  return findQuotesAndNames(doc, places).quotes;
}

/** The statements, and where the persons who speak are named (normalised ranges). */
export function findQuotesAndNames(doc: AnalysedDocument, places: readonly PlaceHit[] = []): { quotes: QuoteHit[]; names: { nStart: number; nEnd: number }[] } {
  const finder = new Finder(doc, places);
  return { quotes: finder.run(), names: finder.names };
}

class Finder {
  private readonly tokens: Token[];
  private readonly r: Reader;
  private readonly reading: WordReadings;
  private readonly persons = new Persons();
  /** Where the persons who speak are named. */
  readonly names: { nStart: number; nEnd: number }[] = [];
  private readonly bodies = new Bodies();
  /** Persons in the order they last spoke. */
  private readonly spoken: Person[] = [];
  private last: Who | null = null;
  /** Where the last statement ended (normalised offset). */
  private lastEnd = -1;

  constructor(
    private readonly doc: AnalysedDocument,
    places: readonly PlaceHit[],
  ) {
    this.tokens = tokensOf(doc);
    this.reading = { morphology: doc.rules.morphology, readings: doc.readings };
    this.r = new SpelledReader(this.tokens, doc.rules.quotes, this.reading, nameSpelled(doc, this.tokens), placeTokens(this.tokens, places), hamzaLed(doc, this.tokens));
  }

  run(): QuoteHit[] {
    // Only an attribution verb or a source phrase opens a statement: statements are read where
    // one stands, and without one there is no statement to name people for.
    const opening: number[] = [];
    for (let i = 0; i < this.tokens.length; i++) if (this.opensStatement(i)) opening.push(i);
    if (opening.length === 0) return [];
    this.register();
    const statements: Statement[] = [];
    let from = 0;
    for (const at of opening) {
      if (at < from) continue;
      const st = this.statementAt(at);
      if (!st) continue;
      statements.push(st);
      this.last = st.who;
      this.lastEnd = st.nEnd;
      if (st.who.person) {
        const k = this.spoken.indexOf(st.who.person);
        if (k >= 0) this.spoken.splice(k, 1);
        this.spoken.push(st.who.person);
      }
      from = Math.max(at + 1, st.resume);
    }
    cutAtNext(this.doc.text, statements);
    return statements.filter((s) => s.words.end > s.words.start).map((s) => this.hit(s));
  }

  // ---------- pass 1: who is named in the document ----------

  private register(): void {
    const none: KnownName = () => 0;
    for (let i = 0; i < this.tokens.length; ) {
      const given = this.r.withoutL(i);
      const outlet = given && outletAt(given, i);
      if (outlet && !outlet.bare) {
        this.addBody(outlet.name, true);
        i = outlet.end;
        continue;
      }
      // A name known only by its shape is registered by no one: not looked for at every word.
      const sp = parseSpeaker(this.r, i, none, false);
      if (!sp) {
        i++;
        continue;
      }
      // Words a title alone points at may be its object (نفى المتحدث وجود ...): such a name is
      // registered only once it is read as a speaker.
      if (sp.kind === 'person' && (sp.nameCue === 'lexicon' || sp.rank)) this.addPerson(sp);
      if (sp.organization && !sp.bare) this.addBody(sp.organization, false);
      if (sp.outlet && !sp.bare) this.addBody(sp.outlet, true);
      i = Math.max(i + 1, sp.end);
    }
  }

  private addPerson(sp: SpeakerPhrase): Person {
    const title = sp.title ? this.show(sp.title) : null;
    const rank = sp.rank ? this.show(sp.rank) : null;
    return this.persons.add({
      words: this.nameKeys(this.keys(sp.name!)),
      name: this.surface(sp.name!),
      title,
      titleWords: sp.title ? this.keys(sp.title) : [],
      rank,
      rankKey: sp.rank ? this.keys(sp.rank).join(' ') : null,
      at: this.r.t(sp.start)!.start,
    });
  }

  private addBody(part: Part, outlet: boolean): void {
    this.bodies.add({ head: this.keys(part)[0] ?? '', name: this.show(part), at: part.r.t(part.start)!.start, outlet });
  }

  private readonly known: KnownName = (r, i) => {
    const words: string[] = [];
    let best = 0;
    for (let k = i; k < i + MAX_KNOWN_NAME && r.word(k) !== undefined && !r.stop(k); k++) {
      words.push(key(this.doc.rules.morphology, r.word(k)!));
      if (this.persons.find(this.nameKeys(words), r.t(i)!.start)) best = k - i + 1;
    }
    return best;
  };

  // ---------- pass 2: statements ----------

  private opensStatement(i: number): boolean {
    return this.r.mayOpen(i) && (this.r.verb(i) !== undefined || this.doc.rules.quotes.sources.match(this.r.word, i) !== null);
  }

  private statementAt(i: number): Statement | null {
    const verb = this.r.verb(i);
    if (verb) return this.verbStatement(i, verb);
    const source = this.doc.rules.quotes.sources.match(this.r.word, i);
    return source ? this.sourceStatement(i, source.length, source.value.withL) : null;
  }

  private verbStatement(i: number, v: VerbForm): Statement | null {
    const r = this.r;
    if (v.strict && !v.conjoined && !this.clauseStart(i)) return null;
    let sp: SpeakerPhrase | null = null;
    let start = i;
    let k = i + 1;
    let relayedBy: string | null = null;
    if (v.relay) {
      const by = relayingMedium(r, k);
      if (!by) return null;
      sp = parseSpeaker(r, by.end + 1, this.known);
      if (!sp) return null;
      relayedBy = this.show(by.name);
      k = sp.end;
    } else if (!v.participle) {
      sp = parseSpeaker(r, k, this.known) ?? nameBeforeTitle(r, k);
      const subject = sp && !v.addressee ? null : this.subjectBefore(i);
      if (subject) {
        // SVO: the words after the verb are its addressee (لافروف أبلغ كيري بأن), if any.
        start = subject.start;
        k = sp ? sp.end : k;
        sp = subject;
      } else if (sp) {
        k = sp.end;
        // VSO with an addressee: أبلغ لافروف كيري بأن.
        if (v.addressee) k = parseSpeaker(r, k, this.known)?.end ?? k;
      }
    }
    // "وتابع: ..." / "وتابع قائلا": a homograph with no speaker is a verb only before its words. A
    // participle has none: opening its clause with its words right after, it is one (، مبيناً أن).
    if (v.strict && !sp && !v.participle && !(v.conjoined && (r.is(k, ':') || r.isOpener(k) || r.verb(k)?.participle))) return null;
    if (sp?.kind === 'person' && sp.nameCue === 'shape' && !nameEnds(r, k) && !r.is(k, '-')) return null;

    k = this.aside(k);
    const reach = v.strict ? 1 : MAX_ADJUNCT;
    let found = this.words(k, v, sp, reach);
    // "نفى المتحدث باسم الجيش وجود تنسيق": words a title seemed to point at were the object.
    if (found?.via === 'object' && sp?.kind === 'person' && sp.nameCue === 'context' && sp.title && !sp.rank) {
      sp = { ...sp, kind: 'title', name: null, nameCue: null, end: sp.title.end };
      k = sp.end;
      found = this.words(k, v, sp, reach);
    }
    if (!found) return null;
    // A participle goes on with the last speaker; a finite verb opening a sentence may turn to a person named since.
    let who = sp ? this.resolve(sp) : ((!v.participle && this.sentenceStart(i) ? this.namedSince(i) : null) ?? this.last);
    if (!who) return null;
    if (found.author) {
      // The body keeps its place beside the person who spoke for it.
      const body = who.organization;
      who = this.resolve(found.author);
      if (body && !who.organization) who = { ...who, organization: body };
    }
    let outlet = relayedBy ?? found.outlet;
    if (found.relay) {
      const relayed = this.resolve(found.relay);
      // "قال الكرملين نقلا عن X" keeps its speaker; a medium that only relays names the outlet.
      if (who.medium && !who.person && !who.organization) {
        outlet = who.medium;
        who = relayed;
      } else outlet ??= relayed.medium ?? relayed.organization ?? relayed.person?.name ?? null;
    }
    const verbToken = this.tokens[i]!;
    return {
      nStart: this.tokens[start]!.start,
      nEnd: found.words.stop,
      words: found.words,
      direct: found.direct,
      verb: this.doc.span(verbToken.start + (v.conjoined ? 1 : 0), verbToken.end).text,
      who,
      outlet,
      // Attributions inside a quotation that never closes are read: the next one ends it.
      resume: found.direct && !found.words.unclosed ? this.tokenAt(found.words.stop) : this.tokenAt(found.words.start),
    };
  }

  /** بحسب المرصد، وفقا لوزارة الدفاع، نقلا عن مصادر، حسبما أفاد مراسل. */
  private sourceStatement(i: number, length: number, withL: boolean): Statement | null {
    const sp = this.sourceSpeaker(i + length, withL);
    if (!sp) return null;
    const r = sp.r;
    const who = this.resolve(sp);
    const sentence = this.doc.sentences[this.doc.sentenceIndexAt(this.tokens[i]!.start)];
    if (!sentence) return null;
    const cue = this.tokens[i]!;
    const verb = this.doc.span(cue.start + (this.conjoinedSource(i) ? 1 : 0), this.tokens[i + length - 1]!.end).text;
    const afterSpeaker = r.t(sp.end - 1)!.end;
    let words: WordsRange;
    let nStart: number;
    if (this.onlyConnectivesBefore(i, sentence.start)) {
      // "وبحسب المرصد، خرج ..." : the rest of the sentence, after a comma or فإن.
      let j = sp.end;
      for (let n = 0; n < SOURCE_TAIL && j + n < this.tokens.length; n++) {
        if (this.r.isComma(j + n) || this.r.complementizer(j + n)) {
          j += n + (this.r.isComma(j + n) ? 1 : 0);
          break;
        }
      }
      j += this.r.complementizer(j);
      const from = this.tokens[j]?.start ?? sentence.end;
      words = from < sentence.end ? reported(this.doc, from) : { start: from, end: from, stop: from };
      nStart = cue.start;
    } else {
      // "خرج 300 شخص، بحسب المرصد": the sentence up to the phrase.
      const t = trimWords(this.doc.text, sentence.start, cue.start);
      words = { ...t, stop: afterSpeaker };
      nStart = t.start;
    }
    return {
      nStart,
      nEnd: Math.max(words.stop, afterSpeaker),
      words,
      direct: false,
      verb,
      who,
      outlet: null,
      resume: this.tokenAt(afterSpeaker),
    };
  }

  /** The source cue at `i` is written with a conjunction (وبحسب، ووفقا). */
  private conjoinedSource(i: number): boolean {
    const w = this.r.word(i)!;
    const c = this.doc.rules.morphology.conjunctions.find((x) => w.startsWith(x));
    if (c === undefined) return false;
    const bare = w.slice(c.length);
    return this.doc.rules.quotes.sources.match((j) => (j === i ? bare : this.r.word(j)), i) !== null;
  }

  /**
   * From `k`, past adjuncts (time, occasion, the outlet, a source phrase), to the words: a
   * complementizer, a colon or a quotation. A verb that may take a plain object takes the words
   * after its speaker when none of those comes.
   */
  private words(k: number, v: VerbForm, sp: SpeakerPhrase | null, reach: number): Found | null {
    const r = this.r;
    const sentence = this.doc.sentences[this.doc.sentenceIndexAt(this.tokens[Math.max(0, k - 1)]!.start)];
    if (!sentence) return null;
    let outlet: string | null = null;
    let relay: SpeakerPhrase | null = null;
    let author: SpeakerPhrase | null = null;
    let adjuncts = 0;
    const strong = !!sp && !(sp.kind === 'person' && sp.nameCue === 'shape');
    const object = v.object;
    // ... also past the comma that closes a title set off after the name (لفت محمد عادل، وكيل الوزارة، إلى رفع ...).
    const o = r.isComma(k) ? k + 1 : k;
    if (strong && object && !v.participle && r.complementizer(o) === 0) {
      const w = r.word(o);
      if (w !== undefined && object.has(w) && r.word(o + 1) !== undefined) {
        return { via: 'object', words: reported(this.doc, this.tokens[o + 1]!.start), direct: false, outlet, relay, author };
      }
      // A particle that is a clitic preposition is written on its object (أفادت الميادين بسماع).
      if (w !== undefined && r.readingsOf(o).some(({ prefix: p }) => !p.conjunction && p.preposition !== null && object.has(p.preposition)) && !r.reserved(o)) {
        return { via: 'object', words: reported(this.doc, this.tokens[o]!.start), direct: false, outlet, relay, author };
      }
    }
    for (let j = k; j < this.tokens.length; ) {
      const t = this.tokens[j]!;
      if (t.start >= sentence.end) break;
      const c = r.complementizer(j);
      if (c) return { via: 'cue', ...this.after(j + c), outlet, relay, author };
      if (r.is(j, ':')) {
        // A colon right after the speaker that ends the article's first line closes its byline
        // (العريش – كتب محمود الشافعي:): the article below is no statement of the writer's.
        if (j === k && this.bylineEnd(j)) return null;
        const after = j + 1 + r.complementizer(j + 1);
        return { via: 'cue', ...this.after(after), outlet, relay, author };
      }
      if (r.isOpener(j)) return { via: 'cue', ...this.after(j), outlet, relay, author };
      if (!t.word) {
        if (r.isComma(j) || t.text === '(' || t.text === ')' || t.text === '-') {
          j++;
          continue;
        }
        break;
      }
      const authored = j > k ? r.rules.authorVerbs.match(r.word, j) : null;
      const by = authored && parseSpeaker(r, j + authored.length, this.known);
      if (by && (by.kind === 'person' || by.kind === 'title')) {
        author = by;
        j = by.end;
        continue;
      }
      const given = outletGivenTo(r, j);
      if (given) {
        outlet = this.show(given.name);
        j = given.end;
        continue;
      }
      // بحسب وزارة الدفاع / نقلا عن مصدر / ذكرت الوكالة عن شهود عيان: who the speaker relays.
      const source = this.doc.rules.quotes.sources.match(r.word, j);
      const from = source ? j + source.length : r.rules.roles.relayFrom.has(t.text) ? j + 1 : -1;
      const relayed = from >= 0 ? this.sourceSpeaker(from, source?.value.withL ?? false) : null;
      if (relayed) {
        relay = relayed;
        j = relayed.end;
        continue;
      }
      const other = r.verb(j);
      if (other && !other.participle) break;
      if (other) {
        j++; // تابع قائلا: ...
        continue;
      }
      // With no speaker, only adjuncts may follow the verb (وأضاف في بيان أن), not a subject.
      if (!sp && adjuncts === 0 && !r.stop(j) && !r.withoutL(j) && !r.adjunct(j)) break;
      if (++adjuncts > reach) break;
      j++;
    }
    if (!strong || v.participle) return null;
    // "وأضافت الوكالة، خرقت المجموعات ...": after a comma the rest of the sentence is reported.
    const next = this.tokens[k + 1];
    if (r.isComma(k) && next?.word && next.start < sentence.end && !r.verb(k + 1)) {
      return { via: 'object', words: reported(this.doc, next.start), direct: false, outlet, relay, author };
    }
    const from = this.tokens[k];
    if (!v.object?.has('') || !from || from.start >= sentence.end || !from.word) return null;
    return { via: 'object', words: reported(this.doc, from.start), direct: false, outlet, relay, author };
  }

  /** The author a source phrase names from `k`: بحسب المرصد، وفق بيان للخارجية، حسبما أفاد به مراسل. */
  private sourceSpeaker(k: number, withL: boolean): SpeakerPhrase | null {
    let r: Reader | null = this.r;
    const l = this.doc.rules.morphology.contracting;
    if (r.verb(k) && !r.verb(k)!.participle) k += r.rules.roles.sourceObjects.has(r.word(k + 1) ?? '') ? 2 : 1;
    if (r.word(k) !== undefined && this.doc.rules.quotes.documents.has(r.word(k)!)) {
      k++;
      withL ||= l !== null && r.word(k)?.startsWith(l) === true && !r.reserved(k);
    }
    if (withL) {
      if (r.word(k) === l) k++;
      else r = r.withoutL(k);
    }
    const sp = r && parseSpeaker(r, k, this.known);
    return sp && !(sp.kind === 'person' && sp.nameCue === 'shape') ? sp : null;
  }

  /** The words that start at token `j`: a quotation, or reported speech. */
  private after(j: number): { words: WordsRange; direct: boolean } {
    const t = this.tokens[j];
    if (!t) return { words: { start: this.doc.text.length, end: this.doc.text.length, stop: this.doc.text.length }, direct: false };
    if (this.r.isOpener(j)) {
      const q = quotation(this.doc, t.start);
      // A word or two in quotation marks inside reported speech ("عراقيل") does not make it direct.
      const rest = reported(this.doc, t.start);
      if (rest.end > q.stop + 1 && !hasWords(this.doc.text, q.start, q.end, 3)) return { words: { ...rest, start: t.start }, direct: false };
      return { words: q, direct: true };
    }
    return { words: reported(this.doc, t.start), direct: false };
  }

  /** A parenthetical between dashes or brackets after the speaker (- في تصريح صحفي اليوم -): skipped. */
  private aside(k: number): number {
    const r = this.r;
    const close = r.is(k, '-') ? '-' : r.is(k, '(') ? ')' : null;
    if (!close) return k;
    for (let j = k + 1; j <= k + MAX_ADJUNCT && j < this.tokens.length; j++) {
      if (r.is(j, close)) return j + 1;
      if (r.is(j, '.')) break;
    }
    return k;
  }

  /**
   * A person named by a full name and an office after the last statement, in the sentence before the verb: the
   * speaker of a bare verb (والتقينا مدير المخيم أحمد السالم. وقال إن …).
   */
  private namedSince(i: number): Who | null {
    const at = this.tokens[i]!.start;
    const si = this.doc.sentenceIndexAt(at);
    if (si < 1) return null;
    const from = Math.max(this.lastEnd, this.doc.sentences[si - 1]!.start);
    const person = this.persons.lastBetween(from, at);
    // Only a person introduced by an office or rank: a name alone may be a place or a phrase.
    if (!person || person.words.length < 2 || !(person.title || person.rank)) return null;
    return { ...NOBODY, person, title: person.title, rank: person.rank };
  }

  /** The subject before a verb, from a clause boundary to the verb: قاسمي قال إنه، فإن لافروف أبلغ. */
  private subjectBefore(i: number): SpeakerPhrase | null {
    const r = this.r;
    let end = r.rules.roles.beforeVerb.has(r.word(i - 1) ?? '') ? i - 1 : i;
    // وكان رئيس اللجنة، المهندس فراس العبيد، قد علّق: the comma closing the name.
    if (r.isComma(end - 1)) end--;
    let best: SpeakerPhrase | null = null;
    for (let p = end - 1; p >= Math.max(0, end - SUBJECT_REACH); p--) {
      if (r.word(p) === undefined) break;
      if (!this.clauseStart(p) && r.complementizer(p - 1) === 0) continue;
      const sp = parseSpeaker(r, p, this.known);
      if (sp && sp.end === end && !(sp.kind === 'person' && sp.nameCue === 'shape')) best = sp;
    }
    return best;
  }

  /** The colon at token `j` ends the text's first line. */
  private bylineEnd(j: number): boolean {
    const text = this.doc.text;
    const end = this.tokens[j]!.end;
    const lineBreak = text.indexOf('\n', end);
    return lineBreak >= 0 && !text.slice(end, lineBreak).trim() && !text.slice(0, this.tokens[j]!.start).trim().includes('\n');
  }

  /** Token `i` opens a clause: after punctuation, at the start, or after a connective (وكان، من جهته). */
  private clauseStart(i: number): boolean {
    if (i === 0 || this.r.word(i - 1) === undefined) return true;
    const connectives = this.doc.rules.quotes.connectives;
    for (let s = i - 1; s >= Math.max(0, i - 4); s--) {
      const m = connectives.match(this.r.word, s);
      if (m && s + m.length === i && (s === 0 || this.r.word(s - 1) === undefined || this.clauseStart(s))) return true;
    }
    return false;
  }

  /** Token `i` opens its sentence, after connectives only (وقال، ثم قال). */
  private sentenceStart(i: number): boolean {
    const sentence = this.doc.sentences[this.doc.sentenceIndexAt(this.tokens[i]!.start)];
    return !!sentence && this.onlyConnectivesBefore(i, sentence.start);
  }

  /** Only connectives stand between the sentence start and token `i`. */
  private onlyConnectivesBefore(i: number, sentenceStart: number): boolean {
    const connectives = this.doc.rules.quotes.connectives;
    let j = this.tokenAt(sentenceStart);
    while (j < i) {
      const m = connectives.match(this.r.word, j);
      if (m) j += m.length;
      else if (!this.tokens[j]!.word) j++;
      else return false;
    }
    return j === i;
  }

  // ---------- coreference ----------

  private resolve(sp: SpeakerPhrase): Who {
    const at = sp.r.t(sp.start)!.start;
    const title = sp.title ? this.show(sp.title) : null;
    const rank = sp.rank ? this.show(sp.rank) : null;
    const organization = sp.organization ? this.show(sp.organization) : null;
    switch (sp.kind) {
      case 'person': {
        const person = this.addPerson(sp);
        const name = sp.name!;
        this.names.push({ nStart: name.r.t(name.start)!.start, nEnd: name.r.t(name.end - 1)!.end });
        return { ...NOBODY, person, title: person.title ?? title, rank: person.rank ?? rank };
      }
      case 'anonymous':
        return { ...NOBODY, anonymous: true, title, organization, medium: sp.outlet ? this.show(sp.outlet) : null };
      case 'organization':
      case 'outlet': {
        const part = (sp.organization ?? sp.outlet)!;
        const name = sp.bare ? (this.bodies.find(this.keys(part)[0] ?? '', at)?.name ?? this.show(part)) : this.show(part);
        const referent = sp.bare ? this.bodies.find(this.keys(part)[0] ?? '', at) : undefined;
        const medium = referent ? referent.outlet : sp.kind === 'outlet';
        return { ...NOBODY, organization: medium ? null : name, medium: medium ? name : null };
      }
      case 'title': {
        const person = this.titleReferent(sp, at);
        if (person) return { ...NOBODY, person, title: person.title ?? title, rank: person.rank ?? rank };
        return { ...NOBODY, title, rank, organization };
      }
    }
  }

  /** The named person an office or rank alone points at, if any. */
  private titleReferent(sp: SpeakerPhrase, at: number): Person | undefined {
    const titleWords = sp.title ? this.keys(sp.title) : [];
    if (titleWords.length > 1) {
      const exact = this.persons.byTitle(titleWords, at);
      if (exact) return exact;
    }
    const head = sp.titleHead?.head ?? null;
    const generic = !!head && (this.doc.rules.quotes.genericTitles.has(head) || this.doc.rules.quotes.genericTitles.has(this.doc.rules.morphology.article + head));
    const complement = titleWords.slice(1);
    const anaphor: TitleAnaphor = {
      head: head ? key(this.doc.rules.morphology, head) : null,
      generic,
      complement,
      rank: sp.rank ? this.keys(sp.rank).join(' ') : null,
      nisbas: complement.filter((w) => isNisbaKey(this.reading, w)),
    };
    for (let k = this.spoken.length - 1; k >= 0; k--) {
      const p = this.spoken[k]!;
      if (compatible(anaphor, p, p.titleWords[0] ?? null, p.titleWords.filter((w) => isNisbaKey(this.reading, w)))) return p;
    }
    return undefined;
  }

  // ---------- output ----------

  private hit(s: Statement): QuoteHit {
    const words = this.doc.span(s.words.start, s.words.end);
    const p = s.who.person;
    return {
      speaker: {
        name: p?.name ?? null,
        title: p ? p.title : s.who.title,
        rank: p ? p.rank : s.who.rank,
        organization: s.who.organization,
      },
      anonymous: s.who.anonymous,
      verb: s.verb,
      direct: s.direct,
      text: words.text,
      outlet: s.outlet ?? s.who.medium,
      start: words.start,
      end: words.end,
      statement: this.doc.span(s.nStart, s.nEnd),
      nStart: s.nStart,
      nEnd: s.nEnd,
      textStart: s.words.start,
      textEnd: s.words.end,
    };
  }

  /** The input text of a part, as written (a name keeps its spelling). */
  private surface(part: Part): string {
    const a = part.r.t(part.start)!;
    const b = part.r.t(part.end - 1)!;
    return this.doc.span(a.start, b.end).text.trim();
  }

  /** A part for display: without quotation marks, with a letter lost to ل restored. */
  private show(part: Part): string {
    const a = part.r.t(part.start)!;
    return ((a.restore ?? '') + this.surface(part)).replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim();
  }

  private keys(part: Part): string[] {
    const out: string[] = [];
    for (let k = part.start; k < part.end; k++) {
      const w = part.r.word(k);
      if (w !== undefined) out.push(key(this.doc.rules.morphology, w));
    }
    return out;
  }

  /** Name words with a particle joined to the word it governs, as it is also written (أبو نجيلة = أبونجيلة). */
  private nameKeys(words: readonly string[]): string[] {
    const particles = this.doc.rules.quotes.nameParticles;
    const out: string[] = [];
    for (let k = 0; k < words.length; k++) {
      const next = words[k + 1];
      if (next !== undefined && particles.has(words[k]!)) out.push(words[k]! + words[++k]!);
      else out.push(words[k]!);
    }
    return out;
  }

  /** Index of the first token that starts at or after normalised offset `at`. */
  private tokenAt(at: number): number {
    return firstStartingAt(this.tokens, at);
  }
}

/**
 * The medium that relays at `k`, up to the عن after it: a known outlet or a medium's head word
 * with the words that name it (نقلت شبكة X عن، نقل موقع أخبار الأمم المتحدة عن), or a name in
 * quotation marks (نقلت "رويترز" عن).
 */
function relayingMedium(r: Reader, k: number): { name: Part; end: number } | null {
  const q = quotedName(r, k);
  if (q && r.rules.roles.relayFrom.has(r.word(q.end) ?? '')) return { name: q.inner, end: q.end };
  const medium = outletAt(r, k);
  if (!medium) return null;
  for (let j = medium.end; j <= medium.end + RELAY_NAME; j++) {
    if (r.rules.roles.relayFrom.has(r.word(j) ?? '')) return { name: { r, start: k, end: j }, end: j };
    if (r.word(j) === undefined ? !r.isOpener(j) && !r.is(j, '"') && !r.is(j, '»') : r.stop(j)) return null;
  }
  return null;
}

/**
 * A function word written as a first name (علي, where the preposition is على) reads as a name
 * when a name word follows it: محمد علي الشامي.
 */
class SpelledReader extends Reader {
  constructor(
    tokens: readonly Token[],
    rules: CompiledQuotesRules,
    words: WordReadings,
    private readonly names: ReadonlySet<number>,
    private readonly places: PlaceTokens,
    private readonly hamzaLed: ReadonlySet<number>,
  ) {
    super(tokens, rules, words);
  }

  override stop(i: number): boolean {
    return !this.names.has(i) && super.stop(i);
  }

  /** A word written with a hamza before its ل has no article: the word whole, as written. */
  override readingsOf(i: number): readonly Reading[] {
    const rs = super.readingsOf(i);
    if (!this.hamzaLed.has(i)) return rs;
    const t = this.tokens[i]!;
    return [{ stem: t.text, prefix: { text: '', conjunction: null, preposition: null, article: false, contracted: false }, suffix: null }];
  }

  override definite(i: number): boolean {
    return !this.hamzaLed.has(i) && super.definite(i);
  }

  override inPlace(i: number): boolean {
    return this.places.inner.has(i);
  }

  override placeStart(i: number): boolean {
    return this.places.starts.has(i);
  }
}

/**
 * Words written with a hamza on the alif before ل (أليس، إليزابيتا، آل): a foreign name or a family's
 * آل, never the article, which the folded text no longer tells apart (اليس).
 */
function hamzaLed(doc: AnalysedDocument, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The folded ال's alif, as written: one unit looked up, not the word.
    if (t.word && t.text.startsWith('ال') && /^[أإآ]/.test(doc.span(t.start, t.start + 1).text)) out.add(i);
  }
  return out;
}

/** The tokens that begin a place's name, and those that go on one, as the places matcher read the names. */
interface PlaceTokens {
  starts: ReadonlySet<number>;
  inner: ReadonlySet<number>;
}

/** Both lists in text order: one sweep. */
function placeTokens(tokens: readonly Token[], places: readonly PlaceHit[]): PlaceTokens {
  const starts = new Set<number>();
  const inner = new Set<number>();
  if (!places.length) return { starts, inner };
  const cursor = new SpanCursor(places);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A place that starts within the token (after its clitic) begins there; one begun before goes on.
    const reach = cursor.reachBefore(t.start);
    if (!t.word) continue;
    if (t.end <= reach) inner.add(i);
    else if (cursor.nextStartsBefore(t.end)) starts.add(i);
  }
  return { starts, inner };
}

/**
 * Tokens written in the spelling of a first name that is also a function word, before a word that
 * is not one. Where the article writes every final ي as ى (فى for في, as Egyptian news do), the
 * other spelling may be the name too, set off as one (، على حمية،؛ التركى على أوزدمير، فى تصريحات).
 */
function nameSpelled(doc: AnalysedDocument, tokens: readonly Token[]): Set<number> {
  const rules = doc.rules.quotes;
  const out = new Set<number>();
  const spelled = (t: Token) => stripMarks(doc.span(t.start, t.end).text);
  let alifMaqsura: boolean | null = null;
  let prepositionWithAlif: boolean | null = null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (!t.word || !next.word || !rules.nameSpellingForms.has(t.text) || !rules.stopwords.has(t.text)) continue;
    if (rules.stopwords.has(next.text)) {
      // "نائب عمدة مقديشو عبدالله شيخ علي أن": spelled as the name after a name word, before a
      // complementizer, where the article writes the preposition على otherwise.
      const before = tokens[k - 1];
      if (rules.nameSpellings.has(spelled(t)) && rules.complementizers.has(next.text) && !!before?.word && !rules.stopwords.has(before.text) &&
        (prepositionWithAlif ??= writesAsAlif(doc, tokens, t.text, 1))) out.add(k);
      continue;
    }
    if (rules.nameSpellings.has(spelled(t))) out.add(k);
    else if ((alifMaqsura ??= writesFinalYaAsAlif(doc, tokens)) && setOffAsName(rules, tokens, k, spelled)) out.add(k);
  }
  return out;
}

/** The article writes في as فى more often than not. */
function writesFinalYaAsAlif(doc: AnalysedDocument, tokens: readonly Token[]): boolean {
  return writesAsAlif(doc, tokens, 'في');
}

/** The article writes the word (folded) with a final ى more often than with ي, `names` of those with ي aside. */
function writesAsAlif(doc: AnalysedDocument, tokens: readonly Token[], word: string, names = 0): boolean {
  let alif = 0;
  let ya = 0;
  for (const t of tokens) {
    if (!t.word || t.text !== word) continue;
    if (doc.span(t.start, t.end).text.endsWith('ى')) alif++;
    else ya++;
  }
  return alif > ya - names;
}

/**
 * Word `k` and the next stand between a comma or a definite nisba and a comma or a complementizer,
 * the next with no pronoun written on it (not المتحدث العسكرى على صفحته، …).
 */
function setOffAsName(rules: CompiledQuotesRules, tokens: readonly Token[], k: number, spelled: (t: Token) => string): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 2];
  if (/(ه|ها|هم|هن)$/.test(spelled(tokens[k + 1]!))) return false;
  const opened = !!before && ((!before.word && before.text === ',') || (before.word && /^ال.+ى$/.test(spelled(before))));
  const closed = !!after && ((!after.word && after.text === ',') || (after.word && rules.complementizers.has(after.text)));
  if (opened && closed) return true;
  // ... or between a first name and a family name a complementizer closes (عثمان على بابكر أن).
  const word = (j: number) => (tokens[j]?.word ? tokens[j]!.text : undefined);
  const firstName = rules.firstNames.match(word, k - 1)?.length === 1 || rules.firstNames.match(word, k - 2)?.length === 2;
  return firstName && !!after?.word && rules.complementizers.has(after.text) && !spelled(tokens[k + 1]!).startsWith('ال');
}

/** Whether text[start, end) holds at least `n` words: read only as far as the n-th word, as a quotation may be long. */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = /\s/.test(text[i]!);
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** Reported words stop where the next statement of the same sentence starts (..., مضيفا أن). */
function cutAtNext(text: string, statements: Statement[]): void {
  statements.sort((a, b) => a.nStart - b.nStart);
  for (let k = 0; k < statements.length; k++) {
    const s = statements[k]!;
    if (s.direct && !s.words.unclosed) continue;
    // Sorted by start: the first statement after k that starts past the words' start is the only candidate.
    const next = statements[firstMentionAfter(statements, s.words.start, k + 1)];
    if (!next || next.nStart >= s.words.end) continue;
    const cut = trimWords(text, s.words.start, next.nStart);
    if (!hasWords(text, cut.start, cut.end, 2)) continue;
    s.words = { ...cut, stop: cut.end };
    s.nEnd = Math.max(s.words.stop, Math.min(s.nEnd, next.nStart));
  }
}

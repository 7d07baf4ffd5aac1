// Attributed statements of an English text, one per sentence, read around its first speech verb:
//   X said (that) ...                  speaker before, words after
//   ..., X said. / "...," he said.     words before, speaker after the last comma or quote
//   "...," said X, title.              speaker after the verb
//   X, title, told Reuters that ...    speaker and title before the appositive
//   according to X, ...                speaker after the cue
// The speaker phrase is read for a rank, a title, a name (compromise's people, or capitalised words
// after a title), an outlet, an anonymous source or a body; he/she and surnames refer back.
import type { AnalysedDocument } from '../document.js';
import type { QuoteHit } from '../mentions.js';
import type { Segment } from '../text/segment.js';
import type { Speaker } from '../schema.js';
import { phraseKey, type CompiledEnglishRules } from './rules.js';
import { reading, termAt, tokens, type Token } from './text.js';

type QuoteRules = CompiledEnglishRules['quotes'];

interface Range {
  start: number;
  end: number;
}

interface Source {
  speaker: Speaker;
  anonymous: boolean;
  outlet: string | null;
}

const BOUNDARY = /[,":;()]/;
const DETERMINERS = new Set(['a', 'an', 'the']);
const nobody = (): Speaker => ({ name: null, title: null, rank: null, organization: null });

/** [start, end) without surrounding spaces, quotes and trailing punctuation; `quoted` when a quote opened it. */
function trimWords(text: string, r: Range): Range & { quoted: boolean } {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  const quoted = text[start] === '"';
  while (start < end && /[\s",:]/.test(text[start]!)) start++;
  while (end > start && /[\s",.;:]/.test(text[end - 1]!)) end--;
  return { start, end, quoted };
}

/** The end of the phrase starting at `from`: the next boundary character or `limit`. */
function phraseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (BOUNDARY.test(text[i]!) && !(text[i] === ',' && /\d/.test(text[i + 1] ?? ''))) return i;
  return limit;
}

/** Start of the phrase ending at `to`: just after the last boundary character at or after `limit`. */
function phraseStart(text: string, to: number, limit: number): number {
  for (let i = to - 1; i >= limit; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return limit;
}

/** Ranges inside quotation marks in the sentence. */
function quoted(text: string, s: Segment): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = s.start; i < s.end; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      out.push({ start: open, end: i });
      open = -1;
    }
  }
  return out;
}

/** The first speech verb (or "according to") of the sentence outside quotation marks and not negated. */
function verbIn(doc: AnalysedDocument, rules: QuoteRules, s: Segment): { start: number; end: number; according: boolean } | null {
  const inQuote = quoted(doc.text, s);
  const found: { start: number; end: number; according: boolean }[] = [];
  for (const [re, according] of [[rules.verb, false], [rules.accordingTo, true]] as const) {
    re.lastIndex = s.start;
    for (let m = re.exec(doc.text); m && m.index < s.end; m = re.exec(doc.text)) {
      if (inQuote.some((q) => q.start < m!.index && m!.index < q.end)) continue;
      const before = tokens(doc, Math.max(s.start, m.index - 30), m.index).slice(-2);
      if (!according && before.some((t) => rules.verbBlockers.has(t.word))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, according });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

class SpeakerReader {
  private readonly people: Set<number>;
  /** Named speakers so far, for he/she and surname-only mentions. */
  private readonly named: Speaker[] = [];

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly rules: QuoteRules,
  ) {
    this.people = new Set(reading(doc).people.flat().map((t) => t.nStart));
  }

  private text = (r: Range) => this.doc.span(r.start, r.end).text.replace(/\s+/g, ' ').trim();

  /** Who a speaker phrase names; `apposition` is the phrase set off by commas after it. */
  read(r: Range, apposition: Range | null): Source | null {
    const { doc, rules } = this;
    const toks = tokens(doc, r.start, r.end).filter((t) => t.end <= r.end);
    while (toks.length && DETERMINERS.has(toks[0]!.word)) toks.shift();
    if (toks.length === 0) return null;
    if (toks.length === 1 && rules.pronouns.has(toks[0]!.word)) {
      return { speaker: { ...(this.named.at(-1) ?? nobody()) }, anonymous: false, outlet: null };
    }
    const from = toks[0]!.start;
    rules.outlet.lastIndex = from;
    const outlet = rules.outlet.exec(doc.text);
    if (outlet && outlet.index < r.end) return { speaker: nobody(), anonymous: false, outlet: rules.outlets.get(phraseKey(outlet[0])) ?? outlet[0] };

    const rank = rules.rank.exec(doc.text.slice(from, r.end));
    const rest = rank ? toks.filter((t) => t.start >= from + rank[0].length) : toks;
    const name = this.nameIn(rest, !!rank, apposition);
    if (name) {
      const titleEnd = name[0]!.start;
      const before = rest.length && rest[0]!.start < titleEnd ? this.text({ start: rest[0]!.start, end: titleEnd }) : null;
      const speaker: Speaker = {
        name: this.text({ start: name[0]!.start, end: name.at(-1)!.end }),
        title: before || (apposition && this.text(apposition)) || null,
        rank: rank ? this.text({ start: from, end: from + rank[0].length }) : null,
        organization: null,
      };
      return { speaker: this.remember(speaker), anonymous: false, outlet: null };
    }
    const phrase = this.text({ start: toks[0]!.start, end: toks.at(-1)!.end });
    if (toks.some((t) => rules.anonymous.has(t.word))) return { speaker: { ...nobody(), title: phrase }, anonymous: true, outlet: null };
    // An office without a name (a UNHCR spokeswoman): the office, and the body its capitals name.
    const title = toks.findLastIndex((t) => this.isTitle(t));
    if (title >= 0) {
      const body = toks.slice(0, title).filter((t) => t.capital);
      const organization = body.length ? this.text({ start: body[0]!.start, end: body.at(-1)!.end }) : null;
      return { speaker: { ...nobody(), title: phrase, organization }, anonymous: false, outlet: null };
    }
    const proper = (t: Token) => t.capital && !termAt(doc, t.start)?.tags.has('Pronoun');
    if (toks.length <= 8 && toks.some((t) => proper(t) || rules.organizations.has(t.word))) {
      return { speaker: { ...nobody(), organization: phrase }, anonymous: false, outlet: null };
    }
    return null;
  }

  /**
   * The person's name among the tokens: a run of capitalised words that compromise takes for a
   * person, or that follows a rank or a title word, or a whole phrase whose apposition is a title.
   */
  private nameIn(toks: Token[], ranked: boolean, apposition: Range | null): Token[] | null {
    const { rules } = this;
    const runs: Token[][] = [];
    toks.forEach((t, k) => {
      const inName = t.capital || (rules.particles.has(t.word) && toks[k + 1]?.capital);
      const run = runs.at(-1);
      if (!inName) runs.push([]);
      else if (run && run.length && run.at(-1) === toks[k - 1]) run.push(t);
      else runs.push([t]);
    });
    const isTitle = (t: Token) => this.isTitle(t);
    const surnames = new Set(this.named.map((n) => n.name!.split(' ').at(-1)!.toLowerCase()));
    for (const run of runs) {
      const lastTitle = run.findLastIndex(isTitle);
      const name = run.slice(lastTitle + 1);
      if (name.length === 0 || name.some((t) => rules.organizations.has(t.word))) continue;
      const afterTitle = lastTitle >= 0 || (toks.indexOf(run[0]!) > 0 && isTitle(toks[toks.indexOf(run[0]!) - 1]!));
      const titled = apposition !== null && run === runs[0] && run.length === toks.length && this.hasTitle(apposition);
      const known = name.length === 1 && surnames.has(name[0]!.word);
      if (known || name.some((t) => this.people.has(t.start)) || ranked || afterTitle || (titled && name.length > 1)) {
        return name;
      }
    }
    return null;
  }

  private isTitle(t: Token): boolean {
    this.rules.title.lastIndex = 0;
    return this.rules.title.test(t.word);
  }

  private hasTitle(r: Range): boolean {
    const re = this.rules.title;
    re.lastIndex = r.start;
    const m = re.exec(this.doc.text);
    return !!m && m.index < r.end;
  }

  /** Keeps a named speaker; a surname alone stands for the full name said before. */
  private remember(s: Speaker): Speaker {
    const earlier = !s.name!.includes(' ') ? this.named.find((n) => n.name!.split(' ').at(-1) === s.name) : undefined;
    const out = earlier ? { ...earlier, title: earlier.title ?? s.title, rank: earlier.rank ?? s.rank } : s;
    this.named.push(out);
    return out;
  }
}

export function findEnglishQuotes(doc: AnalysedDocument): QuoteHit[] {
  const rules = doc.rules.english.quotes;
  const { text } = doc;
  const reader = new SpeakerReader(doc, rules);
  const out: QuoteHit[] = [];
  for (const s of doc.sentences) {
    const verb = verbIn(doc, rules, s);
    if (!verb) continue;
    const subjectStart = phraseStart(text, verb.start, s.start);
    const subject = trimWords(text, { start: subjectStart, end: verb.start });
    // What follows the verb: an outlet or audience, then "that" or a colon, then the words.
    let rest = verb.end;
    let outlet: string | null = null;
    rules.outlet.lastIndex = rest;
    const told = rules.outlet.exec(text);
    if (!verb.according && told && /^\s*$/.test(text.slice(rest, told.index))) {
      outlet = rules.outlets.get(phraseKey(told[0])) ?? told[0];
      rest = told.index + told[0].length;
    } else {
      const audience = rules.audience.exec(text.slice(rest, s.end));
      if (audience) rest += audience[0].length;
    }
    // "told reporters in Damascus that ...": the words start after "that".
    rest += /^(?:[^,.;:"]{0,40}?\bthat\b|\s*:?)/.exec(text.slice(rest, s.end))![0].length;
    const after = trimWords(text, { start: rest, end: s.end });

    let who: Range;
    let words: Range;
    let apposition: Range | null = null;
    if (verb.according) {
      who = { start: verb.end, end: phraseEnd(text, verb.end, s.end) };
      words = subject.start === subject.end && subjectStart === s.start ? { start: who.end, end: s.end } : { start: s.start, end: verb.start };
    } else if (subject.start < subject.end) {
      who = subject;
      const trailing = text[after.start - 1] === ',' || text.slice(rest, s.end).trim().startsWith(',') || tokens(doc, after.start, after.end).length < 3;
      words = trailing ? { start: s.start, end: subjectStart } : after;
    } else if (tokens(doc, verb.end, s.end)[0]?.capital && !outlet) {
      // "...," said Abu Mohammed, a rebel commander.
      const end = phraseEnd(text, verb.end, s.end);
      who = { start: verb.end, end };
      if (text[end] === ',') apposition = trimWords(text, { start: end + 1, end: phraseEnd(text, end + 1, s.end) });
      words = { start: s.start, end: subjectStart };
    } else {
      // Major General Yuri Yevtushenko, head of ..., told reporters that ...
      const end = phraseEnd(text, s.start, verb.start);
      who = { start: s.start, end };
      apposition = trimWords(text, { start: end + 1, end: subjectStart });
      words = after;
    }
    const source = reader.read(who, apposition && apposition.start < apposition.end ? apposition : null);
    const said = trimWords(text, words);
    if (!source || said.start >= said.end) continue;
    const saidSpan = doc.span(said.start, said.end);
    out.push({
      ...source,
      outlet: outlet ?? source.outlet,
      verb: doc.span(verb.start, verb.end).text,
      direct: said.quoted,
      text: saidSpan.text,
      start: saidSpan.start,
      end: saidSpan.end,
      statement: doc.span(s.start, s.end),
      nStart: s.start,
      nEnd: s.end,
      textStart: said.start,
      textEnd: said.end,
    });
  }
  return out;
}

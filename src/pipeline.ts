// The whole extraction, top to bottom: analyse (normalise with an offset map, segment), run each
// matcher, link figures into evacuation records, and (when asked) validate the document against
// the contract.
import { findCorridorMentions, toCorridors } from './corridors/find.js';
import { findDateMentions, outsidePlaceNames } from './dates/find.js';
import { analyse, type AnalysedDocument } from './document.js';
import { findEnglishEvidence, linkEnglishEvacuations } from './english/index.js';
import { linkEvacuations, type Evidence } from './evacuations/link.js';
import { findNumberMentions } from './numbers/find.js';
import { findPlaceMentions, toPlaces } from './places/find.js';
import type { PlaceHit } from './mentions.js';
import { parsePublished } from './published.js';
import { findQuotesAndNames } from './quotes/find.js';
import { judgeRelevance } from './relevance/judge.js';
import type { CompiledRules } from './rules/kinds.js';
import { loadRules } from './rules/load.js';
import { joinPieces, MAX_PIECE, pieceStarts } from './chunks.js';
import { MAX_SENTENCE } from './text/segment.js';
import { contract, type DateMention, type DocumentResult, type Quote } from './schema.js';

export interface ExtractOptions {
  /** Document id in the output (default "-"). */
  id?: string;
  /** Reference date for relative dates, YYYY-MM-DD. */
  published?: string | null;
  /** Extra rule folders merged over the built-in rules (ignored when `rules` is given). */
  rulesDirs?: readonly string[];
  /** Already compiled rules (from loadRules), to share one compile across many documents. */
  rules?: CompiledRules;
  /** Warnings from reading the input (decoding, HTML), carried into the document. */
  warnings?: readonly string[];
  /** Where the article came from, copied into the document when given (so every output row traces back). */
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  /**
   * Check the document against the output contract (the zod schema) before returning it. Off by
   * default: the tests check every fixture, and the check costs a few percent of a batch run.
   */
  validate?: boolean;
}

const stripLocation = <T extends { nStart: number; nEnd: number }>({ nStart, nEnd, ...rest }: T) => rest;

function findArabicEvidence(doc: AnalysedDocument, relevance: number): Omit<Evidence, 'relevance' | 'forced'> {
  const numbers = findNumberMentions(doc);
  const places = findPlaceMentions(doc);
  const dates = outsidePlaceNames(findDateMentions(doc), places);
  const corridors = findCorridorMentions(doc, places, relevance >= doc.rules.evacuations.relevanceThreshold);
  const { quotes, names } = findQuotesAndNames(doc, places);
  // A name that is also a word, inside a person's name, is that person's name (سلوى عثمان، مديرة
  // إدارة الشؤون الإنسانية); so is any place after the person's first name, their family name
  // (سليمان الزوايدة), unless a preposition is written onto it (the name ran over: برقادة بالقيروان،
  // عبد الكريم العبيدي); a place the gazetteer alone names that a name opens stays one (مدير مخيم حسن شام).
  const glued = (p: PlaceHit) => p.nStart > 0 && /\p{L}/u.test(doc.text[p.nStart - 1]!);
  const named = (p: PlaceHit) => names.some((n) => (p.ambiguous ? n.nStart <= p.nStart : n.nStart < p.nStart && !glued(p)) && p.nEnd <= n.nEnd);
  return { numbers, dates, places: places.some(named) ? places.filter((p) => !named(p)) : places, corridors, quotes };
}

export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const rules = options.rules ?? loadRules(options.rulesDirs);
  const starts = pieceStarts(text);
  const result =
    starts.length === 1
      ? extractWhole(text, rules, options)
      : joinPieces(
          starts.map((by, k) => ({ by, doc: extractWhole(text.slice(by, starts[k + 1]), rules, { ...options, warnings: k === 0 ? options.warnings : [] }) })),
          `text of ${text.length} characters, longer than any article: read in ${starts.length} pieces of at most ${MAX_PIECE} characters, cut at line breaks or sentence ends, so a figure and its context may fall apart at a cut`,
        );
  if (!options.validate) return result;
  const checked = contract().DocumentResult.safeParse(result);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`internal error: output does not match the contract at ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

function extractWhole(text: string, rules: CompiledRules, options: ExtractOptions): DocumentResult {
  const published = parsePublished(options.published);
  const doc = analyse(text, { published, rules });
  const warnings = [...(options.warnings ?? [])];
  if (!text.trim()) warnings.push('empty document: no text to extract from');
  if (doc.sentences.some((s) => s.cut)) {
    warnings.push(`text without sentence ends: read in pieces of at most ${MAX_SENTENCE} characters, so a figure and its context may fall apart at a cut`);
  }

  const english = doc.language === 'en';
  const { relevance, topics, forced } = judgeRelevance(doc);
  // The headline votes on the kind of movement the article tells of; it is no text to extract from.
  const headline = options.title && !english ? analyse(options.title, { published, rules }).words : [];
  const evidence = { ...(english ? findEnglishEvidence(doc) : findArabicEvidence(doc, relevance)), relevance, forced, headline };
  const { dates, places, corridors, quotes } = evidence;
  const evacuations = english ? linkEnglishEvacuations(doc, evidence) : linkEvacuations(doc, evidence);

  if (!published && dates.some((d) => d.relative)) {
    warnings.push('relative dates left unresolved: no published date (give --published or a published field)');
  }
  return {
    id: options.id ?? '-',
    language: doc.language,
    published,
    ...(options.url ? { url: options.url } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
    relevance,
    topics,
    evacuations,
    places: toPlaces(places, rules.places.countryside?.canonical ?? null),
    corridors: toCorridors(corridors),
    dates: dates.map(({ role, ...d }) => stripLocation(d) as DateMention),
    // In the contract's field order, which the English quotes are not built in.
    quotes: quotes.map(({ speaker, anonymous, verb, direct, text, outlet, start, end, statement }): Quote => ({ speaker, anonymous, verb, direct, text, outlet, start, end, statement })),
    warnings,
  };
}

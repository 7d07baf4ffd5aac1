// The output contract (shared/spec/OUTPUT.md) as zod schemas: the single source of truth in code.
// The tests validate every document against DocumentResult (and --validate every run's), and
// `evac-extract schema` prints these as JSON Schema. Field names and enum values are fixed by the
// contract. Built on first use: a usual run never loads zod (src/zod.ts).
import type { z } from 'zod';
import { lazily, zod } from './zod.js';

/** The schemas of the contract, by name. */
export const contract = lazily((z) => {
  const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

  const offset = (what: string) =>
    z.number().int().nonnegative().describe(`${what}: index into the input text in UTF-16 code units (JavaScript string index)`);

  const Span = z
    .object({
      start: offset('Start of the span'),
      end: offset('End of the span, exclusive'),
      text: z.string().describe('The input text between start and end, exactly as read'),
    })
    .describe('Evidence: where something stands in the input text; input.slice(start, end) === text');

  const PlaceType = z.enum([
    'country', 'governorate', 'region', 'district', 'city', 'town',
    'village', 'neighbourhood', 'camp', 'crossing', 'airbase', 'other',
  ]).describe('Kind of place');

  const PlaceRef = z
    .object({
      name: z.string().describe('Canonical Arabic name from the gazetteer; for an unknown place, the normalised surface form'),
      en: z.string().nullable().describe('English name from the gazetteer, or null'),
      type: PlaceType,
      admin1: z.string().nullable().describe('English name of the governorate (first-level division), or null'),
      country: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2 country code, or null'),
      lat: z.number().min(-90).max(90).nullable().describe('WGS84 latitude, or null when unknown'),
      lon: z.number().min(-180).max(180).nullable().describe('WGS84 longitude, or null when unknown'),
      id: z.string().nullable().describe('Stable gazetteer id: an OCHA p-code (SY0400) where one is known, else an internal id (sy:al-waer, cc:EG); null when not in the gazetteer'),
      text: z.string().describe('Surface form as written in the text'),
    })
    .describe('A place as referred to by a record');

  const PlaceRole = z.enum(['origin', 'destination', 'via', 'location', 'dateline']).describe('What part a place plays');

  const Place = PlaceRef.extend({
    roles: z.array(PlaceRole).describe('Every part the place plays in the document'),
    mentions: z.array(Span).describe('Every mention of the place'),
  }).describe('A distinct place mentioned in the document');

  const CorridorKind = z.enum(['corridor', 'crossing', 'checkpoint', 'exit']).describe('corridor (ممر), crossing (معبر), checkpoint (حاجز), exit (منفذ)');

  const Corridor = z
    .object({
      name: z.string().describe('The normalised phrase (ممر بيت سحم)'),
      kind: CorridorKind,
      places: z.array(PlaceRef).describe('Places the corridor names'),
      humanitarian: z.boolean().describe('Called humanitarian (ممر إنساني)'),
      mentions: z.array(Span).describe('Every mention of the corridor'),
    })
    .describe('A corridor, crossing, checkpoint or exit used for a movement');

  const DatePrecision = z.enum(['day', 'month', 'year']).describe('Precision of the value');

  const DateMention = z
    .object({
      text: z.string().describe('The date expression as written'),
      value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable().describe('ISO 8601 date at the stated precision (2018-05-03, 2018-02, 2013), or null when unresolvable'),
      precision: DatePrecision,
      relative: z.boolean().describe('Resolved against the published date (yesterday, on Friday)'),
      start: offset('Start of the expression'),
      end: offset('End of the expression, exclusive'),
    })
    .describe('A date expression');

  const Qualifier = z
    .enum(['exact', 'about', 'more_than', 'at_least', 'less_than', 'up_to', 'range', 'vague'])
    .describe('How the text hedges the figure');

  const NumberMention = z
    .object({
      value: z.number().nullable().describe('The stated value (lower bound of a range); null for a vague amount'),
      min: z.number().nullable().describe('Lower bound, or null when open'),
      max: z.number().nullable().describe('Upper bound, or null when open'),
      qualifier: Qualifier,
      start: offset('Start of the expression'),
      end: offset('End of the expression, exclusive'),
      text: z.string().describe('The expression as written'),
    })
    .describe('A numeric expression');

  const Speaker = z
    .object({
      name: z.string().nullable().describe("The person's full name, or null for an organisation or unnamed source"),
      title: z.string().nullable().describe('Office (محافظ حمص), or null'),
      rank: z.string().nullable().describe('Military rank (اللواء), or null'),
      organization: z.string().nullable().describe('Speaking body when no person is named, or null'),
    })
    .describe('Who is speaking');

  const Quote = z
    .object({
      speaker: Speaker,
      anonymous: z.boolean().describe('An unnamed source (مصادر, مسؤول, ناشطون)'),
      verb: z.string().nullable().describe('Attribution verb as written (قال, أكد), or null'),
      direct: z.boolean().describe('The words are quoted ("..." or «...»)'),
      text: z.string().describe('The quoted or reported words'),
      outlet: z.string().nullable().describe('Who the statement was given to (لرويترز → رويترز), or null'),
      start: offset('Start of the quoted words'),
      end: offset('End of the quoted words, exclusive'),
      statement: Span.describe('The whole statement: speaker, verb and words'),
    })
    .describe('An attributed statement');

  const SourceRef = z
    .object({
      name: z.string().describe('Name of the person, organisation or outlet'),
      type: z.enum(['person', 'organization', 'outlet']).describe('What kind of source'),
    })
    .describe('Who reported a figure');

  const Group = z.enum([
    'people', 'fighters', 'fighters_and_families', 'civilians', 'wounded_sick',
    'women_children', 'displaced', 'refugees', 'nationals', 'families',
  ]).describe('Who moved');
  const MovementKind = z.enum(['evacuation', 'return', 'displacement']).describe('Evacuated or moved, returned home, or fled/displaced');
  const Status = z.enum(['completed', 'planned']).describe('Happened or under way, versus expected, agreed or scheduled');

  const Evacuation = z
    .object({
      count: z.number().int().nonnegative().nullable().describe('The figure to sum: the stated value, the lower bound of a range; null for a vague amount'),
      min: z.number().int().nonnegative().nullable().describe('Lower bound, or null when open'),
      max: z.number().int().nonnegative().nullable().describe('Upper bound, or null when open'),
      qualifier: Qualifier,
      unit: z.enum(['person', 'family']).describe('family when families or households are counted'),
      group: Group,
      kind: MovementKind,
      status: Status,
      cumulative: z.boolean().describe('A running total rather than one batch'),
      since: isoDay.nullable().describe('Start of a cumulative total (YYYY-MM-DD), or null'),
      date: isoDay.nullable().describe('When the movement happened (YYYY-MM-DD), or null'),
      origin: z.array(PlaceRef).describe('Where from; empty when the text does not say'),
      destination: z.array(PlaceRef).describe('Where to; empty when the text does not say'),
      corridor: z.string().nullable().describe('name of the Corridor used, or null'),
      buses: z.number().int().nonnegative().nullable().describe('Number of buses stated for the movement, or null'),
      source: SourceRef.nullable().describe('Who reported the figure, or null'),
      mentions: z.array(Span).min(1).describe('Every mention of the figure; the first is the main evidence'),
      part_of: z
        .number()
        .int()
        .nonnegative()
        .nullable()
        .describe('Index in this document\'s evacuations of the record this figure is part of ("2,163 persons, among them 706 fighters": the 706), so a total does not count it twice; null otherwise'),
      confidence: z.number().min(0).max(1).describe('How sure the rules are that this counts moved people (0..1)'),
      sentence: z.string().describe('The sentence of the first mention: what a reviewer reads to check the record'),
    })
    .describe('A statement that a number of people moved or will move');

  const DocumentResult = z
    .object({
      id: z.string().describe('JSONL or JSON batch: the record id (else path:line, or path#n in an array); front matter id; else the path as given; "-" for stdin'),
      language: z.enum(['ar', 'en', 'unknown']).describe('Detected language of the text'),
      published: isoDay.nullable().describe('Reference date used to resolve relative dates (YYYY-MM-DD), or null'),
      url: z.string().optional().describe("The article's address, present when the input gives one (JSONL or front matter url, the page's canonical link)"),
      title: z.string().optional().describe("The article's headline, present when the input gives one (JSONL or front matter title, the page's title)"),
      outlet: z.string().optional().describe("The publishing outlet, present when the input gives one (JSONL or front matter source or outlet, the page's site name)"),
      relevance: z.number().min(0).max(1).describe('How strongly the article reports forced movement of people at all (0..1); records in a low-relevance article need strong evidence of their own'),
      topics: z.array(z.string()).describe('Kinds of movement and context the article speaks of (evacuation, displacement, flight, refuge, return, deportation, migration, crossing, camp, convoy, conflict, disaster), strongest first'),
      evacuations: z.array(Evacuation).describe('Every statement that a number of people moved or will move'),
      places: z.array(Place).describe('Every place mentioned, one entry per distinct place'),
      corridors: z.array(Corridor).describe('Corridors, crossings, checkpoints and exits'),
      dates: z.array(DateMention).describe('Every date expression'),
      quotes: z.array(Quote).describe('Every attributed statement'),
      warnings: z.array(z.string()).describe('Non-fatal problems met reading or extracting this document'),
    })
    .describe('The result for one input article');

  return { Span, PlaceType, PlaceRef, PlaceRole, Place, CorridorKind, Corridor, DatePrecision, DateMention, Qualifier, NumberMention, Speaker, Quote, SourceRef, Group, MovementKind, Status, Evacuation, DocumentResult };
});

type Contract = ReturnType<typeof contract>;

export type Span = z.infer<Contract['Span']>;
export type PlaceType = z.infer<Contract['PlaceType']>;
export type PlaceRef = z.infer<Contract['PlaceRef']>;
export type PlaceRole = z.infer<Contract['PlaceRole']>;
export type Place = z.infer<Contract['Place']>;
export type CorridorKind = z.infer<Contract['CorridorKind']>;
export type Corridor = z.infer<Contract['Corridor']>;
export type DatePrecision = z.infer<Contract['DatePrecision']>;
export type DateMention = z.infer<Contract['DateMention']>;
export type Qualifier = z.infer<Contract['Qualifier']>;
export type NumberMention = z.infer<Contract['NumberMention']>;
export type Speaker = z.infer<Contract['Speaker']>;
export type Quote = z.infer<Contract['Quote']>;
export type SourceRef = z.infer<Contract['SourceRef']>;
export type Group = z.infer<Contract['Group']>;
export type MovementKind = z.infer<Contract['MovementKind']>;
export type Status = z.infer<Contract['Status']>;
export type Evacuation = z.infer<Contract['Evacuation']>;
export type DocumentResult = z.infer<Contract['DocumentResult']>;

/** JSON Schema of one document result, for `evac-extract schema`. */
export function documentJsonSchema(): unknown {
  return zod().toJSONSchema(contract().DocumentResult, { target: 'draft-2020-12' });
}

// The output contract (shared/spec/OUTPUT.md) as zod schemas: the single source of truth in code.
// Every document is validated against DocumentResult before it is written, and `evac-extract schema`
// prints these as JSON Schema. Field names and enum values are fixed by the contract.
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const PlaceType = z.enum([
  'country', 'governorate', 'region', 'district', 'city', 'town',
  'village', 'neighbourhood', 'camp', 'crossing', 'airbase', 'other',
]);

export const PlaceRef = z.object({
  name: z.string(),
  en: z.string().nullable(),
  type: PlaceType,
  admin1: z.string().nullable(),
  country: z.string().length(2).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  id: z.string().nullable(),
  text: z.string(),
});

export const PlaceRole = z.enum(['origin', 'destination', 'via', 'location', 'dateline']);

export const Place = PlaceRef.extend({
  roles: z.array(PlaceRole),
  mentions: z.array(Span),
});

export const CorridorKind = z.enum(['corridor', 'crossing', 'checkpoint', 'exit']);

export const Corridor = z.object({
  name: z.string(),
  kind: CorridorKind,
  places: z.array(PlaceRef),
  humanitarian: z.boolean(),
  mentions: z.array(Span),
});

export const DatePrecision = z.enum(['day', 'month', 'year']);

export const DateMention = z.object({
  text: z.string(),
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  precision: DatePrecision,
  relative: z.boolean(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Qualifier = z.enum(['exact', 'about', 'more_than', 'at_least', 'less_than', 'up_to', 'range', 'vague']);

export const NumberMention = z.object({
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  qualifier: Qualifier,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const Speaker = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  rank: z.string().nullable(),
  organization: z.string().nullable(),
});

export const Quote = z.object({
  speaker: Speaker,
  anonymous: z.boolean(),
  verb: z.string().nullable(),
  direct: z.boolean(),
  text: z.string(),
  outlet: z.string().nullable(),
  /** Where `text` stands in the input (`input.slice(start, end) === text`). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The whole statement: speaker, verb and words. */
  statement: Span,
});

export const SourceRef = z.object({
  name: z.string(),
  type: z.enum(['person', 'organization', 'outlet']),
});

export const Group = z.enum([
  'people', 'fighters', 'fighters_and_families', 'civilians', 'wounded_sick',
  'women_children', 'displaced', 'refugees', 'nationals', 'families',
]);
export const MovementKind = z.enum(['evacuation', 'return', 'displacement']);
export const Status = z.enum(['completed', 'planned']);

export const Evacuation = z.object({
  count: z.number().int().nonnegative().nullable(),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  qualifier: Qualifier,
  unit: z.enum(['person', 'family']),
  group: Group,
  kind: MovementKind,
  status: Status,
  cumulative: z.boolean(),
  since: isoDay.nullable(),
  date: isoDay.nullable(),
  origin: z.array(PlaceRef),
  destination: z.array(PlaceRef),
  corridor: z.string().nullable(),
  buses: z.number().int().nonnegative().nullable(),
  source: SourceRef.nullable(),
  mentions: z.array(Span).min(1),
  confidence: z.number().min(0).max(1),
  /** The sentence of the first mention: what a reviewer reads to check the record. */
  sentence: z.string(),
});

export const DocumentResult = z.object({
  id: z.string(),
  language: z.enum(['ar', 'en', 'unknown']),
  published: isoDay.nullable(),
  evacuations: z.array(Evacuation),
  places: z.array(Place),
  corridors: z.array(Corridor),
  dates: z.array(DateMention),
  quotes: z.array(Quote),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof Span>;
export type PlaceType = z.infer<typeof PlaceType>;
export type PlaceRef = z.infer<typeof PlaceRef>;
export type PlaceRole = z.infer<typeof PlaceRole>;
export type Place = z.infer<typeof Place>;
export type CorridorKind = z.infer<typeof CorridorKind>;
export type Corridor = z.infer<typeof Corridor>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateMention = z.infer<typeof DateMention>;
export type Qualifier = z.infer<typeof Qualifier>;
export type NumberMention = z.infer<typeof NumberMention>;
export type Speaker = z.infer<typeof Speaker>;
export type Quote = z.infer<typeof Quote>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Group = z.infer<typeof Group>;
export type MovementKind = z.infer<typeof MovementKind>;
export type Status = z.infer<typeof Status>;
export type Evacuation = z.infer<typeof Evacuation>;
export type DocumentResult = z.infer<typeof DocumentResult>;

/** JSON Schema of one document result, for `evac-extract schema`. */
export function documentJsonSchema(): unknown {
  return z.toJSONSchema(DocumentResult, { target: 'draft-2020-12' });
}

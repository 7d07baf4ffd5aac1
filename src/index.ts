// Library API (OUTPUT.md, "Library API"): extract, findNumbers, findDates, normalize, plus the
// schemas and rule loading for programs that process many documents.
import { findDateMentions } from './dates/find.js';
import { analyse } from './document.js';
import { findNumberMentions } from './numbers/find.js';
import { parsePublished } from './published.js';
import { loadRules } from './rules/load.js';
import { contract } from './schema.js';
import type * as Types from './schema.js';

export { extract, type ExtractOptions } from './pipeline.js';
export { normalize, type NormalizedText } from './text/normalize.js';
export { loadRules, RulesError } from './rules/load.js';
export { parsePublished, PublishedDateError } from './published.js';
export { contract, documentJsonSchema } from './schema.js';
// The contract's schemas under their own names, each beside its type: a program that imports the
// library validates with them, so they are built when it is loaded.
const schemas = contract();
export const Span = schemas.Span;
export type Span = Types.Span;
export const PlaceType = schemas.PlaceType;
export type PlaceType = Types.PlaceType;
export const PlaceRef = schemas.PlaceRef;
export type PlaceRef = Types.PlaceRef;
export const PlaceRole = schemas.PlaceRole;
export type PlaceRole = Types.PlaceRole;
export const Place = schemas.Place;
export type Place = Types.Place;
export const CorridorKind = schemas.CorridorKind;
export type CorridorKind = Types.CorridorKind;
export const Corridor = schemas.Corridor;
export type Corridor = Types.Corridor;
export const DatePrecision = schemas.DatePrecision;
export type DatePrecision = Types.DatePrecision;
export const DateMention = schemas.DateMention;
export type DateMention = Types.DateMention;
export const Qualifier = schemas.Qualifier;
export type Qualifier = Types.Qualifier;
export const NumberMention = schemas.NumberMention;
export type NumberMention = Types.NumberMention;
export const Speaker = schemas.Speaker;
export type Speaker = Types.Speaker;
export const Quote = schemas.Quote;
export type Quote = Types.Quote;
export const SourceRef = schemas.SourceRef;
export type SourceRef = Types.SourceRef;
export const Group = schemas.Group;
export type Group = Types.Group;
export const MovementKind = schemas.MovementKind;
export type MovementKind = Types.MovementKind;
export const Status = schemas.Status;
export type Status = Types.Status;
export const Evacuation = schemas.Evacuation;
export type Evacuation = Types.Evacuation;
export const DocumentResult = schemas.DocumentResult;
export type DocumentResult = Types.DocumentResult;

export interface FindOptions {
  published?: string | null;
  rulesDirs?: readonly string[];
}

/** Every numeric expression in `text` (digits in any script, number words, ranges, hedges). */
export function findNumbers(text: string, options: FindOptions = {}): Types.NumberMention[] {
  const doc = analyse(text, { rules: loadRules(options.rulesDirs) });
  return findNumberMentions(doc).map(({ nStart, nEnd, definite, percent, ...m }) => m);
}

/** Every date expression in `text`, resolved against `published` where one is given. */
export function findDates(text: string, options: FindOptions = {}): Types.DateMention[] {
  const doc = analyse(text, { rules: loadRules(options.rulesDirs), published: parsePublished(options.published) });
  return findDateMentions(doc).map(({ nStart, nEnd, role, ...m }) => m);
}

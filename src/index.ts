// Library API (OUTPUT.md, "Library API"): extract, findNumbers, findDates, normalize, plus the
// schemas and rule loading for programs that process many documents.
import { findDateMentions } from './dates/find.js';
import { analyse } from './document.js';
import { findNumberMentions } from './numbers/find.js';
import { parsePublished } from './published.js';
import { loadRules } from './rules/load.js';
import type { DateMention, NumberMention } from './schema.js';

export { extract, type ExtractOptions } from './pipeline.js';
export { normalize, type NormalizedText } from './text/normalize.js';
export { loadRules, RulesError } from './rules/load.js';
export { parsePublished, PublishedDateError } from './published.js';
export * from './schema.js';

export interface FindOptions {
  published?: string | null;
  rulesDirs?: readonly string[];
}

/** Every numeric expression in `text` (digits in any script, number words, ranges, hedges). */
export function findNumbers(text: string, options: FindOptions = {}): NumberMention[] {
  const doc = analyse(text, { rules: loadRules(options.rulesDirs) });
  return findNumberMentions(doc).map(({ nStart, nEnd, definite, percent, ...m }) => m);
}

/** Every date expression in `text`, resolved against `published` where one is given. */
export function findDates(text: string, options: FindOptions = {}): DateMention[] {
  const doc = analyse(text, { rules: loadRules(options.rulesDirs), published: parsePublished(options.published) });
  return findDateMentions(doc).map(({ nStart, nEnd, role, ...m }) => m);
}

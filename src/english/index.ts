// The English path: the same evidence as the Arabic matchers give (numbers, dates, places,
// corridors, quotes), read from English wire copy, and the same linker run with the English
// lexicon on sentences that do not end at abbreviations.
import type { AnalysedDocument } from '../document.js';
import { linkEvacuations, type Evidence } from '../evacuations/link.js';
import type { Evacuation } from '../schema.js';
import { findEnglishDates } from './dates.js';
import { findEnglishNumbers } from './numbers.js';
import { findEnglishCorridors, findEnglishPlaces } from './places.js';
import { findEnglishQuotes } from './quotes.js';
import { englishView } from './text.js';

export function findEnglishEvidence(doc: AnalysedDocument): Omit<Evidence, 'relevance' | 'forced'> {
  const view = englishView(doc);
  const places = findEnglishPlaces(view);
  return {
    numbers: findEnglishNumbers(view),
    dates: findEnglishDates(view),
    places,
    corridors: findEnglishCorridors(view, places),
    quotes: findEnglishQuotes(view),
  };
}

export function linkEnglishEvacuations(doc: AnalysedDocument, evidence: Evidence): Evacuation[] {
  return linkEvacuations(englishView(doc), evidence, doc.rules['evacuations-en']);
}

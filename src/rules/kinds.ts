// Every rule kind the loader knows, by the `kind` field of its files.
import { corridorsRules } from '../corridors/rules.js';
import { datesRules } from '../dates/rules.js';
import { englishRules } from '../english/rules.js';
import { evacuationsEnRules, evacuationsRules } from '../evacuations/rules.js';
import { numbersRules } from '../numbers/rules.js';
import { gazetteerRules } from '../places/gazetteer-rules.js';
import { placesRules } from '../places/rules.js';
import { quotesRules } from '../quotes/rules.js';
import { relevanceRules } from '../relevance/rules.js';
import { morphologyRules } from '../text/morphology.js';

export const ruleKinds = {
  morphology: morphologyRules,
  numbers: numbersRules,
  dates: datesRules,
  gazetteer: gazetteerRules,
  places: placesRules,
  corridors: corridorsRules,
  quotes: quotesRules,
  evacuations: evacuationsRules,
  'evacuations-en': evacuationsEnRules,
  english: englishRules,
  relevance: relevanceRules,
} as const;

export type CompiledRules = { [K in keyof typeof ruleKinds]: ReturnType<(typeof ruleKinds)[K]['compile']> };

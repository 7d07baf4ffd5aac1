// Shared set-up for the place tests: the shipped places rules with the hand-written test
// gazetteer only, so expectations do not move as the shipped gazetteer grows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyse } from '../src/document.js';
import type { PlaceHit } from '../src/mentions.js';
import { gazetteerRules } from '../src/places/gazetteer-rules.js';
import { findPlaceMentions } from '../src/places/find.js';
import { placesRules } from '../src/places/rules.js';
import type { CompiledRules } from '../src/rules/kinds.js';
import { loadRules } from '../src/rules/load.js';

export const GAZETTEER_FIXTURES = fileURLToPath(new URL('./fixtures/gazetteer/', import.meta.url));
const placesFile = fileURLToPath(new URL('../rules/places.yaml', import.meta.url));

let cached: CompiledRules | null = null;

/** The kinds the place finder reads (the word layer's morphology among them); the rest is never touched by it. */
export function testRules(): CompiledRules {
  if (cached) return cached;
  const places = placesRules.compile(placesRules.schema().parse(parse(readFileSync(placesFile, 'utf8'))));
  const data = JSON.parse(readFileSync(`${GAZETTEER_FIXTURES}places-test.json`, 'utf8'));
  const gazetteer = gazetteerRules.compile(gazetteerRules.schema().parse(data));
  cached = { places, gazetteer, morphology: loadRules().morphology } as unknown as CompiledRules;
  return cached;
}

export function placeHits(text: string, rules: CompiledRules = testRules()): PlaceHit[] {
  return findPlaceMentions(analyse(text, { rules }));
}

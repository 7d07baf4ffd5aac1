#!/usr/bin/env node
// Part of `npm run build`: reads, merges and validates the built-in rules once, into
// dist/rules.json, so that a run without --rules starts without parsing YAML, with the tables
// derived from them that would otherwise be rebuilt at every start (the place index's names). The
// loader checks the file's fingerprint against the rule files and falls back to them when they changed.
import { writeFileSync } from 'node:fs';
import { PLACE_NAMES, placeNameTable } from '../dist/places/gazetteer.js';
import { prebuildRules, PREBUILT_RULES_FILE } from '../dist/rules/load.js';

writeFileSync(PREBUILT_RULES_FILE, JSON.stringify(prebuildRules({ [PLACE_NAMES]: placeNameTable })));

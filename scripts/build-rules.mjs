#!/usr/bin/env node
// Part of `npm run build`: reads, merges and validates the built-in rules once, into
// dist/rules.json, so that a run without --rules starts without parsing YAML. The loader checks
// the file's fingerprint against the rule files and falls back to them when they changed.
import { writeFileSync } from 'node:fs';
import { prebuildRules, PREBUILT_RULES_FILE } from '../dist/rules/load.js';

writeFileSync(PREBUILT_RULES_FILE, JSON.stringify(prebuildRules()));

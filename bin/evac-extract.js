#!/usr/bin/env node
// Thin launcher. `npm run build` (run by `npm ci` via `prepare`) compiles src/ into dist/ and
// bundles the CLI into dist/bundle/ (scripts/bundle.mjs), which starts faster than the hundreds of
// modules it is made of.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);

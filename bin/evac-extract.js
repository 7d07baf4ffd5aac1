#!/usr/bin/env node
// Thin launcher. `npm run build` (run by `npm ci` via `prepare`) compiles src/ into dist/ and
// bundles the CLI into one script (scripts/bundle.mjs), which starts faster than the hundreds of
// modules it is made of; launch.js runs it from V8's code cache.
'use strict';
const { loadCli } = require('./launch.js');

loadCli()
  .exports.main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });

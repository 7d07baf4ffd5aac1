// Runs the CLI script that `npm run build` bundles (dist/bundle/cli.cjs), compiled from the V8 code
// cache recorded at build time after extracting one article (scripts/code-cache.mjs): the
// functions a run needs are then read, not parsed and compiled, which saves about a fifth of a
// one-article run. The cache is a hint only: V8 rejects one written by another Node or with other
// flags, and the cache names the size and time of the script it was made from, so a rebuilt script
// is compiled as usual until the cache is recorded again.
// CommonJS, as everything in bin/ (bin/package.json): an ES module entry costs Node's module loader
// a few milliseconds more to start.
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// V8 optimises a function once it has run for a budget of bytecode; at 4x the default budget the
// optimiser sees more of each function's cases first. On the news corpus this halves the deopts and
// recompiles (184 to 100) and cuts the optimiser's time from about 5.6 s to 3.1 s, which each
// thread of `--jobs N` pays for itself: about 10% less CPU in all and 12% more speed with
// `--jobs 2`, the same with `--jobs 1`. Set before the script is compiled, so that the code cache
// is recorded and read under the same flags.
setFlagsFromString('--interrupt-budget=264000');

const CLI_SCRIPT = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const CODE_CACHE = `${CLI_SCRIPT}.cache`;

/** The first line of a cache file: the script it was recorded from. */
function stampOf(path) {
  const st = statSync(path);
  return `${st.size} ${st.mtimeMs}\n`;
}

/** The code in `cachePath` if it was recorded from the script as it is (`stamp`). */
function cachedCode(cachePath, stamp) {
  let data;
  try {
    data = readFileSync(cachePath);
  } catch {
    return undefined;
  }
  const body = data.indexOf(0x0a) + 1;
  return data.subarray(0, body).toString('latin1') === stamp ? data.subarray(body) : undefined;
}

/**
 * Runs the CommonJS script at `path` as `require` would, compiled from the code cache at
 * `cachePath` when that matches (`useCache: false` compiles from source, to record a fresh cache).
 * Gives its exports, whether the cache was `used`, `rejected` by V8 or there was `none` to use,
 * and `recordCache`, which writes the code of every function compiled so far.
 */
function loadScript(path, cachePath, { useCache = true } = {}) {
  const stamp = stampOf(path);
  const cachedData = useCache ? cachedCode(cachePath, stamp) : undefined;
  // Node's own wrapper for a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`, { filename: path, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
    recordCache: () => writeFileSync(cachePath, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()])),
  };
}

/** The CLI module (`main`), from the built bundle. */
const loadCli = (options) => loadScript(CLI_SCRIPT, CODE_CACHE, options);

module.exports = { CLI_SCRIPT, CODE_CACHE, loadScript, loadCli };

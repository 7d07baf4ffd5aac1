#!/usr/bin/env node
// Part of `npm run build`: bundles the compiled CLI (dist/cli.js and what it imports) into one
// CommonJS script, dist/bundle/cli.cjs, which bin/evac-extract.js runs (through bin/launch.js,
// from V8's code cache when scripts/code-cache.mjs left one), and the worker threads' entry into
// ES module files next to it. Loading hundreds of small modules costs more than the whole
// extraction of one article; one script is read and compiled at once, and unlike an ES module it
// can be compiled from a code cache on Node 20.
// dist/ keeps the one-module-per-file output of tsc for the library API and its types.
//
// Modules find files next to them through `import.meta.url` (the rules folder, dist/rules.json,
// package.json, the page assets, the worker, packages loaded with createRequire). In the bundle
// each module's `import.meta.url` is rewritten to the address it has in dist/, so those paths
// stay what they are, with one exception: the worker pool starts `./worker.js` next to itself, and
// in the bundle that is the worker's own bundle (each thread then loads a few files, not hundreds).
// In the CLI script, what a module imports on demand (`import()`: formats, features) is required
// when first used; packages that are only ever loaded that way stay outside.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist`;
const BUNDLE_DIR = `${DIST}/bundle`;

/** Modules whose files next to them are bundled next to them too: their `import.meta.url` is the bundle's. */
const BUNDLED_NEIGHBOURS = new Set([`${DIST}/parallel/ordered.js`]);

/**
 * Loaded with `createRequire(import.meta.url)(name)` on first use: the YAML parser, for front
 * matter and --rules files, and the HTML parser, for pages. The YAML parser's hundred modules take
 * Node longer to find and load than a whole one-article run; in the bundle that call becomes a
 * plain require, which esbuild turns into one module inside the bundle, still evaluated only on
 * its first call. zod is loaded the same way (src/zod.ts) but left out: a usual run never needs
 * it, and its megabyte of code in the script would cost every start-up the time to read it.
 */
const REQUIRED_ON_FIRST_USE = ['yaml', 'htmlparser2'];

/** Loaded with `import()` only, on paths a usual run does not take: left to Node to load from node_modules. */
const ON_DEMAND_PACKAGES = ['exceljs', 'piscina', 'cli-progress'];

const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(`${DIST}${sep}`) || BUNDLED_NEIGHBOURS.has(path)) return undefined;
      let source = await readFile(path, 'utf8');
      for (const name of REQUIRED_ON_FIRST_USE) source = source.replaceAll(`createRequire(import.meta.url)('${name}')`, `require('${name}')`);
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js', resolveDir: dirname(path) };
      const fromBundle = relative(BUNDLE_DIR, path).split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

// Written without comments or indentation, and in ASCII (below): a script Node reads as one-byte
// text is read and compiled faster, and start-up reads all of it.
const common = { outdir: BUNDLE_DIR, bundle: true, minifyWhitespace: true, platform: 'node', target: 'node20', external: ON_DEMAND_PACKAGES, plugins: [ownUrl], logLevel: 'warning' };

await rm(BUNDLE_DIR, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: `${DIST}/cli.js` },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // In one script, a module imported on demand is evaluated on first use: no chunk files to load.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: { worker: `${DIST}/parallel/worker.js` },
  format: 'esm',
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
});

// esbuild escapes what is not ASCII in strings but not in regular expression literals (/[«»]/u):
// escaped there too, where \uXXXX means the same code unit (a surrogate pair stays a pair).
for (const name of ['cli.cjs', 'worker.js']) {
  const file = `${BUNDLE_DIR}/${name}`;
  const source = await readFile(file, 'utf8');
  await writeFile(file, source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

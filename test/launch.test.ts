// bin/launch.js runs a CommonJS script from a V8 code cache: the cache must be used when it was
// recorded from the script as it is, and ignored (the script compiled from source, with the same
// result) when the script changed or the cache is damaged. The built CLI's own cache must be one
// this Node accepts, or the start-up gain silently vanishes.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-helpers.js';

const LAUNCH = pathToFileURL(join(ROOT, 'bin', 'launch.js')).href;

/**
 * In a fresh process (V8 keeps what it compiled in memory, and would not read the cache twice):
 * runs `script` through loadScript, records its cache when asked, and says whether the cache was
 * used and what the script's `answer()` gives.
 */
function load(script: string, cache: string, record = false): string {
  const code = `const { loadScript } = await import(${JSON.stringify(LAUNCH)});
    const s = loadScript(${JSON.stringify(script)}, ${JSON.stringify(cache)});
    ${record ? 's.recordCache();' : ''}
    process.stdout.write(s.cache + ' ' + s.exports.answer());`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code]);
  expect(child.stderr.toString()).toBe('');
  return child.stdout.toString();
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evac-launch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('code cache', () => {
  it('is used when recorded from the script as it is, and ignored once the script changes', () => {
    const script = join(dir, 'a.cjs');
    const cache = join(dir, 'a.cjs.cache');
    writeFileSync(script, 'exports.answer = () => 6 * 7;\n');
    expect(load(script, cache, true)).toBe('none 42');
    expect(load(script, cache)).toBe('used 42');
    appendFileSync(script, 'exports.answer = () => 43;\n');
    expect(load(script, cache)).toBe('none 43');
  });

  it('is rejected by V8 when damaged, and the script still runs', () => {
    const script = join(dir, 'b.cjs');
    const cache = join(dir, 'b.cjs.cache');
    writeFileSync(script, 'exports.answer = () => 6 * 7;\n');
    load(script, cache, true);
    const data = readFileSync(cache);
    const body = data.indexOf(0x0a) + 1;
    writeFileSync(cache, Buffer.concat([data.subarray(0, body), Buffer.alloc(data.length - body, 0x55)]));
    expect(load(script, cache)).toBe('rejected 42');
  });

  it('of the built CLI is accepted by this Node', () => {
    ensureBuilt();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const { loadCli } = await import(${JSON.stringify(LAUNCH)}); process.stdout.write(loadCli().cache);`]);
    expect(child.stdout.toString()).toBe('used');
  }, 180_000);
});

describe('start-up of the built CLI', () => {
  /**
   * Runs the built CLI in a fresh process with `args`, and says what it printed and whether zod was
   * evaluated (zod registers its global registry on globalThis, bundled or not).
   */
  /** Output, and whether the run loaded the schema library and Node's crypto module (which the rules' file stamps spare it). */
  function runCli(args: readonly string[]): { out: string; zod: boolean; crypto: boolean } {
    const code = `const { loadCli } = await import(${JSON.stringify(LAUNCH)});
      let out = '';
      const stdout = new (await import('node:stream')).Writable({ write(chunk, _e, done) { out += chunk; done(); } });
      const exit = await loadCli().exports.main([process.execPath, 'evac-extract', ...${JSON.stringify(args)}], { stdin: process.stdin, stdout, stderr: process.stderr });
      process.stdout.write(JSON.stringify({ exit, out, zod: '__zod_globalRegistry' in globalThis, crypto: process.moduleLoadList.includes('NativeModule crypto') }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
    expect(child.stderr.toString()).toBe('');
    const { exit, out, zod, crypto } = JSON.parse(child.stdout.toString());
    expect(exit).toBe(0);
    return { out, zod, crypto };
  }

  const article = join(ROOT, 'fixtures', 'articles', '01-homs-waer-final.txt');

  it('never loads the schema library nor the crypto module on prebuilt rules, and loads the schema library for --validate and the JSON Schema', () => {
    ensureBuilt();
    const usual = runCli(['-q', '-f', 'jsonl', article]);
    expect(usual.zod).toBe(false);
    expect(usual.crypto).toBe(false);
    const validated = runCli(['-q', '-f', 'jsonl', '--validate', article]);
    expect(validated.zod).toBe(true);
    expect(validated.out).toBe(usual.out);
    const schema = runCli(['schema']);
    expect(schema.zod).toBe(true);
    expect(JSON.parse(schema.out).properties.evacuations.type).toBe('array');
  }, 180_000);
});

// Running the command in tests: `run` calls main() in this process with its own streams and working
// folder (fast: no start-up, no build); `spawnRun` and `start` spawn the built `bin/evac-extract.js`
// (built once if its bundle is older than src/) for the smoke tests that need a real process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'evac-extract.js');
/** What bin/evac-extract.js runs: the bundle of the compiled CLI (scripts/bundle.mjs). */
export const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const isFresh = () => existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource(join(ROOT, 'src'));

/**
 * `npm test` builds first; a lone `vitest run test/cli.test.ts` after an edit builds here. Test files
 * run in parallel, so one builds while the others wait on a lock folder. A type error elsewhere
 * still emits JavaScript; `npm run build` is where type errors fail the run.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const lock = join(ROOT, 'dist', '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isFresh()) {
      try {
        execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'pipe' });
      } catch (e) {
        if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw e;
      }
      // The rest of `npm run build`: the bundle bin runs, the prebuilt rules, the bundle's code cache.
      for (const script of ['bundle.mjs', 'build-rules.mjs', 'code-cache.mjs']) execFileSync(process.execPath, [join(ROOT, 'scripts', script)], { stdio: 'pipe' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** stderr split into lines, without the empty last one. */
  errors: string[];
}

export interface RunOptions {
  cwd: string;
  /** Written to stdin, which is then closed; without it stdin is an empty pipe. */
  input?: string | Buffer;
}

// Concurrent tests share the cores: at most one child per core runs at a time, so each run takes
// its normal time instead of all of them slowing down together past the test timeout.
let free = Math.max(1, availableParallelism());
const waiting: (() => void)[] = [];
const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
const release = () => {
  const next = waiting.shift();
  if (next) next();
  else free++;
};

/** Starts the command once a core is free; stdin, stdout and stderr are pipes. */
export async function start(args: readonly string[], cwd: string): Promise<ChildProcess> {
  await acquire();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  child.once('close', release);
  return child;
}

export function collect(child: ChildProcess): Promise<RunResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ code, signal, stdout: Buffer.concat(out), stderr, errors: stderr.split('\n').filter(Boolean) });
    });
  });
}

export async function spawnRun(args: readonly string[], { cwd, input }: RunOptions): Promise<RunResult> {
  const child = await start(args, cwd);
  const done = collect(child);
  child.stdin!.end(input ?? '');
  return done;
}

// main() reads paths against the working folder, which is the process's: in-process runs take
// turns, each in its own folder.
let turn: Promise<unknown> = Promise.resolve();

/**
 * main() in this process, in folder `cwd`, with `input` on its standard input (not a terminal). On
 * one thread unless the arguments ask for more: the worker threads run the built script, which
 * these tests of the sources do not use (threads are tested through `spawnRun`).
 */
export function run(args: readonly string[], { cwd, input }: RunOptions): Promise<RunResult> {
  if (!args.some((a) => a === '-j' || a === '--jobs' || a.startsWith('--jobs='))) args = ['--jobs', '1', ...args];
  const mine = turn.then(async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    stdin.end(input ?? '');
    const home = process.cwd();
    process.chdir(cwd);
    let code: number;
    try {
      code = await main(['node', 'evac-extract', ...args], { stdin, stdout, stderr });
    } finally {
      process.chdir(home);
    }
    const text = Buffer.concat(err).toString('utf8');
    return { code, signal: null, stdout: Buffer.concat(out), stderr: text, errors: text.split('\n').filter(Boolean) };
  });
  turn = mine.catch(() => undefined);
  return mine;
}

/** JSONL output → documents. */
export const jsonl = (out: Buffer): Record<string, unknown>[] =>
  out.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

type Schema = Record<string, unknown>;

/**
 * A JSON Schema check for the keywords `evac-extract schema` uses. An unknown keyword fails the
 * check, so a schema that grows past this checker is noticed rather than half-checked.
 */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  const errs: string[] = [];
  const typeOk = (t: string) =>
    t === 'null' ? value === null
      : t === 'integer' ? Number.isInteger(value)
        : t === 'array' ? Array.isArray(value)
          : t === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : typeof value === t;
  for (const [key, rule] of Object.entries(schema)) {
    switch (key) {
      case '$schema':
        break;
      case 'type':
        if (![rule as string | string[]].flat().some(typeOk)) errs.push(`${path}: expected ${rule}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((s) => !schemaErrors(s, value, path).length)) errs.push(`${path}: matches no anyOf branch`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) errs.push(`${path}: does not match ${rule}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) errs.push(`${path}: below ${rule}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) errs.push(`${path}: above ${rule}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number)) errs.push(`${path}: shorter than ${rule}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (rule as number)) errs.push(`${path}: longer than ${rule}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) errs.push(`${path}: fewer than ${rule} items`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errs.push(...schemaErrors(rule as Schema, v, `${path}[${i}]`)));
        break;
      case 'required':
        if (typeOk('object')) for (const k of rule as string[]) if (!(k in (value as object))) errs.push(`${path}: missing ${k}`);
        break;
      case 'properties':
        if (typeOk('object')) {
          for (const [k, s] of Object.entries(rule as Record<string, Schema>)) {
            if (k in (value as object)) errs.push(...schemaErrors(s, (value as Record<string, unknown>)[k], `${path}.${k}`));
          }
        }
        break;
      case 'additionalProperties':
        if (rule === false && typeOk('object')) {
          const known = Object.keys((schema.properties as object) ?? {});
          for (const k of Object.keys(value as object)) if (!known.includes(k)) errs.push(`${path}: unexpected ${k}`);
        }
        break;
      case 'description':
        break; // an annotation: nothing to check
      default:
        errs.push(`${path}: schema keyword ${key} is not supported by this checker`);
    }
  }
  return errs;
}

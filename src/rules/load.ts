// Reads rule files (JSON or YAML, any depth below a rules folder), merges every file of a kind in
// order (built-in first, then each --rules folder), validates the merged data with the kind's zod
// schema and compiles it. Compiled rules are cached per folder list: one compile per process.
// The built-in rules are also read, merged and validated at build time into one JSON file
// (dist/rules.json, by scripts/build-rules.mjs): a run without --rules loads that instead of
// parsing YAML, as long as the fingerprint of the rule files still matches.
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { parseYaml } from '../yaml.js';
import { compileKind, dependencyOrder, RuleEntryError } from './kind.js';
import { markPrebuilt, usePrebuiltTables, type Derivations } from './derived.js';
import { ruleKinds, type CompiledRules } from './kinds.js';

/** The rules shipped with the package (`rules/` at the package root, from src/ or dist/ alike). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** The built-in rules, merged and validated by `npm run build`. */
export const PREBUILT_RULES_FILE = fileURLToPath(new URL('../../dist/rules.json', import.meta.url));

export class RulesError extends Error {
  override name = 'RulesError';
}

type Data = Record<string, unknown>;

/** The order rule files merge in: by name as people sort them, folder by folder. */
const byName = (a: string, b: string): number => a.localeCompare(b);
/** Any fixed order does for a fingerprint: this one needs no collator loaded at start-up. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function listRuleFiles(dir: string, order = byName): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new RulesError(`${dir}: rules folder not found`);
  }
  if (!st.isDirectory()) throw new RulesError(`${dir}: not a folder of rule files`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => order(a.name, b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(json|ya?ml)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function parseRuleFile(path: string): Data {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(raw) : parseYaml(raw);
  } catch (e) {
    throw new RulesError(`${path}: cannot parse: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new RulesError(`${path}: a rule file is an object with a "kind" field`);
  const kind = (data as Data).kind;
  if (typeof kind !== 'string' || !(kind in ruleKinds)) {
    throw new RulesError(`${path}: unknown rule kind ${JSON.stringify(kind)} (expected one of ${Object.keys(ruleKinds).join(', ')})`);
  }
  return data as Data;
}

/** Later files extend earlier ones: lists are concatenated, maps merged key by key, scalars replaced. */
export function mergeRuleData(base: unknown, over: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(over)) return [...base, ...over];
  if (base && over && typeof base === 'object' && typeof over === 'object' && !Array.isArray(base) && !Array.isArray(over)) {
    const out: Data = { ...(base as Data) };
    for (const [k, v] of Object.entries(over as Data)) out[k] = k in out ? mergeRuleData(out[k], v) : v;
    return out;
  }
  return over;
}

interface RuleFile {
  name: string;
  data: unknown;
}

/**
 * The file a problem at `path` of the merged data comes from, and the path inside that file: lists
 * concatenate, so an index picks the file whose share of the list holds it; a key is looked for in
 * every file that has it, and the last such file (the one whose value won) is named. `keys` narrows
 * to files that hold one of them.
 */
function blame(files: readonly RuleFile[], path: readonly PropertyKey[], keys: readonly string[]): { name: string; path: string } | null {
  let at = files.map((f) => ({ name: f.name, value: f.data, path: [] as string[] }));
  for (const seg of path) {
    if (typeof seg === 'number') {
      let offset = 0;
      const hit = at.find((c) => {
        if (!Array.isArray(c.value)) return false;
        if (seg < offset + c.value.length) return true;
        offset += c.value.length;
        return false;
      });
      at = hit ? [{ name: hit.name, value: (hit.value as unknown[])[seg - offset], path: [...hit.path, String(seg - offset)] }] : [];
    } else {
      const key = String(seg);
      at = at
        .filter((c) => isObject(c.value) && key in c.value)
        .map((c) => ({ name: c.name, value: (c.value as Data)[key], path: [...c.path, key] }));
    }
    if (at.length === 0) return null;
  }
  const holders = keys.length ? at.filter((c) => isObject(c.value) && keys.some((k) => k in (c.value as Data))) : at;
  const last = holders.at(-1);
  return last ? { name: last.name, path: last.path.join('.') } : null;
}

const isObject = (v: unknown): v is Data => !!v && typeof v === 'object' && !Array.isArray(v);

function entryError(kind: string, files: readonly RuleFile[], path: readonly PropertyKey[], message: string, keys: readonly string[] = []): RulesError {
  const found = blame(files, path, keys) ?? {
    name: files.map((f) => f.name).join(', ') || `rules of kind ${kind}`,
    path: path.map(String).join('.'),
  };
  return new RulesError(`${found.name}: ${found.path ? `${found.path}: ` : ''}${message}`);
}

const schemaError = (kind: string, files: readonly RuleFile[], issue: z.core.$ZodIssue): RulesError =>
  entryError(kind, files, issue.path, issue.message, issue.code === 'unrecognized_keys' ? issue.keys : []);

const cache = new Map<string, CompiledRules>();

type ValidData = Record<string, unknown>;

/**
 * Every rule file of `dirs`, merged per kind, validated and compiled: the data (what the prebuilt
 * file keeps) and the compiled rules. A compile error (what only shows when entries are put
 * together) is blamed on the files of its kind.
 */
function readRules(dirs: readonly string[]): { valid: ValidData; compiled: Record<string, unknown> } {
  const merged = new Map<string, { data: unknown; files: RuleFile[] }>();
  for (const dir of dirs) {
    for (const file of listRuleFiles(dir)) {
      const data = parseRuleFile(file);
      const prev = merged.get(data.kind as string);
      const f = { name: relative(process.cwd(), file) || file, data };
      merged.set(data.kind as string, prev ? { data: mergeRuleData(prev.data, data), files: [...prev.files, f] } : { data, files: [f] });
    }
  }
  const valid: ValidData = {};
  const compiled: Record<string, unknown> = {};
  for (const kind of dependencyOrder(ruleKinds)) {
    const def = ruleKinds[kind as keyof typeof ruleKinds];
    const entry = merged.get(kind) ?? { data: { kind }, files: [] };
    const parsed = def.schema().safeParse(entry.data);
    if (!parsed.success) throw schemaError(kind, entry.files, parsed.error.issues[0]!);
    try {
      compiled[kind] = compileKind(def, parsed.data, compiled);
    } catch (e) {
      // An entry bad only against the kinds this one needs is named in the file that holds it.
      if (e instanceof RuleEntryError) throw entryError(kind, entry.files, e.path, e.message);
      // The schemas check entries one by one; what only shows when they are put together lands here.
      throw new RulesError(`${entry.files.map((f) => f.name).join(', ')}: ${(e as Error).message.split('\n')[0]}`);
    }
    valid[kind] = parsed.data;
  }
  return { valid, compiled };
}

/** The built-in rule files, by name relative to the folder, in a fixed order. */
const builtinFiles = (): string[] => listRuleFiles(BUILTIN_RULES_DIR, byCode);

/** A hash of the names and contents of the built-in rule files. */
function builtinFingerprint(files = builtinFiles()): string {
  // Loaded only when the stamps differ: loading the crypto module and hashing the files cost a one-article run some 10 ms.
  const hash = (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256') as Hash;
  for (const file of files) hash.update(`${relative(BUILTIN_RULES_DIR, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Each built-in rule file's name, size and modification time: what the build saw, cheaper to compare than contents. */
type Stamps = [name: string, size: number, mtimeMs: number][];

function builtinStamps(files = builtinFiles()): Stamps {
  return files.map((file) => {
    const st = statSync(file);
    return [relative(BUILTIN_RULES_DIR, file), st.size, st.mtimeMs];
  });
}

const sameStamps = (a: Stamps, b: Stamps): boolean =>
  a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1] && s[2] === b[i]![2]);

/**
 * Whether `built` was built from the built-in rule files as they are now, and how that is known:
 * by the files' stamps, or (when those differ, as in a copy installed from a package) by their contents.
 */
export function builtFromRuleFiles(built: Pick<PrebuiltRules, 'stamps' | 'fingerprint'>): 'stamps' | 'contents' | false {
  const files = builtinFiles();
  if (sameStamps(built.stamps, builtinStamps(files))) return 'stamps';
  return built.fingerprint === builtinFingerprint(files) ? 'contents' : false;
}

interface PrebuiltRules {
  fingerprint: string;
  /** The files' stamps when built: equal stamps spare reading and hashing them (installed copies, whose times differ, still compare contents). */
  stamps: Stamps;
  data: ValidData;
  /** Tables derived from the compiled rules (rules/derived.ts). */
  tables: Record<string, unknown>;
}

/** The built-in rules as `npm run build` leaves them, with the tables `derivations` compute (for scripts/build-rules.mjs). */
export function prebuildRules(derivations: Derivations<CompiledRules> = {}): PrebuiltRules {
  const { valid, compiled } = readRules([BUILTIN_RULES_DIR]);
  const tables = Object.fromEntries(Object.entries(derivations).map(([name, derive]) => [name, derive(compiled as CompiledRules)]));
  const files = builtinFiles();
  return { fingerprint: builtinFingerprint(files), stamps: builtinStamps(files), data: valid, tables };
}

const THIS_MODULE = fileURLToPath(import.meta.url);

/**
 * The prebuilt data and tables, if there is a file built with this code (not before the last compile, which
 * may have changed a schema) from the rule files as they are now. Never when running the
 * TypeScript sources (tests), which always read the rule files.
 */
function prebuilt(): PrebuiltRules | null {
  if (THIS_MODULE.endsWith('.ts')) return null;
  let file: PrebuiltRules;
  try {
    if (statSync(PREBUILT_RULES_FILE).mtimeMs < statSync(THIS_MODULE).mtimeMs) return null;
    file = JSON.parse(readFileSync(PREBUILT_RULES_FILE, 'utf8')) as PrebuiltRules;
  } catch {
    return null;
  }
  return builtFromRuleFiles(file) ? file : null;
}

/** Compiled rules from the built-in folder plus `extraDirs`, in that order. */
export function loadRules(extraDirs: readonly string[] = []): CompiledRules {
  const dirs = [BUILTIN_RULES_DIR, ...extraDirs.map((d) => resolve(d))];
  const key = dirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;

  const built = extraDirs.length ? null : prebuilt();
  let compiled: Record<string, unknown>;
  if (built) {
    // Data validated and compiled once at build time cannot fail to compile: each kind is compiled
    // when first read (and the kinds it needs when it is), so that a run on Arabic text never
    // compiles the English rules.
    compiled = {};
    usePrebuiltTables(built.tables);
    for (const [kind, def] of Object.entries(ruleKinds)) {
      let value: unknown;
      Object.defineProperty(compiled, kind, { enumerable: true, get: () => (value ??= markPrebuilt(compileKind(def, built.data[kind], compiled))) });
    }
  } else compiled = readRules(dirs).compiled;
  const rules = compiled as CompiledRules;
  cache.set(key, rules);
  return rules;
}

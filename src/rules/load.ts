// Reads rule files (JSON or YAML, any depth below a rules folder), merges every file of a kind in
// order (built-in first, then each --rules folder), validates the merged data with the kind's zod
// schema and compiles it. Compiled rules are cached per folder list: one compile per process.
// The built-in rules are also read, merged and validated at build time into one JSON file
// (dist/rules.json, by scripts/build-rules.mjs): a run without --rules loads that instead of
// parsing YAML, as long as the fingerprint of the rule files still matches.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../yaml.js';
import { ruleKinds, type CompiledRules } from './kinds.js';

/** The rules shipped with the package (`rules/` at the package root, from src/ or dist/ alike). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** The built-in rules, merged and validated by `npm run build`. */
export const PREBUILT_RULES_FILE = fileURLToPath(new URL('../../dist/rules.json', import.meta.url));

export class RulesError extends Error {
  override name = 'RulesError';
}

type Data = Record<string, unknown>;

function listRuleFiles(dir: string): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new RulesError(`${dir}: rules folder not found`);
  }
  if (!st.isDirectory()) throw new RulesError(`${dir}: not a folder of rule files`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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

const cache = new Map<string, CompiledRules>();

type ValidData = Record<string, unknown>;

/** Every rule file of `dirs`, merged per kind and validated: the data the compilers take. */
function validRuleData(dirs: readonly string[]): ValidData {
  const merged = new Map<string, { data: unknown; files: string[] }>();
  for (const dir of dirs) {
    for (const file of listRuleFiles(dir)) {
      const data = parseRuleFile(file);
      const prev = merged.get(data.kind as string);
      const name = relative(process.cwd(), file) || file;
      merged.set(data.kind as string, prev ? { data: mergeRuleData(prev.data, data), files: [...prev.files, name] } : { data, files: [name] });
    }
  }
  const valid: ValidData = {};
  for (const [kind, def] of Object.entries(ruleKinds)) {
    const entry = merged.get(kind) ?? { data: { kind }, files: [] };
    const parsed = def.schema.safeParse(entry.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.join('.');
      throw new RulesError(`${entry.files.join(', ') || `rules of kind ${kind}`}: ${where ? `${where}: ` : ''}${issue.message}`);
    }
    valid[kind] = parsed.data;
  }
  return valid;
}

/** A hash of the names and contents of the built-in rule files. */
function builtinFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of listRuleFiles(BUILTIN_RULES_DIR)) hash.update(`${relative(BUILTIN_RULES_DIR, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

interface PrebuiltRules {
  fingerprint: string;
  data: ValidData;
}

/** The built-in rules as `npm run build` left them (for scripts/build-rules.mjs). */
export function prebuildRules(): PrebuiltRules {
  return { fingerprint: builtinFingerprint(), data: validRuleData([BUILTIN_RULES_DIR]) };
}

const THIS_MODULE = fileURLToPath(import.meta.url);

/**
 * The prebuilt data, if there is a file built with this code (not before the last compile, which
 * may have changed a schema) from the rule files as they are now. Never when running the
 * TypeScript sources (tests), which always read the rule files.
 */
function prebuiltData(): ValidData | null {
  if (THIS_MODULE.endsWith('.ts')) return null;
  let prebuilt: PrebuiltRules;
  try {
    if (statSync(PREBUILT_RULES_FILE).mtimeMs < statSync(THIS_MODULE).mtimeMs) return null;
    prebuilt = JSON.parse(readFileSync(PREBUILT_RULES_FILE, 'utf8')) as PrebuiltRules;
  } catch {
    return null;
  }
  return prebuilt.fingerprint === builtinFingerprint() ? prebuilt.data : null;
}

/** Compiled rules from the built-in folder plus `extraDirs`, in that order. */
export function loadRules(extraDirs: readonly string[] = []): CompiledRules {
  const dirs = [BUILTIN_RULES_DIR, ...extraDirs.map((d) => resolve(d))];
  const key = dirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;

  const valid = (extraDirs.length ? null : prebuiltData()) ?? validRuleData(dirs);
  const compiled: Record<string, unknown> = {};
  for (const [kind, def] of Object.entries(ruleKinds)) compiled[kind] = (def.compile as (d: unknown) => unknown)(valid[kind]);
  const rules = compiled as CompiledRules;
  cache.set(key, rules);
  return rules;
}

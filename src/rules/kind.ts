// A rule kind: the zod schema of its data files and the compiler that turns validated data into
// the structures a matcher runs on. Each matcher owns its kind (src/<matcher>/rules.ts). A kind
// whose compiler reads another kind's compiled rules (the quotes lexicons read words under the
// morphology policy) names it in `needs`: the loader compiles that kind first and passes it in,
// so a --rules file of the one reaches the compiler of the other.
import type { z } from 'zod';
import type { Zod } from '../zod.js';

type AnyKind = RuleKind<z.ZodType, any, Needs>;

/** The kinds a compiler reads, by the name it reads each under. */
export type Needs = { readonly [name: string]: AnyKind };

/** The compiled rules of the kinds `N` names, under the same names. */
export type Compiled<N extends Needs> = { readonly [K in keyof N]: ReturnType<N[K]['compile']> };

export interface RuleKind<S extends z.ZodType = z.ZodType, C = unknown, N extends Needs = Needs> {
  /** The value of the top-level `kind` field of the kind's rule files. */
  readonly kind: string;
  /** The schema, built on first call (`lazily`): runs on prebuilt rules never load zod. */
  readonly schema: () => S;
  readonly needs?: N;
  /** A kind that needs none compiles from its data alone. */
  compile(data: z.infer<S>, ...needs: keyof N extends never ? [] : [Compiled<N>]): C;
}

export const defineRuleKind = <S extends z.ZodType, C, N extends Needs = {}>(k: RuleKind<S, C, N>): RuleKind<S, C, N> => k;

/**
 * An entry of a kind's data that is bad only against a kind it needs (a clitic the morphology does
 * not read). `path` is where it stands in the kind's merged data: the loader names the file.
 */
export class RuleEntryError extends Error {
  constructor(
    readonly path: readonly PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

/** The names of `kinds` in an order where every kind comes after the kinds it needs, otherwise as listed. */
export function dependencyOrder(kinds: Readonly<Record<string, AnyKind>>): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (order.includes(name)) return;
    const def = kinds[name];
    if (!def) throw new Error(`rule kind ${JSON.stringify(name)} is needed but not known`);
    if (visiting.has(name)) throw new Error(`rule kinds need each other: ${[...visiting, name].join(' → ')}`);
    visiting.add(name);
    for (const dep of Object.values(def.needs ?? {})) visit(dep.kind);
    visiting.delete(name);
    order.push(name);
  };
  for (const name of Object.keys(kinds)) visit(name);
  return order;
}

/** `def` compiled from `data`, given the kinds it needs from `compiled` (read when `def` is compiled, so they may compile lazily). */
export function compileKind(def: AnyKind, data: unknown, compiled: Readonly<Record<string, unknown>>): unknown {
  const needs = Object.fromEntries(Object.entries(def.needs ?? {}).map(([name, dep]) => [name, compiled[dep.kind]]));
  return (def.compile as (data: unknown, needs: unknown) => unknown)(data, needs);
}

/**
 * A regular expression written in a rule file, checked when the file is read so that a bad one is
 * reported with the file and the entry that hold it. `form` turns the entry into the source the
 * matcher compiles (e.g. folded and wrapped).
 */
export const regexSource = (z: Zod, flags: string, form: (source: string) => string = (s) => s) =>
  z.string().min(1).superRefine((source, ctx) => {
    try {
      new RegExp(form(source), flags);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `bad regular expression ${JSON.stringify(source)}: ${(e as Error).message}` });
    }
  });

// A rule kind: the zod schema of its data files and the compiler that turns validated data into
// the structures a matcher runs on. Each matcher owns its kind (src/<matcher>/rules.ts).
import type { z } from 'zod';

export interface RuleKind<S extends z.ZodType = z.ZodType, C = unknown> {
  /** The value of the top-level `kind` field of the kind's rule files. */
  readonly kind: string;
  readonly schema: S;
  compile(data: z.infer<S>): C;
}

export const defineRuleKind = <S extends z.ZodType, C>(k: RuleKind<S, C>): RuleKind<S, C> => k;

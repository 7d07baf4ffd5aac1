// A rule kind: the zod schema of its data files and the compiler that turns validated data into
// the structures a matcher runs on. Each matcher owns its kind (src/<matcher>/rules.ts).
import { z } from 'zod';

export interface RuleKind<S extends z.ZodType = z.ZodType, C = unknown> {
  /** The value of the top-level `kind` field of the kind's rule files. */
  readonly kind: string;
  readonly schema: S;
  compile(data: z.infer<S>): C;
}

export const defineRuleKind = <S extends z.ZodType, C>(k: RuleKind<S, C>): RuleKind<S, C> => k;

/**
 * A regular expression written in a rule file, checked when the file is read so that a bad one is
 * reported with the file and the entry that hold it. `form` turns the entry into the source the
 * matcher compiles (e.g. folded and wrapped).
 */
export const regexSource = (flags: string, form: (source: string) => string = (s) => s) =>
  z.string().min(1).superRefine((source, ctx) => {
    try {
      new RegExp(form(source), flags);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `bad regular expression ${JSON.stringify(source)}: ${(e as Error).message}` });
    }
  });

// Rule kind "quotes": schema of rules/*.{json,yaml} files with `kind: quotes` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const quotesRules = defineRuleKind({
  kind: 'quotes',
  schema: z.looseObject({ kind: z.literal('quotes') }),
  compile: (data) => data,
});

export type CompiledQuotesRules = ReturnType<typeof quotesRules.compile>;

// Rule kind "dates": schema of rules/*.{json,yaml} files with `kind: dates` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const datesRules = defineRuleKind({
  kind: 'dates',
  schema: z.looseObject({ kind: z.literal('dates') }),
  compile: (data) => data,
});

export type CompiledDatesRules = ReturnType<typeof datesRules.compile>;

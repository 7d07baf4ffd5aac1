// Rule kind "corridors": schema of rules/*.{json,yaml} files with `kind: corridors` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const corridorsRules = defineRuleKind({
  kind: 'corridors',
  schema: z.looseObject({ kind: z.literal('corridors') }),
  compile: (data) => data,
});

export type CompiledCorridorsRules = ReturnType<typeof corridorsRules.compile>;

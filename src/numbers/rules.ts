// Rule kind "numbers": schema of rules/*.{json,yaml} files with `kind: numbers` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const numbersRules = defineRuleKind({
  kind: 'numbers',
  schema: z.looseObject({ kind: z.literal('numbers') }),
  compile: (data) => data,
});

export type CompiledNumbersRules = ReturnType<typeof numbersRules.compile>;

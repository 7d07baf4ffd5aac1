// Rule kind "evacuations": schema of rules/*.{json,yaml} files with `kind: evacuations` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const evacuationsRules = defineRuleKind({
  kind: 'evacuations',
  schema: z.looseObject({ kind: z.literal('evacuations') }),
  compile: (data) => data,
});

export type CompiledEvacuationsRules = ReturnType<typeof evacuationsRules.compile>;

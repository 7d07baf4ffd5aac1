// Rule kind "gazetteer": schema of rules/*.{json,yaml} files with `kind: gazetteer` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const gazetteerRules = defineRuleKind({
  kind: 'gazetteer',
  schema: z.looseObject({ kind: z.literal('gazetteer') }),
  compile: (data) => data,
});

export type CompiledGazetteerRules = ReturnType<typeof gazetteerRules.compile>;

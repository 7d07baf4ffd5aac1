// Rule kind "places": schema of rules/*.{json,yaml} files with `kind: places` and their compiled form.
import { z } from 'zod';
import { defineRuleKind } from '../rules/kind.js';

export const placesRules = defineRuleKind({
  kind: 'places',
  schema: z.looseObject({ kind: z.literal('places') }),
  compile: (data) => data,
});

export type CompiledPlacesRules = ReturnType<typeof placesRules.compile>;

// Rule kind "relevance": the cue words that say an article reports forced movement of people, with
// their topic, class (movement or context) and weight. See rules/relevance.yaml for the formula.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { firstListMatching } from '../evacuations/rules.js';
import { defineRuleKind } from '../rules/kind.js';

const schema = lazily((z) => {
  return z.strictObject({
    kind: z.literal('relevance'),
    scale: z.number().positive().default(4),
    cap: z.number().int().positive().default(3),
    cues: z
      .array(
        z.strictObject({
          topic: z.string().min(1),
          class: z.enum(['movement', 'context']),
          // A means of moving (crossings, camps, buses): alone it tells of travel and trade as well.
          means: z.boolean().default(false),
          weight: z.number().positive(),
          words: z.array(z.string().min(1)).min(1),
        }),
      )
      .default([]),
  });
});

function compile(data: z.infer<ReturnType<typeof schema>>) {
  return {
    scale: data.scale,
    cap: data.cap,
    cues: data.cues.map((c) => ({ topic: c.topic, movement: c.class === 'movement', means: c.means, weight: c.weight })),
    /** The index of the first cue whose words a word form matches, or -1. */
    cueOf: firstListMatching(data.cues.map((c) => ({ patterns: c.words, where: `cues.${c.topic}` }))),
  };
}

export const relevanceRules = defineRuleKind({ kind: 'relevance', schema, compile });
export type CompiledRelevanceRules = ReturnType<typeof compile>;

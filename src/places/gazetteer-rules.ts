// Rule kind "gazetteer": the place entries (rules/gazetteer/*.json and user --rules files). The
// compiled form keeps one entry per id, the later file winning, so a user file can correct a
// built-in entry by repeating its id. Matching structures that also need the "places" rules
// (clitics, type words) are built from this in gazetteer.ts.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { defineRuleKind } from '../rules/kind.js';
import { contract } from '../schema.js';

const schema = lazily((z) => {
  const { PlaceType } = contract();
  const name = z.string().trim().min(1, 'a name cannot be empty');

  const GazetteerEntry = z.strictObject({
    id: z.string().trim().min(1, 'every entry needs an id'),
    name,
    en: z.string().nullable().default(null),
    type: PlaceType,
    admin1: z.string().nullable().default(null),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals (SY)')
      .nullable()
      .default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    aliases: z.array(name).default([]),
    pcode: z.string().nullable().optional(),
    parent: z.string().nullable().optional(),
    /** Higher wins when several entries share a name and nothing in the text decides (default 0). */
    priority: z.number().default(0),
    /** The name is also a common word or a person's name: it counts only with a cue (see places.yaml `ambiguous`). */
    ambiguous: z.boolean().default(false),
    /**
     * A country's nationality nouns where the nisba of its name does not give them (بنغالي for
     * بنغلاديش، نمساوي for النمسا) and their broken plurals (أتراك، أفغان): singular nisbas take
     * the usual endings (بنغاليون، بنغاليا).
     */
    nationals: z.array(name).optional(),
    /**
     * Its aliases stand for it only in news of its own country (الساحل is Syria's coast in Syrian
     * news, another coast in Libyan news): read through one, it is dropped where the article's
     * other places are mostly in another country.
     */
    local: z.boolean().default(false),
  });

  return z.strictObject({
    kind: z.literal('gazetteer'),
    source: z.string().optional(),
    entries: z.array(GazetteerEntry).default([]),
  });
});

type Data = z.infer<ReturnType<typeof schema>>;
export type GazetteerEntry = Data['entries'][number];
/** An entry as written in a rule file (defaults not yet applied). */
export type GazetteerEntryInput = NonNullable<z.input<ReturnType<typeof schema>>['entries']>[number];

export interface Gazetteer {
  readonly source: string | null;
  /** One entry per id, in first-seen order; a repeated id takes the later entry's content. */
  readonly entries: readonly GazetteerEntry[];
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
}

export function compileGazetteer(data: Data): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const e of data.entries) byId.set(e.id, e);
  return { source: data.source ?? null, entries: [...byId.values()], byId };
}

export const gazetteerRules = defineRuleKind({ kind: 'gazetteer', schema, compile: compileGazetteer });

export type CompiledGazetteerRules = ReturnType<typeof gazetteerRules.compile>;

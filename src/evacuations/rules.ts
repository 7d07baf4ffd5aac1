// Rule kind "evacuations": the lexicons the linker uses to decide that a figure counts people who
// moved, and to read who moved, how, and whether it is done. Patterns are single-word regexes in
// matching form, compiled once into anchored alternations.
import type { z } from 'zod';
import { lazily } from '../zod.js';
import { fold } from '../text/normalize.js';
import { defineRuleKind, regexSource } from '../rules/kind.js';
import { datesRules } from '../dates/rules.js';
import { englishRules } from '../english/rules.js';
import { placesRules } from '../places/rules.js';
import { quotesRules } from '../quotes/rules.js';
import { contract, type MovementKind } from '../schema.js';
import { morphologyRules } from '../text/morphology.js';

const schema = lazily((z) => {
  const { Group, MovementKind, PlaceType } = contract();
  const Pattern = regexSource(z, 'u', (p) => `^(?:${fold(p)})$`);
  const Patterns = z.array(Pattern).default([]);

  return z.strictObject({
    kind: z.enum(['evacuations', 'evacuations-en']),
    people: z
      .array(z.strictObject({ group: Group, unit: z.enum(['person', 'family']).default('person'), words: z.array(Pattern) }))
      .default([]),
    with_families: Patterns,
    triggers: z.partialRecord(MovementKind, Patterns).default({}),
    weak_triggers: Patterns,
    carrying: Patterns,
    transporting: Patterns,
    neutral_triggers: Patterns,
    blockers: Patterns,
    not_people: Patterns,
    not_movers: Patterns,
    staff: Patterns,
    expatriates: Patterns,
    travellers: Patterns,
    movers: Patterns,
    period_words: Patterns,
    period_units: Patterns,
    until_words: z.array(z.string()).default([]),
    contains: Patterns,
    status_nouns: Patterns,
    report_verbs: Patterns,
    report_links: z.array(z.string()).default([]),
    leaving_states: Patterns,
    states_left: Patterns,
    quantifiers: Patterns,
    eras: Patterns,
    ranks: Patterns,
    verbal_nouns: Patterns,
    processes: Patterns,
    modality: Patterns,
    denials: Patterns,
    refusals: Patterns,
    amount_verbs: Patterns,
    amount_words: Patterns,
    rate_units: Patterns,
    drills: Patterns,
    stays: Patterns,
    still: Patterns,
    relevance_threshold: z.number().min(0).max(1).default(0.5),
    // How an article's triggers settle the kind of a figure whose own verb says only how people moved.
    article_kind: z
      .strictObject({
        neutral_weight: z.number().min(0).max(1).default(0.5),
        dominance: z.number().min(1).default(2),
        headline_weight: z.number().min(0).default(1),
        leaning_min: z.number().min(0).default(2),
      })
      .prefault({}),
    planned: Patterns,
    planned_with: z.strictObject({ verbs: Patterns, prepositions: z.array(z.string()).default([]) }).default({ verbs: [], prepositions: [] }),
    completed: Patterns,
    past_time: Patterns,
    future_verbs: Patterns,
    cumulative: Patterns,
    cumulative_phrases: z.array(z.array(z.string().min(1)).min(2)).default([]),
    manner_phrases: z.array(z.array(z.string().min(1)).min(1)).default([]),
    besides_phrases: z.array(z.array(z.string().min(1)).min(1)).default([]),
    shelters: z.array(z.array(z.string().min(1)).min(1)).default([]),
    count_heads: Patterns,
    stock_groups: z.array(Group).default([]),
    // Word endings the linker reads (matching form): possessive pronouns on a counted noun, the
    // nisba endings of a nationality noun and the country-name endings it replaces, a noun in
    // construct with a place (أهالي، سكان), the displaced of a place (نازحين الموصل), a person
    // noun in the plural nisba (الأفغانيين).
    endings: z
      .strictObject({
        possessive: z.array(z.string().min(1)).default([]),
        nisba: z.array(z.string().min(1)).default([]),
        country_name: z.array(z.string().min(1)).default([]),
        construct: z.array(z.string().min(1)).default([]),
        displaced_construct: z.array(z.string().min(1)).default([]),
        person_nisba: z.array(z.string().min(1)).default([]),
        adjective_nisba: z.array(z.string().min(1)).default([]),
        land_name: z.array(z.string().min(1)).default([]),
        count_pronoun: z.array(z.string().min(1)).default([]),
        owner_pronoun: z.array(z.string().min(1)).default([]),
      })
      .prefault({}),
    // A noun with the article that refers back to a place (من المدينة); a dual one to two places listed together (سكان البلدتين).
    anaphora: z
      .array(z.strictObject({ word: z.string().min(1), types: z.array(PlaceType), dual: z.boolean().default(false), named: z.boolean().default(false) }))
      .default([]),
    buses: Patterns,
    vehicles: Patterns,
    aboard: Patterns,
    voyages: Patterns,
    homograph_verbs: Patterns,
    homograph_verbs_after: Patterns,
    departure_verbs: Patterns,
    fled_nouns: Patterns,
    returnee_nouns: Patterns,
    entry_verbs: Patterns,
    passing_verbs: Patterns,
    trapped: Patterns,
    evacuating: Patterns,
    nationalities: Patterns,
    citizens: Patterns,
    receiving_verbs: Patterns,
    arrival_verbs: Patterns,
    homeland: Patterns,
    from_not_origin_after: Patterns,
    from_not_origin_before: Patterns,
    // Function words the linker reads structure from (exact words, not patterns).
    grammar: z
      .strictObject({
        partitive: z.array(z.string()).default([]),
        subset: z.array(z.string()).default([]),
        human_subset: z.array(z.string()).default([]),
        rate_adverbs: z.array(z.string()).default([]),
        day_parts: z.array(z.string()).default([]),
        every: z.array(z.string()).default([]),
        every_not_units: z.array(z.string()).default([]),
        event_preps: z.array(z.string()).default([]),
        venues: z.array(z.string()).default([]),
        negations: z.array(z.string()).default([]),
        exceptives: z.array(z.string()).default([]),
        others: z.array(z.string()).default([]),
        others_of: z.array(z.string()).default([]),
        verb_particles: z.array(z.string()).default([]),
        amount_verbs: z.array(z.string()).default([]),
        not_towards_after: z.array(z.string()).default([]),
        not_towards_before: z.array(z.string()).default([]),
        homes: z.array(z.string()).default([]),
        home_areas: z.array(z.string()).default([]),
        home_owners: z.array(z.string()).default([]),
        thing_adjectives: z.array(z.string()).default([]),
        landing: z.array(z.string()).default([]),
        determiners: z.array(z.string()).default([]),
        family_joiners: z.array(z.string()).default([]),
        family_members: z.array(z.string()).default([]),
        breakdown: z.array(z.string()).default([]),
        kinship: z.array(z.string()).default([]),
        name_particles: z.array(z.string()).default([]),
        batches: z.array(z.string()).default([]),
        phases: z.array(z.string()).default([]),
        fleeing: z.array(z.string()).default([]),
        accusative_multipliers: z.array(z.string()).default([]),
        was: z.array(z.string()).default([]),
        out_of: z.array(z.string()).default([]),
        majority: z.array(z.string()).default([]),
        made_of: z.array(z.string()).default([]),
        border_with: z.array(z.string()).default([]),
        borders: z.array(z.string()).default([]),
        report_prepositions: z.array(z.string()).default([]),
        homograph_senses: z.array(z.string()).default([]),
        passengers: z.array(z.string()).default([]),
        lasting: z.array(z.string()).default([]),
        relatives: z.array(z.string()).default([]),
        residents: z.array(z.string()).default([]),
        relative_pronouns: z.array(z.string()).default([]),
        from: z.array(z.string()).default([]),
        from_pronouns: z.array(z.string()).default([]),
        to_pronouns: z.array(z.string()).default([]),
        via: z.array(z.string()).default([]),
        to_clitics: z.array(z.string()).default([]),
        purpose_clitics: z.array(z.string()).default([]),
        facility_heads: z.array(z.string()).default([]),
        corps: z.array(z.string()).default([]),
        souls: z.array(z.string()).default([]),
        inside: z.array(z.string()).default([]),
        lived_before: z.array(z.string()).default([]),
        past_plural_endings: z.array(z.string()).default([]),
        may: z.array(z.string()).default([]),
        shores: z.array(z.string()).default([]),
        on: z.array(z.string()).default([]),
        provided_that: z.array(z.string()).default([]),
        verb_openers: z.array(z.string()).default([]),
        present_prefixes: z.array(z.string()).default([]),
        past_endings: z.array(z.string()).default([]),
        when: z.array(z.string()).default([]),
        camps: z.array(z.string()).default([]),
        area_nouns: z.array(z.string()).default([]),
        case_of: z.array(z.string()).default([]),
        roads: z.array(z.string()).default([]),
        restatement: z.array(z.string()).default([]),
        subset_after: z.array(z.string()).default([]),
        times: z.array(z.string()).default([]),
        event_ordinals: z.array(z.string()).default([]),
        event_conjunctions: z.array(z.string()).default([]),
        restoring_verbs: z.array(z.string()).default([]),
        state_prepositions: z.array(z.string()).default([]),
        local_offices: z.array(z.string()).default([]),
        plural_verb_endings: z.array(z.string()).default([]),
        awaiting: z.array(z.string()).default([]),
      })
      .prefault({}),
    // How many words apart a trigger, a count head, and a context trigger may stand from what they govern.
    reach: z
      .strictObject({
        trigger: z.number().int().positive().default(18),
        head: z.number().int().positive().default(22),
        context: z.number().int().positive().default(15),
        // How far a trigger may stand from a figure it governs on its own (strong evidence), and how
        // far before a trigger a modal word governs it.
        strict: z.number().int().positive().default(8),
        modal: z.number().int().positive().default(3),
        denial: z.number().int().positive().default(15),
        negation: z.number().int().positive().default(4),
        // How many words before a place its from/to cue may stand, and a people noun in construct.
        cue: z.number().int().positive().default(5),
        cue_phrase: z.number().int().positive().default(9),
        construct: z.number().int().positive().default(2),
        // The words of a name a noun is in construct with (مقاتلي جيش الإسلام وعائلاتهم).
        construct_name: z.number().int().positive().default(3),
        // Distances in characters: figure to its noun, a figure to the one before it that it may
        // continue, places listed together, a figure of vehicles to the figure of people they carry,
        // a figure to its vehicle noun.
        noun_chars: z.number().int().nonnegative().default(12),
        previous_chars: z.number().int().nonnegative().default(80),
        list_chars: z.number().int().nonnegative().default(12),
        bus_chars: z.number().int().nonnegative().default(60),
        bus_noun_chars: z.number().int().nonnegative().default(2),
        // A trigger this close (in words) is direct evidence for the confidence score.
        near: z.number().int().positive().default(6),
        // A superlative this many words before "منذ" makes it a comparison (أكبر عدد من الرعايا منذ).
        comparison: z.number().int().positive().default(4),
      })
      .prefault({}),
    // The confidence of a record: the sum of what its evidence earns, capped.
    confidence: z
      .strictObject({
        noun: z.number().min(0).max(1).default(0.35),
        no_noun: z.number().min(0).max(1).default(0.2),
        near_trigger: z.number().min(0).max(1).default(0.35),
        far_trigger: z.number().min(0).max(1).default(0.25),
        specific_trigger: z.number().min(0).max(1).default(0.15),
        total: z.number().min(0).max(1).default(0.05),
        cap: z.number().min(0).max(1).default(0.98),
      })
      .prefault({}),
  });
});

export type WordTest = (word: string) => boolean;

/** A possessive pronoun allowed on a noun (عائلاتهم، رعاياها), as a regular-expression group. */
const possessive = (data: z.infer<ReturnType<typeof schema>>) => (data.endings.possessive.length ? `(?:${data.endings.possessive.map(fold).join('|')})?` : '');

/** One anchored regex for a list of word patterns; a bad pattern is reported with its text. */
export function wordTest(patterns: readonly string[], where: string): WordTest {
  if (patterns.length === 0) return () => false;
  const source = patterns.map((p) => `(?:${fold(p)})`).join('|');
  try {
    const re = new RegExp(`^(?:${source})$`, 'u');
    return (w) => re.test(w);
  } catch (e) {
    throw new Error(`rules (evacuations) ${where}: bad pattern: ${(e as Error).message}`);
  }
}

/**
 * One anchored regex for several lists of word patterns, giving the index of the first list with a
 * pattern the whole word matches (-1 for none): one match per word where a test per list would
 * take as many. A bad pattern is reported with its list, as `wordTest` does.
 */
export function firstListMatching(lists: readonly { patterns: readonly string[]; where: string }[]): (word: string) => number {
  lists.forEach((l) => wordTest(l.patterns, l.where));
  // An empty group after each list's patterns tells which list matched: alternatives are tried in
  // order, and `$` sends the match on to the next list until one takes the whole word.
  const source = lists.map((l, k) => (l.patterns.length ? `(?:${l.patterns.map((p) => `(?:${fold(p)})`).join('|')})(?<l${k}>)` : '(?!)')).join('|');
  const re = new RegExp(`^(?:${source})$`, 'u');
  return (w) => {
    const m = re.exec(w);
    if (!m) return -1;
    for (let k = 0; k < lists.length; k++) if (m.groups![`l${k}`] !== undefined) return k;
    return -1;
  };
}

/**
 * Cue words the linker reads that another kind owns: a since cue (منذ), read alone and after a
 * conjunction (ومنذ), and a destination cue of one word (إلى، نحو), read as written.
 */
interface OwnedCues {
  since: readonly string[];
  towards: readonly string[];
  /** Words that open a clause (أن، إنه): no noun phrase runs across one. */
  complementizers: ReadonlySet<string>;
  /** Verbs of saying by their form (أكد، قال): a new statement, out of reach of a denial before it. */
  saying: { has(form: string): boolean };
  /** Units of distance and direction nouns: "على بعد 60 كيلومترا شمال شرق مرزق" locates, it names no end. */
  distanceUnits: ReadonlySet<string>;
  directionNouns: ReadonlySet<string>;
  /** Words that name a kind of place before its name (مدينة، بلدة): "دخلوا مدينة سبتة" enters the place. */
  typeWords: ReadonlySet<string>;
}

function compile(data: z.infer<ReturnType<typeof schema>>, cues: OwnedCues) {
  return {
    people: data.people.map((p) => ({ group: p.group, unit: p.unit, test: wordTest(p.words.map((w) => `(?:${w})${possessive(data)}`), `people.${p.group}`) })),
    withFamilies: wordTest(data.with_families, 'with_families'),
    triggers: (Object.entries(data.triggers) as [MovementKind, string[]][]).map(([kind, ps]) => ({
      kind,
      test: wordTest(ps, `triggers.${kind}`),
    })),
    weakTrigger: wordTest(data.weak_triggers, 'weak_triggers'),
    neutralTrigger: wordTest(data.neutral_triggers, 'neutral_triggers'),
    blocker: wordTest(data.blockers, 'blockers'),
    notPeople: wordTest(data.not_people, 'not_people'),
    notMover: wordTest(data.not_movers.map((w) => `(?:${w})${possessive(data)}`), 'not_movers'),
    staff: wordTest(data.staff, 'staff'),
    expatriate: wordTest(data.expatriates, 'expatriates'),
    traveller: wordTest(data.travellers, 'travellers'),
    mover: wordTest(data.movers, 'movers'),
    periodWord: wordTest(data.period_words, 'period_words'),
    periodUnit: wordTest(data.period_units, 'period_units'),
    untilWords: new Set(data.until_words.map(fold)),
    contains: wordTest(data.contains, 'contains'),
    statusNoun: wordTest(data.status_nouns, 'status_nouns'),
    reportVerb: wordTest(data.report_verbs, 'report_verbs'),
    reportLinks: new Set(data.report_links.map(fold)),
    leavingState: wordTest(data.leaving_states, 'leaving_states'),
    stateLeft: wordTest(data.states_left, 'states_left'),
    quantifier: wordTest(data.quantifiers, 'quantifiers'),
    era: wordTest(data.eras, 'eras'),
    rank: wordTest(data.ranks, 'ranks'),
    verbalNoun: wordTest(data.verbal_nouns, 'verbal_nouns'),
    process: wordTest(data.processes, 'processes'),
    modal: wordTest(data.modality, 'modality'),
    denial: wordTest(data.denials, 'denials'),
    refusal: wordTest(data.refusals, 'refusals'),
    amountVerb: wordTest(data.amount_verbs, 'amount_verbs'),
    amountWord: wordTest(data.amount_words, 'amount_words'),
    rateUnit: wordTest(data.rate_units, 'rate_units'),
    drill: wordTest(data.drills, 'drills'),
    stay: wordTest(data.stays, 'stays'),
    still: wordTest(data.still, 'still'),
    relevanceThreshold: data.relevance_threshold,
    articleKind: {
      neutralWeight: data.article_kind.neutral_weight,
      dominance: data.article_kind.dominance,
      headlineWeight: data.article_kind.headline_weight,
      leaningMin: data.article_kind.leaning_min,
    },
    planned: wordTest(data.planned, 'planned'),
    plannedWith: { verb: wordTest(data.planned_with.verbs, 'planned_with.verbs'), prepositions: new Set(data.planned_with.prepositions) },
    completed: wordTest(data.completed, 'completed'),
    pastTime: wordTest(data.past_time, 'past_time'),
    futureVerb: wordTest(data.future_verbs, 'future_verbs'),
    cumulative: wordTest(data.cumulative, 'cumulative'),
    cumulativePhrases: data.cumulative_phrases.map((ws) => ws.map(fold)),
    mannerPhrases: data.manner_phrases.map((ws) => ws.map(fold)),
    besidesPhrases: data.besides_phrases.map((ws) => ws.map(fold)),
    shelters: data.shelters.map((ws) => ws.map(fold)),
    sinceWords: new Set(cues.since),
    countHead: wordTest(data.count_heads, 'count_heads'),
    stockGroups: new Set<string>(data.stock_groups),
    endings: Object.fromEntries(Object.entries(data.endings).map(([k, es]) => [k, es.map((e) => fold(e))])) as Record<keyof z.infer<ReturnType<typeof schema>>['endings'], string[]>,
    anaphora: data.anaphora.map((a) => ({ word: fold(a.word), types: a.types, dual: a.dual, named: a.named })),
    bus: wordTest(data.buses, 'buses'),
    vehicle: wordTest(data.vehicles, 'vehicles'),
    aboard: wordTest(data.aboard, 'aboard'),
    voyage: wordTest(data.voyages, 'voyages'),
    homographVerb: wordTest(data.homograph_verbs, 'homograph_verbs'),
    homographAfter: wordTest(data.homograph_verbs_after, 'homograph_verbs_after'),
    carrying: wordTest(data.carrying, 'carrying'),
    transporting: wordTest(data.transporting, 'transporting'),
    departureVerb: wordTest(data.departure_verbs, 'departure_verbs'),
    fledNoun: wordTest(data.fled_nouns, 'fled_nouns'),
    returneeNoun: wordTest(data.returnee_nouns, 'returnee_nouns'),
    entryVerb: wordTest(data.entry_verbs, 'entry_verbs'),
    passingVerb: wordTest(data.passing_verbs, 'passing_verbs'),
    trapped: wordTest(data.trapped, 'trapped'),
    evacuating: wordTest(data.evacuating, 'evacuating'),
    nationalities: wordTest(data.nationalities, 'nationalities'),
    citizen: wordTest(data.citizens, 'citizens'),
    receivingVerb: wordTest(data.receiving_verbs, 'receiving_verbs'),
    arrivalVerb: wordTest(data.arrival_verbs, 'arrival_verbs'),
    homeland: wordTest(data.homeland, 'homeland'),
    fromNotOriginAfter: wordTest(data.from_not_origin_after, 'from_not_origin_after'),
    fromNotOriginBefore: wordTest(data.from_not_origin_before, 'from_not_origin_before'),
    grammar: {
      ...(Object.fromEntries(Object.entries(data.grammar).map(([k, ws]) => [k, new Set(ws.map(fold))])) as unknown as Record<keyof z.infer<ReturnType<typeof schema>>['grammar'], ReadonlySet<string>>),
      towards: new Set(cues.towards),
      complementizers: cues.complementizers,
    },
    saying: cues.saying,
    distanceUnits: cues.distanceUnits,
    directionNouns: cues.directionNouns,
    typeWords: cues.typeWords,
    reach: data.reach,
    confidence: data.confidence,
  };
}

const oneWord = (cues: Iterable<string>): string[] => [...cues].filter((c) => !c.includes(' '));

// One mechanism, one lexicon per language: Arabic articles use `evacuations`, English ones
// `evacuations-en` (same fields, English words). Each reads its since and destination cues from
// its language's date and place rules.
export const evacuationsRules = defineRuleKind({
  kind: 'evacuations',
  schema,
  needs: { dates: datesRules, places: placesRules, quotes: quotesRules, morphology: morphologyRules },
  compile: (data, { dates, places, quotes, morphology }) => {
    const since = oneWord(dates.sinceCues);
    return compile(data, {
      since: [...since, ...morphology.conjunctions.flatMap((c) => since.map((s) => c + s))],
      towards: oneWord(places.destinationCues),
      complementizers: quotes.complementizers,
      saying: quotes.verbs,
      distanceUnits: places.distanceUnits,
      directionNouns: new Set(places.directionNouns.keys()),
      typeWords: new Set(places.typeWords.keys()),
    });
  },
});
export const evacuationsEnRules = defineRuleKind({
  kind: 'evacuations-en',
  schema,
  needs: { english: englishRules },
  compile: (data, { english }) =>
    compile(data, { since: oneWord(english.dates.sinceCues), towards: oneWord(english.places.destinationCues), complementizers: new Set(), saying: new Set(), distanceUnits: new Set(), directionNouns: new Set(), typeWords: new Set() }),
});

export type CompiledEvacuationsRules = ReturnType<typeof compile>;

// Which ambiguous candidates are places. A name that is also a common word or a person's name
// (المشهد, صلاح الدين, الباب) counts when something vouches for it: a type word or region phrase
// (the scanner marks those `cued`), membership in a list with other places (حلب والباب ومنبج),
// or, for the milder ones, a role word before it (في التل). A reporting verb or outlet word
// beside it (أفادت الميادين) makes it a channel whatever else is around.
import { stripConjunction } from './gazetteer.js';
import type { CompiledPlacesRules } from './rules.js';
import type { Candidate } from './scan.js';
import type { PlaceLists } from './lists.js';
import type { Token } from './tokens.js';

export function acceptCandidates(places: CompiledPlacesRules, tokens: readonly Token[], lists: PlaceLists, candidates: readonly Candidate[]): Candidate[] {
  const accepted = new Set<Candidate>();
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (!c.ambiguity || c.cued) accepted.add(c);
    else if (!cancelled(places, tokens, c)) {
      if (c.ambiguity === 'preposition' && c.role) accepted.add(c);
      else pending.push(c);
    }
  }
  // Lists are read both ways so that a chain of ambiguous names takes its cue from either end.
  for (const c of pending) {
    const before = lists.before(c);
    if (before && accepted.has(before)) accepted.add(c);
  }
  for (const c of [...pending].reverse()) {
    const after = lists.after(c);
    if (after && accepted.has(after)) accepted.add(c);
  }
  return candidates.filter((c) => accepted.has(c));
}

function cancelled(places: CompiledPlacesRules, tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.first - 1];
  const after = tokens[c.last + 1];
  return (
    (!!before && places.cancel.before.has(stripConjunction(places, before.word))) ||
    (!!after && places.cancel.after.has(stripConjunction(places, after.word)))
  );
}

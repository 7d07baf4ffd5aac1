// The role a place plays in its sentence, read from the words right before it (من → origin,
// إلى → destination, عبر → via, في → location), from a clitic on it (بحمص → location), or from
// its position as a dateline (دمشق - , بيروت (رويترز) -).
import type { PlaceRole } from '../schema.js';
import type { PlaceLists } from './lists.js';
import type { CompiledPlacesRules } from './rules.js';
import type { Candidate } from './scan.js';
import { joined, withoutConjunction, type PlaceText } from './words.js';

/**
 * Role of a phrase whose first word is word i, read with `preposition` glued to it (the phrase is
 * the place, or the type word or region word before it). Cues must stand right before it.
 */
export function cueRole(places: CompiledPlacesRules, src: PlaceText, i: number, preposition: string | null): PlaceRole | null {
  const prev = src.words[i - 1];
  if (prev && joined(src.words, i)) {
    for (const form of new Set([prev.text, withoutConjunction(src, prev.text)])) {
      for (const cue of places.roleCues.get(form) ?? []) {
        if (cueEndsAt(src, i - 1, cue.words)) return cue.role;
      }
    }
  }
  // The clitic's own role comes second: in مرورا بمعبر the word before says via, not ب.
  return preposition ? (places.cliticRoles.get(preposition) ?? null) : null;
}

/** The cue's words stand at words ending with `last`; its first word may carry a conjunction. */
function cueEndsAt(src: PlaceText, last: number, cue: readonly string[]): boolean {
  const first = last - cue.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < cue.length; k++) {
    const w = src.words[first + k]!.text;
    const ok = w === cue[k] || (k === 0 && withoutConjunction(src, w) === cue[k]);
    if (!ok) return false;
    if (k > 0 && !joined(src.words, first + k)) return false;
  }
  return true;
}

/** A place that opens the text or a line and is followed by `:` or `-` (maybe after `(agency)`). */
export function isDateline(places: CompiledPlacesRules, text: string, nStart: number, nEnd: number): boolean {
  for (let i = nStart - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i]!)) return false;
  const tail = places.datelineTail;
  tail.lastIndex = nEnd;
  return tail.test(text);
}

/** A list member without a cue of its own takes the role of the member before it (من كفريا والفوعة). */
export function inheritListRoles(lists: PlaceLists, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.role || c.base) continue;
    const before = lists.before(c);
    if (before?.role) c.role = before.role;
  }
}

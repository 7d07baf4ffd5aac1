// Which country a name shared by places in several countries stands for (طرابلس in Lebanon or
// Libya, سنجار in Iraq or Syria): the one the document's other places are in. Each mention of a
// name that only one country has votes for that country. A shared name takes the entries of the
// country among its own with the most votes, if that country has at least half the votes of the
// article's main one; else (no votes, a tie, or a country's or a crossing's name among them) it
// keeps them all and the gazetteer's priority decides.
import type { GazetteerEntry } from './gazetteer-rules.js';
import type { Candidate } from './scan.js';

/** Mentions per country of the names only one country has. */
export type CountryVotes = ReadonlyMap<string, number>;

/** The countries of a name's entries, in gazetteer order. */
export function countriesOf(entries: readonly GazetteerEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) if (e.country && !out.includes(e.country)) out.push(e.country);
  return out;
}

/** The entries of the best-voted of their countries, or all of them when the votes do not decide. */
export function inVotedCountry(entries: readonly GazetteerEntry[], votes: CountryVotes): readonly GazetteerEntry[] {
  const countries = countriesOf(entries);
  // A country's name is the country wherever the article is (فلسطين, not a camp named after it;
  // عمان), and a crossing lies in two (أدري, the Chadian town and the Sudanese side's crossing).
  if (countries.length < 2 || entries.some((e) => e.type === 'country' || e.type === 'crossing')) return entries;
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const c of countries) {
    const v = votes.get(c) ?? 0;
    if (v > most) [best, most, tie] = [c, v, false];
    else if (v === most && v > 0) tie = true;
  }
  // A country the article only touches on does not decide (ليبيا once in an Egyptian article
  // leaves المرج to the gazetteer): the name may be a place of the article's own country that the
  // gazetteer lacks.
  let top = 0;
  for (const v of votes.values()) top = Math.max(top, v);
  return best && !tie && 2 * most >= top ? entries.filter((e) => e.country === best) : entries;
}

/**
 * The votes of the gazetteer names among `kept`, or null when no shared name among them would be
 * read in another country than it was: then the scan stands as it is.
 */
export function countryVotes(kept: readonly Candidate[]): CountryVotes | null {
  const votes = votesOf(kept);
  // The entries of the name as written: an alias may be shared where the entry's own name is not (البيضاء, الدار البيضاء).
  const moved = kept.some(({ entries, ref }) => {
    if (countriesOf(entries).length < 2) return false;
    const chosen = inVotedCountry(entries, votes);
    return chosen !== entries && chosen[0]!.country !== ref.country;
  });
  return moved ? votes : null;
}

/** Mentions per country, among `kept`, of the names only one country has. */
export function votesOf(kept: readonly Candidate[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const c of kept) {
    const countries = countriesOf(c.entries);
    if (countries.length === 1) votes.set(countries[0]!, (votes.get(countries[0]!) ?? 0) + 1);
  }
  return votes;
}

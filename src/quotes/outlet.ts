// Media in a statement: the outlet a statement was given to (لرويترز، لـ"اليوم السابع"، في
// تصريح لقناة الميادين) and media that speak or relay (أفادت الميادين، نقلت "رويترز" عن).
import { OPENERS, type Reader } from './tokens.js';

/** A token range [start, end) of one reader: the reader keeps a clitic read off a word. */
export interface Part {
  r: Reader;
  start: number;
  end: number;
}

export interface OutletPhrase {
  /** The outlet's name as shown (without ل or quotation marks). */
  name: Part;
  /** First token after the phrase. */
  end: number;
  /** A head word alone (الوكالة، القناة): a reference back to the last outlet of that kind. */
  bare: boolean;
}

/** A name in quotation marks at `i` ("سانا"، «فيلق الرحمن»): up to six words, then the closer. */
export function quotedName(r: Reader, i: number): { inner: Part; end: number } | null {
  const open = r.t(i);
  if (!open || !r.isOpener(i)) return null;
  const closer = OPENERS[open.text]!;
  for (let j = i + 1; j <= i + 7; j++) {
    if (r.word(j) !== undefined) continue;
    return r.is(j, closer) && j > i + 1 ? { inner: { r, start: i + 1, end: j }, end: j + 1 } : null;
  }
  return null;
}

/** A medium named at `i` as a subject: رويترز، وكالة فرانس برس، قناة الميادين، الوكالة. */
export function outletAt(r: Reader, i: number): OutletPhrase | null {
  const named = r.rules.outletNames.match(r.word, i);
  if (named) return { name: { r, start: i, end: i + named.length }, end: i + named.length, bare: false };
  const head = r.rules.outletHeads.match(r.word, i);
  if (!head) return null;
  let k = i + head.length;
  for (let n = 0; n < 4; n++) {
    const name = r.rules.outletNames.match(r.word, k);
    if (name) {
      k += name.length;
      break;
    }
    const q = quotedName(r, k);
    if (q) {
      k = q.end;
      break;
    }
    // A first name opens the person after the medium (المدير العام للوكالة محمد الزياني).
    if (r.word(k) === undefined || r.reserved(k) || r.firstName(k) || r.articleName(k)) break;
    k++;
  }
  const bare = k === i + head.length;
  // A quoted short name after the phrase (وكالة الأنباء السورية "سانا") belongs to it.
  const q = bare ? null : quotedName(r, k);
  const end = q ? q.end : k;
  return { name: { r, start: i, end }, end, bare };
}

/** "في تصريح"، "في حديث" at `k`: the number of interview words after the preposition, or 0. */
export function interviewAt(r: Reader, k: number): number {
  return r.rules.roles.givenIn.has(r.word(k) ?? '') ? (r.rules.interviews.match(r.word, k + 1)?.length ?? 0) : 0;
}

/** The outlet a statement was given to, at `k`: لرويترز، لـ"إيلاف"، لوكالة فرانس برس، في حديث لقناة. */
export function outletGivenTo(r: Reader, k: number): OutletPhrase | null {
  // The preposition written apart before a quoted name (لـ"إيلاف"): the morphology's ل.
  if (r.word(k) === r.words.morphology.contracting) {
    const q = quotedName(r, k + 1);
    return q ? { name: q.inner, end: q.end, bare: false } : null;
  }
  const bare = r.withoutL(k);
  if (bare) {
    const o = outletAt(bare, k);
    if (o && !o.bare) return o;
  }
  const talk = interviewAt(r, k);
  if (!talk) return null;
  // في تصريح (خاص|صحفي) لـ / مع: up to two describing words before the outlet.
  for (let j = k + 1 + talk, n = 0; n <= 2 && r.word(j) !== undefined; j++, n++) {
    const via = r.rules.roles.givenWith.has(r.word(j) ?? '') ? outletAt(r, j + 1) : outletGivenTo(r, j);
    if (via && !via.bare) return via;
    if (r.reserved(j)) break;
  }
  return null;
}

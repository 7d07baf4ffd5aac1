// Lists of places (حلب والباب ومنبج, كفريا، الفوعة): which candidate a candidate follows in a
// list. Members share what one of them has: a cue for an ambiguous name, the role of the first.
import type { Candidate } from './scan.js';
import { listJoin, type PlaceText } from './words.js';

export class PlaceLists {
  private readonly byFirst = new Map<number, Candidate>();
  private readonly byLast = new Map<number, Candidate>();

  constructor(
    private readonly src: PlaceText,
    candidates: readonly Candidate[],
  ) {
    // Where a region and its base end on the same word, the region (the wider phrase) is the member.
    for (const c of candidates) {
      const atFirst = this.byFirst.get(c.first);
      if (!atFirst || c.last > atFirst.last) this.byFirst.set(c.first, c);
      const atLast = this.byLast.get(c.last);
      if (!atLast || c.first < atLast.first) this.byLast.set(c.last, c);
    }
  }

  /** The member right before `c` in a list, if `c` continues one. */
  before(c: Candidate): Candidate | null {
    const b = this.byLast.get(c.first - 1);
    return b && this.follows(c) ? b : null;
  }

  /** The member right after `c` in a list. */
  after(c: Candidate): Candidate | null {
    const a = this.byFirst.get(c.last + 1);
    return a && this.follows(a) ? a : null;
  }

  /** `b` follows the candidate before it after a comma or dash, or with a conjunction clitic of its own (والباب). */
  private follows(b: Candidate): boolean {
    const join = listJoin(this.src, b.first);
    return join === 'punctuation' || (join === 'conjunction' && b.conjunction);
  }
}

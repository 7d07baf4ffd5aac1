// Who gives a figure: the speaker or outlet of the quotation it stands in.
import type { NumberHit, QuoteHit } from '../mentions.js';
import type { SourceRef } from '../schema.js';
import { MentionIndex } from '../text/search.js';

/** Quotes by the span of their words and by their whole span. */
export interface QuoteIndex {
  byText: MentionIndex<QuoteHit>;
  bySpan: MentionIndex<QuoteHit>;
}

/** Who gave the figure: the speaker of the quote it stands in, or of the statement around it. */
export function sourceOf(quotes: QuoteIndex, num: NumberHit): SourceRef | null {
  const q =
    quotes.byText.overlapping(num.nStart, num.nStart + 1)[0] ??
    quotes.bySpan.overlapping(num.nStart, num.nStart + 1)[0];
  if (!q) return null;
  if (q.speaker.name) return { name: q.speaker.name, type: 'person' };
  if (q.speaker.organization) return { name: q.speaker.organization, type: 'organization' };
  if (q.outlet) return { name: q.outlet, type: 'outlet' };
  return null;
}

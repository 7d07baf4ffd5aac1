import type { AnalysedDocument } from '../document.js';
import type { QuoteHit } from '../mentions.js';

export function findQuoteMentions(doc: AnalysedDocument): QuoteHit[] {
  void doc;
  return [];
}

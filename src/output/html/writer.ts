import type { Sink } from '../sink.js';
import type { DocumentWriter } from '../writers.js';
export function htmlWriter(sink: Sink): DocumentWriter {
  return { write: async () => {}, end: () => sink.write('') };
}

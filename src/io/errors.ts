// A problem with one input (or one JSONL line): reported on stderr with the input's name, and the
// other inputs are still processed.
export class InputError extends Error {
  override name = 'InputError';
}

// The reference date of an article. Accepts YYYY-MM-DD (and a full ISO timestamp, of which the
// day is kept); anything else is an error rather than a silent guess.
// One module per function: the package as a whole is some 300 modules to load at start-up.
import { lightFormat } from 'date-fns/lightFormat';
import { isValid } from 'date-fns/isValid';

export class PublishedDateError extends Error {
  override name = 'PublishedDateError';
}

/** The last string read as a valid date, and its day: an article's date is read more than once, and archives run in date order. */
let lastValid: { value: string; day: string } | null = null;

/** `YYYY-MM-DD` for a valid date, null for null/undefined/empty, else throws PublishedDateError. */
export function parsePublished(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (lastValid?.value === value) return lastValid.day;
  if (value instanceof Date && isValid(value)) return lightFormat(value, 'yyyy-MM-dd');
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    throw new PublishedDateError(`invalid published date ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  }
  const day = value.trim().slice(0, 10);
  // The built-in ISO reader, not date-fns' parseISO, which compiles a regular expression per call
  // (about 1% of a batch run over an archive whose articles change date every few lines); a day that
  // does not exist (02-30) rolls over and fails the round trip below.
  const d = new Date(`${day}T00:00:00`);
  if (!isValid(d) || lightFormat(d, 'yyyy-MM-dd') !== day) {
    throw new PublishedDateError(`invalid published date ${JSON.stringify(value)} (no such day)`);
  }
  lastValid = { value, day };
  return day;
}

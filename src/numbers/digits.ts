// The value of a digit group as written in Arabic news: thousands with commas (3,387) or dots
// (1.500 شخص), decimals with a dot or with a comma and one or two digits (1,5 مليون).

const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const DECIMAL_DOT = /^\d+\.\d+$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
const INTEGER = /^\d+$/;

/** Value of `digits`, or null for a shape that is no single number (10.5.2018, 1.2.3). */
export function digitValue(digits: string, beforeMultiplier: boolean): number | null {
  if (INTEGER.test(digits)) return Number(digits);
  if (COMMA_THOUSANDS.test(digits)) return Number(digits.replace(/,/g, ''));
  // One dot with three digits after it is a thousands separator in a count (1.500 نازح) but a
  // decimal point before a multiplier (1.500 مليون is 1.5 million, as 1.5 مليون is).
  if (DOT_THOUSANDS.test(digits) && !(beforeMultiplier && digits.indexOf('.') === digits.lastIndexOf('.'))) {
    return Number(digits.replace(/\./g, ''));
  }
  if (DECIMAL_DOT.test(digits)) return Number(digits);
  if (DECIMAL_COMMA.test(digits)) return Number(digits.replace(',', '.'));
  return null;
}

// Every object with numeric `start`, `end` and a string `text`, anywhere in an output value: the
// contract says each one is `input.slice(start, end)`, whatever kind of mention it is.
import type { Span } from '../../src/schema.js';

export function spansIn(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const v of value) spansIn(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ start: o.start, end: o.end, text: o.text });
    }
    for (const v of Object.values(o)) spansIn(v, out);
  }
  return out;
}

/** The spans of `doc` that do not slice `input` exactly, for a readable failure. */
export function badSpans(input: string, doc: unknown): string[] {
  return spansIn(doc)
    .filter((s) => input.slice(s.start, s.end) !== s.text)
    .map((s) => `[${s.start}, ${s.end}) is ${JSON.stringify(input.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
}

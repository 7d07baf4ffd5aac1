// Numeric expressions of an English text: figures in digits (3,000; 1.5 million) and in words
// (three thousand, read by compromise), the hedges and range words around them, and amounts
// without a figure (dozens, tens of thousands). Left to right, without overlaps.
import type { AnalysedDocument } from '../document.js';
import type { NumberHit } from '../mentions.js';
import type { Qualifier } from '../schema.js';
import { phraseKey, type CompiledEnglishRules } from './rules.js';
import { reading } from './text.js';

interface Figure {
  value: number;
  nStart: number;
  nEnd: number;
  /** The scale word it was written with (1.5 million → 1e6), else 1. */
  scale: number;
}

interface Expression {
  qualifier: Qualifier;
  value: number | null;
  upper: number | null;
  nStart: number;
  nEnd: number;
}

type NumberRules = CompiledEnglishRules['numbers'];

/** Figures written in digits, with a scale word after them when there is one. */
function digitFigures(text: string, rules: NumberRules): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(rules.figure)) {
    const scale = m[3] ? rules.scales.get(phraseKey(m[3]))! : 1;
    const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) * scale;
    out.push({ value: Math.round(value * 1000) / 1000, nStart: m.index, nEnd: m.index + m[0].length, scale });
  }
  return out;
}

/** Figures written in words only (three thousand): compromise reads them. Ordinals are not figures. */
function wordFigures(doc: AnalysedDocument): Figure[] {
  return reading(doc)
    .numbers.filter((n) => n.value > 0 && n.terms.every((t) => !/\d/.test(t.text) && !t.tags.has('Ordinal')))
    .map((n) => ({ value: n.value, nStart: n.terms[0]!.nStart, nEnd: n.terms.at(-1)!.nEnd, scale: 1 }));
}

/** Two figures joined into a range (between 300 and 400, 3-4 million), or null. */
function asRange(text: string, rules: NumberRules, a: Figure, b: Figure): Expression | null {
  const joiner = rules.joiner.exec(text.slice(a.nEnd, b.nStart));
  if (!joiner) return null;
  const opener = rules.opener.exec(text.slice(Math.max(0, a.nStart - 12), a.nStart));
  if (!opener && rules.needsOpener.has(joiner[1]!)) return null;
  const low = a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value ? a.value * b.scale : a.value;
  if (low >= b.value) return null;
  return { qualifier: 'range', value: low, upper: b.value, nStart: opener ? a.nStart - opener[0].length : a.nStart, nEnd: b.nEnd };
}

function hedged(text: string, rules: NumberRules, f: Figure): Expression {
  const before = rules.hedgeBefore.exec(text.slice(Math.max(0, f.nStart - 24), f.nStart));
  if (before) return { qualifier: rules.hedges.get(phraseKey(before[1]!))!, value: f.value, upper: null, nStart: f.nStart - before[0].length, nEnd: f.nEnd };
  const after = rules.hedgeAfter.exec(text.slice(f.nEnd, f.nEnd + 16));
  if (after) return { qualifier: rules.hedgesAfter.get(phraseKey(after[1]!))!, value: f.value, upper: null, nStart: f.nStart, nEnd: f.nEnd + after[0].length };
  return { qualifier: 'exact', value: f.value, upper: null, nStart: f.nStart, nEnd: f.nEnd };
}

/** value/min/max as OUTPUT.md gives them for each qualifier. */
function bounds({ qualifier, value, upper }: Expression): Pick<NumberHit, 'value' | 'min' | 'max' | 'qualifier'> {
  if (qualifier === 'range') return { qualifier, value, min: value, max: upper };
  if (qualifier === 'more_than' || qualifier === 'at_least') return { qualifier, value, min: value, max: null };
  if (qualifier === 'less_than' || qualifier === 'up_to') return { qualifier, value, min: null, max: value };
  return { qualifier, value, min: value, max: value };
}

export function findEnglishNumbers(doc: AnalysedDocument): NumberHit[] {
  const rules = doc.rules.english.numbers;
  const { text } = doc;
  const figures = [...digitFigures(text, rules), ...wordFigures(doc)].sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  const expressions: Expression[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (expressions.length && f.nStart < expressions.at(-1)!.nEnd) continue;
    const next = figures[i + 1];
    const range = next && asRange(text, rules, f, next);
    if (range) i++;
    expressions.push(range || hedged(text, rules, f));
  }
  for (const m of text.matchAll(rules.vague)) {
    const nEnd = m.index + m[0].length;
    if (!expressions.some((x) => x.nStart < nEnd && m.index < x.nEnd)) {
      expressions.push({ qualifier: 'vague', value: null, upper: null, nStart: m.index, nEnd });
    }
  }
  return expressions
    .sort((a, b) => a.nStart - b.nStart)
    .map((x) => {
      const span = doc.span(x.nStart, x.nEnd);
      // English marks neither: the English linker reads shares with its own pattern (rules/evacuations-en.yaml).
      const located = { start: span.start, end: span.end, text: span.text, nStart: x.nStart, nEnd: x.nEnd, definite: false, percent: false };
      return x.qualifier === 'vague' ? { value: null, min: null, max: null, qualifier: 'vague', ...located } : { ...bounds(x), ...located };
    });
}

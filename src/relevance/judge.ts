// The document-level judgement: how strongly an article reports forced movement of people
// (relevance 0..1) and which kinds of it (topics). Archives are mostly sport, markets and courts;
// records found there need stronger evidence than records in an article about a displacement.
import type { AnalysedDocument } from '../document.js';
import { PerForm } from '../text/readings.js';
import type { CompiledRelevanceRules } from './rules.js';

export interface Relevance {
  relevance: number;
  /** Topics with at least one cue, strongest first. */
  topics: string[];
  /** A movement of people (a flight, a return) or, twice, its cause (a war, a disaster) was met: not only the means of moving (a crossing, a camp, a bus). */
  forced: boolean;
}

const cueOfForm = new WeakMap<CompiledRelevanceRules, PerForm<number>>();

/** The index of the first cue a word form's forms match (-1 for none), worked out once per form. */
function cueIndex(rules: CompiledRelevanceRules): PerForm<number> {
  let p = cueOfForm.get(rules);
  if (!p) {
    const { cueOf } = rules;
    p = new PerForm((a) => {
      // English cues are written in lower case; Arabic has none.
      const lower = /[A-Z]/.test(a.form);
      let first = -1;
      for (let k = 0; k < a.forms.length; k++) {
        const i = cueOf(lower ? a.forms[k]!.toLowerCase() : a.forms[k]!);
        if (i >= 0 && (first < 0 || i < first)) first = i;
      }
      return first;
    });
    cueOfForm.set(rules, p);
  }
  return p;
}

export function judgeRelevance(doc: AnalysedDocument): Relevance {
  const { cues, cap, scale } = doc.rules.relevance;
  const hits = new Array<number>(cues.length).fill(0);
  const cueOf = cueIndex(doc.rules.relevance);
  for (const w of doc.words) {
    const i = cueOf.of(w.analysis);
    if (i >= 0) hits[i]!++;
  }
  const byTopic = new Map<string, number>();
  let movement = 0;
  let context = 0;
  let moved = false;
  let causes = 0;
  cues.forEach((c, i) => {
    const s = c.weight * Math.min(hits[i]!, cap);
    if (!s) return;
    if (c.movement && !c.means) moved = true;
    if (!c.movement) causes += Math.min(hits[i]!, cap);
    byTopic.set(c.topic, (byTopic.get(c.topic) ?? 0) + s);
    if (c.movement) movement += s;
    else context += s;
  });
  const score = movement + Math.min(context, movement);
  return {
    relevance: Math.round((1 - Math.exp(-score / scale)) * 100) / 100,
    topics: [...byTopic].sort((a, b) => b[1] - a[1]).map(([t]) => t),
    // A word of war alone may be another word (للتنظيم "for organising"): a cause takes two.
    forced: moved || causes >= 2,
  };
}

// The document-level judgement: how strongly an article reports forced movement of people
// (relevance 0..1) and which kinds of it (topics). Archives are mostly sport, markets and courts;
// records found there need stronger evidence than records in an article about a displacement.
import type { AnalysedDocument } from '../document.js';

export interface Relevance {
  relevance: number;
  /** Topics with at least one cue, strongest first. */
  topics: string[];
}

export function judgeRelevance(doc: AnalysedDocument): Relevance {
  const { cues, cap, scale } = doc.rules.relevance;
  const hits = new Array<number>(cues.length).fill(0);
  for (const w of doc.words) {
    // English cues are written in lower case; Arabic has none.
    const forms = /[A-Z]/.test(w.text) ? w.forms.map((f) => f.toLowerCase()) : w.forms;
    const i = cues.findIndex((c) => forms.some(c.test));
    if (i >= 0) hits[i]!++;
  }
  const byTopic = new Map<string, number>();
  let movement = 0;
  let context = 0;
  cues.forEach((c, i) => {
    const s = c.weight * Math.min(hits[i]!, cap);
    if (!s) return;
    byTopic.set(c.topic, (byTopic.get(c.topic) ?? 0) + s);
    if (c.movement) movement += s;
    else context += s;
  });
  const score = movement + Math.min(context, movement);
  return {
    relevance: Math.round((1 - Math.exp(-score / scale)) * 100) / 100,
    topics: [...byTopic].sort((a, b) => b[1] - a[1]).map(([t]) => t),
  };
}

// One article's extraction as a message: what a worker thread receives and what it sends back.
// The in-process path runs the same function, so `--jobs 1` and `--jobs N` cannot drift apart.
import { extract } from '../pipeline.js';
import type { CompiledRules } from '../rules/kinds.js';
import type { DocumentResult } from '../schema.js';

export interface Task {
  id: string;
  text: string;
  published: string | null;
  warnings: readonly string[];
  /** Where the article came from, when the input says (copied into the document). */
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
}

/** The document, or the message of the error that stopped its extraction. */
export type Outcome = { doc: DocumentResult } | { error: string };

export interface TaskOptions {
  rules: CompiledRules;
  validate: boolean;
}

export function runTask(task: Task, { rules, validate }: TaskOptions): Outcome {
  try {
    const { id, url, title, outlet, published, warnings } = task;
    return { doc: extract(task.text, { id, url, title, outlet, published, rules, warnings, validate }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

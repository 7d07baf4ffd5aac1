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
}

/** The document, or the message of the error that stopped its extraction. */
export type Outcome = { doc: DocumentResult } | { error: string };

export interface TaskOptions {
  rules: CompiledRules;
  validate: boolean;
}

export function runTask(task: Task, { rules, validate }: TaskOptions): Outcome {
  try {
    return { doc: extract(task.text, { id: task.id, published: task.published, rules, warnings: task.warnings, validate }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

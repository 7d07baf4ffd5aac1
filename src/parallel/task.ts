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

/**
 * A document as its JSON text, with what the command reads of it besides: a worker thread sends
 * a string back, which costs the main thread a copy, where the document itself would have to be
 * rebuilt object by object before it is turned into the same text.
 */
export interface SerialisedDocument {
  id: string;
  warnings: string[];
  records: number;
  json: string;
}

/** The document (or its JSON text, when asked for), or the message of the error that stopped its extraction. */
export type Outcome = { doc: DocumentResult } | { serialised: SerialisedDocument } | { error: string };

export interface TaskOptions {
  rules: CompiledRules;
  validate: boolean;
  /** Return the document as JSON text (for the JSON and JSONL writers). */
  serialise: boolean;
}

const serialiseDocument = (doc: DocumentResult): SerialisedDocument => ({ id: doc.id, warnings: doc.warnings, records: doc.evacuations.length, json: JSON.stringify(doc) });

export function runTask(task: Task, { rules, validate, serialise }: TaskOptions): Outcome {
  try {
    const { id, url, title, outlet, published, warnings } = task;
    const doc = extract(task.text, { id, url, title, outlet, published, rules, warnings, validate });
    return serialise ? { serialised: serialiseDocument(doc) } : { doc };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

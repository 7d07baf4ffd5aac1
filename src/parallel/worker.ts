// Entry of a worker thread of the pool: compiles the rules once, then extracts batches of articles.
import { workerData } from 'node:worker_threads';
import { loadRules } from '../rules/load.js';
import { runTask, type Outcome, type Task } from './task.js';

export interface WorkerSettings {
  rulesDirs: readonly string[];
  validate: boolean;
  serialise: boolean;
}

const settings = workerData as WorkerSettings;
const options = { rules: loadRules(settings.rulesDirs), validate: settings.validate, serialise: settings.serialise };

export default function extractBatch(tasks: readonly Task[]): Outcome[] {
  return tasks.map((t) => runTask(t, options));
}

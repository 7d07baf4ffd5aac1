// Extraction of a stream of articles on several cores, results in input order. Articles are sent
// to a piscina worker pool in batches (one message per batch, not per article); a bounded number
// of batches is in flight, so memory stays flat however long the input. A short input never pays
// for starting threads: it is extracted in this thread when it ends before the first batch fills.
import type { Item } from '../io/articles.js';
import type { CompiledRules } from '../rules/kinds.js';
import { runTask, type Outcome, type Task } from './task.js';
import type { WorkerSettings } from './worker.js';

export interface OrderedOptions {
  jobs: number;
  rules: CompiledRules;
  rulesDirs: readonly string[];
  validate: boolean;
  /** Documents as JSON text (see SerialisedDocument). */
  serialise: boolean;
  /** Reference date for articles that carry none. */
  published: string | null;
  /** Heap limits of each worker thread (default WORKER_HEAP). */
  workerHeap?: WorkerHeap;
}

/** Heap limits of a worker thread, in MB (as Node's worker `resourceLimits`). */
export interface WorkerHeap {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/**
 * A worker holds about 45 MB alive on real news, but V8 lets its old generation grow to several
 * times that before it compacts: the old-generation limit keeps each thread's memory flat for a
 * few percent more time in the collector. Half V8's usual young generation (48 MB on 64-bit
 * machines) lowers the peak memory of a two-thread run on the news corpus by about 45 MB for 3%
 * more time; smaller sizes save nothing more. A batch that needs more (a giant article) runs
 * again in this thread, which has no limit, so the output does not depend on them.
 */
export const WORKER_HEAP: WorkerHeap = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 24 };

/** The error a pool task fails with when its worker ran out of the heap it was given. */
const outOfMemory = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** A result, with the article it came from (the text its offsets index) for the formats a person reads. */
export type Result =
  | { failure: { name: string; message: string } }
  | { name: string; outcome: Outcome; article: { text: string; title: string | null } };

const viewOf = (item: Extract<Item, { article: unknown }>) => ({ text: item.article.text, title: item.article.title });

/** Enough work (about half a second on one core) to be worth starting threads for. */
const START_POOL_AT = { articles: 300, chars: 300_000 };
/** One message to a worker: small enough to keep every thread busy to the end of the input. */
const BATCH = { articles: 64, chars: 120_000 };

const taskOf = (item: Extract<Item, { article: unknown }>, published: string | null): Task => ({
  id: item.article.id,
  text: item.article.text,
  published: item.article.published ?? published,
  warnings: item.article.warnings,
  url: item.article.url,
  title: item.article.title,
  outlet: item.article.outlet,
});

export async function* extractInOrder(items: AsyncIterable<Item>, options: OrderedOptions): AsyncGenerator<Result> {
  const inline = (item: Item): Result =>
    'failure' in item ? item : { name: item.article.name, outcome: runTask(taskOf(item, options.published), options), article: viewOf(item) };
  const iterator = items[Symbol.asyncIterator]();
  const head: Item[] = [];
  let chars = 0;
  let ended = false;
  if (options.jobs > 1) {
    while (head.length < START_POOL_AT.articles && chars < START_POOL_AT.chars) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      if ('article' in next.value) chars += next.value.article.text.length;
    }
  }
  if (options.jobs <= 1 || ended) {
    for (const item of head) yield inline(item);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield inline(next.value);
    return;
  }

  const workerData: WorkerSettings = { rulesDirs: options.rulesDirs, validate: options.validate, serialise: options.serialise };
  const { Piscina } = await import('piscina'); // loaded only when a run is long enough for threads
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    workerData,
    resourceLimits: options.workerHeap ?? WORKER_HEAP,
  });
  // A worker that runs out of heap outside a task (too small a limit for the rules) would be
  // replaced by one that does the same: the pool is given up and the rest runs in this thread.
  let starved = false;
  pool.on('error', (e: unknown) => {
    if (!outOfMemory(e)) throw e;
    starved = true;
    void pool.destroy();
  });
  const dispatch = (batch: Item[]): Promise<Result[]> => {
    if (starved) return Promise.resolve(batch.map(inline));
    const articles = batch.filter((i): i is Extract<Item, { article: unknown }> => 'article' in i);
    return pool.run(articles.map((a) => taskOf(a, options.published))).then(
      (outcomes: Outcome[]) => {
        let k = 0;
        return batch.map((i) => ('failure' in i ? i : { name: i.article.name, outcome: outcomes[k++]!, article: viewOf(i) }));
      },
      (e: unknown) => {
        if (outOfMemory(e) || starved) return batch.map(inline);
        throw e;
      },
    );
  };
  const inFlight: Promise<Result[]>[] = [];
  let batch: Item[] = [];
  let batchChars = 0;
  const send = () => {
    const p = dispatch(batch);
    p.catch(() => {}); // awaited in order below; this only keeps a later batch's failure from going unhandled meanwhile
    inFlight.push(p);
    batch = [];
    batchChars = 0;
  };
  try {
    const add = (item: Item) => {
      batch.push(item);
      if ('article' in item) batchChars += item.article.text.length;
      if (batch.length >= BATCH.articles || batchChars >= BATCH.chars) send();
    };
    head.forEach(add);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      add(next.value);
      while (inFlight.length > options.jobs * 3) yield* await inFlight.shift()!;
    }
    if (batch.length) send();
    while (inFlight.length) yield* await inFlight.shift()!;
  } finally {
    if (!starved) await pool.destroy();
  }
}

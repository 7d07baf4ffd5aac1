// The schema library, loaded when a schema is first built: a usual run reads the rules prebuilt and
// validated at build time and writes documents the tests have checked, so it never builds one, and
// zod's load is about a third of the CLI's start-up. The bundle (scripts/bundle.mjs) leaves it out,
// to be loaded from node_modules by the require below.
import { createRequire } from 'node:module';

export type Zod = typeof import('zod').z;

let loaded: Zod | undefined;

/** The zod namespace (`z`). */
export const zod = (): Zod => (loaded ??= (createRequire(import.meta.url)('zod') as typeof import('zod')).z);

/** A schema built with zod on first use and kept. */
export function lazily<T>(build: (z: Zod) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod()));
}

// Tables derived from compiled rules, a step past compiling them (such as every gazetteer name read
// through the text layer for the place index). For the built-in rules `npm run build` computes them
// into dist/rules.json; the loader hands them over here when it compiles the built-in rules from
// that file, and marks what it compiled, so a table is only used with the very rules it was
// derived from (never with --rules folders, nor with rules put together by hand).

/** What computes a table from compiled rules, by the table's name. */
export type Derivations<R> = Record<string, (rules: R) => unknown>;

const fromPrebuilt = new WeakSet<object>();
let prebuiltTables: Readonly<Record<string, unknown>> = {};

/** For the loader: the tables of the prebuilt file. */
export function usePrebuiltTables(tables: Readonly<Record<string, unknown>>): void {
  prebuiltTables = tables;
}

/** For the loader: `compiled` (one kind's compiled rules) comes from the prebuilt file. */
export function markPrebuilt<T>(compiled: T): T {
  if (compiled && typeof compiled === 'object') fromPrebuilt.add(compiled);
  return compiled;
}

/** The prebuilt table `name`, if every compiled kind in `from` comes from the prebuilt file; else undefined (compute it). */
export function derivedTable(name: string, from: readonly object[]): unknown {
  return from.every((kind) => fromPrebuilt.has(kind)) ? prebuiltTables[name] : undefined;
}

// Command-line inputs → the list of sources to read, in the order given: files as named, folders
// searched recursively for article files (sorted by name), glob patterns expanded by the tool
// itself (for quoted patterns and shells that do not expand them), `-` for standard input.
// An input that names nothing is a failure of that input only.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

/** How to read an input: 'auto' goes by extension, then by content (HTML, or JSONL on stdin). */
export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'jsonl'];

export type Source = { kind: 'stdin' } | { kind: 'file'; path: string };

export interface Failure {
  /** The input (or input:line) as the user would name it. */
  name: string;
  message: string;
}

export type Expanded = { source: Source } | { failure: Failure };

/** Extensions of the files taken from a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl', '.ndjson'] as const;

const isArticleFile = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Code-point order: the same on every platform and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && isArticleFile(e.name)) out.push(p);
  }
  return out;
}

const reason = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
};

async function expandOne(arg: string): Promise<Expanded[]> {
  if (arg === '-') return [{ source: { kind: 'stdin' } }];
  let st;
  try {
    st = await stat(arg);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return [{ failure: { name: arg, message: reason(e) } }];
  }
  if (st?.isDirectory()) {
    let files: string[];
    try {
      files = await walk(arg);
    } catch (e) {
      return [{ failure: { name: arg, message: `cannot list folder: ${reason(e)}` } }];
    }
    if (!files.length) return [{ failure: { name: arg, message: `no article files in this folder (looked for ${ARTICLE_EXTENSIONS.join(' ')})` } }];
    return files.map((path) => ({ source: { kind: 'file', path } }));
  }
  if (st) return [{ source: { kind: 'file', path: arg } }];

  // Glob syntax uses forward slashes; Windows users type backslashes. The glob library is loaded
  // only for an argument that names no file or folder: at start-up it also loads its crawler's
  // optional matcher from node_modules, which costs a one-article run several milliseconds.
  const pattern = process.platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) return [{ failure: { name: arg, message: 'no such file or folder' } }];
  const matches = (await glob(pattern, { onlyFiles: true, absolute: isAbsolute(pattern), expandDirectories: false })).sort(byName);
  if (!matches.length) return [{ failure: { name: arg, message: 'no files match this pattern' } }];
  return matches.map((path) => ({ source: { kind: 'file', path } }));
}

/** Every source named by `args`, in order; a file named twice is read once. */
export async function expandInputs(args: readonly string[]): Promise<Expanded[]> {
  const seen = new Set<string>();
  const out: Expanded[] = [];
  for (const arg of args) {
    for (const item of await expandOne(arg)) {
      if ('source' in item) {
        const key = item.source.kind === 'stdin' ? '-' : resolve(item.source.path);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(item);
    }
  }
  return out;
}

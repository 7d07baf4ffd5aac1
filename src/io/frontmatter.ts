// YAML front matter at the top of a text file (`---` … `---`): gives the article's id,
// publication date, and what traces it back (url, title, source or outlet). The block is blanked (every character but line breaks becomes a space) rather
// than cut out, so offsets in the output still index the file exactly as read.
import { parseYaml } from '../yaml.js';
import { parsePublished, PublishedDateError } from '../published.js';
import { InputError } from './errors.js';

export interface FrontMatter {
  id: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
}

export interface WithFrontMatter {
  /** The text with the front matter block blanked: same length, same line breaks. */
  text: string;
  /** null when the text has no front matter. */
  frontMatter: FrontMatter | null;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** Where the YAML ends (start of the closing line) and the block ends (after its line break). */
function blockEnd(text: string): { yamlEnd: number; end: number } | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  let at = open[0].length;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    if (CLOSE.test(text.slice(at, lineEnd))) return { yamlEnd: at, end: nl < 0 ? text.length : nl + 1 };
    if (nl < 0) return null;
    at = nl + 1;
  }
  return null;
}

const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/;

/**
 * Hand-written front matter is often not strict YAML (`title: a: b`). When every line is
 * `key: value`, read it that way: the value is the rest of the line.
 */
function plainFields(yaml: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = FIELD.exec(line);
    if (!m) return null;
    out[m[1]!] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

const scalar = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null);

export function takeFrontMatter(text: string): WithFrontMatter {
  const block = blockEnd(text);
  if (!block) return { text, frontMatter: null };
  const yaml = text.slice(text.indexOf('\n') + 1, block.yamlEnd);
  let data: unknown;
  try {
    data = parseYaml(yaml, { logLevel: 'error' });
  } catch (e) {
    data = plainFields(yaml);
    if (!data) throw new InputError(`front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  // A `---` rule around prose parses as a plain string, not a mapping: that is text, not metadata.
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { text, frontMatter: null };
  const fields = data as Record<string, unknown>;
  let published: string | null;
  try {
    published = parsePublished(fields.published ?? fields.date);
  } catch (e) {
    if (e instanceof PublishedDateError) throw new InputError(`front matter: ${e.message}`);
    throw e;
  }
  return {
    text: text.slice(0, block.end).replace(/[^\r\n]/g, ' ') + text.slice(block.end),
    frontMatter: {
      id: scalar(fields.id),
      published,
      title: scalar(fields.title),
      url: scalar(fields.url),
      outlet: scalar(fields.source) ?? scalar(fields.outlet),
    },
  };
}

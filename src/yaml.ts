// The YAML parser, loaded on first use: it is some 100 modules, and a run on the prebuilt rules
// with no front matter to read never needs it.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | null = null;

export const parseYaml = (text: string, options?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions & Yaml.ToJSOptions): unknown =>
  (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml).parse(text, options);

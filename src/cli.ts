// The evac-extract command: reads articles from files, folders, globs or stdin, runs the
// extraction on each (rules compiled once), and streams the results as JSONL, JSON or CSV in input
// order. A bad input is reported on stderr and skipped; the others are still written.
// Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { expandInputs, INPUT_FORMATS, type InputFormat } from './io/inputs.js';
import { CSV_TABLE_NAMES, type CsvTable } from './output/csv.js';
import { atomicFileSink, deviceSink, stdoutSink, type Sink } from './output/sink.js';
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from './output/writers.js';
import { GeoNamesError, importGeoNames } from './places/geonames.js';
import { parsePublished, PublishedDateError } from './published.js';
import { BUILTIN_RULES_DIR, RulesError } from './rules/load.js';
import { documentJsonSchema } from './schema.js';

const NAME = 'evac-extract';

const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** A problem with the command line itself: reported with a pointer to --help, exit 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Where the command reads and writes: the process's own streams, or a caller's (tests run main() in-process). */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

const processIo = (): CliIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

/** One line on stderr, prefixed with the command's name. */
const sayTo = (io: CliIo) => (line: string) => void io.stderr.write(`${NAME}: ${line}\n`);

const HELP_AFTER = `
Inputs:
  Files are read as given; folders are searched recursively for .txt .md .html .htm .jsonl
  .ndjson files; glob patterns ("articles/**/*.txt", quoted or not) are expanded by the tool;
  "-" (or no input with piped stdin) reads standard input. To read a file called "schema" or
  "gazetteer", write ./schema.
  Text may be UTF-8 (with or without BOM), UTF-16 (LE/BE) or Windows-1256; binary files (PDF,
  DOCX, images, archives) are refused. Up to 1% undecodable bytes become U+FFFD with a warning;
  more fails that input.
  A text file may start with YAML front matter (---) giving id and published (or date).
  HTML pages are reduced to their article text (offsets then index that text).
  JSONL: one article per line, {"id", "text", "published"} ("date" also accepted; id defaults
  to path:line).

Reference date:
  Relative dates ("yesterday", "on Friday") are resolved against the article's own date (JSONL
  field, front matter, or the page's published time); --published is used for inputs without one.

Output:
  jsonl (default): one document per line. json: an array (--pretty to indent). csv: one row per
  evacuation; --table places|corridors|dates|quotes for the other tables; --bom for Excel.
  The format defaults to the -o file's extension (.json .jsonl .ndjson .csv), else jsonl.
  -o writes atomically: the file appears complete or not at all.
  Field meanings: ${NAME} schema prints the JSON Schema of one document.

Rules:
  Built-in rules (YAML/JSON word lists) live in ${BUILTIN_RULES_DIR}
  --rules DIR adds rule files merged over them (lists extended, maps merged).

Exit codes:
  0  every input processed    1  some inputs failed (the others are written)    2  usage error

Examples:
  ${NAME} article.txt                           one article, JSONL on stdout
  ${NAME} --published 2018-05-13 article.txt    resolve relative dates against that day
  ${NAME} articles/ -o results.json --pretty    a folder, as an indented JSON array
  ${NAME} articles/ -o evacuations.csv --bom    one row per evacuation, for Excel
  ${NAME} "archive/**/*.html" -f csv -t places  the places table of saved pages
  cat batch.jsonl | ${NAME} > results.jsonl      a JSONL batch through a pipe
  ${NAME} schema > document.schema.json
  ${NAME} gazetteer import SY.txt --country SY -o my-rules/gazetteer.json
  ${NAME} --rules my-rules/ articles/           with extra rules (e.g. that gazetteer)
`;

interface ExtractCliOptions {
  format?: OutputFormat;
  table?: CsvTable;
  output?: string;
  published?: string;
  inputFormat: InputFormat;
  rules?: string[];
  pretty?: boolean;
  bom?: boolean;
  quiet?: boolean;
}

const FORMAT_BY_EXTENSION: Record<string, OutputFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

function outputFormat(opts: ExtractCliOptions): OutputFormat {
  const format = opts.format ?? (opts.output ? FORMAT_BY_EXTENSION[extname(opts.output).toLowerCase()] : undefined) ?? 'jsonl';
  if (opts.table && format !== 'csv') throw new UsageError('--table applies to CSV output only (add --format csv)');
  if (opts.bom && format !== 'csv') throw new UsageError('--bom applies to CSV output only (JSON must not start with a BOM)');
  if (opts.pretty && format !== 'json') throw new UsageError('--pretty applies to JSON output only (add --format json)');
  return format;
}

function referenceDate(value: string | undefined): string | null {
  try {
    return parsePublished(value);
  } catch (e) {
    if (e instanceof PublishedDateError) throw new UsageError(`--published: ${e.message}`);
    throw e;
  }
}

async function checkTarget(output: string | undefined): Promise<void> {
  const existing = output ? await stat(output).catch(() => null) : null;
  if (existing?.isDirectory()) throw new UsageError(`-o ${output}: is a folder; give a file name`);
}

async function openSink(output: string | undefined, io: CliIo): Promise<Sink> {
  if (!output) return stdoutSink(io.stdout);
  const existing = await stat(output).catch(() => null);
  try {
    return await (existing && !existing.isFile() ? deviceSink(output) : atomicFileSink(output));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`-o ${output}: cannot write: ${why}`);
  }
}

async function runExtract(inputs: string[], opts: ExtractCliOptions, io: CliIo, help: () => void): Promise<number> {
  const say = sayTo(io);
  const format = outputFormat(opts);
  const published = referenceDate(opts.published);
  if (!inputs.length && io.stdin.isTTY) {
    help();
    return EXIT.usage;
  }
  await checkTarget(opts.output);
  // Loaded here, not at start-up, so that --help, --version and usage errors answer at once.
  const [{ extract }, { loadRules }, { readSource }] = await Promise.all([import('./pipeline.js'), import('./rules/load.js'), import('./io/articles.js')]);
  const rules = loadRules(opts.rules);
  const sources = await expandInputs(inputs.length ? inputs : ['-']);
  const sink = await openSink(opts.output, io);
  const writer = createWriter(format, sink, { pretty: opts.pretty, table: opts.table, bom: opts.bom });

  let written = 0;
  let failed = 0;
  const fail = (name: string, message: string) => {
    failed++;
    say(`${name}: ${message}`);
  };
  try {
    for (const entry of sources) {
      if ('failure' in entry) {
        fail(entry.failure.name, entry.failure.message);
        continue;
      }
      for await (const item of readSource(entry.source, opts.inputFormat, io.stdin)) {
        if (sink.closed) break;
        if ('failure' in item) {
          fail(item.failure.name, item.failure.message);
          continue;
        }
        const { article } = item;
        let doc;
        try {
          doc = extract(article.text, { id: article.id, published: article.published ?? published, rules, warnings: article.warnings });
        } catch (e) {
          fail(article.name, (e as Error).message);
          continue;
        }
        if (!opts.quiet) for (const w of doc.warnings) say(`${doc.id}: warning: ${w}`);
        await writer.write(doc);
        written++;
      }
      if (sink.closed) break;
    }
    // With -o, a run that produced nothing must not replace a file that is there.
    if (opts.output && !written && failed) {
      sink.abort();
      say(`${opts.output}: not written (no input could be processed)`);
      return EXIT.inputFailed;
    }
    await writer.end();
    await sink.commit();
  } catch (e) {
    sink.abort();
    // Reading problems are failures of their input; a system error left here is the output's.
    if (typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    say(`${opts.output ?? 'stdout'}: cannot write: ${(e as Error).message}`);
    return EXIT.inputFailed;
  }
  if (failed) say(`${failed} input${failed === 1 ? '' : 's'} failed, ${written} document${written === 1 ? '' : 's'} written`);
  return failed ? EXIT.inputFailed : EXIT.ok;
}

interface GazetteerImportOptions {
  output?: string;
  country?: string;
  classes?: string;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function runGazetteerImport(file: string, opts: GazetteerImportOptions, io: CliIo): Promise<number> {
  const say = sayTo(io);
  if (opts.country !== undefined && !/^[A-Za-z]{2}$/.test(opts.country)) {
    throw new UsageError(`--country: expected a two-letter ISO 3166-1 code such as SY, got ${JSON.stringify(opts.country)}`);
  }
  const featureClasses = opts.classes?.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (featureClasses?.some((c) => !/^[AHLPRSTUV]$/.test(c))) {
    throw new UsageError(`--classes: expected GeoNames feature classes such as P,A,S, got ${JSON.stringify(opts.classes)}`);
  }
  await checkTarget(opts.output);
  let tsv: string;
  try {
    tsv = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    say(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return EXIT.inputFailed;
  }
  let imported;
  try {
    imported = importGeoNames(tsv, { country: opts.country, featureClasses });
  } catch (e) {
    if (!(e instanceof GeoNamesError)) throw e;
    say(`${file}: ${e.message}`);
    return EXIT.inputFailed;
  }
  const { kind, source, entries, skipped } = imported;
  // One entry per line: compact, yet a reviewer can read and diff it.
  const text = `{"kind":${JSON.stringify(kind)},"source":${JSON.stringify(source)},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  const sink = await openSink(opts.output, io);
  try {
    await sink.write(text);
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
  say(`${opts.output ?? 'stdout'}: ${entries.length} gazetteer entries written, ${skipped} row${skipped === 1 ? '' : 's'} without an Arabic name skipped`);
  return EXIT.ok;
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command(NAME);
  // Settings inherited by the subcommands must be made before they are created.
  program
    .exitOverride()
    .enablePositionalOptions()
    .helpCommand(false)
    .configureOutput({
      writeOut: (str) => io.stdout.write(str),
      writeErr: (str) => io.stderr.write(str),
      outputError: (str, write) => write(`${NAME}: ${str.replace(/^error: /, '')}`),
    })
    .showHelpAfterError(`(${NAME} --help shows usage and examples)`);

  program
    .description('Extract evacuation, displacement and return figures, places, dates, corridors and quoted officials from Arabic news articles.')
    .usage('[options] [inputs...]\n       evac-extract schema\n       evac-extract gazetteer import <file> [-o out.json] [--country XX]')
    .argument('[inputs...]', 'files, folders, glob patterns, or - for stdin (default: stdin when piped)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else jsonl)').choices(OUTPUT_FORMATS))
    .addOption(new Option('-t, --table <table>', 'CSV table (default: evacuations)').choices(CSV_TABLE_NAMES))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('-p, --published <date>', 'reference date YYYY-MM-DD for inputs that carry none')
    .addOption(new Option('--input-format <format>', 'how to read inputs: by extension and content, or force one').choices(INPUT_FORMATS).default('auto'))
    .option('--rules <dir>', 'extra rules folder merged over the built-in rules (repeatable)', (dir: string, all: string[] = []) => [...all, dir])
    .option('--pretty', 'indent JSON output')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)')
    .option('-q, --quiet', 'do not print warnings (errors are still printed)')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_AFTER)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      done(await runExtract(inputs, opts, io, () => program.outputHelp({ error: true })));
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output document')
    .action(() => {
      io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
      done(EXIT.ok);
    });

  const gazetteer = program.command('gazetteer').description('gazetteer tools (see: gazetteer import --help)').helpCommand(false);
  gazetteer
    .command('import')
    .description('convert a GeoNames TSV extract (such as SY.txt) into a gazetteer rules file for --rules')
    .argument('<file>', 'GeoNames TSV file, or - for stdin')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--country <code>', 'keep only places of this country (ISO 3166-1 alpha-2, e.g. SY)')
    .option('--classes <list>', 'keep only these GeoNames feature classes, comma-separated (e.g. P,A,S: places, areas, spots)')
    .action(async (file: string, opts: GazetteerImportOptions) => {
      done(await runGazetteerImport(file, opts, io));
    });
  return program;
}

/** Runs the command on `argv` (as process.argv: node and script first) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const say = sayTo(io);
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError) {
      say(e.message);
      io.stderr.write(`(${NAME} --help shows usage and examples)\n`);
      return EXIT.usage;
    }
    if (e instanceof RulesError) {
      say(e.message);
      return EXIT.usage;
    }
    say(`internal error: ${(e as Error).stack ?? e}`);
    return EXIT.inputFailed;
  }
}

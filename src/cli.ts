// The evac-extract command: reads articles from files, folders, globs or stdin, runs the
// extraction on each (rules compiled once), and streams the results as JSONL, JSON or CSV in input
// order. A bad input is reported on stderr and skipped; the others are still written.
// Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { expandInputs, INPUT_FORMATS, type InputFormat } from './io/inputs.js';
import { CSV_TABLE_NAMES, type CsvTable } from './output/csv.js';
import { atomicFileSink, deviceSink, stdoutSink, type Sink } from './output/sink.js';
import { createWriter, formatOfFile, OUTPUT_FORMATS, type OutputFormat } from './output/writers.js';
import { GeoNamesError, importGeoNames } from './places/geonames.js';
import { parsePublished, PublishedDateError } from './published.js';
import type { Item } from './io/articles.js';
import { BUILTIN_RULES_DIR, RulesError } from './rules/load.js';
import { documentJsonSchema, type DocumentResult } from './schema.js';

const NAME = 'evac-extract';

const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** A problem with the command line itself: reported with a pointer to --help, exit 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Terminals that lay out right-to-left text themselves (mlterm, Konsole, GNOME Terminal 3.x with bidi) set this. */
const NO_SHAPE_ENV = 'EVAC_NO_SHAPE';

/** Where the command reads and writes: the process's own streams, or a caller's (tests run main() in-process). */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
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
  A batch is known by its content, whatever the file is called (.json, .txt, no extension):
  lines of JSON objects with a "text" field are JSONL; a JSON array of such objects is read
  the same way (ids default to path#1, path#2 ...).
  Text may be UTF-8 (with or without BOM), UTF-16 (LE/BE) or Windows-1256; binary files (PDF,
  DOCX, images, archives) are refused. Up to 1% undecodable bytes become U+FFFD with a warning;
  more fails that input.
  A text file may start with YAML front matter (---) giving id and published (or date).
  HTML pages are reduced to their article text (offsets then index that text).
  A text file may also give url, title and source (or outlet) in its front matter.
  JSONL: one article per line, {"id", "text", "published", "url", "title", "source"} ("date"
  and "outlet" also accepted; id defaults to path:line). An unusable published date is
  dropped with a warning; a repeated id is kept, with a warning.
  url, title and source are copied into every output format and every CSV table, so each
  row traces back to its article.

Reference date:
  Relative dates ("yesterday", "on Friday") are resolved against the article's own date (JSONL
  field, front matter, or the page's published time); --published is used for inputs without one.

Output:
  table (default on a terminal): per article a header, its records as a table, the speakers and
  the warnings. Arabic is shaped and put in visual order for terminals without bidi support;
  --no-shape (or ${NO_SHAPE_ENV}=1) leaves it to terminals that do bidi. No colour with NO_COLOR.
  jsonl (default in a pipe or a file): one document per line. json: an array (--pretty to
  indent). csv: one row per evacuation; --table documents|places|corridors|dates|quotes for the
  other tables (documents: one row per article read, so none goes missing); --bom for Excel;
  --hxl adds a row of HXL hashtags under the header. xlsx: one Excel workbook, a sheet per table,
  typed cells. geojson: a FeatureCollection of located places (points) and movements (origin →
  destination lines), for QGIS, geojson.io or a web map. html: one self-contained review page
  for the whole batch (works offline): each article with its extractions highlighted, the
  records to mark correct or wrong, a map; export of the verdicts.
  The format defaults to the -o file's extension (.json .jsonl .ndjson .csv .xlsx .geojson
  .html), else jsonl. -o writes atomically: the file appears complete or not at all; -o - is
  stdout. Offsets (start, end) count UTF-16 code units, as JavaScript strings do.
  Field meanings: ${NAME} schema prints the JSON Schema of one document.

Rules:
  Built-in rules (YAML/JSON word lists) live in ${BUILTIN_RULES_DIR}
  --rules DIR adds rule files merged over them (lists extended, maps merged).

Batches:
  Articles are extracted on --jobs threads (default: one per core); output keeps input order and
  is the same byte for byte as with --jobs 1. Inputs of a few hundred articles run on one thread.
  On a terminal, stderr shows a progress bar and a closing summary (not with --quiet).
  --shard i/n numbers the articles in input order from 0 (each file, each JSONL line, readable or
  not) and takes those whose number modulo n is i: shards 0/n ... n-1/n make the whole run.
  The command is a pure map step (JSONL in, JSONL out, one document per article, in order, no
  state between articles), so GNU parallel, Hadoop Streaming or Spark can run it: see the README.

Exit codes:
  0  every input processed    1  some inputs failed (the others are written)    2  usage error

Examples:
  ${NAME} article.txt                           one article: a table on a terminal, JSONL in a pipe
  ${NAME} articles/ -o review.html              a review page to open in a browser
  ${NAME} --published 2018-05-13 article.txt    resolve relative dates against that day
  ${NAME} articles/ -o results.json --pretty    a folder, as an indented JSON array
  ${NAME} articles/ -o evacuations.csv --bom    one row per evacuation, for Excel
  ${NAME} "archive/**/*.html" -f csv -t places  the places table of saved pages
  ${NAME} batch.jsonl -o results.xlsx            an Excel workbook, one sheet per table
  ${NAME} batch.jsonl -f csv --hxl -o hdx.csv    CSV with HXL hashtags, for HDX
  ${NAME} batch.jsonl -o movements.geojson       a map layer
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
  hxl?: boolean;
  quiet?: boolean;
  jobs: number;
  shard?: Shard;
  validate?: boolean;
  /** False with --no-shape. */
  shape: boolean;
}

/** Shard `index` of `count`: the articles whose number in input order, modulo count, is index. */
interface Shard {
  index: number;
  count: number;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return n;
}

function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new InvalidArgumentError('expected i/n with 0 <= i < n, such as 0/4');
  return { index, count };
}

/** Set to anything but "" or "0". */
const envFlag = (name: string) => !!process.env[name] && process.env[name] !== '0';

function outputFormat(opts: ExtractCliOptions, io: CliIo): OutputFormat {
  // A person at a terminal gets the table; a pipe or a file gets data.
  const fallback: OutputFormat = !opts.output && io.stdout.isTTY ? 'table' : 'jsonl';
  const format = opts.format ?? (opts.output ? formatOfFile(opts.output) : undefined) ?? fallback;
  if (opts.table && format !== 'csv') throw new UsageError(`--table applies to CSV output only (add --format csv${format === 'xlsx' ? '; a workbook holds every table' : ''})`);
  if (opts.bom && format !== 'csv') throw new UsageError('--bom applies to CSV output only (JSON must not start with a BOM)');
  if (opts.hxl && format !== 'csv') throw new UsageError('--hxl applies to CSV output only (add --format csv)');
  if (opts.pretty && format !== 'json') throw new UsageError('--pretty applies to JSON output only (add --format json)');
  if (!opts.shape && format !== 'table') throw new UsageError('--no-shape applies to table output only (add --format table)');
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

/** `-o -` is standard output, as `-` is standard input. */
const outputFile = (output: string | undefined) => (output === '-' ? undefined : output);

async function runExtract(inputs: string[], cliOpts: ExtractCliOptions, io: CliIo, help: () => void): Promise<number> {
  const say = sayTo(io);
  const opts = { ...cliOpts, output: outputFile(cliOpts.output) };
  const format = outputFormat(opts, io);
  const published = referenceDate(opts.published);
  if (!inputs.length && io.stdin.isTTY) {
    help();
    return EXIT.usage;
  }
  await checkTarget(opts.output);
  // Loaded here, not at start-up, so that --help, --version and usage errors answer at once.
  const [{ extractInOrder }, { loadRules }, { readSource }, { createProgress }, { countArticles }] = await Promise.all([
    import('./parallel/ordered.js'),
    import('./rules/load.js'),
    import('./io/articles.js'),
    import('./output/progress.js'),
    import('./io/count.js'),
  ]);
  const rules = loadRules(opts.rules);
  const sources = await expandInputs(inputs.length ? inputs : ['-']);
  const sink = await openSink(opts.output, io);
  const writer = await createWriter(format, sink, {
    pretty: opts.pretty,
    table: opts.table,
    bom: opts.bom,
    hxl: opts.hxl,
    style: {
      shape: opts.shape && !envFlag(NO_SHAPE_ENV),
      colour: !opts.output && !!io.stdout.isTTY && !process.env.NO_COLOR,
      width: io.stdout.columns || 120,
    },
  });
  const shard = opts.shard ?? { index: 0, count: 1 };
  const total = io.stderr.isTTY ? await countArticles(sources, opts.inputFormat) : null;
  // A terminal stderr is the process's own (a WriteStream); any other stream gets plain lines.
  const progress = await createProgress(io.stderr as NodeJS.WriteStream, NAME, total === null ? null : Math.ceil((total - shard.index) / shard.count), !!opts.quiet);
  // Ids only, not documents: a large batch still runs in flat memory.
  const seenIds = new Set<string>();

  // Every article, and every input or line that could not be read, in input order: the unit a
  // shard takes one of every n of, so that the shards of a run are disjoint and make the whole.
  async function* items(): AsyncGenerator<Item> {
    let number = 0;
    for (const entry of sources) {
      if ('failure' in entry) {
        if (number++ % shard.count === shard.index) yield entry;
        continue;
      }
      for await (const item of readSource(entry.source, opts.inputFormat, io.stdin)) {
        if (sink.closed) return;
        if (number++ % shard.count === shard.index) yield item;
      }
    }
  }

  let written = 0;
  let records = 0;
  let failed = 0;
  let summarised = false;
  const fail = (name: string, message: string) => {
    failed++;
    progress.say(`${name}: ${message}`);
  };
  try {
    // The writers of compact JSON take each document as its text: worker threads then send text.
    const serialise = !!writer.writeJson;
    const results = extractInOrder(items(), { jobs: opts.jobs, rules, rulesDirs: opts.rules ?? [], validate: !!opts.validate, serialise, published });
    for await (const result of results) {
      if (sink.closed) break;
      progress.tick();
      if ('failure' in result) {
        fail(result.failure.name, result.failure.message);
        continue;
      }
      const { outcome } = result;
      if ('error' in outcome) {
        fail(result.name, outcome.error);
        continue;
      }
      const { id, warnings } = 'doc' in outcome ? outcome.doc : outcome.serialised;
      const duplicate = seenIds.has(id) ? `duplicate id ${JSON.stringify(id)}: an earlier document has it too` : null;
      seenIds.add(id);
      if (!opts.quiet) for (const w of [...warnings, ...(duplicate ? [duplicate] : [])]) progress.say(`${id}: warning: ${w}`);
      if ('doc' in outcome) {
        if (duplicate) outcome.doc.warnings.push(duplicate);
        await writer.write(outcome.doc, result.article);
        records += outcome.doc.evacuations.length;
      } else {
        const { json } = outcome.serialised;
        // A repeated id (rare) is noted in the document, as its text was made without knowing.
        await writer.writeJson!(duplicate ? JSON.stringify(withWarning(JSON.parse(json) as DocumentResult, duplicate)) : json);
        records += outcome.serialised.records;
      }
      written++;
    }
    summarised = progress.finish({ documents: written, records, errors: failed });
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
  if (failed && !summarised) say(`${failed} input${failed === 1 ? '' : 's'} failed, ${written} document${written === 1 ? '' : 's'} written`);
  return failed ? EXIT.inputFailed : EXIT.ok;
}

const withWarning = (doc: DocumentResult, warning: string): DocumentResult => ({ ...doc, warnings: [...doc.warnings, warning] });

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

async function runGazetteerImport(file: string, cliOpts: GazetteerImportOptions, io: CliIo): Promise<number> {
  const say = sayTo(io);
  const opts = { ...cliOpts, output: outputFile(cliOpts.output) };
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
  if (opts.output) await mkdir(dirname(opts.output), { recursive: true }).catch(() => {}); // openSink names the problem
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
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout; - is stdout')
    .option('-p, --published <date>', 'reference date YYYY-MM-DD for inputs that carry none')
    .addOption(new Option('--input-format <format>', 'how to read inputs: by extension and content, or force one').choices(INPUT_FORMATS).default('auto'))
    .option('--rules <dir>', 'extra rules folder merged over the built-in rules (repeatable)', (dir: string, all: string[] = []) => [...all, dir])
    .option('--pretty', 'indent JSON output')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)')
    .option('--hxl', 'add a row of HXL hashtags under the CSV header (for HDX and HXL tools)')
    .option('-q, --quiet', 'do not print warnings nor the closing summary (errors are still printed)')
    .addOption(new Option('-j, --jobs <n>', 'threads extracting articles in parallel (a short input always runs on one)').argParser(parseJobs).default(availableParallelism(), 'the number of cores'))
    .addOption(new Option('--shard <i/n>', 'take only the articles whose number in input order, modulo n, is i (for CI matrices)').argParser(parseShard))
    .option('--validate', 'check every document against the output contract (slower; a failure is an internal error)')
    .option('--no-shape', `table: leave Arabic in logical order, for terminals that do bidi themselves (or set ${NO_SHAPE_ENV}=1)`)
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
    .option('-o, --output <file>', 'write to this file (atomically; its folder is created) instead of stdout')
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

// What a long run shows on a terminal: a progress bar on stderr (articles done, rate, ETA when
// the number of articles is known) and a one-line summary at the end. When stderr is not a
// terminal nothing is drawn, so logs and pipes get only the messages they got before.
import type { MultiBar } from 'cli-progress';

export interface Progress {
  /** One more article done (or failed). */
  tick(): void;
  /** A message line, printed above the bar instead of through it. */
  say(line: string): void;
  /** Remove the bar; then the summary line, unless quiet. True if a summary was printed. */
  finish(summary: { documents: number; records: number; errors: number }): boolean;
}

const plain = (say: (line: string) => void): Progress => ({ tick() {}, say, finish: () => false });

/**
 * A bar when `stream` is a terminal, else plain messages; the summary unless quiet. `total` is the
 * number of articles when it can be known before reading (null for stdin).
 */
export async function createProgress(stream: NodeJS.WriteStream, name: string, total: number | null, quiet: boolean): Promise<Progress> {
  const say = (line: string) => stream.write(`${name}: ${line}\n`);
  if (!stream.isTTY) return plain(say);
  const { default: cliProgress } = await import('cli-progress'); // a terminal only: no cost for pipes and logs
  const started = performance.now();
  const multibar: MultiBar = new cliProgress.MultiBar(
    {
      stream,
      format: total
        ? `${name} {bar} {percentage}% | {value}/{total} articles | {rate}/s | ETA {eta_formatted}`
        : `${name} {value} articles | {rate}/s | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multibar.create(total ?? 0, 0, { rate: '-' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : '-' });
    },
    say(line) {
      multibar.log(`${name}: ${line}\n`);
    },
    finish({ documents, records, errors }) {
      multibar.stop();
      if (quiet) return false;
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? `, ${Math.round(documents / seconds)} articles/s` : '';
      say(`${documents} document${documents === 1 ? '' : 's'}, ${records} record${records === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'} in ${seconds.toFixed(1)} s${rate}`);
      return true;
    },
  };
}

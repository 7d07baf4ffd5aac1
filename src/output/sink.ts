// Where output goes: standard output, or a file written atomically. The file's content goes to a
// temporary file in the same folder, flushed to disk and renamed over the target only once
// everything is written, so the target is either its old self or complete, never half a file.
// An interrupted run (Ctrl-C, SIGTERM) removes its temporary file.
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { chmod, rename, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** The reader went away (closed pipe): stop producing. */
  readonly closed: boolean;
  /** Finish the output (for a file: flush and move it into place). */
  commit(): Promise<void>;
  /** Give up the output (for a file: remove the temporary file, leave the target untouched). */
  abort(): void;
}

async function writeTo(stream: Writable, chunk: string | Uint8Array, failed: () => Error | null): Promise<void> {
  const err = failed();
  if (err) throw err;
  // `once` rejects if the stream fails while we wait, and removes its listeners either way.
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** A device or pipe named with -o (/dev/stdout, a FIFO): written in place, since it cannot be renamed over. */
export async function deviceSink(target: string): Promise<Sink> {
  const stream = createWriteStream(target, { flags: 'a' });
  await once(stream, 'open');
  const sink = stdoutSink(stream);
  return {
    get closed() {
      return sink.closed;
    },
    write: (chunk) => sink.write(chunk),
    async commit() {
      await sink.commit();
      stream.end();
      if (!stream.closed) await once(stream, 'close');
    },
    abort: () => stream.destroy(),
  };
}

export function stdoutSink(stream: Writable = process.stdout): Sink {
  let error: Error | null = null;
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else error ??= e;
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (closed) return;
      try {
        await writeTo(stream, chunk, () => error);
      } catch (e) {
        onError(e as NodeJS.ErrnoException);
        if (!closed) throw e;
      }
    },
    async commit() {
      if (error) throw error;
    },
    abort() {},
  };
}

/** Temporary files start with this prefix (ignored by the project's .gitignore). */
export const TEMP_PREFIX = '.evac-tmp-';

export async function atomicFileSink(target: string): Promise<Sink> {
  // The crypto module is loaded here, not at start-up: a run writing to standard output never needs it.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const temp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  const cleanup = () => rmSync(temp, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const release = () => {
    for (const s of signals) process.off(s, onSignal);
  };
  // Before the file exists: a signal between its creation and the handlers would leave it behind.
  for (const s of signals) process.once(s, onSignal);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx', flush: true });
  let error: Error | null = null;
  stream.on('error', (e) => {
    error ??= e;
  });
  try {
    await once(stream, 'open');
  } catch (e) {
    release();
    throw e;
  }

  return {
    closed: false,
    write: (chunk) => writeTo(stream, chunk, () => error),
    async commit() {
      try {
        if (error) throw error;
        stream.end();
        if (!stream.closed) await once(stream, 'close');
        if (error) throw error;
        // Keep the permissions of the file being replaced.
        const old = await stat(target).catch(() => null);
        if (old) await chmod(temp, old.mode & 0o7777);
        await rename(temp, target);
      } catch (e) {
        cleanup();
        throw e;
      } finally {
        release();
      }
    },
    abort() {
      stream.destroy();
      cleanup();
      release();
    },
  };
}

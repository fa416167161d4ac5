import { main } from '../../src/cli/main';
import type { BpaRun } from './run-bpa';

export interface InProcessRun extends BpaRun {
  status: number;
  /** Standard output as bytes, for binary formats. */
  stdoutBytes: Buffer;
}

export interface InProcessOptions {
  /** The working directory during the run (restored after). */
  cwd?: string;
  /** Environment variables during the run; `undefined` removes one. The locale is C unless given. */
  env?: Record<string, string | undefined>;
  /** Pretend standard output is a terminal. */
  stdoutIsTTY?: boolean;
}

type Write = typeof process.stdout.write;

/**
 * Runs bpa's commander program in this process, as the binary would, with standard output and error
 * captured: the fast way to test the command line (commander's exitOverride turns its exits into errors
 * that main() maps to exit codes). A few smoke tests still spawn bin/bpa.js (test/helpers/run-bpa.ts).
 */
export async function bpa(args: string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const env = {
    LANG: 'C',
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...options.env,
  };
  const restore = patch(env, options, out, err);
  let status: number;
  try {
    status = await main(args);
  } finally {
    restore();
  }
  const stdoutBytes = Buffer.concat(out);
  return { status, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8') };
}

function capture(into: Buffer[]): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    into.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as Write;
}

function patch(env: Record<string, string | undefined>, options: InProcessOptions, out: Buffer[], err: Buffer[]): () => void {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const cwd = process.cwd();
  const [write, writeErr, isTTY] = [process.stdout.write, process.stderr.write, process.stdout.isTTY];
  for (const [k, v] of Object.entries(env)) setEnv(k, v);
  if (options.cwd) process.chdir(options.cwd);
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.stdout.isTTY = options.stdoutIsTTY ?? false;
  return () => {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.stdout.isTTY = isTTY;
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) setEnv(k, v);
  };
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

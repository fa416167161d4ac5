import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import type { Piscina } from 'piscina';
import { packageRoot } from '../../shared/package-root';

/** The default of `--jobs`: one thread per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** A pool started ahead of the scan, and how many worker threads it has. */
let early: { threads: number; pool: Piscina } | undefined;

/**
 * Starts the worker threads of a fleet scan of `bundles` bundles in `jobs` threads (this one and `jobs - 1`
 * workers) as soon as the command line says it is one, before this thread loads the scan code and reads the
 * set-up: each worker loads the same code meanwhile, on a CPU that would otherwise wait. `runFleet` takes the
 * pool (`takeWorkers`); `releaseWorkers` ends it when the scan never came to use it (a mistake in the set-up).
 */
export function startWorkers(jobs: number, bundles: number): void {
  const threads = Math.min(jobs, bundles) - 1;
  if (threads > 0 && !early) early = { threads, pool: newPool(threads) };
}

/** The pool of `threads` workers: the one started ahead when it has that many, else a new one. */
export function takeWorkers(threads: number): Piscina {
  const ahead = early;
  early = undefined;
  if (ahead?.threads === threads) return ahead.pool;
  if (ahead) stopWorkers(ahead.pool);
  return newPool(threads);
}

/** The pools being ended. */
const stopping: Promise<void>[] = [];

/**
 * Ends a pool whose work is done, without waiting for it: its threads tear down (≈ 30–80 ms) while this thread
 * writes the summary. `releaseWorkers` waits for them.
 */
export function stopWorkers(pool: Piscina): void {
  stopping.push(pool.destroy());
}

/** Ends a pool started ahead that no scan took, and waits until every pool has ended. */
export async function releaseWorkers(): Promise<void> {
  const ahead = early;
  early = undefined;
  if (ahead) stopWorkers(ahead.pool);
  await Promise.all(stopping.splice(0));
}

function newPool(threads: number): Piscina {
  // piscina is loaded only for a fleet scan: one bundle, `bpa --version` and the others never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require('piscina') as typeof import('piscina');
  // One task per worker: it scans bundles from the shared queue until it is empty (run-fleet.ts).
  return new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
}

/**
 * The compiled worker: beside this file when bpa runs from dist/, else (jest runs the TypeScript sources)
 * the build's copy, which `npm test` makes first.
 */
export function workerFile(): string {
  const beside = join(__dirname, 'scan-worker.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist', 'src', 'cli', 'fleet', 'scan-worker.js');
}

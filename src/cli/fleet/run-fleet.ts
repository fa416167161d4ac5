import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { packageRoot } from '../../shared/package-root';
import type { Progress } from '../progress';
import type { BundleResult, FleetTask } from './fleet-task';
import { scanBundle } from './scan-bundle';

/** The default of `--jobs`: one worker thread per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Scans the bundles: with one job in this thread, one after the other; with more in worker threads
 * (piscina), at most `jobs` at a time and never more threads than bundles. The results come back in the
 * order of the tasks, whatever order the bundles finished in; `progress` ticks once per bundle.
 */
export async function runFleet(tasks: FleetTask[], jobs: number, progress: Progress): Promise<BundleResult[]> {
  progress.start(tasks.length, '');
  try {
    if (jobs <= 1 || tasks.length <= 1) {
      const results: BundleResult[] = [];
      for (const task of tasks) {
        results.push(await scanBundle(task));
        progress.tick(task.name);
      }
      return results;
    }
    return await inWorkers(tasks, Math.min(jobs, tasks.length), progress);
  } finally {
    progress.stop();
  }
}

async function inWorkers(tasks: FleetTask[], threads: number, progress: Progress): Promise<BundleResult[]> {
  // piscina is loaded only for a fleet scan: one bundle, `bpa --version` and the others never need it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        let result: BundleResult;
        try {
          result = (await pool.run(task)) as BundleResult;
        } catch (e) {
          // The worker itself died (out of memory, a crash in native code): this bundle's row says so.
          const message = `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
          result = {
            input: task.input,
            name: task.name,
            exitCode: 2,
            reports: [],
            warnings: [],
            error: { message, details: [] },
          };
        }
        progress.tick(task.name);
        return result;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/**
 * The compiled worker: beside this file when bpa runs from dist/, else (jest runs the TypeScript sources)
 * the build's copy, which `npm test` makes first.
 */
export function workerFile(): string {
  const beside = join(__dirname, 'scan-worker.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist', 'src', 'cli', 'fleet', 'scan-worker.js');
}

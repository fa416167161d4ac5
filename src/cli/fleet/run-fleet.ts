import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { packageRoot } from '../../shared/package-root';
import type { Progress } from '../progress';
import type { BundleResult, FleetTask } from './fleet-task';
import { scanBundle } from './scan-bundle';

/** The default of `--jobs`: one thread per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Tasks sent ahead to each worker thread. The main thread scans bundles too, synchronously for most of each
 * one, so it sees a worker's result (and sends the next task) only between two of its own bundles: with a
 * second task already in the worker's queue, the worker never waits for that.
 */
export const TASKS_AHEAD = 2;

/**
 * Scans the bundles in `jobs` threads: this thread and `jobs - 1` worker threads (piscina), never more
 * threads than bundles, all taking the next bundle from one queue. With one job, no worker is started. This
 * thread has loaded the code and read the set-up already, so it scans instead of waiting: one thread fewer
 * loads and warms the code. The results come back in the order of the tasks, whatever order the bundles
 * finished in; `progress` ticks once per bundle.
 */
export async function runFleet(tasks: FleetTask[], jobs: number, progress: Progress): Promise<BundleResult[]> {
  progress.start(tasks.length, '');
  try {
    const workers = Math.min(jobs, tasks.length) - 1;
    const queue = new TaskQueue(tasks, progress);
    if (workers <= 0) await inThisThread(queue, false);
    else await Promise.all([inWorkers(queue, workers), inThisThread(queue, true)]);
    return queue.results;
  } finally {
    progress.stop();
  }
}

/** The tasks not yet taken, and the results by task index. */
class TaskQueue {
  readonly results: BundleResult[];
  private next = 0;

  constructor(
    readonly tasks: FleetTask[],
    private readonly progress: Progress,
  ) {
    this.results = new Array<BundleResult>(tasks.length);
  }

  /** The index of the next task to scan, or undefined when every task is taken. */
  take(): number | undefined {
    return this.next < this.tasks.length ? this.next++ : undefined;
  }

  done(index: number, result: BundleResult): void {
    this.results[index] = result;
    this.progress.tick(this.tasks[index]!.name);
  }
}

async function inThisThread(queue: TaskQueue, withWorkers: boolean): Promise<void> {
  for (let i = queue.take(); i !== undefined; i = queue.take()) {
    queue.done(i, await scanBundle(queue.tasks[i]!));
    // Lets the workers' finished tasks in, so that they get their next ones (a promise alone does not).
    if (withWorkers) await new Promise((resolve) => setImmediate(resolve));
  }
}

async function inWorkers(queue: TaskQueue, threads: number): Promise<void> {
  // piscina is loaded only for a fleet scan: one bundle, `bpa --version` and the others never need it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_AHEAD,
    idleTimeout: 1000,
  });
  const runOne = async (index: number): Promise<void> => {
    const task = queue.tasks[index]!;
    let result: BundleResult;
    try {
      result = (await pool.run(task)) as BundleResult;
    } catch (e) {
      // The worker itself died (out of memory, a crash in native code): this bundle's row says so.
      const message = `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
      result = { input: task.input, name: task.name, exitCode: 2, reports: [], warnings: [], error: { message, details: [] } };
    }
    queue.done(index, result);
  };
  // Each lane keeps one task in a worker until the queue is empty: `threads × TASKS_AHEAD` lanes.
  const lane = async (): Promise<void> => {
    for (let i = queue.take(); i !== undefined; i = queue.take()) await runOne(i);
  };
  try {
    await Promise.all(Array.from({ length: threads * TASKS_AHEAD }, lane));
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

import { MessageChannel } from 'worker_threads';
import { isSilent, type Progress } from '../progress';
import type { Piscina } from 'piscina';
import { NEXT_TASK, WORKERS_BEGUN, type BundleResult, type FleetTask, type WorkerMessage, type WorkerRun } from './fleet-task';
import { scanBundle } from './scan-bundle';
import { stopWorkers, takeWorkers } from './worker-pool';

/**
 * Scans the bundles in `jobs` threads: this thread and `jobs - 1` worker threads (piscina), never more
 * threads than bundles. This thread has loaded the code and read the set-up already, so it scans instead of
 * waiting: one thread fewer loads and warms the code. Every thread takes its next bundle itself from one
 * shared counter (`Atomics.add`), the moment it is free: no thread waits for another to hand it a bundle, and
 * all of them finish within one bundle of each other. The results come back in the order of the tasks,
 * whatever order the bundles finished in; `progress` ticks once per bundle.
 */
export async function runFleet(tasks: FleetTask[], jobs: number, progress: Progress): Promise<BundleResult[]> {
  progress.start(tasks.length, '');
  try {
    const workers = Math.min(jobs, tasks.length) - 1;
    const queue = new TaskQueue(tasks, progress);
    if (workers <= 0) await inThisThread(queue, 0, false);
    else {
      const [died] = await Promise.all([inWorkers(queue, workers), inThisThread(queue, workers, !isSilent(progress))]);
      // A worker that died (out of memory, a crash in native code) leaves the bundles it had taken without a
      // result: their rows say so. Every other bundle was scanned by a thread that lived. Only now, when this
      // thread has scanned its share too: a bundle it is still scanning has no result yet either.
      if (died !== undefined) queue.fillMissing(died);
    }
    return queue.results;
  } finally {
    progress.stop();
  }
}

/** The index of the next task to scan, shared by every thread, and the results by task index. */
class TaskQueue {
  readonly results: BundleResult[];
  /** Two counters in shared memory (see `WorkerRun`): the next task not yet taken, and the workers that began. */
  readonly shared = new SharedArrayBuffer(8);
  private readonly counters = new Int32Array(this.shared);

  constructor(
    readonly tasks: FleetTask[],
    private readonly progress: Progress,
  ) {
    this.results = new Array<BundleResult>(tasks.length);
  }

  /** The index of the next task to scan, or undefined when every task is taken. */
  take(): number | undefined {
    const index = Atomics.add(this.counters, NEXT_TASK, 1);
    return index < this.tasks.length ? index : undefined;
  }

  /** How many worker threads have begun to take tasks. */
  workersBegun(): number {
    return Atomics.load(this.counters, WORKERS_BEGUN);
  }

  done(index: number, result: BundleResult): void {
    this.results[index] = result;
    this.progress.tick(this.tasks[index]!.name);
  }

  /** Every task without a result gets the error of the worker that had taken it. */
  fillMissing(error: unknown): void {
    const message = `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    this.tasks.forEach((task, index) => {
      if (this.results[index] !== undefined) return;
      const result = {
        input: task.input,
        name: task.name,
        exitCode: 2,
        reports: [],
        warnings: [],
        error: { message, details: [] },
      };
      this.done(index, result);
    });
  }
}

/**
 * This thread's share. Between two bundles it lets the event loop turn (a promise alone does not) while a
 * worker has not begun yet (piscina hands a worker its task when the worker says it is ready, on this thread's
 * event loop), and, with a progress bar, always, so that the bar moves with the workers' results. Otherwise
 * the results wait until this thread has no bundle left: each turn of the event loop between two bundles cost
 * ≈ 5 ms here (measured, loaded machine), for nothing to show.
 */
async function inThisThread(queue: TaskQueue, workers: number, bar: boolean): Promise<void> {
  for (let i = queue.take(); i !== undefined; i = queue.take()) {
    queue.done(i, await scanBundle(queue.tasks[i]!));
    if (bar || queue.workersBegun() < workers) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The worker threads' share. Resolves with the error of a worker that died, else undefined. */
async function inWorkers(queue: TaskQueue, threads: number): Promise<unknown> {
  const pool = takeWorkers(threads);
  try {
    const died = await Promise.all(Array.from({ length: threads }, () => inWorker(pool, queue)));
    return died.find((e) => e !== undefined);
  } finally {
    stopWorkers(pool);
  }
}

/**
 * One worker thread scanning from the shared queue until it is empty; each result comes back on a port of
 * its own as soon as it is done. Resolves with the error when the worker died, else undefined.
 */
async function inWorker(pool: Piscina, queue: TaskQueue): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  let allBack!: () => void;
  const ended = new Promise<void>((resolve) => (allBack = resolve));
  port1.on('message', (message: WorkerMessage) => {
    if (message.index !== undefined) queue.done(message.index, message.result);
    else allBack();
  });
  try {
    const run = { tasks: queue.tasks, shared: queue.shared, port: port2 } satisfies WorkerRun;
    await Promise.all([pool.run(run, { transferList: [port2] }), ended]);
    return undefined;
  } catch (e) {
    return e ?? new Error('the worker thread ended');
  } finally {
    port1.close();
  }
}

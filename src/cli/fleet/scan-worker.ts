import { scanBundle } from './scan-bundle';
import { NEXT_TASK, WORKERS_BEGUN, type WorkerMessage, type WorkerRun } from './fleet-task';

/**
 * The worker thread of a fleet scan (piscina): one task per worker, which scans bundles one at a time, taking
 * the next from the counter all threads share (run-fleet.ts) until none is left, and posts each result back
 * as soon as it is done. The last message says that this worker has taken its last bundle.
 */
export default async function scanFromQueue({ tasks, shared, port }: WorkerRun): Promise<void> {
  const counters = new Int32Array(shared);
  Atomics.add(counters, WORKERS_BEGUN, 1);
  try {
    for (let index = Atomics.add(counters, NEXT_TASK, 1); index < tasks.length; index = Atomics.add(counters, NEXT_TASK, 1)) {
      port.postMessage({ index, result: await scanBundle(tasks[index]!) } satisfies WorkerMessage);
    }
  } finally {
    port.postMessage({} satisfies WorkerMessage);
    port.close();
  }
}

import { scanBundle } from './scan-bundle';
import type { BundleResult, FleetTask } from './fleet-task';

let previous: Promise<unknown> = Promise.resolve();

/**
 * The worker thread of a fleet scan (piscina): one bundle at a time. The pool sends a worker its next task
 * before the current one is done (run-fleet.ts, TASKS_AHEAD); it waits here until the one before it has
 * finished, so that a bundle is scanned as soon as the thread is free, and never two at once.
 */
export default function scanInTurn(task: FleetTask): Promise<BundleResult> {
  const result = previous.then(() => scanBundle(task));
  previous = result.catch(() => undefined);
  return result;
}

import { NEXT_TASK, WORKERS_BEGUN, type BundleResult, type FleetTask, type WorkerRun } from '../../../src/cli/fleet/fleet-task';
import type { Progress } from '../../../src/cli/progress';

/**
 * runFleet's hand-out of bundles between this thread and its workers, with the worker threads played by a
 * stand-in pool (no thread, no scan): what a worker that dies, or one that scans from the shared queue, leaves
 * in the results. The real workers are covered end to end by fleet-scan.test.ts.
 */

/** How each stand-in worker behaves when the pool gives it its run. */
let workerBehaviour: (run: WorkerRun) => Promise<void>;

jest.mock('../../../src/cli/fleet/worker-pool', () => ({
  takeWorkers: () => ({ run: (run: WorkerRun) => workerBehaviour(run) }),
  stopWorkers: () => undefined,
}));

/** This thread's scan of a bundle: a result naming the thread, after a turn of the event loop. */
jest.mock('../../../src/cli/fleet/scan-bundle', () => ({
  scanBundle: async (task: FleetTask): Promise<BundleResult> => {
    await new Promise((resolve) => setImmediate(resolve));
    return scanned(task, 'this thread');
  },
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runFleet } = require('../../../src/cli/fleet/run-fleet') as typeof import('../../../src/cli/fleet/run-fleet');

function scanned(task: FleetTask, by: string): BundleResult {
  return { input: task.input, name: task.name, exitCode: 0, reports: [`${task.name}.json`], warnings: [by] };
}

function tasks(count: number): FleetTask[] {
  return Array.from({ length: count }, (_, i) => ({
    input: `bundles/b${i}`,
    name: `b${i}`,
    dir: 'out',
    formats: ['json'],
    options: { failOn: 'critical' },
    startedAt: '2026-12-06T10:00:00.000Z',
  }));
}

/** A progress that records its ticks. */
function recordingProgress(): Progress & { ticks: string[] } {
  const ticks: string[] = [];
  return { ticks, start() {}, tick: (label) => ticks.push(label ?? ''), stop() {} };
}

/** Takes the next task from the shared counter, as scan-worker.ts does. */
function take(run: WorkerRun): number {
  return Atomics.add(new Int32Array(run.shared), NEXT_TASK, 1);
}

describe('runFleet: bundles shared between this thread and the workers', () => {
  test('a worker that dies after taking a bundle: that bundle is an error row, every other bundle is scanned once', async () => {
    let taken = -1;
    workerBehaviour = async (run) => {
      Atomics.add(new Int32Array(run.shared), WORKERS_BEGUN, 1);
      taken = take(run);
      throw new Error('the worker ran out of memory');
    };
    const progress = recordingProgress();
    const all = tasks(6);
    const results = await runFleet(all, 2, progress);

    expect(taken).toBe(0);
    expect(results[0]).toEqual({
      input: 'bundles/b0',
      name: 'b0',
      exitCode: 2,
      reports: [],
      warnings: [],
      error: { message: 'unexpected error: the worker ran out of memory', details: [] },
    });
    expect(results.slice(1)).toEqual(all.slice(1).map((task) => scanned(task, 'this thread')));
    // One tick per bundle: the dead worker's bundle is not counted before this thread has finished its own.
    expect([...progress.ticks].sort()).toEqual(all.map((task) => task.name).sort());
  });

  test("a worker's results come back on its port and land at their bundle's place", async () => {
    workerBehaviour = async (run) => {
      Atomics.add(new Int32Array(run.shared), WORKERS_BEGUN, 1);
      for (let index = take(run); index < run.tasks.length; index = take(run)) {
        run.port.postMessage({ index, result: scanned(run.tasks[index]!, 'worker') });
        await new Promise((resolve) => setImmediate(resolve));
      }
      run.port.postMessage({});
      run.port.close();
    };
    const progress = recordingProgress();
    const all = tasks(9);
    const results = await runFleet(all, 2, progress);

    expect(results.map((r) => r.name)).toEqual(all.map((task) => task.name));
    expect(results.every((r) => r.exitCode === 0)).toBe(true);
    // Both threads took bundles from the one counter.
    const by = new Set(results.map((r) => r.warnings[0]));
    expect(by).toEqual(new Set(['worker', 'this thread']));
    expect([...progress.ticks].sort()).toEqual(all.map((task) => task.name).sort());
  });

  test('one thread (--jobs 1) scans every bundle here and starts no worker', async () => {
    workerBehaviour = () => Promise.reject(new Error('no worker may start'));
    const all = tasks(3);
    const results = await runFleet(all, 1, recordingProgress());
    expect(results).toEqual(all.map((task) => scanned(task, 'this thread')));
  });
});

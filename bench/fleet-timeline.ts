import { spawnSync } from 'child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'fs';
import Module from 'module';
import { availableParallelism, tmpdir } from 'os';
import { join } from 'path';
import { isMainThread, threadId } from 'worker_threads';
import { sampleFleet } from './sample-fleet';

/**
 * The timeline of a fleet scan: when each thread starts, has loaded the scan code, scans its first and its last
 * bundle, and how long it waits between two bundles; on the main thread also when the scan of all bundles ends
 * and the process exits. It runs `bpa scan <copies of samples/ccr-health-en> --output <folder> --format json
 * --no-progress --jobs <CPUs>` (as `bench/fleet-scan.ts` does) with this file as a preload (`node -r`) in every
 * thread (worker threads inherit it), which records the times (ms since the process started) in a file per
 * thread, and prints one line per thread, then one JSON object. Wall times: run it on a quiet machine.
 *
 *   node dist/bench/fleet-timeline.js [--copies 200] [--jobs <n>]
 */
const RECORD = process.env.BPA_TIMELINE_DIR;

interface Event {
  thread: number;
  main: boolean;
  event: string;
  at: number;
  end?: number;
}

const now = () => performance.timeOrigin + performance.now();

/** As a preload: wraps `scanBundle` and `runFleet` where bpa requires them, and records each call. */
function record(dir: string): void {
  const fd = openSync(join(dir, `thread-${threadId}.jsonl`), 'a');
  const write = (event: string, at: number, end?: number) =>
    writeSync(fd, `${JSON.stringify({ thread: threadId, main: isMainThread, event, at, ...(end ? { end } : {}) })}\n`);
  // A thread's time origin is when it began; the main thread's is when the process began.
  if (isMainThread) write('process start', performance.timeOrigin);
  write('thread start', now());
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  const wrapped = new Set<string>();
  loader._load = function (request: string, ...rest: unknown[]) {
    const exports = load.call(this, request, ...rest) as Record<string, unknown>;
    const wrap = (name: string, event: string) => {
      const fn = exports[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (typeof fn !== 'function' || wrapped.has(name)) return;
      wrapped.add(name);
      write(`${name} loaded`, now());
      exports[name] = async (...args: unknown[]) => {
        const at = now();
        const result = await fn(...args);
        write(event, at, now());
        return result;
      };
    };
    if (request.endsWith('/scan-bundle')) wrap('scanBundle', 'bundle');
    if (request.endsWith('/run-fleet')) wrap('runFleet', 'all bundles');
    return exports;
  };
  if (isMainThread) process.on('exit', () => (write('exit', now()), closeSync(fd)));
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** One line per thread, and the JSON summary. */
function report(dir: string): void {
  const events = readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Event),
  );
  const origin = events.find((e) => e.event === 'process start')!.at;
  const ms = (t: number) => Math.round(t - origin);
  const threads = [...new Set(events.map((e) => e.thread))].sort((a, b) => a - b);
  const rows = threads.map((thread) => {
    const mine = events.filter((e) => e.thread === thread);
    const bundles = mine.filter((e) => e.event === 'bundle').sort((a, b) => a.at - b.at);
    const at = (event: string) => mine.find((e) => e.event === event);
    let waited = 0;
    for (let i = 1; i < bundles.length; i++) waited += bundles[i]!.at - bundles[i - 1]!.end!;
    const durations = bundles.map((b) => b.end! - b.at).sort((a, b) => a - b);
    return {
      thread: mine[0]!.main ? 'main' : `worker ${thread}`,
      started: ms(at('thread start')!.at),
      codeLoaded: ms(at('scanBundle loaded')?.at ?? NaN),
      bundles: bundles.length,
      firstBundle: bundles[0] ? [ms(bundles[0].at), ms(bundles[0].end!)] : [],
      lastBundle: bundles.length ? [ms(bundles.at(-1)!.at), ms(bundles.at(-1)!.end!)] : [],
      waitedMs: Math.round(waited),
      medianBundleMs: Math.round((durations[durations.length >> 1] ?? NaN) * 10) / 10,
      ...(at('all bundles') ? { allBundlesDone: ms(at('all bundles')!.end!) } : {}),
      ...(at('exit') ? { exit: ms(at('exit')!.at) } : {}),
    };
  });
  for (const r of rows) {
    process.stdout.write(
      `${r.thread.padEnd(9)} start ${r.started}, code ${r.codeLoaded}, ${r.bundles} bundles: first ${r.firstBundle.join('–')}, last ${r.lastBundle.join('–')}, waited ${r.waitedMs} ms between bundles, median bundle ${r.medianBundleMs} ms${'exit' in r ? `; all bundles done ${r.allBundlesDone}, exit ${r.exit}` : ''}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

function main(): void {
  const copies = Number(arg('--copies') ?? 200);
  const jobs = Number(arg('--jobs') ?? availableParallelism());
  const root = mkdtempSync(join(tmpdir(), 'bpa-fleet-timeline-'));
  try {
    const { bundles: inputs } = sampleFleet(root, copies);
    const times = join(root, 'times');
    mkdirSync(times);
    const bin = join(__dirname, '..', '..', 'bin', 'bpa.js');
    const args = [
      'scan',
      ...inputs,
      '--output',
      join(root, 'reports'),
      '--format',
      'json',
      '--no-progress',
      '--jobs',
      String(jobs),
    ];
    const run = spawnSync(process.execPath, ['-r', __filename, bin, ...args], {
      env: { ...process.env, BPA_TIMELINE_DIR: times },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.status === null || run.status > 1) throw new Error(`the scan failed: ${run.stderr.slice(-2000)}`);
    report(times);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (RECORD) record(RECORD);
else if (require.main === module) main();

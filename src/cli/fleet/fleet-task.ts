import type { MessagePort } from 'worker_threads';
import type { BundleResult } from '../../report/fleet-summary';
import type { Profile } from '../../rules/rule-schema';

/**
 * What a fleet scan needs to scan one bundle, as plain data a worker thread receives: the command line's
 * options after the configuration file filled them in (each worker reads the configuration, the rules,
 * waivers, baseline and logo again, as `bpa scan` of one bundle would), the formats, and where to write.
 */
export interface FleetTask {
  input: string;
  /** The report's base name in the output folder (bundle-names.ts). */
  name: string;
  dir: string;
  formats: string[];
  options: FleetScanOptions;
  startedAt: string;
}

export interface FleetScanOptions {
  profile?: Profile;
  failOn: string;
  failOnIncomplete?: boolean;
  lang?: string;
  rules?: string[];
  config?: string;
  baseline?: string;
  waivers?: string;
  customer?: string;
  consultant?: string;
  logo?: string;
  accent?: string;
}

export type { BundleResult };

/**
 * What a worker thread of a fleet scan receives, once: every task, two 32-bit counters in memory all threads
 * share (run-fleet.ts: at `NEXT_TASK` the index of the next task not yet taken, at `WORKERS_BEGUN` how many
 * workers have begun), and the port its results go back on.
 */
export interface WorkerRun {
  tasks: FleetTask[];
  shared: SharedArrayBuffer;
  port: MessagePort;
}

export const NEXT_TASK = 0;
export const WORKERS_BEGUN = 1;

/** A worker's message on its port: one bundle's result, or (without a result) that it has taken its last. */
export type WorkerMessage = { index: number; result: BundleResult } | { index?: undefined; result?: undefined };

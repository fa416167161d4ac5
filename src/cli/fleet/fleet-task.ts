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

export type { BundleResult } from '../../report/fleet-summary';

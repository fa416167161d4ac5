import type { Coverage } from './coverage';
import type { Verdict } from './verdict';
import type { Profile } from '../rules/rule-schema';

/** One bundle's row of a fleet scan's summary: its report, or the error that stopped it. */
export interface BundleResult {
  /** The bundle as given on the command line. */
  input: string;
  /** The base name of its reports in the output folder. */
  name: string;
  /** 0 or 1 by --fail-on as for one bundle; 2 when the bundle could not be scanned. */
  exitCode: number;
  /** The files written, relative to the output folder. */
  reports: string[];
  /** Lines for standard error: bundle.json's problems, waiver notices. */
  warnings: string[];
  scanned?: {
    profile: Profile;
    customer?: string;
    collectedAt?: string;
    servers: number;
    verdict: Verdict;
    /** The report's coverage without its list of passed checks. */
    coverage: Omit<Coverage, 'passed'>;
    counts: { critical: number; warning: number; info: number; notEvaluated: number };
  };
  error?: { message: string; details: string[] };
}

/** `summary.json` of a fleet scan: one row per bundle in the order given, and the totals. */
export interface FleetSummary {
  tool: { name: 'bpa'; version: string };
  startedAt: string;
  finishedAt: string;
  /** The worst exit code over all bundles: what `bpa scan` exited with. */
  exitCode: number;
  totals: {
    bundles: number;
    scanned: number;
    failed: number;
    servers: number;
    critical: number;
    warning: number;
    info: number;
    notEvaluated: number;
  };
  bundles: BundleResult[];
}

export function buildFleetSummary(
  results: BundleResult[],
  meta: { version: string; startedAt: string; finishedAt: string },
): FleetSummary {
  const scanned = results.flatMap((r) => (r.scanned ? [r.scanned] : []));
  const sum = (pick: (s: NonNullable<BundleResult['scanned']>) => number) => scanned.reduce((n, s) => n + pick(s), 0);
  return {
    tool: { name: 'bpa', version: meta.version },
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    exitCode: worstExitCode(results.map((r) => r.exitCode)),
    totals: {
      bundles: results.length,
      scanned: scanned.length,
      failed: results.length - scanned.length,
      servers: sum((s) => s.servers),
      critical: sum((s) => s.counts.critical),
      warning: sum((s) => s.counts.warning),
      info: sum((s) => s.counts.info),
      notEvaluated: sum((s) => s.counts.notEvaluated),
    },
    bundles: results,
  };
}

/** 2 (a bundle could not be scanned) over 1 (findings at or above --fail-on) over 0. */
export function worstExitCode(codes: number[]): number {
  return codes.reduce((worst, c) => Math.max(worst, c), 0);
}

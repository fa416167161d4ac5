// @ts-nocheck
import type { ChangesSection, Report } from '../report/report-schema';
import type { Snapshot } from '../snapshot/schema';
import { allFindings, diffFindings } from './finding-changes';
import { diffSnapshots } from './setting-changes';

/** One side of a comparison: a report, the snapshot it came from when known, and its history id. */
export interface ScanSide {
  report?: Report;
  snapshot?: Snapshot;
  id?: string;
  /** How the user named it: a history id or a file. */
  label: string;
}

/**
 * What changed from an earlier scan to this one: findings new, resolved and unchanged (by fingerprint,
 * waived and accepted ones included and marked), and the configuration values that differ.
 */
export function changesBetween(
  before: Required<Pick<ScanSide, 'report' | 'snapshot'>> & ScanSide,
  after: { report: Report; snapshot: Snapshot },
): ChangesSection {
  return {
    since: {
      ...(before.id !== undefined ? { id: before.id } : {}),
      startedAt: before.report.scan.startedAt,
      source: before.report.scan.source,
      snapshotSha256: before.report.scan.snapshotSha256,
    },
    findings: diffFindings(allFindings(before.report), allFindings(after.report)),
    settings: diffSnapshots(before.snapshot, after.snapshot),
  };
}

// @ts-nocheck
import type { Report } from '../report/report-schema';

/** One scan in a history: its row of the index, and its meta.json. */
export interface HistoryEntry {
  /** `20081120-011507` (the scan's start, UTC), `-2`, `-3`… when two scans started in the same second. */
  id: string;
  startedAt: string;
  finishedAt: string;
  profile: Report['scan']['profile'];
  source: string;
  customer?: string;
  servers: number;
  summary: Report['summary'];
  waived: number;
  accepted: number;
  /** What changed since the scan before it, when there was one. */
  changes?: { since: string; new: number; resolved: number; settings: number };
  snapshotSha256: string;
}

/** The index row of a report. */
export function entryOf(id: string, report: Report, since: string | undefined): HistoryEntry {
  const c = report.changes;
  return {
    id,
    startedAt: report.scan.startedAt,
    finishedAt: report.scan.finishedAt,
    profile: report.scan.profile,
    source: report.scan.source,
    ...(report.scan.customer !== undefined ? { customer: report.scan.customer } : {}),
    servers: report.scan.servers.length,
    summary: report.summary,
    waived: report.waived?.findings.length ?? 0,
    accepted: report.accepted?.findings.length ?? 0,
    ...(c && since
      ? { changes: { since, new: c.findings.new.length, resolved: c.findings.resolved.length, settings: c.settings.length } }
      : {}),
    snapshotSha256: report.scan.snapshotSha256,
  };
}

/** `2008-11-20T01:15:07.123Z` → `20081120-011507`. */
export function baseIdOf(startedAt: string): string {
  const d = new Date(startedAt);
  const at = Number.isNaN(d.getTime()) ? new Date() : d;
  return at
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/-|:/g, '')
    .replace('T', '-');
}

export const ID_PATTERN = /^\d{8}-\d{6}(-\d+)?$/;

/** Whether a parsed meta.json or index row has the shape of an entry (the index is a cache: a bad row is rebuilt). */
export function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    ID_PATTERN.test(e.id) &&
    typeof e.startedAt === 'string' &&
    typeof e.profile === 'string' &&
    typeof e.source === 'string' &&
    typeof e.summary === 'object' &&
    e.summary !== null
  );
}

/** Entries sort by id, which sorts by start time (and `-2`, `-10` by number). */
export function byId(a: HistoryEntry, b: HistoryEntry): number {
  const suffix = (id: string) => Number(id.slice(16) || '1');
  return a.id.slice(0, 15).localeCompare(b.id.slice(0, 15)) || suffix(a.id) - suffix(b.id);
}

import type { Report } from '../report/report-schema';
import type { Snapshot } from '../snapshot/schema';
import { UserError } from '../shared/errors';
import { applyBaseline, readBaseline } from '../baseline/baseline';
import type { Baseline } from '../baseline/baseline-schema';
import { changesBetween } from '../diff/changes';
import { applyWaivers, waiverNotices } from '../waivers/apply-waivers';
import type { LoadedWaiver } from '../waivers/waiver-schema';
import type { HistoryEntry } from './entry';
import { readIndex } from './index-file';
import { openHistory } from './layout';
import { parseRetention, pruneHistory, type Retention } from './retention';
import { addScan, readScan } from './store';

/** yaml (72 modules) only when there is a waiver file to read: a scan without one, every fleet thread, never needs it. */
const readWaivers = (file: string) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../waivers/read-waivers') as typeof import('../waivers/read-waivers')).readWaivers(file);

/** What `bpa scan` adds to a plain scan: a history, a baseline, waivers. */
export interface ScanExtrasOptions {
  history?: string;
  retention?: string;
  baseline?: string;
  waivers?: string;
}

export interface ScanExtras {
  options: ScanExtrasOptions;
  /** What preparing said for stderr (a history folder whose set-up was completed). */
  notices?: string[];
  waivers?: LoadedWaiver[];
  baseline?: Baseline;
  retention?: Retention;
}

/** Reads and checks the extras before any work, so that a bad waiver file stops the scan at once (exit 2). */
export function prepareScanExtras(options: ScanExtrasOptions): ScanExtras {
  if (options.retention && !options.history) throw new UserError('--retention needs --history <dir>');
  const repaired = options.history ? openHistory(options.history, { create: true }) : undefined;
  return {
    options,
    ...(repaired ? { notices: [repaired] } : {}),
    ...(options.waivers ? { waivers: readWaivers(options.waivers) } : {}),
    ...(options.baseline ? { baseline: readBaseline(options.baseline) } : {}),
    ...(options.retention ? { retention: parseRetention(options.retention) } : {}),
  };
}

/**
 * Applies waivers, then the baseline, then compares with the previous scan of the same profile in the
 * history: the report gets its `waived`, `accepted` and `changes` sections. Returns lines for stderr
 * about waivers that expired or match nothing, and about a previous scan that could not be read.
 */
export function applyScanExtras(
  report: Report,
  snapshot: Snapshot,
  extras: ScanExtras,
): { report: Report; notices: string[]; previous?: HistoryEntry } {
  let out = report;
  const notices: string[] = [...(extras.notices ?? [])];
  if (extras.waivers) {
    out = applyWaivers(out, extras.waivers, extras.options.waivers!, out.scan.startedAt.slice(0, 10));
    notices.push(...waiverNotices(out.waived!));
  }
  if (extras.baseline) out = applyBaseline(out, extras.baseline, extras.options.baseline!);
  const dir = extras.options.history;
  if (!dir) return { report: out, notices };
  const previous = [...readIndex(dir)].reverse().find((e) => e.profile === out.scan.profile);
  if (!previous) return { report: out, notices };
  try {
    const before = readScan(dir, previous);
    out = { ...out, changes: changesBetween({ ...before, id: previous.id, label: previous.id }, { report: out, snapshot }) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    notices.push(`cannot compare with the previous scan ${previous.id}: ${e.message}`);
  }
  return { report: out, notices, previous };
}

/** Stores the scan in the history and applies the retention; returns the new entry and the ids removed. */
export function recordScan(
  report: Report,
  snapshot: Snapshot,
  extras: ScanExtras,
  previous: HistoryEntry | undefined,
): { entry: HistoryEntry; pruned: string[] } {
  const dir = extras.options.history!;
  const entry = addScan(dir, report, snapshot, report.changes ? previous?.id : undefined);
  const pruned = extras.retention ? pruneHistory(dir, extras.retention, new Date()).map((e) => e.id) : [];
  return { entry, pruned };
}

/** The part of the one-line summary that the extras add: waived, accepted, and the change since the last scan. */
export function extrasSummary(report: Report, entry: HistoryEntry | undefined): string {
  const parts: string[] = [];
  if (report.waived) parts.push(`${report.waived.findings.length} waived`);
  if (report.accepted) parts.push(`${report.accepted.findings.length} accepted`);
  const c = report.changes;
  if (c) {
    parts.push(
      `since ${c.since.id ?? c.since.startedAt}: ${c.findings.new.length} new, ${c.findings.resolved.length} resolved, ${c.settings.length} setting(s) changed`,
    );
  }
  if (entry) parts.push(`history ${entry.id}`);
  return parts.join('; ');
}

// @ts-nocheck
import type { Report } from '../report/report-schema';

/** One line for a terminal or a monitoring system: counts, and where the outputs went. */
export function summaryLine(report: Report, written: string[]): string {
  const s = report.summary;
  const counts = `${s.critical} critical, ${s.warning} warning, ${s.info} info, ${s.notEvaluated} not evaluated`;
  return `bpa ${report.scan.profile}: ${counts} on ${report.scan.servers.length} servers${written.length ? ` → ${written.join(', ')}` : ''}`;
}

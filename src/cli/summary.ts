import type { Report } from '../report/report-schema';
import type { FleetSummary } from '../report/fleet-summary';

/** One line for a terminal or a monitoring system: counts, and where the outputs went. */
export function summaryLine(report: Report, written: string[]): string {
  const s = report.summary;
  const counts = `${s.critical} critical, ${s.warning} warning, ${s.info} info, ${s.notEvaluated} not evaluated`;
  return `bpa ${report.scan.profile}: ${counts} on ${report.scan.servers.length} servers${written.length ? ` → ${written.join(', ')}` : ''}`;
}

/** The one line of a fleet scan: bundles, verdicts and counts over all, and where the summary went. */
export function fleetSummaryLine(summary: FleetSummary, written: string[]): string {
  const t = summary.totals;
  const counts = `${t.critical} critical, ${t.warning} warning, ${t.info} info, ${t.notEvaluated} not evaluated`;
  const failed = t.failed > 0 ? `, ${t.failed} could not be scanned` : '';
  return `bpa: ${t.scanned} of ${t.bundles} bundles scanned${failed}: ${counts} on ${t.servers} servers → ${written.join(', ')}`;
}

// @ts-nocheck
import type { Report } from '../report/report-schema';

type Finding = Report['findings'][number];

/**
 * The report with fewer active findings (some waived or accepted, and moved to their own section), its
 * summary recounted: the summary, the exit code and `--fail-on` count active findings only.
 */
export function withActiveFindings(report: Report, findings: Finding[]): Report {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    ...report,
    summary: { ...report.summary, critical: count('critical'), warning: count('warning'), info: count('info') },
    findings,
  };
}

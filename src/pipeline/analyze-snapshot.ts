import { buildReport, type ScanMeta } from '../report/build-report';
import type { Report } from '../report/report-schema';
import { analyze } from '../rules/evaluate';
import type { LoadedRule } from '../rules/load-rules';
import type { Snapshot } from '../snapshot/schema';
import { toolVersion } from '../shared/package-root';

export type AnalysisRequest = Pick<ScanMeta, 'profile' | 'lang' | 'startedAt' | 'branding'>;

/** The rules over a snapshot, assembled into the JSON report. */
export async function analyzeSnapshot(snapshot: Snapshot, rules: LoadedRule[], request: AnalysisRequest): Promise<Report> {
  const { profile, lang } = request;
  const analysis = await analyze(snapshot, rules, { profile, lang });
  return buildReport(snapshot, analysis, {
    ...request,
    finishedAt: new Date().toISOString(),
    toolVersion: toolVersion(),
    rules,
  });
}

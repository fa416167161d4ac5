import { buildReport, type ScanMeta } from '../report/build-report';
import type { Report } from '../report/report-schema';
import { createAnalyzer, type Analysis } from '../rules/evaluate';
import type { LoadedRule } from '../rules/load-rules';
import type { Snapshot } from '../snapshot/schema';
import { toolVersion } from '../shared/package-root';

export type AnalysisRequest = Pick<ScanMeta, 'profile' | 'lang' | 'startedAt' | 'branding'>;

type Analyzer = (snapshot: Snapshot) => Promise<Analysis>;

/**
 * The rules of a set prepared (compiled) once per profile and language, not once per snapshot: a fleet scan
 * analyses every bundle with the same loaded rules. Keyed by the rule list itself, so a list nobody holds any
 * more is dropped with its analyzers.
 */
const prepared = new WeakMap<LoadedRule[], Map<string, Analyzer>>();

function analyzerFor(rules: LoadedRule[], profile: AnalysisRequest['profile'], lang: AnalysisRequest['lang']): Analyzer {
  let byRequest = prepared.get(rules);
  if (!byRequest) prepared.set(rules, (byRequest = new Map()));
  const key = `${profile}\u0000${lang}`;
  let analyzer = byRequest.get(key);
  if (!analyzer) byRequest.set(key, (analyzer = createAnalyzer(rules, { profile, lang })));
  return analyzer;
}

/** The rules over a snapshot, assembled into the JSON report. */
export async function analyzeSnapshot(snapshot: Snapshot, rules: LoadedRule[], request: AnalysisRequest): Promise<Report> {
  const { profile, lang } = request;
  const analysis = await analyzerFor(rules, profile, lang)(snapshot);
  return buildReport(snapshot, analysis, {
    ...request,
    finishedAt: new Date().toISOString(),
    toolVersion: toolVersion(),
    rules,
  });
}

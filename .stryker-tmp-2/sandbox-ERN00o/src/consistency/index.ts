// @ts-nocheck
import type { Snapshot } from '../snapshot/schema';
import type { Analysis, Finding, NotEvaluated } from '../rules/evaluate';
import type { Lang, Severity } from '../rules/rule-schema';
import type { RuleTexts } from '../report/build-report';
import { compareSetting, nodesOf } from './compare-nodes';
import { CONSISTENCY_SETTINGS } from './settings';

/** The ids of the consistency checks (CON-001…), which run in every profile. */
export const CONSISTENCY_IDS = CONSISTENCY_SETTINGS.map((s) => s.id);

/** Compares the nodes of every cluster of a snapshot, setting by setting. */
export function checkConsistency(snapshot: Snapshot, lang: Lang): { findings: Finding[]; notEvaluated: NotEvaluated[] } {
  const findings: Finding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  for (const cluster of snapshot.clusters) {
    const nodes = nodesOf(snapshot, cluster);
    for (const setting of CONSISTENCY_SETTINGS) {
      const result = compareSetting(setting, cluster, nodes, lang);
      if (result.finding) findings.push(result.finding);
      if (result.notEvaluated) notEvaluated.push(result.notEvaluated);
    }
  }
  return { findings, notEvaluated };
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const byPlace = (a: { server?: string; target?: string }, b: { server?: string; target?: string }) =>
  (a.server ?? '').localeCompare(b.server ?? '') || (a.target ?? '').localeCompare(b.target ?? '');

/** The analysis of the rules with the consistency checks merged in, in the order the rules' findings are sorted. */
export function withConsistency(analysis: Analysis, snapshot: Snapshot, lang: Lang): Analysis {
  const extra = checkConsistency(snapshot, lang);
  const findings = [...analysis.findings, ...extra.findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || byPlace(a, b),
  );
  const notEvaluated = [...analysis.notEvaluated, ...extra.notEvaluated].sort(
    (a, b) => a.ruleId.localeCompare(b.ruleId) || byPlace(a, b),
  );
  const rulesRun = [...new Set([...analysis.rulesRun, ...CONSISTENCY_IDS])].sort();
  return { findings, notEvaluated, rulesRun };
}

/** The consistency checks' titles and rationale, as the report takes them from rules. */
export function consistencyRuleTexts(): RuleTexts[] {
  return CONSISTENCY_SETTINGS.map((s) => ({
    id: s.id,
    title: s.title,
    severity: s.severity,
    category: 'Cluster',
    rationale: s.rationale,
  }));
}

import type { Snapshot } from '../snapshot/schema';
import type { Analysis } from '../rules/evaluate';
import type { Report } from './report-schema';

/**
 * How much of the scan could be judged: "N of M checks evaluated on X of Y servers".
 *
 * - A check is a rule that ran in the scan's profile. It counts as evaluated when it was decided for every
 *   entity it applies to (no `notEvaluated` item); one server without the source makes it not evaluated. An
 *   item marked `notApplicable` (nothing to check there by design) leaves it evaluated, but never passed.
 * - The servers are the machine folders of the bundle plus the servers a cluster or the plan names that
 *   have no folder (`missing`). A server counts as evaluated when at least one of its sources was parsed.
 * - `passed` lists the checks that were evaluated everywhere and found nothing.
 */
export interface Coverage {
  checks: { evaluated: number; total: number };
  servers: { evaluated: number; total: number; missing: string[] };
  passed: string[];
}

type Outcome = Pick<Analysis, 'findings' | 'notEvaluated' | 'rulesRun'>;
type RuleIds = {
  findings: readonly { ruleId: string }[];
  notEvaluated: readonly { ruleId: string; notApplicable?: unknown }[];
  rulesRun: readonly string[];
};

export function coverageOf(snapshot: Snapshot, analysis: Outcome): Coverage {
  const missing = missingServers(snapshot);
  const present = snapshot.servers;
  const evaluatedServers = present.filter((s) => Object.values(s.sources).some((src) => src.status === 'parsed'));
  return {
    ...checksOf(analysis),
    servers: { evaluated: evaluatedServers.length, total: present.length + missing.length, missing },
  };
}

function checksOf(analysis: RuleIds): Pick<Coverage, 'checks' | 'passed'> {
  const undecided = new Set(analysis.notEvaluated.filter((n) => !n.notApplicable).map((n) => n.ruleId));
  const notApplicable = new Set(analysis.notEvaluated.filter((n) => n.notApplicable).map((n) => n.ruleId));
  const withFinding = new Set(analysis.findings.map((f) => f.ruleId));
  return {
    checks: { evaluated: analysis.rulesRun.filter((id) => !undecided.has(id)).length, total: analysis.rulesRun.length },
    passed: analysis.rulesRun.filter((id) => !undecided.has(id) && !withFinding.has(id) && !notApplicable.has(id)),
  };
}

/**
 * The coverage of a report: its own, or for a report written before coverage existed, what its rule list and
 * not-evaluated items still tell (every server of the scan counted as evaluated, none known to be missing).
 */
export function reportCoverage(report: Pick<Report, 'scan' | 'coverage' | 'findings' | 'notEvaluated'>): Coverage {
  if (report.coverage) return report.coverage;
  const servers = report.scan.servers.length;
  return {
    ...checksOf({ findings: report.findings, notEvaluated: report.notEvaluated, rulesRun: report.scan.rules }),
    servers: { evaluated: servers, total: servers, missing: [] },
  };
}

/** Machines a cluster's node list (cluster-node.txt) or the plan names that have no folder in the bundle. */
export function missingServers(snapshot: Snapshot): string[] {
  const have = new Set(snapshot.servers.map((s) => s.name.toLowerCase()));
  const named = [...snapshot.clusters.flatMap((c) => c.nodes.map((n) => n.name)), ...(snapshot.bundle.plan?.nodes ?? [])];
  const out = new Map<string, string>();
  for (const name of named) if (!have.has(name.toLowerCase())) out.set(name.toLowerCase(), name);
  return [...out.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Whether a report speaks for less than the whole bundle: a check not evaluated somewhere (an item marked
 * `notApplicable` does not count: there was nothing to check), or a server the cluster names is missing.
 */
export function isIncomplete(report: Pick<Report, 'scan' | 'coverage' | 'findings' | 'notEvaluated'>): boolean {
  return report.notEvaluated.some((n) => !n.notApplicable) || reportCoverage(report).servers.missing.length > 0;
}

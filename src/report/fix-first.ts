import type { Report } from './report-schema';

type Finding = Report['findings'][number];
type Severity = Finding['severity'];

/** One root cause: a rule and every place it fired, counted once however many servers it affects. */
export interface Cause {
  ruleId: string;
  severity: Severity;
  title: string;
  /** Where it fired: the server (or cluster) and, when the finding names one, the target. */
  places: { server?: string; target?: string }[];
  /** The servers it affects, each once, in the order of first appearance. */
  servers: string[];
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * "Fix first": the findings grouped by root cause (the rule that fired), most severe first, then the cause
 * that affects the most servers, then by rule id. The severity of a cause is its most severe finding.
 */
export function fixFirst(findings: readonly Finding[]): Cause[] {
  const byRule = new Map<string, Cause>();
  // The servers each cause has listed so far: a fleet's rule fires on thousands of them.
  const listed = new Map<string, Set<string>>();
  for (const f of findings) {
    let cause = byRule.get(f.ruleId);
    if (!cause) {
      cause = { ruleId: f.ruleId, severity: f.severity, title: f.title, places: [], servers: [] };
      byRule.set(f.ruleId, cause);
      listed.set(f.ruleId, new Set());
    }
    if (RANK[f.severity] < RANK[cause.severity]) cause.severity = f.severity;
    cause.places.push({
      ...(f.server !== undefined ? { server: f.server } : {}),
      ...(f.target !== undefined ? { target: f.target } : {}),
    });
    const seen = listed.get(f.ruleId)!;
    if (f.server !== undefined && !seen.has(f.server)) {
      seen.add(f.server);
      cause.servers.push(f.server);
    }
  }
  return [...byRule.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.servers.length - a.servers.length || a.ruleId.localeCompare(b.ruleId),
  );
}

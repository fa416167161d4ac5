import type { RuleSetChange } from './model';
import type { StoredReport } from './stored-report';

/** What a scan ran: the tool's version and the ids of its checks. */
export interface RuleSet {
  tool: string;
  rules: string[];
}

export function ruleSetOf(report: StoredReport): RuleSet {
  return { tool: report.tool.version, rules: [...report.scan.rules].sort() };
}

/** How the checks of a later scan differ from an earlier one's; undefined when they are the same. */
export function ruleSetChange(before: RuleSet, after: RuleSet): RuleSetChange | undefined {
  const was = new Set(before.rules);
  const is = new Set(after.rules);
  const added = after.rules.filter((r) => !was.has(r));
  const removed = before.rules.filter((r) => !is.has(r));
  if (before.tool === after.tool && added.length === 0 && removed.length === 0) return undefined;
  return { toolBefore: before.tool, toolAfter: after.tool, added, removed };
}

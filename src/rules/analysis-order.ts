import type { Entity } from './entities';
import type { Analysis, Finding } from './finding';
import type { LoadedRule } from './load-rules';
import { notApplicableItem, notEvaluatedItem, type NotEvaluated } from './not-evaluated';
import type { Lang, Severity } from './rule-schema';

/**
 * An entity that is not evaluated as a whole (not applicable by design, or its scope's list unread) gives
 * every rule of its scope the same item; true when it did, so the evaluators skip it.
 */
export function settledWithoutRules(entity: Entity, rules: LoadedRule[], lang: Lang, notEvaluated: NotEvaluated[]): boolean {
  if (entity.notApplicable) {
    for (const rule of rules) notEvaluated.push(notApplicableItem(rule, entity, lang));
    return true;
  }
  if (entity.unlisted) {
    const { fact, sources } = entity.unlisted;
    for (const rule of rules) notEvaluated.push(notEvaluatedItem(rule, entity, [{ fact, sources }]));
    return true;
  }
  return false;
}

/**
 * `a.localeCompare(b)` with the default locale, made once: the same order, without a collator per comparison. Equal
 * texts (most rule ids compared while sorting, many servers) are 0 without asking the collator.
 */
const collate = new Intl.Collator().compare;
const compare = (a: string, b: string) => (a === b ? 0 : collate(a, b));

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** The analysis in report order: findings by severity, rule and place; not-evaluated items by rule and place. */
export function inReportOrder(findings: Finding[], notEvaluated: NotEvaluated[], rulesRun: string[]): Analysis {
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare(a.ruleId, b.ruleId) || byPlace(a, b));
  notEvaluated.sort((a, b) => compare(a.ruleId, b.ruleId) || byPlace(a, b));
  return { findings, notEvaluated, rulesRun };
}

function byPlace(a: { server?: string; target?: string }, b: { server?: string; target?: string }): number {
  return compare(a.server ?? '', b.server ?? '') || compare(a.target ?? '', b.target ?? '');
}

/** The rules of a profile, in id order. */
export function activeRules(rules: LoadedRule[], profile: string): LoadedRule[] {
  return rules.filter((r) => r.profiles.includes(profile as never)).sort((a, b) => a.id.localeCompare(b.id));
}

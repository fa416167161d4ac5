import { hash } from 'crypto';
import type { Entity } from './entities';
import { evidenceOf, type Evidence } from './evidence';
import { sourcesOfFactPath } from './fact-paths';
import type { AnalyzeOptions, Finding } from './finding';
import type { LoadedRule } from './load-rules';
import { renderTemplate } from './render-template';
import { nodeEvidence } from './node-evidence';
import { rememberNodeTexts } from './node-values-text';
import { missingOf, notCheckedOf, notEvaluatedItem, type NotChecked, type NotEvaluated } from './not-evaluated';
import type { Lang, Severity } from './rule-schema';
import { supportingLeaves, truthOf, type EvaluatedNode, type Truth } from './three-valued';

/** The evaluated condition trees of one rule for one entity: `applies`, `problem`, `severity0`, `severity1`, … */
export type RuleResults = (part: string) => EvaluatedNode | undefined;

/**
 * The truth of each part of a rule for one entity, as `truthOf` gives it over the part's evaluated tree (undefined
 * for a part the rule does not have), from an evaluator that knows it without building the tree: the compiled one,
 * whose `applies` and severity trees are then never built, as nothing but their truth is asked of them.
 */
export type RuleTruths = (part: string) => Truth | undefined;

/** `severity0`, `severity1`, …: the names of the override parts, written once. */
const SEVERITY_PARTS = Array.from({ length: 16 }, (_, i) => `severity${i}`);
const severityPart = (i: number) => SEVERITY_PARTS[i] ?? `severity${i}`;

/**
 * Turns the evaluated conditions of one rule on one entity into its outcome: nothing (it does not apply, or
 * the problem is absent), a finding (with evidence, what it could not check, its severity override), or a
 * not-evaluated item naming the absent facts. Both evaluators end here, so they cannot word things apart.
 * Without `truths`, each part's truth is `truthOf` its evaluated tree.
 */
export function judge(
  rule: LoadedRule,
  entity: Entity,
  results: RuleResults,
  options: AnalyzeOptions,
  findings: Finding[],
  notEvaluated: NotEvaluated[],
  truths?: RuleTruths,
): void {
  // Without `truths`, each tree is asked for once and kept for the words: the reference side does no more than before.
  const appliesNode = truths ? undefined : results('applies');
  const applies = truths ? truths('applies') : appliesNode && truthOf(appliesNode);
  if (applies === 'unknown')
    return void notEvaluated.push(notEvaluatedItem(rule, entity, missingOf(appliesNode ?? results('applies')!, entity)));
  if (applies === false) return;
  let problem = truths ? undefined : results('problem')!;
  const t = truths ? truths('problem') : truthOf(problem!);
  if (t === 'unknown')
    return void notEvaluated.push(notEvaluatedItem(rule, entity, missingOf(problem ?? results('problem')!, entity)));
  if (!t) return;
  let severity = rule.severity;
  const overrides = rule.severityOverrides;
  if (overrides) {
    for (let i = 0; i < overrides.length; i++) {
      const part = severityPart(i);
      const node = truths ? undefined : results(part);
      if ((truths ? truths(part) : node && truthOf(node)) === true) severity = overrides[i]!.severity;
    }
  }
  problem ??= results('problem')!;
  findings.push(findingOf(rule, entity, severity, problem, options.lang));
}

/** The finding, with the texts of per-node values remembered while it is worded (node-values-text.ts). */
function findingOf(rule: LoadedRule, entity: Entity, severity: Severity, problem: EvaluatedNode, lang: Lang): Finding {
  rememberNodeTexts(true);
  try {
    return wordedFinding(rule, entity, severity, problem, lang);
  } finally {
    rememberNodeTexts(false);
  }
}

function wordedFinding(rule: LoadedRule, entity: Entity, severity: Severity, problem: EvaluatedNode, lang: Lang): Finding {
  const evidence: Evidence[] = [];
  for (const leaf of supportingLeaves(problem, true)) {
    const perNode = nodeEvidence(leaf, lang);
    if (perNode) evidence.push(...perNode);
    else evidence.push(evidenceOf(leaf, lang, sourceOfLeaf(leaf, entity)));
  }
  const notChecked = notCheckedOf(problem, entity, lang);
  const context = templateContext(entity.facts, rule.parameterValues, evidence, notChecked);
  const target = rule.target ? renderTemplate(rule.target, context) || undefined : entity.target;
  // Property by property, in the report's key order (no spread of temporary objects: this runs per finding).
  const finding = { ruleId: rule.id, severity, category: rule.category } as Finding;
  if (entity.server !== undefined) finding.server = entity.server;
  if (target !== undefined) finding.target = target;
  finding.title = renderTemplate(rule.title[lang], context);
  finding.message = renderTemplate(rule.message[lang], context);
  finding.evidence = evidence;
  if (notChecked.length > 0) finding.notChecked = notChecked;
  finding.remediation = rule.remediation[lang];
  finding.references = rule.references;
  finding.fingerprint = fingerprint(rule.id, entity.server, target);
  return finding;
}

/**
 * What a rule's templates see: the entity's facts, the rule's parameters, the evidence and what was not checked, as
 * `{ ...facts, params, evidence, notChecked }` has them (own properties, in that order), copied key by key: the
 * spread of facts objects of many shapes was a tenth of wording a finding.
 */
function templateContext(facts: Record<string, unknown>, params: unknown, evidence: Evidence[], notChecked: NotChecked[]) {
  const context: Record<string, unknown> = {};
  for (const key of Object.keys(facts)) context[key] = facts[key];
  context.params = params;
  context.evidence = evidence;
  context.notChecked = notChecked;
  return context;
}

/** Stable across scans for the same rule, server and target: waivers, baselines and diffs match on it. */
export function fingerprint(ruleId: string, server?: string, target?: string): string {
  return hash('sha256', `${ruleId}\u0000${server ?? ''}\u0000${target ?? ''}`, 'hex').slice(0, 16);
}

function sourceOfLeaf(leaf: EvaluatedNode, entity: Entity): string | undefined {
  const sources = sourcesOfFactPath(leaf.fact ?? '', leaf.path ?? '$');
  if (!sources) return undefined;
  let file = sources[0];
  for (const f of sources) {
    if (entity.sourceStatus(f)?.status === 'parsed') {
      file = f;
      break;
    }
  }
  return file && entity.sourceFile ? entity.sourceFile(file) : file;
}

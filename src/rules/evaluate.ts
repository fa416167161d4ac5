import { createHash } from 'crypto';
import type { Snapshot } from '../snapshot/schema';
import { entitiesOf, type Entity } from './entities';
import { evidenceOf, type Evidence } from './evidence';
import { resolveFactPath } from './fact-paths';
import { nodeEvidence } from './node-evidence';
import { engineFor, runEngine } from './engine';
import {
  missingOf,
  notApplicableItem,
  notCheckedOf,
  notEvaluatedItem,
  type NotChecked,
  type NotEvaluated,
} from './not-evaluated';
import type { LoadedRule } from './load-rules';
import { renderTemplate } from './messages';
import { SCOPES, type Lang, type Profile, type Scope, type Severity } from './rule-schema';
import { supportingLeaves, truthOf, type EvaluatedNode } from './three-valued';

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  server?: string;
  target?: string;
  title: string;
  message: string;
  evidence: Evidence[];
  /** Parts of the rule that could not be checked although it fired on what was known (absent when none). */
  notChecked?: NotChecked[];
  remediation: string;
  references: { title: string; url: string }[];
  fingerprint: string;
}

export interface AnalyzeOptions {
  profile: Profile;
  lang: Lang;
}

export interface Analysis {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** The rules that ran (after the profile filter), in id order. */
  rulesRun: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Runs the rules of a profile over a snapshot: each rule for each entity of its scope. */
export async function analyze(snapshot: Snapshot, rules: LoadedRule[], options: AnalyzeOptions): Promise<Analysis> {
  return createAnalyzer(rules, options)(snapshot);
}

/** Prepares the rules of a profile once (one engine per scope) for analysing many snapshots. */
export function createAnalyzer(rules: LoadedRule[], options: AnalyzeOptions): (snapshot: Snapshot) => Promise<Analysis> {
  const active = rules.filter((r) => r.profiles.includes(options.profile)).sort((a, b) => a.id.localeCompare(b.id));
  const byScope = SCOPES.map((scope) => ({ scope, rules: active.filter((r) => r.scope === scope) }))
    .filter((s) => s.rules.length > 0)
    .map((s) => ({ ...s, engine: engineFor(s.rules) }));
  return async (snapshot) => {
    const findings: Finding[] = [];
    const notEvaluated: NotEvaluated[] = [];
    for (const { scope, rules: scoped, engine } of byScope) {
      for (const entity of entitiesOf(snapshot, scope)) {
        if (entity.notApplicable) {
          for (const rule of scoped) notEvaluated.push(notApplicableItem(rule, entity, options.lang));
          continue;
        }
        if (entity.unlisted) {
          const { fact, sources } = entity.unlisted;
          for (const rule of scoped) notEvaluated.push(notEvaluatedItem(rule, entity, [{ fact, sources }]));
          continue;
        }
        const results = await runEngine(engine, entity.facts);
        for (const rule of scoped) judge(rule, entity, results, options, findings, notEvaluated);
      }
    }
    findings.sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || byPlace(a, b),
    );
    notEvaluated.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || byPlace(a, b));
    return { findings, notEvaluated, rulesRun: active.map((r) => r.id) };
  };
}

function judge(
  rule: LoadedRule,
  entity: Entity,
  results: Map<string, EvaluatedNode>,
  options: AnalyzeOptions,
  findings: Finding[],
  notEvaluated: NotEvaluated[],
): void {
  const applies = results.get(`${rule.id}#applies`);
  if (applies) {
    const t = truthOf(applies);
    if (t === 'unknown') return void notEvaluated.push(notEvaluatedItem(rule, entity, missingOf(applies, entity)));
    if (!t) return;
  }
  const problem = results.get(`${rule.id}#problem`)!;
  const t = truthOf(problem);
  if (t === 'unknown') return void notEvaluated.push(notEvaluatedItem(rule, entity, missingOf(problem, entity)));
  if (!t) return;
  let severity = rule.severity;
  rule.severityOverrides?.forEach((o, i) => {
    const node = results.get(`${rule.id}#severity${i}`);
    if (node && truthOf(node) === true) severity = o.severity;
  });
  findings.push(findingOf(rule, entity, severity, problem, options.lang));
}

function findingOf(rule: LoadedRule, entity: Entity, severity: Severity, problem: EvaluatedNode, lang: Lang): Finding {
  const evidence = supportingLeaves(problem, true).flatMap(
    (leaf) => nodeEvidence(leaf, lang) ?? [evidenceOf(leaf, lang, sourceOfLeaf(leaf, entity))],
  );
  const notChecked = notCheckedOf(problem, entity, lang);
  const context = { ...entity.facts, params: rule.parameterValues, evidence, notChecked };
  const target = rule.target ? renderTemplate(rule.target, context) || undefined : entity.target;
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    category: rule.category,
    ...(entity.server !== undefined ? { server: entity.server } : {}),
    ...(target !== undefined ? { target } : {}),
    title: renderTemplate(rule.title[lang], context),
    message: renderTemplate(rule.message[lang], context),
    evidence,
    ...(notChecked.length > 0 ? { notChecked } : {}),
    remediation: rule.remediation[lang],
    references: rule.references,
    fingerprint: fingerprint(rule.id, entity.server, target),
  };
  return finding;
}

/** Stable across scans for the same rule, server and target: waivers, baselines and diffs match on it. */
export function fingerprint(ruleId: string, server?: string, target?: string): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${server ?? ''}\u0000${target ?? ''}`)
    .digest('hex')
    .slice(0, 16);
}

function sourceOfLeaf(leaf: EvaluatedNode, entity: Entity): string | undefined {
  const resolved = resolveFactPath(leaf.fact ?? '', leaf.path ?? '$');
  if ('error' in resolved) return undefined;
  const file = resolved.sources.find((f) => entity.sourceStatus(f)?.status === 'parsed') ?? resolved.sources[0];
  return file && entity.sourceFile ? entity.sourceFile(file) : file;
}

function byPlace(a: { server?: string; target?: string }, b: { server?: string; target?: string }): number {
  return (a.server ?? '').localeCompare(b.server ?? '') || (a.target ?? '').localeCompare(b.target ?? '');
}

export { engineFor, runEngine } from './engine';
export type { NotChecked, NotEvaluated } from './not-evaluated';
export { SCOPES };
export type { Scope };

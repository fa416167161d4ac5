import { Engine, type RuleResult } from 'json-rules-engine';
import { createHash } from 'crypto';
import type { Snapshot } from '../snapshot/schema';
import { entitiesOf, type Entity } from './entities';
import { evidenceOf, type Evidence } from './evidence';
import { pathSegments, resolveFactPath, readPath } from './fact-paths';
import type { LoadedRule } from './load-rules';
import { renderTemplate } from './messages';
import { OPERATORS } from './operators';
import { SCOPES, type Lang, type Profile, type Scope, type Severity } from './rule-schema';
import { supportingLeaves, truthOf, unknownLeaves, type EvaluatedNode } from './three-valued';

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  server?: string;
  target?: string;
  title: string;
  message: string;
  evidence: Evidence[];
  remediation: string;
  references: { title: string; url: string }[];
  fingerprint: string;
}

export interface NotEvaluated {
  ruleId: string;
  server?: string;
  target?: string;
  reason: string;
  /** The facts that were absent and the sources that would have given them. */
  missing: { fact: string; sources: string[] }[];
}

export interface AnalyzeOptions {
  profile: Profile;
  lang: Lang;
  /** Severity per rule id, overriding the rule's default. */
  severity?: Record<string, Severity>;
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
  let severity = options.severity?.[rule.id] ?? rule.severity;
  rule.severityOverrides?.forEach((o, i) => {
    const node = results.get(`${rule.id}#severity${i}`);
    if (node && truthOf(node) === true && !options.severity?.[rule.id]) severity = o.severity;
  });
  findings.push(findingOf(rule, entity, severity, problem, options.lang));
}

function findingOf(rule: LoadedRule, entity: Entity, severity: Severity, problem: EvaluatedNode, lang: Lang): Finding {
  const evidence = supportingLeaves(problem, true).map((leaf) => evidenceOf(leaf, lang, sourceOfLeaf(leaf, entity)));
  const context = { ...entity.facts, params: rule.parameterValues, evidence };
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

function missingOf(node: EvaluatedNode, entity: Entity): { fact: string; sources: string[] }[] {
  const seen = new Map<string, string[]>();
  for (const leaf of unknownLeaves(node)) {
    const onValue = leaf.factResult !== undefined;
    const fact = onValue ? (leaf.value as { fact: string }).fact : leaf.fact!;
    const path = onValue ? ((leaf.value as { path?: string }).path ?? '$') : (leaf.path ?? '$');
    seen.set(`${fact}${path.slice(1)}`, sourcesOfAbsent(entity.facts[fact], fact, path));
  }
  return [...seen].map(([fact, sources]) => ({ fact, sources }));
}

/** The sources of the first step of the path that is absent: `os` absent is systeminfo.txt's doing. */
function sourcesOfAbsent(value: unknown, fact: string, path: string): string[] {
  const segments = pathSegments(path);
  let cur = value;
  let depth = 0;
  while (depth < segments.length && cur !== undefined && cur !== null) {
    cur = (cur as Record<string | number, unknown>)[segments[depth]!];
    depth++;
  }
  const prefix = `$${segments
    .slice(0, depth)
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')}`;
  const resolved = resolveFactPath(fact, prefix);
  return 'error' in resolved ? [] : resolved.sources;
}

function notEvaluatedItem(rule: LoadedRule, entity: Entity, missing: { fact: string; sources: string[] }[]): NotEvaluated {
  const item: NotEvaluated = { ruleId: rule.id, reason: reasonOf(missing, entity), missing };
  if (entity.server !== undefined) item.server = entity.server;
  if (entity.target !== undefined) item.target = entity.target;
  return item;
}

/** "reg-netbt-interfaces.txt missing", "systeminfo.txt failed: …", "ex-server.txt gave no server.exchange.edition". */
function reasonOf(missing: { fact: string; sources: string[] }[], entity: Entity): string {
  const parts = new Set<string>();
  for (const { fact, sources } of missing) {
    const statuses = sources.map((file) => ({ file, status: entity.sourceStatus(file) }));
    const parsed = statuses.filter((s) => s.status?.status === 'parsed');
    if (parsed.length > 0) parts.add(`${parsed.map((s) => s.file).join(', ')} gave no ${fact}`);
    const failed = statuses.filter((s) => s.status?.status === 'failed');
    for (const f of failed)
      parts.add(`${f.file} failed: ${f.status?.diagnostics.find((d) => d.severity === 'error')?.message ?? 'unreadable'}`);
    const absent = statuses.filter((s) => !s.status || s.status.status === 'missing').map((s) => s.file);
    if (absent.length > 0) parts.add(`${absent.join(' or ')} missing`);
    if (sources.length === 0) parts.add(`no source gave ${fact}`);
  }
  return [...parts].join('; ');
}

function sourceOfLeaf(leaf: EvaluatedNode, entity: Entity): string | undefined {
  const resolved = resolveFactPath(leaf.fact ?? '', leaf.path ?? '$');
  if ('error' in resolved) return undefined;
  return resolved.sources.find((f) => entity.sourceStatus(f)?.status === 'parsed') ?? resolved.sources[0];
}

function byPlace(a: { server?: string; target?: string }, b: { server?: string; target?: string }): number {
  return (a.server ?? '').localeCompare(b.server ?? '') || (a.target ?? '').localeCompare(b.target ?? '');
}

/** One engine per scope holding, per rule, its applicability, its problem and its severity overrides. */
export function engineFor(rules: LoadedRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: readPath });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(name, fn as (a: unknown, b: unknown) => boolean);
  for (const rule of rules) {
    const add = (suffix: string, conditions: unknown) =>
      engine.addRule({ name: `${rule.id}#${suffix}`, conditions: conditions as never, event: { type: rule.id } });
    if (rule.appliesTo) add('applies', rule.appliesTo);
    add('problem', rule.conditions);
    rule.severityOverrides?.forEach((o, i) => add(`severity${i}`, o.conditions));
  }
  return engine;
}

export async function runEngine(engine: Engine, facts: Record<string, unknown>): Promise<Map<string, EvaluatedNode>> {
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  const { results, failureResults } = await engine.run(defined);
  const map = new Map<string, EvaluatedNode>();
  for (const r of [...results, ...failureResults] as RuleResult[]) {
    map.set(String(r.name), r.conditions as unknown as EvaluatedNode);
  }
  return map;
}

export { SCOPES };
export type { Scope };

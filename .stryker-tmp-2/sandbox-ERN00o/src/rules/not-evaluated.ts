// @ts-nocheck
import type { Entity } from './entities';
import { pathSegments, resolveFactPath } from './fact-paths';
import type { LoadedRule } from './load-rules';
import { unknownLeaves, type EvaluatedNode } from './three-valued';

export interface NotEvaluated {
  ruleId: string;
  server?: string;
  target?: string;
  reason: string;
  /** The facts that were absent and the sources that would have given them. */
  missing: { fact: string; sources: string[] }[];
  /** Set when the rule has nothing to check on this entity by design; the reason says why. */
  notApplicable?: true;
}

const NOT_APPLICABLE = { en: 'not applicable', de: 'nicht anwendbar' };

/** A rule that does not apply to an entity by design, which the report says rather than staying silent. */
export function notApplicableItem(rule: LoadedRule, entity: Entity, lang: 'en' | 'de'): NotEvaluated {
  const item: NotEvaluated = {
    ruleId: rule.id,
    reason: `${NOT_APPLICABLE[lang]}: ${entity.notApplicable?.[lang] ?? ''}`,
    missing: [],
  };
  if (entity.server !== undefined) item.server = entity.server;
  if (entity.target !== undefined) item.target = entity.target;
  item.notApplicable = true;
  return item;
}

/**
 * Why a rule could not be decided for an entity: each absent fact, the source files that give it (from the
 * snapshot schema's `x-sources`), and what became of them (missing, failed, or parsed without that fact).
 */
export function missingOf(node: EvaluatedNode, entity: Entity): { fact: string; sources: string[] }[] {
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

export function notEvaluatedItem(rule: LoadedRule, entity: Entity, missing: { fact: string; sources: string[] }[]): NotEvaluated {
  const item: NotEvaluated = { ruleId: rule.id, reason: reasonOf(missing, entity), missing };
  if (entity.server !== undefined) item.server = entity.server;
  if (entity.target !== undefined) item.target = entity.target;
  return item;
}

/** "reg-netbt-interfaces.txt missing", "systeminfo.txt failed: …", "ex-server.txt gave no server.exchange.edition". */
function reasonOf(missing: { fact: string; sources: string[] }[], entity: Entity): string {
  const parts = new Set<string>();
  for (const { fact, sources } of missing) {
    const basis = basisOf(fact, entity);
    if (basis) {
      parts.add(`${fact}: ${basis}`);
      continue;
    }
    const statuses = sources.map((file) => ({ file, status: entity.sourceStatus(file) }));
    const parsed = statuses.filter((s) => s.status?.status === 'parsed');
    const named = (file: string) => entity.sourceFile?.(file) ?? file;
    if (parsed.length > 0) parts.add(`${parsed.map((s) => named(s.file)).join(', ')} gave no ${fact}`);
    const failed = statuses.filter((s) => s.status?.status === 'failed');
    for (const f of failed)
      parts.add(`${f.file} failed: ${f.status?.diagnostics.find((d) => d.severity === 'error')?.message ?? 'unreadable'}`);
    const absent = statuses.filter((s) => !s.status || s.status.status === 'missing').map((s) => s.file);
    if (absent.length > 0) parts.add(`${absent.join(' or ')} missing`);
    if (sources.length === 0) parts.add(`no source gave ${fact}`);
  }
  return [...parts].join('; ');
}

/**
 * A derived fact that is absent for a reason the snapshot states (a conflict of evidence, not a missing file)
 * has a sibling `<name>Basis` (`adapter.roleBasis`, `cluster.privateNetworkPriorityBasis`): its English text.
 */
function basisOf(fact: string, entity: Entity): string | undefined {
  const [root, ...rest] = fact.split('.');
  const name = rest.pop();
  if (!root || !name) return undefined;
  let parent = entity.facts[root];
  for (const key of rest) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
  const basis = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[`${name}Basis`] : undefined;
  if (typeof basis === 'string') return basis;
  return basis && typeof basis === 'object' && typeof (basis as { en?: unknown }).en === 'string'
    ? (basis as { en: string }).en
    : undefined;
}

import type { SourceStatus } from '../snapshot/schema';
import type { Entity } from './entities';
import { pathSegments, resolveFactPath } from './fact-paths';
import type { LoadedRule } from './load-rules';
import type { Lang } from './rule-schema';
import { uncheckedLeaves, unknownLeaves, type EvaluatedNode } from './three-valued';

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
 * What a finding reached on partial knowledge could not check: an absent fact, the sources that would
 * have given it, and why it is absent, in the report's language ("cluster-group.txt missing").
 */
export interface NotChecked {
  fact: string;
  sources: string[];
  reason: string;
}

/**
 * Why a rule could not be decided for an entity: each absent fact, the source files that give it (from the
 * snapshot schema's `x-sources`), and what became of them (missing, failed, or parsed without that fact).
 */
export function missingOf(node: EvaluatedNode, entity: Entity): { fact: string; sources: string[] }[] {
  return missingOfLeaves(unknownLeaves(node), entity);
}

/** The parts of a decided verdict that stayed open: each absent fact with its sources and the reason. */
export function notCheckedOf(node: EvaluatedNode, entity: Entity, lang: Lang): NotChecked[] {
  const leaves = uncheckedLeaves(node);
  if (leaves.length === 0) return [];
  return missingOfLeaves(leaves, entity).map((m) => ({ ...m, reason: reasonOf([m], entity, lang) }));
}

function missingOfLeaves(leaves: EvaluatedNode[], entity: Entity): { fact: string; sources: string[] }[] {
  const seen = new Map<string, string[]>();
  for (const leaf of leaves) {
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
  const item: NotEvaluated = { ruleId: rule.id, reason: reasonOf(missing, entity, 'en'), missing };
  if (entity.server !== undefined) item.server = entity.server;
  if (entity.target !== undefined) item.target = entity.target;
  return item;
}

const REASONS = {
  en: {
    gaveNo: (files: string, fact: string) => `${files} gave no ${fact}`,
    failed: (file: string, message: string) => `${file} failed: ${message}`,
    unreadable: 'unreadable',
    missing: (files: string) => `${files} missing`,
    or: ' or ',
    noSource: (fact: string) => `no source gave ${fact}`,
  },
  de: {
    gaveNo: (files: string, fact: string) => `${files} lieferte keinen Wert für ${fact}`,
    failed: (file: string, message: string) => `${file} nicht lesbar: ${message}`,
    unreadable: 'unlesbar',
    missing: (files: string) => `${files} fehlt`,
    or: ' oder ',
    noSource: (fact: string) => `keine Quelle lieferte einen Wert für ${fact}`,
  },
} satisfies Record<Lang, unknown>;

/**
 * What became of a source file. An organization fact named in the rule of another scope comes from the
 * organization folder: its file is looked up there and named `_organization/<file>`.
 */
function statusOf(file: string, fact: string, entity: Entity): { file: string; status: SourceStatus | undefined } {
  if (entity.scope !== 'organization' && fact.startsWith('organization.'))
    return { file: `_organization/${file}`, status: entity.organizationSources?.[file] };
  return { file, status: entity.sourceStatus(file) };
}

/** "reg-netbt-interfaces.txt missing", "systeminfo.txt failed: …", "ex-server.txt gave no server.exchange.edition". */
function reasonOf(missing: { fact: string; sources: string[] }[], entity: Entity, lang: Lang): string {
  const t = REASONS[lang];
  const parts = new Set<string>();
  for (const { fact, sources } of missing) {
    const basis = basisOf(fact, entity, lang);
    if (basis) {
      parts.add(`${fact}: ${basis}`);
      continue;
    }
    const statuses = sources.map((file) => statusOf(file, fact, entity));
    const parsed = statuses.filter((s) => s.status?.status === 'parsed');
    const named = (file: string) => entity.sourceFile?.(file) ?? file;
    if (parsed.length > 0) parts.add(t.gaveNo(parsed.map((s) => named(s.file)).join(', '), fact));
    const failed = statuses.filter((s) => s.status?.status === 'failed');
    for (const f of failed)
      parts.add(t.failed(f.file, f.status?.diagnostics.find((d) => d.severity === 'error')?.message ?? t.unreadable));
    const absent = statuses.filter((s) => !s.status || s.status.status === 'missing').map((s) => s.file);
    if (absent.length > 0) parts.add(t.missing(absent.join(t.or)));
    if (sources.length === 0) parts.add(t.noSource(fact));
  }
  return [...parts].join('; ');
}

/**
 * A derived fact that is absent for a reason the snapshot states (a conflict of evidence, not a missing file)
 * has a sibling `<name>Basis` (`adapter.roleBasis`, `cluster.privateNetworkPriorityBasis`): its text in the
 * language asked for (English in not-evaluated reasons, which the reports translate; the report's language in
 * what a finding could not check).
 */
function basisOf(fact: string, entity: Entity, lang: Lang): string | undefined {
  const [root, ...rest] = fact.split('.');
  const name = rest.pop();
  if (!root || !name) return undefined;
  let parent = entity.facts[root];
  for (const key of rest) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
  const basis = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[`${name}Basis`] : undefined;
  if (typeof basis === 'string') return basis;
  const text = basis && typeof basis === 'object' ? (basis as Partial<Record<Lang, unknown>>)[lang] : undefined;
  return typeof text === 'string' ? text : undefined;
}

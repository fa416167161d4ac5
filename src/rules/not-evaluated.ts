import type { SourceStatus } from '../snapshot/schema';
import type { Entity } from './entities';
import { pathSegments, sourcesOfFactPath } from './fact-paths';
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
  const segments = segmentsOf(path);
  let cur = value;
  let depth = 0;
  while (depth < segments.length && cur !== undefined && cur !== null) {
    cur = (cur as Record<string | number, unknown>)[segments[depth]!];
    depth++;
  }
  return sourcesOfPrefix(fact, segments, depth);
}

/**
 * The paths and facts here are the rules' (and the entities' `unlisted` facts): a few hundred, fixed once the rules
 * are loaded, so their segments and each fact's basis key are worked out once each (the sources of each prefix are
 * sourcesOfFactPath's). The maps are bounded all the same (cleared when full), as a rule set could be anything.
 */
const MEMO_LIMIT = 5000;
const segmentsByPath = new Map<string, (string | number)[]>();

function segmentsOf(path: string): (string | number)[] {
  let segments = segmentsByPath.get(path);
  if (!segments) {
    if (segmentsByPath.size >= MEMO_LIMIT) segmentsByPath.clear();
    segmentsByPath.set(path, (segments = pathSegments(path)));
  }
  return segments;
}

/** The sources of the first `depth` segments of `path` (sourcesOfFactPath, which walks each prefix once). */
function sourcesOfPrefix(fact: string, segments: (string | number)[], depth: number): string[] {
  let prefix = '$';
  for (let i = 0; i < depth; i++) {
    const s = segments[i]!;
    prefix += typeof s === 'number' ? `[${s}]` : `.${s}`;
  }
  // Only the schema's own lists are shared (as before); an empty list is a new one each time.
  const sources = sourcesOfFactPath(fact, prefix);
  return sources && sources.length > 0 ? sources : [];
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
    // In this order: the files that gave no value, each file that failed, the files that are missing.
    const parsed: string[] = [];
    const failed: { file: string; status: SourceStatus }[] = [];
    const absent: string[] = [];
    for (const source of sources) {
      const { file, status } = statusOf(source, fact, entity);
      if (status?.status === 'parsed') parsed.push(entity.sourceFile?.(file) ?? file);
      else if (status?.status === 'failed') failed.push({ file, status });
      else if (!status || status.status === 'missing') absent.push(file);
    }
    if (parsed.length > 0) parts.add(t.gaveNo(parsed.join(', '), fact));
    for (const f of failed)
      parts.add(t.failed(f.file, f.status.diagnostics.find((d) => d.severity === 'error')?.message ?? t.unreadable));
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
  const place = basisPlaceOf(fact);
  if (!place) return undefined;
  let parent = entity.facts[place.root];
  for (const key of place.rest)
    parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
  const basis = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[place.basisKey] : undefined;
  if (typeof basis === 'string') return basis;
  const text = basis && typeof basis === 'object' ? (basis as Partial<Record<Lang, unknown>>)[lang] : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** Where a fact's basis would be: `adapter.role` → the `roleBasis` of `adapter` (worked out once per fact). */
const basisPlaces = new Map<string, { root: string; rest: string[]; basisKey: string } | undefined>();

function basisPlaceOf(fact: string): { root: string; rest: string[]; basisKey: string } | undefined {
  if (basisPlaces.has(fact)) return basisPlaces.get(fact);
  const [root, ...rest] = fact.split('.');
  const name = rest.pop();
  const place = root && name ? { root, rest, basisKey: `${name}Basis` } : undefined;
  if (basisPlaces.size >= MEMO_LIMIT) basisPlaces.clear();
  basisPlaces.set(fact, place);
  return place;
}

import type { Snapshot } from '../snapshot/schema';
import type { SettingChange } from '../report/report-schema';
import { resolveFactPath } from '../rules/fact-paths';

/** One configuration value of a snapshot, flattened: a scalar, a list of scalars, or the presence of an entity. */
export interface FlatLeaf {
  scope: SettingChange['scope'];
  server?: string;
  /** `os.servicePack`, `adapters[Heartbeat].netbiosOptions`, `hotfixes.ids`; `server` or `cluster` for the entity itself. */
  path: string;
  kind: 'value' | 'list' | 'entity';
  value?: string;
  items?: string[];
  sources: string[];
}

/**
 * Facts that repeat or explain another fact: comparing them would report one change twice. `nodeValues` repeats
 * each node's own facts for the consistency rules (a node's change is reported on the node).
 */
const SKIPPED_PATHS = new Set(['folder', 'firstBoundAdapter', 'hotfixes.sources', 'nodeValues']);
function skipped(path: string): boolean {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return SKIPPED_PATHS.has(path) || last === 'netbiosSource' || last.endsWith('Basis');
}

/** The keys that name a member of a list of objects, in order of preference. */
const IDENTITY_KEYS = ['name', 'caption', 'version', 'path'];

/** Flattens the servers, clusters and organization of a snapshot into leaves keyed by scope, server and path. */
export function flattenSnapshot(snapshot: Snapshot): Map<string, FlatLeaf> {
  const out = new Map<string, FlatLeaf>();
  for (const server of snapshot.servers) {
    const ctx = { scope: 'server' as const, server: server.name, fact: 'server', out, parsed: parsedOf(server.sources) };
    add(ctx, 'server', 'entity', '$', {});
    for (const [file, status] of Object.entries(server.sources)) {
      add(ctx, `sources[${file}]`, 'value', '', { value: status.status, sources: [file] });
    }
    walk(ctx, server, '', '$');
  }
  for (const cluster of snapshot.clusters) {
    const ctx = { scope: 'cluster' as const, server: cluster.name, fact: 'cluster', out, parsed: undefined };
    add(ctx, 'cluster', 'entity', '$', {});
    walk(ctx, cluster, '', '$');
  }
  const ctx = { scope: 'organization' as const, fact: 'organization', out, parsed: parsedOf(snapshot.organization.sources) };
  walk(ctx, snapshot.organization, '', '$');
  return out;
}

interface Context {
  scope: FlatLeaf['scope'];
  server?: string;
  fact: string;
  out: Map<string, FlatLeaf>;
  /** The source files this server parsed, to name the ones a value came from; undefined to name all. */
  parsed: Set<string> | undefined;
}

export const leafKey = (leaf: Pick<FlatLeaf, 'scope' | 'server' | 'path'>) =>
  `${leaf.scope}\u0000${leaf.server ?? ''}\u0000${leaf.path}`;

function walk(ctx: Context, value: unknown, path: string, schemaPath: string): void {
  if (path !== '' && skipped(path)) return;
  if (value === undefined) return;
  if (value === null || typeof value !== 'object') return add(ctx, path, 'value', schemaPath, { value: String(value) });
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object'))
      return add(ctx, path, 'list', schemaPath, { items: value.map(String) });
    const seen = new Map<string, number>();
    value.forEach((item: unknown, i) => {
      const id = identityOf(item) ?? String(i);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      const itemPath = `${path}[${n > 1 ? `${id}#${n}` : id}]`;
      add(ctx, itemPath, 'entity', `${schemaPath}[0]`, {});
      walk(ctx, item, itemPath, `${schemaPath}[0]`);
    });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (path === '' && key === 'sources') continue;
    walk(ctx, child, path === '' ? key : `${path}.${key}`, `${schemaPath}.${key}`);
  }
}

function add(ctx: Context, path: string, kind: FlatLeaf['kind'], schemaPath: string, rest: Partial<FlatLeaf>): void {
  const leaf: FlatLeaf = {
    scope: ctx.scope,
    ...(ctx.server !== undefined ? { server: ctx.server } : {}),
    path,
    kind,
    ...rest,
    sources: rest.sources ?? sourcesOf(ctx, schemaPath),
  };
  ctx.out.set(leafKey(leaf), leaf);
}

function sourcesOf(ctx: Context, schemaPath: string): string[] {
  if (schemaPath === '') return [];
  const resolved = resolveFactPath(ctx.fact, schemaPath);
  if ('error' in resolved) return [];
  const parsed = ctx.parsed ? resolved.sources.filter((f) => ctx.parsed!.has(f)) : [];
  return parsed.length > 0 ? parsed : resolved.sources;
}

function identityOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  const key = IDENTITY_KEYS.find((k) => typeof record[k] === 'string' && record[k] !== '');
  return key ? String(record[key]) : undefined;
}

function parsedOf(sources: Record<string, { status: string }>): Set<string> {
  return new Set(Object.entries(sources).flatMap(([file, s]) => (s.status === 'parsed' ? [file] : [])));
}

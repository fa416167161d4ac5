// @ts-nocheck
import type { Snapshot, SourceStatus } from '../../src/snapshot/schema';

/** A snapshot fragment as rule fixtures write it: only what the case is about. */
export interface SnapshotFragment {
  servers?: Record<string, unknown>[];
  clusters?: Record<string, unknown>[];
  organization?: Record<string, unknown>;
}

type SourceShorthand = SourceStatus['status'] | SourceStatus;

/**
 * Completes a fixture fragment into a whole snapshot: servers default to cluster nodes with no sources,
 * `"sources": { "systeminfo.txt": "parsed" }` is short for a source status without diagnostics.
 */
export function fixtureSnapshot(fragment: SnapshotFragment): Snapshot {
  const expand = (sources: Record<string, SourceShorthand> | undefined) =>
    Object.fromEntries(
      Object.entries(sources ?? {}).map(([file, s]) => [file, typeof s === 'string' ? { status: s, diagnostics: [] } : s]),
    );
  return {
    schemaVersion: 1,
    tool: { name: 'bpa', version: '0.0.0' },
    bundle: { source: 'fixture', sha256: '0'.repeat(64) },
    servers: (fragment.servers ?? []).map((s) => ({
      folder: String(s.name),
      role: 'clusterNode',
      ...s,
      sources: expand(s.sources as Record<string, SourceShorthand>),
    })),
    clusters: (fragment.clusters ?? []).map((c) => ({
      planned: false,
      nodes: [],
      ...c,
      nodeCount: Array.isArray(c.nodes) ? c.nodes.length : 0,
    })),
    organization: {
      ...fragment.organization,
      sources: expand(fragment.organization?.sources as Record<string, SourceShorthand>),
    },
    diagnostics: [],
  } as unknown as Snapshot;
}

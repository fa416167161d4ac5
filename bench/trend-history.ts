/**
 * A synthetic history folder for the trend report's benchmark and tests: nightly scans of an organization
 * made from the German CCR sample (its hub cloned to reach the server count), with findings that come and
 * go, a hotfix installed every few weeks, a service pack, a binding-order change, a dumpster change, a few
 * nights without a scan and, when asked, a damaged entry.
 */
import { createHash } from 'crypto';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { analyzeSnapshot } from '../src/pipeline/analyze-snapshot';
import type { Report } from '../src/report/report-schema';
import { loadRules } from '../src/rules/load-rules';
import type { Snapshot } from '../src/snapshot/schema';
import { packageRoot } from '../src/shared/package-root';
import { entryDir, ENTRY_FILES } from '../src/history/layout';
import { addScan } from '../src/history/store';

export interface SyntheticHistoryOptions {
  nights: number;
  servers: number;
  /** The first night's scan (default 2008-01-01T00:15:00Z). */
  start?: string;
  /** Nights (0-based) without a scan. */
  gaps?: number[];
  /** Nights whose stored report is damaged after writing. */
  damaged?: number[];
  /** A hotfix is installed every this many nights (default 30). */
  hotfixEvery?: number;
  /** Replaces a server's name (for hostile-name tests). */
  rename?: Record<string, string>;
}

async function baseScan(servers: number, rename: Record<string, string>): Promise<{ snapshot: Snapshot; report: Report }> {
  const root = packageRoot();
  const snapshot = collectBundle(readBundle(join(root, 'samples', 'ccr-health-de')));
  const hub = snapshot.servers.find((s) => s.name === 'EX2007-HUB1')!;
  const sampled = snapshot.servers.length;
  for (let i = sampled; i < servers; i++) {
    const name = `EX2007-HUB${i - sampled + 2}`;
    snapshot.servers.push({ ...structuredClone(hub), name, folder: name });
  }
  for (const s of snapshot.servers) {
    const to = rename[s.name];
    if (to !== undefined) Object.assign(s, { name: to, folder: to });
  }
  const rules = loadRules([join(root, 'rules')]);
  const report = await analyzeSnapshot(snapshot, rules, { profile: 'health', lang: 'de', startedAt: new Date(0).toISOString() });
  return { snapshot, report };
}

/** The snapshot of night `i`: a hotfix every `hotfixEvery` nights, a service pack at 100, binding order at 200, dumpster at 250. */
function snapshotOf(base: Snapshot, i: number, hotfixEvery: number): Snapshot {
  const s = structuredClone(base);
  const node = s.servers.find((x) => x.name === 'EX2007-NODE1') ?? s.servers[0]!;
  const extra = Array.from({ length: Math.floor(i / hotfixEvery) }, (_, k) => `KB9${String(50000 + k)}`);
  if (node.hotfixes) node.hotfixes.ids = [...node.hotfixes.ids, ...extra];
  if (i >= 100 && node.os) node.os.servicePack = 3;
  const node2 = s.servers.find((x) => x.name === 'EX2007-NODE2');
  if (i >= 200 && node2?.bindingOrder) node2.bindingOrder = [...node2.bindingOrder].reverse();
  if (i >= 250 && s.organization.transport) s.organization.transport.maxDumpsterSizePerStorageGroupBytes = 20971520;
  return s;
}

/** The report of night `i`: the base findings, one of them absent on a rotating pattern, so some are new or resolved. */
function reportOf(base: Report, snapshot: Snapshot, i: number, at: string): Report {
  const findings = base.findings.filter((_, k) => (i + k) % 7 !== 0 || k % 3 !== 0);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const sha = createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
  return {
    ...base,
    scan: { ...base.scan, startedAt: at, finishedAt: at, snapshotSha256: sha },
    summary: { ...base.summary, critical: count('critical'), warning: count('warning'), info: count('info') },
    findings,
  };
}

/** Writes the history into `dir` (a new folder) through the history store, as nightly scans would. */
export async function writeSyntheticHistory(dir: string, options: SyntheticHistoryOptions): Promise<string[]> {
  const { snapshot, report } = await baseScan(options.servers, options.rename ?? {});
  const start = Date.parse(options.start ?? '2008-01-01T00:15:00Z');
  const gaps = new Set(options.gaps ?? []);
  const damaged = new Set(options.damaged ?? []);
  const ids: string[] = [];
  for (let i = 0; i < options.nights; i++) {
    if (gaps.has(i)) continue;
    const at = new Date(start + i * 86_400_000).toISOString();
    const night = snapshotOf(snapshot, i, options.hotfixEvery ?? 30);
    const entry = addScan(dir, reportOf(report, night, i, at), night);
    if (damaged.has(i)) writeFileSync(join(entryDir(dir, entry.id), ENTRY_FILES.report), 'not gzip');
    ids.push(entry.id);
  }
  return ids;
}

import type { Report } from '../../../src/report/report-schema';
import type { Snapshot } from '../../../src/snapshot/schema';
import type { StoredScan } from '../../../src/history/trend/build-trend';
import type { Profile, Severity } from '../../../src/rules/rule-schema';
import { fixtureSnapshot } from '../../helpers/fixture-snapshot';

/** A finding in a fixture scan: `RULE severity server` (server `-` for organization-wide). */
export type FindingSpec = `${string} ${Severity} ${string}`;

export interface ScanSpec {
  /** `2008-11-20T01:15:00Z` */
  at: string;
  findings?: FindingSpec[];
  profile?: Profile;
  tool?: string;
  rules?: string[];
  servers?: string[];
  /** `report` makes the stored report unreadable, `snapshot` the snapshot. */
  damaged?: 'report' | 'snapshot';
  /** The snapshot the scan stores (default: one without hotfixes); its hash is its JSON. */
  snapshot?: Snapshot;
  notEvaluated?: { ruleId: string; server: string }[];
  /** Clusters of the report's inventory (cluster-scoped findings name them). */
  clusters?: string[];
}

/** A host name that is markup: every page must show it as text. `HOSTILE` in a finding spec or server list stands for it. */
export const HOSTILE_HOST = '<img src=x onerror="document.title=\'pwned\'">\u202Eexe';
const real = (server: string) => (server === 'HOSTILE' ? HOSTILE_HOST : server);

export const RULES = ['NET-002', 'NET-003', 'OS-001', 'TRN-001', 'ACC-001'];
export const SERVERS = ['NODE1', 'NODE2'];

/** The fingerprint of a finding: 16 hex digits from rule and server, as the report's fingerprint names them. */
export function fingerprintOf(ruleId: string, server: string | undefined): string {
  let h = 0n;
  for (const c of `${ruleId}|${server ?? ''}`) h = (h * 131n + BigInt(c.codePointAt(0)!)) % 2n ** 64n;
  return h.toString(16).padStart(16, '0');
}

export const idOf = (at: string) => at.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function reportOf(spec: ScanSpec): Report {
  const findings = (spec.findings ?? []).map((f) => {
    const [ruleId, severity, token] = f.split(' ') as [string, Severity, string];
    const server = real(token);
    return {
      ruleId,
      severity,
      category: 'network',
      ...(server !== '-' ? { server } : {}),
      title: `${ruleId} title`,
      message: `${ruleId} message`,
      evidence: [],
      remediation: '',
      references: [],
      fingerprint: fingerprintOf(ruleId, server === '-' ? undefined : server),
    };
  });
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const snapshot = spec.snapshot ?? baseSnapshot();
  return {
    schemaVersion: 1,
    tool: { name: 'bpa', version: spec.tool ?? '0.1.0' },
    scan: {
      profile: spec.profile ?? 'health',
      startedAt: spec.at,
      finishedAt: spec.at,
      source: 'bundle',
      lang: 'en',
      snapshotSha256: sha(snapshot),
      servers: (spec.servers ?? SERVERS).map(real),
      rules: spec.rules ?? RULES,
    },
    summary: { critical: count('critical'), warning: count('warning'), info: count('info'), notEvaluated: 0 },
    findings,
    notEvaluated: (spec.notEvaluated ?? []).map((n) => ({ ...n, server: real(n.server), reason: 'missing', missing: [] })),
    diagnostics: [],
    ...(spec.clusters
      ? {
          inventory: {
            servers: [],
            clusters: spec.clusters.map((name) => ({
              name,
              planned: false,
              nodes: [],
              clusteredMailboxServers: [],
              networks: [],
            })),
          },
        }
      : {}),
  } as Report;
}

/** A stand-in for the snapshot's hash: equal snapshots, equal hash. */
function sha(snapshot: Snapshot): string {
  let h = 0n;
  for (const c of JSON.stringify(snapshot)) h = (h * 257n + BigInt(c.codePointAt(0)!)) % 2n ** 250n;
  return h.toString(16).padStart(64, '0').slice(-64);
}

export function baseSnapshot(
  change: { hotfixes?: string[]; servicePack?: number; binding?: string[]; dumpster?: number; servers?: string[] } = {},
): Snapshot {
  return fixtureSnapshot({
    servers: (change.servers ?? SERVERS).map(real).map((name) => ({
      name,
      os: { servicePack: name === 'NODE1' ? (change.servicePack ?? 2) : 2 },
      hotfixes: { ids: name === 'NODE1' ? (change.hotfixes ?? ['KB1']) : ['KB1'] },
      bindingOrder: name === 'NODE2' ? (change.binding ?? ['LAN', 'Heartbeat']) : ['LAN', 'Heartbeat'],
    })),
    organization: { transport: { maxDumpsterSizePerStorageGroupBytes: change.dumpster ?? 12582912 } },
  });
}

/** Fixture scans as the trend reads them, counting the reads of reports and snapshots. */
export function storedOf(specs: ScanSpec[], reads = { reports: 0, snapshots: 0 }): StoredScan[] {
  return specs.map((spec) => ({
    id: idOf(spec.at),
    startedAt: spec.at,
    readReport: () => {
      reads.reports++;
      if (spec.damaged === 'report') throw new Error(`entries/${idOf(spec.at)}/report.json.gz: damaged (unexpected end of file)`);
      return reportOf(spec);
    },
    readSnapshot: () => {
      reads.snapshots++;
      if (spec.damaged === 'snapshot') throw new Error(`entries/${idOf(spec.at)}/snapshot.json.gz: damaged (bad gzip)`);
      return spec.snapshot ?? baseSnapshot();
    },
    reportHref: `entries/${idOf(spec.at)}/report.json.gz`,
  }));
}

import type { FindingRef } from '../../report/report-schema';
import { SEVERITIES, type Profile, type Severity } from '../../rules/rule-schema';
import type { SeverityCounts } from './model';
import { ruleSetOf, type RuleSet } from './rule-set';
import type { StoredReport } from './stored-report';

/** What one server (or the organization, key undefined) had in a scan. */
export interface ServerDigest {
  worst?: Severity;
  findings: number;
  notEvaluated: number;
}

/** What the trend keeps of a stored report: small, so that a year of scans stays in memory comfortably. */
export interface ScanDigest {
  id: string;
  day: string;
  startedAt: string;
  profile: Profile;
  ruleSet: RuleSet;
  counts: SeverityCounts;
  notEvaluated: number;
  waived: number;
  accepted: number;
  servers: string[];
  /** Every finding: active, waived and accepted (marked), as `bpa diff` compares them. */
  findings: FindingRef[];
  byServer: Map<string | undefined, ServerDigest>;
  snapshotSha256: string;
  reportHref?: string;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The digest of a report: counts by severity, findings by fingerprint, the worst finding per server. */
export function digestOf(report: StoredReport, day: string, id: string, reportHref?: string): ScanDigest {
  const byServer = new Map<string | undefined, ServerDigest>();
  const on = (server: string | undefined) => {
    let d = byServer.get(server);
    if (!d) byServer.set(server, (d = { findings: 0, notEvaluated: 0 }));
    return d;
  };
  for (const f of report.findings) {
    const d = on(f.server);
    d.findings++;
    if (d.worst === undefined || rank(f.severity) < rank(d.worst)) d.worst = f.severity;
  }
  for (const n of report.notEvaluated) if (!n.notApplicable) on(n.server).notEvaluated++;
  return {
    id,
    day,
    startedAt: report.scan.startedAt,
    profile: report.scan.profile,
    ruleSet: ruleSetOf(report),
    counts: { critical: report.summary.critical, warning: report.summary.warning, info: report.summary.info },
    notEvaluated: report.summary.notEvaluated,
    waived: report.waived?.findings.length ?? 0,
    accepted: report.accepted?.findings.length ?? 0,
    // Cluster-scoped findings name the cluster: a cluster of the scan's inventory is scanned like its servers.
    servers: [...report.scan.servers, ...(report.inventory?.clusters ?? []).map((c) => c.name)],
    findings: [
      ...report.findings.map((f) => refOf(f)),
      ...(report.waived?.findings ?? []).map((f) => refOf(f, 'waived')),
      ...(report.accepted?.findings ?? []).map((f) => refOf(f, 'accepted')),
    ],
    byServer,
    snapshotSha256: report.scan.snapshotSha256,
    ...(reportHref !== undefined ? { reportHref } : {}),
  };
}

type StoredRef = StoredReport['findings'][number];

/** A finding named briefly, as `bpa diff` names it (src/diff/finding-changes.ts): rule, severity, place, title, fingerprint. */
function refOf(f: StoredRef, status?: FindingRef['status']): FindingRef {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    ...(f.server !== undefined ? { server: f.server } : {}),
    ...(f.target !== undefined ? { target: f.target } : {}),
    title: f.title,
    fingerprint: f.fingerprint,
    ...(status ? { status } : {}),
  };
}

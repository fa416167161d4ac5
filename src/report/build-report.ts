import { createHash } from 'crypto';
import type { Snapshot } from '../snapshot/schema';
import type { Analysis } from '../rules/evaluate';
import type { Lang, Profile } from '../rules/rule-schema';
import type { Report } from './report-schema';
import type { Diagnostic } from '../shared/diagnostic';

export interface ScanMeta {
  profile: Profile;
  lang: Lang;
  startedAt: string;
  finishedAt: string;
  toolVersion: string;
}

/** Assembles the JSON report, its keys in the contract's order, so the same input gives the same bytes. */
export function buildReport(snapshot: Snapshot, analysis: Analysis, meta: ScanMeta): Report {
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  const scan: Report['scan'] = {
    profile: meta.profile,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    source: snapshot.bundle.source,
    lang: meta.lang,
    ...(snapshot.bundle.customer !== undefined ? { customer: snapshot.bundle.customer } : {}),
    ...(snapshot.bundle.consultant !== undefined ? { consultant: snapshot.bundle.consultant } : {}),
    ...(snapshot.bundle.collectedAt !== undefined ? { collectedAt: snapshot.bundle.collectedAt } : {}),
    snapshotSha256: snapshotHash(snapshot),
    servers: snapshot.servers.map((s) => s.name),
    rules: analysis.rulesRun,
  };
  return {
    schemaVersion: 1,
    tool: { name: 'bpa', version: meta.toolVersion },
    scan,
    summary: {
      critical: count('critical'),
      warning: count('warning'),
      info: count('info'),
      notEvaluated: analysis.notEvaluated.length,
    },
    findings: analysis.findings,
    notEvaluated: analysis.notEvaluated,
    diagnostics: collectionDiagnostics(snapshot),
  };
}

/** Every diagnostic of the snapshot, each naming its file by `<folder>/<file>` inside the bundle. */
export function collectionDiagnostics(snapshot: Snapshot): Diagnostic[] {
  const out: Diagnostic[] = [...snapshot.diagnostics];
  for (const server of snapshot.servers) {
    for (const status of Object.values(server.sources)) out.push(...status.diagnostics);
  }
  for (const status of Object.values(snapshot.organization.sources)) out.push(...status.diagnostics);
  return out;
}

/** The hash of the snapshot a report came from, so a report can be traced to its data. */
export function snapshotHash(snapshot: Snapshot): string {
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}

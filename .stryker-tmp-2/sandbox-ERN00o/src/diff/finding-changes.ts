// @ts-nocheck
import type { ChangesSection, FindingRef, Report } from '../report/report-schema';

type Finding = Report['findings'][number];

/** A finding named briefly: rule, severity, place, title and fingerprint. */
export function refOf(finding: Finding, status?: FindingRef['status']): FindingRef {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    ...(finding.server !== undefined ? { server: finding.server } : {}),
    ...(finding.target !== undefined ? { target: finding.target } : {}),
    title: finding.title,
    fingerprint: finding.fingerprint,
    ...(status ? { status } : {}),
  };
}

/** Every finding of a report: the active ones, then those a waiver waived or a baseline accepted (marked so). */
export function allFindings(report: Report): FindingRef[] {
  return [
    ...report.findings.map((f) => refOf(f)),
    ...(report.waived?.findings ?? []).map((f) => refOf(f, 'waived')),
    ...(report.accepted?.findings ?? []).map((f) => refOf(f, 'accepted')),
  ];
}

/**
 * New, resolved and unchanged findings between two scans, matched by fingerprint (rule, server, target).
 * An unchanged finding whose severity changed carries `previousSeverity`.
 */
export function diffFindings(before: FindingRef[], after: FindingRef[]): ChangesSection['findings'] {
  const old = new Map(before.map((f) => [f.fingerprint, f]));
  const now = new Set(after.map((f) => f.fingerprint));
  const unchanged: FindingRef[] = [];
  const added: FindingRef[] = [];
  for (const f of after) {
    const previous = old.get(f.fingerprint);
    if (!previous) added.push(f);
    else unchanged.push(previous.severity !== f.severity ? { ...f, previousSeverity: previous.severity } : f);
  }
  const resolved = before.filter((f) => !now.has(f.fingerprint));
  return { new: added, resolved, unchanged };
}

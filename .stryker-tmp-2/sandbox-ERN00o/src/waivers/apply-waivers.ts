// @ts-nocheck
import type { Report, WaivedSection, WaiverRef } from '../report/report-schema';
import { withActiveFindings } from '../baseline/active-findings';
import { refOf } from '../diff/finding-changes';
import type { LoadedWaiver } from './waiver-schema';

type Finding = Report['findings'][number];

const same = (a: string | undefined, b: string | undefined) => (a ?? '').toUpperCase() === (b ?? '').toUpperCase();

/** Whether a waiver covers a finding: its rule, and its server and target where the waiver names them. */
export function waiverMatches(waiver: LoadedWaiver, finding: Finding): boolean {
  return (
    same(waiver.rule, finding.ruleId) &&
    (waiver.server === undefined || same(waiver.server, finding.server)) &&
    (waiver.target === undefined || same(waiver.target, finding.target))
  );
}

/** A waiver expires after its `expires` day: on that day (UTC) it still applies. */
export const isExpired = (waiver: LoadedWaiver, today: string) => waiver.expires < today;

/**
 * Moves the findings that an unexpired waiver covers out of `findings` into `waived`, each with its waiver.
 * Expired waivers no longer waive: they are listed with the findings they would have covered (active again).
 * Waivers that cover nothing are listed too, so that a stale waiver file is noticed.
 * `today` is the scan's day, `YYYY-MM-DD` (UTC).
 */
export function applyWaivers(report: Report, waivers: LoadedWaiver[], file: string, today: string): Report {
  const live = waivers.filter((w) => !isExpired(w, today));
  const expired = waivers.filter((w) => isExpired(w, today));
  const active: Finding[] = [];
  const waived: WaivedSection['findings'] = [];
  const used = new Set<LoadedWaiver>();
  for (const finding of report.findings) {
    const waiver = live.find((w) => waiverMatches(w, finding));
    if (!waiver) {
      active.push(finding);
      continue;
    }
    used.add(waiver);
    waived.push({ ...finding, waiver: waiverRef(waiver) });
  }
  const section: WaivedSection = {
    file,
    findings: waived,
    expired: expired.map((w) => ({
      waiver: waiverRef(w),
      findings: active.filter((f) => waiverMatches(w, f)).map((f) => refOf(f)),
    })),
    unmatched: live.filter((w) => !used.has(w)).map(waiverRef),
  };
  return { ...withActiveFindings(report, active), waived: section };
}

export function waiverRef(w: LoadedWaiver): WaiverRef {
  return {
    rule: w.rule,
    ...(w.server !== undefined ? { server: w.server } : {}),
    ...(w.target !== undefined ? { target: w.target } : {}),
    justification: w.justification,
    owner: w.owner,
    expires: w.expires,
    file: w.file,
    ...(w.line !== undefined ? { line: w.line } : {}),
  };
}

/** One line per waiver that needs attention, for stderr: expired ones and those that cover nothing. */
export function waiverNotices(section: WaivedSection): string[] {
  const where = (w: WaiverRef) => `${w.file}${w.line ? `:${w.line}` : ''}`;
  const what = (w: WaiverRef) => [w.rule, w.server, w.target].filter(Boolean).join(' ');
  return [
    ...section.expired.map(
      (e) =>
        `${where(e.waiver)}: the waiver for ${what(e.waiver)} expired on ${e.waiver.expires} and no longer applies` +
        (e.findings.length > 0 ? ` (${e.findings.length} finding(s) reported again)` : ''),
    ),
    ...section.unmatched.map((w) => `${where(w)}: the waiver for ${what(w)} matches no finding`),
  ];
}

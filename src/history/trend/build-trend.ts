import type { Snapshot } from '../../snapshot/schema';
import type { Profile } from '../../rules/rule-schema';
import { digestOf, type ScanDigest } from './digest';
import type { Night, OpenFinding, ServerStrip, TrendModel, TrendWarning } from './model';
import { dayOf, daysFrom } from './nights';
import { ruleSetChange } from './rule-set';
import { buildTimeline } from './timeline';
import type { StoredReport } from './stored-report';

/** A scan of the history as the trend reads it: its id and start, and its report and snapshot read on demand. */
export interface StoredScan {
  id: string;
  startedAt: string;
  /** Reads and validates the stored report (what the trend reads of it); throws (a UserError naming the file) when it is damaged. */
  readReport(): StoredReport;
  /** Reads and validates the stored snapshot; throws when it is damaged. */
  readSnapshot(): Snapshot;
  /** The relative link to the stored report, when one is kept. */
  reportHref?: string;
}

export interface TrendOptions {
  /** First and last night to show (`YYYY-MM-DD`); by default the nights of the first and last scan. */
  since?: string;
  until?: string;
  /** The time zone whose calendar days are the nights (default UTC). */
  timeZone?: string;
}

/**
 * The trend over stored scans. Reads each report once, in order, and keeps only its digest; reads snapshots
 * only where the snapshot's hash differs from the scan before, holding two at a time. Nights without a scan
 * are gaps, nights with only damaged scans are damaged, a scan of another profile than the newest one is
 * marked, and a change of the checks run is named on its night: none of them reads as "no findings".
 */
export function buildTrend(stored: readonly StoredScan[], options: TrendOptions = {}): TrendModel {
  const timeZone = options.timeZone ?? 'UTC';
  const warnings: TrendWarning[] = [];
  const scans = stored
    .map((s) => ({ s, day: dayOf(s.startedAt, timeZone) ?? 'unknown' }))
    .filter(({ day }) => (!options.since || day >= options.since) && (!options.until || day <= options.until))
    .sort((a, b) => a.s.startedAt.localeCompare(b.s.startedAt) || a.s.id.localeCompare(b.s.id));
  const digests = new Map<string, ScanDigest>();
  for (const { s, day } of scans) {
    try {
      digests.set(s.id, digestOf(s.readReport(), day, s.id, s.reportHref));
    } catch (e) {
      warnings.push({ id: s.id, day, what: 'scan', message: (e as Error).message });
    }
  }
  const readable = [...digests.values()];
  const profile = readable[readable.length - 1]?.profile;
  const from = options.since ?? scans[0]?.day;
  const to = options.until ?? scans[scans.length - 1]?.day;
  const days = from && to ? daysFrom(from, to) : [];
  const byDay = new Map<string, string[]>();
  for (const { s, day } of scans) byDay.set(day, [...(byDay.get(day) ?? []), s.id]);

  const nights = days.map((day) => nightOf(day, byDay.get(day) ?? [], digests, profile));
  compareNights(nights, digests);
  const reps = nights.flatMap((n) => (n.scan ? [digests.get(n.scan.id)!] : []));
  const timeline = buildTimeline(reps, new Map(scans.map(({ s }) => [s.id, s])), warnings);
  return {
    from: from ?? '',
    to: to ?? '',
    timeZone,
    profile,
    nights,
    strips: stripsOf(nights, digests),
    open: openFindings(reps.filter((d) => d.profile === profile)),
    timeline,
    warnings,
    counts: {
      scans: scans.length,
      nights: nights.length,
      gaps: nights.filter((n) => n.state === 'gap').length,
      damaged: warnings.filter((w) => w.what !== 'snapshot').length,
      otherProfile: nights.filter((n) => n.state === 'otherProfile').length,
    },
  };
}

/** A night: its representative scan (the last readable one, of the report's profile when there is one). */
function nightOf(day: string, ids: string[], digests: Map<string, ScanDigest>, profile: Profile | undefined): Night {
  const readable = ids.filter((id) => digests.has(id)).map((id) => digests.get(id)!);
  const damaged = ids.filter((id) => !digests.has(id));
  const rep = [...readable].reverse().find((d) => d.profile === profile) ?? readable[readable.length - 1];
  const night: Night = {
    day,
    state: rep ? (rep.profile === profile ? 'scanned' : 'otherProfile') : damaged.length > 0 ? 'damaged' : 'gap',
    otherScans: readable.filter((d) => d !== rep).map((d) => d.id),
    damaged,
    newFindings: [],
    resolved: [],
    newChecks: [],
    droppedChecks: [],
  };
  if (rep) {
    night.scan = {
      id: rep.id,
      startedAt: rep.startedAt,
      profile: rep.profile,
      toolVersion: rep.ruleSet.tool,
      counts: rep.counts,
      notEvaluated: rep.notEvaluated,
      waived: rep.waived,
      accepted: rep.accepted,
      servers: rep.servers.length,
      ...(rep.reportHref !== undefined ? { reportHref: rep.reportHref } : {}),
    };
  }
  return night;
}

/**
 * New and resolved findings of each night against the previous night's scan of the same profile (a damaged
 * night or a gap in between is spanned). A finding of a check the earlier scan did not run is a new check,
 * not a new problem; one whose check this scan no longer runs is a dropped check, not a fix.
 */
function compareNights(nights: Night[], digests: Map<string, ScanDigest>): void {
  const lastOf = new Map<Profile, ScanDigest>();
  let previous: ScanDigest | undefined;
  for (const night of nights) {
    if (!night.scan) continue;
    const now = digests.get(night.scan.id)!;
    if (previous && previous.profile !== now.profile) night.profileChanged = { before: previous.profile, after: now.profile };
    const before = lastOf.get(now.profile);
    if (before) {
      night.comparedWith = before.id;
      const change = ruleSetChange(before.ruleSet, now.ruleSet);
      if (change) night.rulesChanged = change;
      const was = new Set(before.findings.map((f) => f.fingerprint));
      const is = new Set(now.findings.map((f) => f.fingerprint));
      const ranBefore = new Set(before.ruleSet.rules);
      const runsNow = new Set(now.ruleSet.rules);
      for (const f of now.findings) {
        if (was.has(f.fingerprint)) continue;
        (ranBefore.has(f.ruleId) ? night.newFindings : night.newChecks).push(f);
      }
      for (const f of before.findings) {
        if (is.has(f.fingerprint)) continue;
        (runsNow.has(f.ruleId) ? night.resolved : night.droppedChecks).push(f);
      }
    }
    lastOf.set(now.profile, now);
    previous = now;
  }
}

/** One strip per server, in name order, and one for organization-wide findings when a scan had any. */
function stripsOf(nights: Night[], digests: Map<string, ScanDigest>): ServerStrip[] {
  const servers = new Set<string>();
  let organization = false;
  for (const n of nights) {
    const d = n.scan && digests.get(n.scan.id);
    if (!d) continue;
    d.servers.forEach((s) => servers.add(s));
    for (const key of d.byServer.keys()) {
      if (key === undefined) organization = true;
      else servers.add(key);
    }
  }
  const names: (string | undefined)[] = [...servers].sort((a, b) => a.localeCompare(b));
  if (organization) names.push(undefined);
  return names.map((server) => ({
    server,
    cells: nights.map((n) => {
      const base = { findings: 0, notEvaluated: 0, otherProfile: n.state === 'otherProfile' };
      if (n.state === 'gap' || n.state === 'damaged') return { ...base, state: n.state };
      const d = digests.get(n.scan!.id)!;
      const on = d.byServer.get(server);
      if (server !== undefined && !d.servers.includes(server) && !on) return { ...base, state: 'notScanned' };
      return {
        ...base,
        state: on?.worst ?? 'clean',
        findings: on?.findings ?? 0,
        notEvaluated: on?.notEvaluated ?? 0,
      };
    }),
  }));
}

/** The newest scan's findings, each with its first night in the range and the night its current run began. */
function openFindings(chain: ScanDigest[]): OpenFinding[] {
  const firstSeen = new Map<string, string>();
  const runStart = new Map<string, string>();
  let previous = new Set<string>();
  for (const d of chain) {
    const now = new Set<string>();
    for (const f of d.findings) {
      now.add(f.fingerprint);
      if (!firstSeen.has(f.fingerprint)) firstSeen.set(f.fingerprint, d.day);
      if (!previous.has(f.fingerprint)) runStart.set(f.fingerprint, d.day);
    }
    previous = now;
  }
  const last = chain[chain.length - 1];
  if (!last) return [];
  return last.findings
    .map((ref) => ({ ref, firstSeen: firstSeen.get(ref.fingerprint)!, openSince: runStart.get(ref.fingerprint)! }))
    .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.ref.ruleId.localeCompare(b.ref.ruleId));
}

import type { Report } from './report-schema';
import { fixFirst } from './fix-first';
import { isIncomplete } from './coverage';

/**
 * The one-word answer on the first line of every report.
 * - readiness: `ready`, or `notReady` with the number of blockers (root causes with a critical finding);
 * - health: `critical` (any critical finding), `degraded` (any warning), else `healthy`.
 * `incomplete` is set when a check was not evaluated or a server the cluster names is missing: the verdict
 * then speaks only for what could be checked, and every renderer says so.
 */
export type Verdict =
  | { profile: 'readiness'; status: 'ready' | 'notReady'; blockers: number; incomplete: boolean }
  | { profile: 'health'; status: 'healthy' | 'degraded' | 'critical'; incomplete: boolean };

export function verdictOf(report: Pick<Report, 'scan' | 'findings' | 'notEvaluated' | 'coverage'>): Verdict {
  const incomplete = isIncomplete(report);
  if (report.scan.profile === 'readiness') {
    const blockers = fixFirst(report.findings).filter((c) => c.severity === 'critical').length;
    return { profile: 'readiness', status: blockers > 0 ? 'notReady' : 'ready', blockers, incomplete };
  }
  const has = (s: string) => report.findings.some((f) => f.severity === s);
  const status = has('critical') ? 'critical' : has('warning') ? 'degraded' : 'healthy';
  return { profile: 'health', status, incomplete };
}

/** The verdict in words: "Not ready: 2 blockers", "Nicht bereit: 2 Blocker", "Healthy", "Beeinträchtigt"… */
export function verdictText(verdict: Verdict, lang: 'en' | 'de'): string {
  const de = lang === 'de';
  if (verdict.profile === 'readiness') {
    if (verdict.status === 'ready') return de ? 'Bereit' : 'Ready';
    const n = verdict.blockers;
    return de ? `Nicht bereit: ${n} Blocker` : `Not ready: ${n} ${n === 1 ? 'blocker' : 'blockers'}`;
  }
  const words = {
    healthy: ['Healthy', 'Fehlerfrei'],
    degraded: ['Degraded', 'Beeinträchtigt'],
    critical: ['Critical', 'Kritisch'],
  } as const;
  return words[verdict.status][de ? 1 : 0];
}

/** "N of M checks evaluated on X of Y servers" (German: "N von M Prüfungen ausgewertet auf X von Y Servern"). */
export function coverageText(coverage: Pick<NonNullable<Report['coverage']>, 'checks' | 'servers'>, lang: 'en' | 'de'): string {
  const { checks, servers } = coverage;
  if (lang === 'de') {
    return `${checks.evaluated} von ${checks.total} Prüfungen ausgewertet auf ${servers.evaluated} von ${servers.total} Servern`;
  }
  return `${checks.evaluated} of ${checks.total} checks evaluated on ${servers.evaluated} of ${servers.total} servers`;
}

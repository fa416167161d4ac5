import { readJsonFile } from '../pipeline/load-input';
import type { AcceptedSection, FindingRef, Report } from '../report/report-schema';
import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';
import { allFindings, refOf } from '../diff/finding-changes';
import { withActiveFindings } from './active-findings';
import type { Baseline, BaselineFinding } from './baseline-schema';

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const baselineSchema = () => (require('./baseline-schema') as typeof import('./baseline-schema')).BaselineSchema;

type Finding = Report['findings'][number];
const RANK: Record<Finding['severity'], number> = { info: 0, warning: 1, critical: 2 };

/**
 * A baseline accepting a report's current findings: the active ones and those an earlier baseline accepted.
 * Waived findings are left out: their waiver governs them, and they return when it expires.
 */
export function createBaseline(report: Report, from: string, now: Date): Baseline {
  const refs = allFindings(report).filter((f) => f.status !== 'waived');
  return {
    $schema: 'https://bpa.invalid/schemas/baseline.schema.json',
    kind: 'bpa-baseline',
    version: 1,
    createdAt: now.toISOString(),
    from: {
      source: report.scan.source,
      startedAt: report.scan.startedAt,
      profile: report.scan.profile,
      ...(report.scan.customer !== undefined ? { customer: report.scan.customer } : {}),
      report: from,
    },
    findings: refs.map(baselineFinding),
  };
}

function baselineFinding(f: FindingRef): BaselineFinding {
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    severity: f.severity,
    ...(f.server !== undefined ? { server: f.server } : {}),
    ...(f.target !== undefined ? { target: f.target } : {}),
    title: f.title,
  };
}

/** Reads and validates a baseline file. */
export function readBaseline(file: string): Baseline {
  const data = readJsonFile(file);
  const validate = namedValidator('baseline', baselineSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a bpa baseline (${problems.length} problem(s))`, problems.slice(0, 20));
  }
  return data as Baseline;
}

/**
 * Moves the findings a baseline accepted out of `findings` into `accepted`. A finding whose severity rose
 * since is not accepted: it stays active and is listed under `accepted.worse`. Baseline findings that are
 * no longer found are listed under `accepted.resolved`.
 */
export function applyBaseline(report: Report, baseline: Baseline, file: string): Report {
  const accepted = new Map(baseline.findings.map((f) => [f.fingerprint, f]));
  const active: Finding[] = [];
  const section: AcceptedSection = {
    baseline: { file, createdAt: baseline.createdAt, findings: baseline.findings.length },
    findings: [],
    worse: [],
    resolved: [],
  };
  for (const finding of report.findings) {
    const known = accepted.get(finding.fingerprint);
    if (known && RANK[finding.severity] <= RANK[known.severity]) section.findings.push(finding);
    else {
      active.push(finding);
      if (known) section.worse.push({ ...refOf(finding), previousSeverity: known.severity });
    }
  }
  const present = new Set(allFindings(report).map((f) => f.fingerprint));
  section.resolved = baseline.findings.filter((f) => !present.has(f.fingerprint)).map((f) => ({ ...f }));
  return { ...withActiveFindings(report, active), accepted: section };
}

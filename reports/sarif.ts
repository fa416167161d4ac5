import type { Log, Notification, ReportingDescriptor, Result, Suppression } from 'sarif';
import type { Report, WaiverRef } from '../src/report/report-schema';

type Finding = Report['findings'][number];

const LEVEL: Record<Finding['severity'], Result.level> = { critical: 'error', warning: 'warning', info: 'note' };
const DIAGNOSTIC_LEVEL: Record<string, Notification.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, for tools that collect results of many analyzers. One run; one result per finding, located
 * logically (server, target: there is no source line); waived and accepted findings are results with a
 * suppression; with a history, `baselineState` says new or unchanged. Rules that could not be evaluated and
 * collection diagnostics are the run's tool notifications.
 */
export function renderSarif(report: Report): string {
  const rules = descriptorsOf(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const newOnes = report.changes ? new Set(report.changes.findings.new.map((f) => f.fingerprint)) : undefined;
  const result = (f: Finding, suppression?: Suppression): Result => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ logicalLocations: [logicalLocation(f)] }],
    partialFingerprints: { 'bpa/v1': f.fingerprint },
    ...(newOnes ? { baselineState: newOnes.has(f.fingerprint) ? 'new' : 'unchanged' } : {}),
    ...(suppression ? { suppressions: [suppression] } : {}),
    properties: {
      severity: f.severity,
      category: f.category,
      ...(f.server !== undefined ? { server: f.server } : {}),
      ...(f.target !== undefined ? { target: f.target } : {}),
      evidence: f.evidence,
      ...(f.notChecked ? { notChecked: f.notChecked } : {}),
    },
  });
  const accepted = report.accepted;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0-rtm.5.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bpa',
            fullName: 'bpa best-practices analyzer for Exchange 2007 clusters',
            version: report.tool.version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.scan.startedAt,
            endTimeUtc: report.scan.finishedAt,
            toolExecutionNotifications: notificationsOf(report),
          },
        ],
        automationDetails: { id: `bpa/${report.scan.profile}/${report.scan.startedAt}` },
        language: report.scan.lang,
        results: [
          ...report.findings.map((f) => result(f)),
          ...(report.waived?.findings ?? []).map((f) => result(f, waiverSuppression(f.waiver))),
          ...(accepted?.findings ?? []).map((f) =>
            result(f, {
              kind: 'external',
              status: 'accepted',
              justification: `accepted in the baseline ${accepted!.baseline.file} of ${accepted!.baseline.createdAt}`,
            }),
          ),
        ],
        properties: {
          profile: report.scan.profile,
          source: report.scan.source,
          snapshotSha256: report.scan.snapshotSha256,
          ...(report.scan.customer !== undefined ? { customer: report.scan.customer } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every rule that ran, described from the findings and not-evaluated items that name it. */
function descriptorsOf(report: Report): ReportingDescriptor[] {
  const all = [...report.findings, ...(report.waived?.findings ?? []), ...(report.accepted?.findings ?? [])];
  const ids = [...new Set([...report.scan.rules, ...all.map((f) => f.ruleId)])].sort();
  return ids.map((id) => {
    const f = all.find((x) => x.ruleId === id);
    const n = report.notEvaluated.find((x) => x.ruleId === id);
    const title = f?.title ?? n?.title;
    const severity = f?.severity ?? n?.severity;
    return {
      id,
      ...(title ? { shortDescription: { text: title } } : {}),
      ...(f?.rationale ? { fullDescription: { text: f.rationale } } : {}),
      ...(f ? { help: { text: f.remediation } } : {}),
      ...(f?.references[0] ? { helpUri: f.references[0].url } : {}),
      ...(severity ? { defaultConfiguration: { level: LEVEL[severity] } } : {}),
      ...(f || n?.category ? { properties: { category: f?.category ?? n?.category } } : {}),
    };
  });
}

function logicalLocation(f: Finding) {
  const parts = [f.server, f.target].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return { name: 'organization', kind: 'resource' };
  return { name: parts[parts.length - 1]!, fullyQualifiedName: parts.join('/'), kind: 'resource' };
}

function waiverSuppression(w: WaiverRef): Suppression {
  return {
    kind: 'external',
    status: 'accepted',
    justification: w.justification,
    properties: { owner: w.owner, expires: w.expires, file: w.file, ...(w.line ? { line: w.line } : {}) },
  };
}

function notificationsOf(report: Report): Notification[] {
  return [
    ...report.notEvaluated.map((n): Notification => ({
      level: 'note',
      message: {
        text: `${n.ruleId} not evaluated${n.server ? ` on ${n.server}` : ''}${n.target ? ` (${n.target})` : ''}: ${n.reason}`,
      },
      associatedRule: { id: n.ruleId },
    })),
    ...report.diagnostics.map((d): Notification => ({
      level: DIAGNOSTIC_LEVEL[d.severity] ?? 'note',
      message: { text: `${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}` },
    })),
  ];
}

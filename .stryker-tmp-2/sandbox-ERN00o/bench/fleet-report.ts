// @ts-nocheck
import type { Report } from '../src/report/report-schema';
import type { Severity } from '../src/rules/rule-schema';

const SEVERITY_CYCLE: Severity[] = ['critical', 'warning', 'warning', 'info'];

/**
 * A synthetic fleet report: `servers` hosts, `findings` findings spread over them round-robin (rules,
 * severities and categories cycling), a not-evaluated item and a diagnostic per 50 servers.
 */
export function fleetReport(base: Report, servers: number, findings: number): Report {
  const hosts = Array.from({ length: servers }, (_, i) => `EXMBX-${String(i + 1).padStart(4, '0')}`);
  const templates = base.findings;
  const list = Array.from({ length: findings }, (_, i) => {
    const t = templates[i % templates.length]!;
    const server = hosts[i % servers]!;
    const severity = SEVERITY_CYCLE[i % SEVERITY_CYCLE.length]!;
    return { ...t, severity, server, fingerprint: i.toString(16).padStart(16, '0') };
  });
  const count = (s: Severity) => list.filter((f) => f.severity === s).length;
  const sampled = hosts.filter((_, i) => i % 50 === 0);
  return {
    ...base,
    scan: { ...base.scan, servers: hosts },
    summary: { critical: count('critical'), warning: count('warning'), info: count('info'), notEvaluated: sampled.length },
    findings: list,
    notEvaluated: sampled.map((server) => ({
      ruleId: 'NET-002',
      server,
      target: 'Heartbeat',
      reason: 'reg-netbt-interfaces.txt missing',
      missing: [{ fact: 'adapter.netbiosEnabled', sources: ['reg-netbt-interfaces.txt'] }],
    })),
    diagnostics: sampled.map((server) => ({
      file: `${server}/systeminfo.txt`,
      line: 12,
      severity: 'warning',
      message: 'line wrapped',
    })),
  };
}

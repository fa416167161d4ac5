import type { Report } from '../src/report/report-schema';
import type { Severity } from '../src/rules/rule-schema';

const SEVERITY_CYCLE: Severity[] = ['critical', 'warning', 'warning', 'info'];

export interface FleetReportOptions {
  /** Not-evaluated items, spread over the servers round-robin (default: one per 50 servers). */
  notEvaluated?: number;
  /**
   * An inventory entry per server and cluster, as a scan of that fleet would have (the base report's servers
   * and clusters renamed, a cluster per copy of the base's servers); without it, the base's inventory is kept.
   */
  inventory?: boolean;
}

/**
 * A synthetic fleet report: `servers` hosts, `findings` findings spread over them round-robin (rules,
 * severities and categories cycling), not-evaluated items, and a diagnostic per 50 servers.
 */
export function fleetReport(base: Report, servers: number, findings: number, options: FleetReportOptions = {}): Report {
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
  const unknown =
    options.notEvaluated === undefined
      ? sampled
      : Array.from({ length: options.notEvaluated }, (_, i) => hosts[(i * 7) % servers]!);
  return {
    ...base,
    scan: { ...base.scan, servers: hosts },
    summary: { critical: count('critical'), warning: count('warning'), info: count('info'), notEvaluated: unknown.length },
    findings: list,
    notEvaluated: unknown.map((server) => ({
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
    ...(options.inventory && base.inventory ? { inventory: fleetInventory(base.inventory, hosts) } : {}),
  };
}

type Inventory = NonNullable<Report['inventory']>;

/** The base's servers given the fleet's host names in turn; each copy of them its own copy of the base's clusters. */
function fleetInventory(base: Inventory, hosts: string[]): Inventory {
  const per = Math.max(1, base.servers.length);
  const copyOf = (i: number) => Math.floor(i / per);
  const rename = new Map<string, (copy: number) => string>();
  base.servers.forEach((s, j) => rename.set(s.name.toUpperCase(), (copy) => hosts[copy * per + j] ?? s.name));
  const host = (name: string, copy: number) => rename.get(name.toUpperCase())?.(copy) ?? name;
  const cluster = (name: string, copy: number) => `${name}-${copy + 1}`;
  const copies = Math.ceil(hosts.length / per);
  return {
    ...base,
    servers: hosts.map((name, i) => {
      const s = base.servers[i % per]!;
      const copy = copyOf(i);
      return {
        ...s,
        name,
        ...(s.cluster !== undefined ? { cluster: cluster(s.cluster, copy) } : {}),
        ...(s.exchange?.from !== undefined ? { exchange: { ...s.exchange, from: host(s.exchange.from, copy) } } : {}),
      };
    }),
    clusters: Array.from({ length: copies }, (_, copy) =>
      base.clusters.map((c) => ({
        ...c,
        name: cluster(c.name, copy),
        nodes: c.nodes.map((n) => ({ ...n, name: host(n.name, copy) })),
        clusteredMailboxServers: c.clusteredMailboxServers.map((m) => host(m, copy)),
      })),
    ).flat(),
  };
}

import type { Report } from '../../src/report/report-schema';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { formatName, formatScalar } from '../values';
import type { FindingHead } from './finding-view';
import { printable } from './format';
import { categoryLabel, LABELS } from './labels';

type Inventory = NonNullable<Report['inventory']>;
type ServerEntry = Inventory['servers'][number];
type ClusterEntry = Inventory['clusters'][number];

/** What an inventory cell shows for a fact the scan did not find. */
export const UNKNOWN = '—';

/** A finding named by its rule, linked to where it is described. */
export interface FindingLink {
  ruleId: string;
  severity: Severity;
  id: string;
}

/** One machine of the scan: role, Windows with its service pack, Exchange build and roles, cluster, findings. */
export interface InventoryServerView {
  name: string;
  role: string;
  os: string;
  exchange: string;
  cluster: string;
  findings: FindingLink[];
}

export interface InventoryClusterView {
  name: string;
  /** "CCR", "CCR (planned)"… */
  type: string;
  /** "EX2007-NODE1 (in Betrieb), EX2007-NODE2 (in Betrieb)" */
  nodes: string;
  quorum: string;
  fileShareWitness: string;
  clusteredMailboxServers: string;
  findings: FindingLink[];
}

export interface InventoryNetworkView {
  cluster: string;
  name: string;
  /** "1 (nur interne Clusterkommunikation)" */
  role: string;
  priority: string;
  kind: string;
  subnet: string;
}

export interface PassedCheckView {
  ruleId: string;
  title: string;
  category: string;
}

/** The appendix: the inventory (servers, clusters, networks) and the checks that passed. */
export interface AppendixView {
  /** False for a report written before bpa recorded an inventory: only the server names are known. */
  hasInventory: boolean;
  servers: InventoryServerView[];
  clusters: InventoryClusterView[];
  networks: InventoryNetworkView[];
  passed: PassedCheckView[];
}

/**
 * The appendix from the report's inventory (optional: older findings files have none, and then each server
 * of the scan is listed by name with its findings; a server of the scan the inventory lacks shows "—") and its coverage's passed checks, named by the report's
 * rule titles when it has them.
 */
export function appendixView(report: Report, findings: readonly FindingHead[], lang: Lang): AppendixView {
  const inventory = report.inventory;
  const entries = new Map((inventory?.servers ?? []).map((s) => [s.name.toUpperCase(), s]));
  // The findings of each server, indexed once: a fleet report has thousands of servers and findings.
  const byServer = new Map<string, FindingLink[]>();
  for (const f of findings) {
    if (f.server === undefined) continue;
    const key = f.server.toUpperCase();
    const links = byServer.get(key);
    const link = { ruleId: f.ruleId, severity: f.severity, id: f.id };
    if (links) links.push(link);
    else byServer.set(key, [link]);
  }
  const linksOf = (name: string): FindingLink[] => [...(byServer.get(printable(name).toUpperCase()) ?? [])];
  return {
    hasInventory: inventory !== undefined,
    servers: report.scan.servers.map((name) => serverView(name, entries.get(name.toUpperCase()), linksOf(name), lang)),
    clusters: (inventory?.clusters ?? []).map((c) => clusterView(c, linksOf(c.name), lang)),
    networks: (inventory?.clusters ?? []).flatMap((c) =>
      c.networks.map((n) => ({
        cluster: printable(formatName(c.name, lang)),
        name: printable(n.name),
        role: n.role !== undefined ? formatScalar(n.role, lang, 'networkRole') : UNKNOWN,
        priority: n.priority !== undefined ? formatScalar(n.priority, lang, 'count') : UNKNOWN,
        kind: n.kind !== undefined ? formatScalar(n.kind, lang) : UNKNOWN,
        subnet: n.address !== undefined ? printable(n.addressMask ? `${n.address} / ${n.addressMask}` : n.address) : UNKNOWN,
      })),
    ),
    passed: (report.coverage?.passed ?? []).map((id) => {
      const rule = report.rules?.[id];
      return {
        ruleId: printable(id),
        title: rule ? printable(rule.title) : '',
        category: rule ? printable(categoryLabel(rule.category, lang)) : '',
      };
    }),
  };
}

function serverView(name: string, entry: ServerEntry | undefined, findings: FindingLink[], lang: Lang): InventoryServerView {
  return {
    name: printable(name),
    role: entry ? formatScalar(entry.role, lang, 'serverRole') : UNKNOWN,
    os: entry?.os ? printable(osText(entry.os, lang)) : UNKNOWN,
    exchange: entry?.exchange ? printable(exchangeText(entry.exchange, lang)) : UNKNOWN,
    cluster: entry?.cluster !== undefined ? printable(formatName(entry.cluster, lang)) : UNKNOWN,
    findings,
  };
}

/** "Windows Server 2003 Enterprise x64 Edition, SP1": the caption without trademark signs, then the service pack. */
function osText(os: NonNullable<ServerEntry['os']>, lang: Lang): string {
  const name = os.name
    .replace(/\((R|TM)\)|®|™/gi, '')
    .replace(/^Microsoft\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return os.servicePack !== undefined ? `${name}, ${formatScalar(os.servicePack, lang, 'servicePack')}` : name;
}

/** "8.1.240.6 (SP1) · Postfach": the build, its service pack, the server roles. */
function exchangeText(exchange: NonNullable<ServerEntry['exchange']>, lang: Lang): string {
  const build = exchange.build ?? UNKNOWN;
  const sp = exchange.servicePack !== undefined ? ` (${formatScalar(exchange.servicePack, lang, 'servicePack')})` : '';
  const roles = exchange.roles.map((r) => formatScalar(r, lang, 'exchangeRoles')).join(', ');
  const from = exchange.from !== undefined ? ` (${LABELS[lang].via} ${formatName(exchange.from, lang)})` : '';
  return roles ? `${build}${sp}${from} · ${roles}` : `${build}${sp}${from}`;
}

function clusterView(cluster: ClusterEntry, findings: FindingLink[], lang: Lang): InventoryClusterView {
  const labels = LABELS[lang];
  const type = cluster.type !== undefined ? formatScalar(cluster.type, lang) : UNKNOWN;
  const nodes = cluster.nodes.map((n) => (n.state ? `${n.name} (${formatScalar(n.state, lang)})` : n.name)).join(', ');
  const quorum = cluster.quorum?.type ?? cluster.quorum?.resource;
  return {
    name: printable(formatName(cluster.name, lang)),
    type: cluster.planned ? `${type} (${labels.planned})` : type,
    nodes: nodes ? printable(nodes) : UNKNOWN,
    quorum: quorum !== undefined ? printable(formatScalar(quorum, lang, 'quorumType')) : UNKNOWN,
    fileShareWitness: cluster.fileShareWitness !== undefined ? printable(cluster.fileShareWitness) : UNKNOWN,
    clusteredMailboxServers:
      cluster.clusteredMailboxServers.length > 0 ? printable(cluster.clusteredMailboxServers.join(', ')) : UNKNOWN,
    findings,
  };
}

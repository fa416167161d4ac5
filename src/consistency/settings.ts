import type { Server } from '../snapshot/schema';
import { isClusterAdapter } from '../snapshot/assemble/kind/adapter-type';
import type { Lang, LocalizedText, Severity } from '../rules/rule-schema';

/**
 * A setting that should be equal on every node of a cluster. `read` gives a node's value: a string, or
 * a list (see `shape`); undefined when the node's sources did not give it.
 */
export interface ConsistencySetting {
  id: string;
  severity: Severity;
  title: LocalizedText;
  /** The setting's name, as a finding's message says it. */
  name: LocalizedText;
  /** The fact it compares, named like a rule's fact path (for evidence and for "not evaluated"). */
  fact: string;
  /** The source files that give the fact. */
  sources: string[];
  /** A single value, a set of values (order does not matter), or an ordered list. */
  shape: 'value' | 'set' | 'ordered';
  read: (server: Server) => string | string[] | undefined;
  /** A value as a finding shows it, in the finding's language; the value as `read` gives it when absent. */
  show?: (value: string, lang: Lang) => string;
  /** Why a node's value is unknown when the snapshot says (a conflict of evidence), not a missing source. */
  unknownBasis?: (server: Server) => string | undefined;
  /** Why the nodes' values cannot be compared although each is known; undefined when they can. */
  incomparable?: (nodes: Server[]) => string | undefined;
  rationale: LocalizedText;
  remediation: LocalizedText;
  references: { title: string; url: string }[];
}

const KB895092 = {
  title: 'KB895092: Recommended hotfixes for Windows Server 2003-based server clusters',
  url: 'https://support.microsoft.com/kb/895092',
};
const KB258750 = {
  title: 'KB258750: Recommended private "Heartbeat" configuration on a cluster server',
  url: 'https://support.microsoft.com/kb/258750',
};
const CCR = {
  title: 'Cluster Continuous Replication (TechNet bb124521)',
  url: 'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb124521(v=exchg.80)',
};

const SAME_AFTER_FAILOVER = {
  en: 'After a failover the clustered mailbox server runs on the other node. When the nodes differ, a problem fixed on one node returns after a failover, and a failover is a change of software nobody tested.',
  de: 'Nach einem Failover läuft der geclusterte Postfachserver auf dem anderen Knoten. Unterscheiden sich die Knoten, kehrt ein auf einem Knoten behobenes Problem nach dem Failover zurück, und jeder Failover wird zu einem ungetesteten Softwarewechsel.',
};

/** The settings CON-001…CON-006 compare; docs/consistency.md documents each. */
export const CONSISTENCY_SETTINGS: readonly ConsistencySetting[] = [
  {
    id: 'CON-001',
    severity: 'warning',
    title: { en: 'Hotfixes differ between the cluster nodes', de: 'Die Hotfixes unterscheiden sich zwischen den Clusterknoten' },
    name: { en: 'installed hotfixes', de: 'installierte Hotfixes' },
    shape: 'set',
    fact: 'server.hotfixes.ids',
    sources: ['systeminfo.txt', 'qfe.txt', 'reg-updates.txt'],
    read: (s) => s.hotfixes?.ids,
    incomparable: differentHotfixSources,
    rationale: SAME_AFTER_FAILOVER,
    remediation: {
      en: 'Install the hotfixes that only some nodes have on every node (or remove them everywhere), one node at a time, moving the clustered mailbox server before each restart.',
      de: 'Die Hotfixes, die nur einige Knoten haben, auf allen Knoten installieren (oder überall entfernen), Knoten für Knoten, und den geclusterten Postfachserver vor jedem Neustart verschieben.',
    },
    references: [KB895092, CCR],
  },
  {
    id: 'CON-002',
    severity: 'warning',
    title: {
      en: 'The .NET Framework differs between the cluster nodes',
      de: 'Das .NET Framework unterscheidet sich zwischen den Clusterknoten',
    },
    name: { en: '.NET Framework versions and service packs', de: '.NET-Framework-Versionen und Service Packs' },
    shape: 'set',
    fact: 'server.dotnet.frameworks',
    sources: ['reg-ndp.txt'],
    read: (s) => s.dotnet?.frameworks.filter((f) => f.installed).map((f) => `${f.version} SP${f.servicePack}`),
    rationale: SAME_AFTER_FAILOVER,
    remediation: {
      en: 'Bring the .NET Framework to the same versions and service packs on every node (Exchange 2007 needs .NET 2.0; SP1 or later is recommended).',
      de: 'Das .NET Framework auf allen Knoten auf dieselben Versionen und Service Packs bringen (Exchange 2007 braucht .NET 2.0; SP1 oder neuer wird empfohlen).',
    },
    references: [CCR],
  },
  {
    id: 'CON-003',
    severity: 'warning',
    title: {
      en: 'The Windows service pack differs between the cluster nodes',
      de: 'Das Windows-Service-Pack unterscheidet sich zwischen den Clusterknoten',
    },
    name: { en: 'Windows service pack', de: 'Windows-Service-Pack' },
    shape: 'value',
    fact: 'server.os.servicePack',
    sources: ['systeminfo.txt'],
    read: (s) =>
      s.os?.servicePack === undefined ? undefined : s.os.servicePack === 0 ? 'none' : `Service Pack ${s.os.servicePack}`,
    show: (value, lang) => (value === 'none' ? (lang === 'de' ? 'keines (RTM)' : 'none (RTM)') : value),
    rationale: SAME_AFTER_FAILOVER,
    remediation: {
      en: 'Install the same Windows service pack on every node, one node at a time (a rolling upgrade), moving the clustered mailbox server before each restart.',
      de: 'Auf allen Knoten dasselbe Windows-Service-Pack installieren, Knoten für Knoten (Rolling Upgrade), und den geclusterten Postfachserver vor jedem Neustart verschieben.',
    },
    references: [KB895092, CCR],
  },
  {
    id: 'CON-004',
    severity: 'warning',
    title: {
      en: 'The adapter binding order differs between the cluster nodes',
      de: 'Die Bindungsreihenfolge der Netzwerkadapter unterscheidet sich zwischen den Clusterknoten',
    },
    name: { en: 'network adapter binding order', de: 'Bindungsreihenfolge der Netzwerkadapter' },
    shape: 'ordered',
    fact: 'server.bindingOrder',
    sources: ['reg-tcpip-linkage.txt', 'reg-network-connections.txt'],
    read: (s) => s.bindingOrder,
    rationale: {
      en: 'The binding order decides which adapter Windows uses first for name resolution and outgoing connections. Nodes that differ behave differently after a failover; the public adapter belongs first on every node.',
      de: 'Die Bindungsreihenfolge bestimmt, welchen Adapter Windows zuerst für Namensauflösung und ausgehende Verbindungen nutzt. Unterscheiden sich die Knoten, verhalten sie sich nach einem Failover anders; der öffentliche Adapter gehört auf jedem Knoten an die erste Stelle.',
    },
    remediation: {
      en: 'On every node open Network Connections > Advanced > Advanced Settings and put the adapters in the same order, the public adapter first. Name the adapters alike on every node.',
      de: 'Auf jedem Knoten unter Netzwerkverbindungen > Erweitert > Erweiterte Einstellungen die Adapter in dieselbe Reihenfolge bringen, den öffentlichen Adapter zuerst. Die Adapter auf allen Knoten gleich benennen.',
    },
    references: [KB258750],
  },
  {
    id: 'CON-005',
    severity: 'warning',
    title: {
      en: 'NetBIOS on the private adapter differs between the cluster nodes',
      de: 'NetBIOS auf dem privaten Adapter unterscheidet sich zwischen den Clusterknoten',
    },
    name: { en: 'NetBIOS over TCP/IP on the private adapter', de: 'NetBIOS über TCP/IP auf dem privaten Adapter' },
    shape: 'value',
    fact: 'server.adapters[private].netbiosEnabled',
    sources: ['reg-netbt-interfaces.txt', 'ipconfig-all.txt'],
    read: privateNetbios,
    show: (value, lang) =>
      lang === 'de' ? value.replace(/\bdisabled\b/g, 'deaktiviert').replace(/\benabled\b/g, 'aktiviert') : value,
    unknownBasis: unknownAdapterRoles,
    rationale: {
      en: 'The heartbeat network should be configured alike on every node: NetBIOS disabled on the private adapter. A node that differs registers names on the heartbeat network and answers differently after a failover.',
      de: 'Das Heartbeat-Netzwerk sollte auf allen Knoten gleich eingerichtet sein: NetBIOS auf dem privaten Adapter deaktiviert. Ein abweichender Knoten registriert Namen im Heartbeat-Netz und verhält sich nach einem Failover anders.',
    },
    remediation: {
      en: 'Disable NetBIOS over TCP/IP on the private adapter of every node (TCP/IP properties > Advanced > WINS > "Disable NetBIOS over TCP/IP").',
      de: 'NetBIOS über TCP/IP auf dem privaten Adapter jedes Knotens deaktivieren (TCP/IP-Eigenschaften > Erweitert > WINS > „NetBIOS über TCP/IP deaktivieren“).',
    },
    references: [KB258750],
  },
  {
    id: 'CON-006',
    severity: 'warning',
    title: {
      en: 'The tcpip.sys version differs between the cluster nodes',
      de: 'Die Version von tcpip.sys unterscheidet sich zwischen den Clusterknoten',
    },
    name: { en: 'tcpip.sys version', de: 'Version von tcpip.sys' },
    shape: 'value',
    fact: 'server.fileVersions.tcpipSys',
    sources: ['file-versions.txt'],
    read: (s) => s.fileVersions?.tcpipSys,
    rationale: {
      en: 'tcpip.sys carries the network stack, heartbeats and log shipping. Different versions on the nodes mean a TCP/IP fix (such as KB950224 on Windows Server 2003 SP2) is missing on one of them.',
      de: 'tcpip.sys enthält den Netzwerkstack, über den Heartbeats und Protokollversand laufen. Verschiedene Versionen auf den Knoten bedeuten, dass einem Knoten eine TCP/IP-Korrektur fehlt (etwa KB950224 unter Windows Server 2003 SP2).',
    },
    remediation: {
      en: 'Install the same TCP/IP updates on every node, so that tcpip.sys has the same version everywhere.',
      de: 'Auf allen Knoten dieselben TCP/IP-Updates installieren, sodass tcpip.sys überall dieselbe Version hat.',
    },
    references: [KB895092],
  },
];

/** "enabled"/"disabled" for the node's private adapter(s); undefined when no private adapter or no NetBIOS state is known. */
/** Cluster adapters with an address whose role is unknown: while there are any, the private ones are not known. */
const undecided = (server: Server) =>
  (server.adapters ?? []).filter((a) => isClusterAdapter(a) && (a.ipAddresses ?? []).length > 0 && a.role === undefined);

function privateNetbios(server: Server): string | undefined {
  const privates = (server.adapters ?? []).filter((a) => a.role === 'private');
  if (undecided(server).length > 0) return undefined;
  if (privates.length === 0 || privates.some((a) => a.netbiosEnabled === undefined)) return undefined;
  return privates.map((a) => (a.netbiosEnabled ? 'enabled' : 'disabled')).join(', ');
}

function unknownAdapterRoles(server: Server): string | undefined {
  const adapters = undecided(server);
  if (adapters.length === 0) return undefined;
  return adapters.map((a) => `the role of adapter "${a.name}" is ${a.roleBasis?.en ?? 'unknown'}`).join('; ');
}

/** Hotfix lists read from different sources (one node without qfe.txt) differ for that reason alone. */
function differentHotfixSources(nodes: Server[]): string | undefined {
  const lists = nodes.map((s) => ({ node: s.name, sources: [...(s.hotfixes?.sources ?? [])].sort().join(', ') }));
  if (new Set(lists.map((l) => l.sources)).size <= 1) return undefined;
  return `the hotfix lists come from different sources (${lists.map((l) => `${l.node}: ${l.sources}`).join('; ')})`;
}

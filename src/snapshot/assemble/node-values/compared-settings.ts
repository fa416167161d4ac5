import type { Basis, NodeValues, Server } from '../../schema';
import { isClusterAdapter } from '../kind/adapter-type';

/** The settings the nodes of a cluster are compared in: the keys of `cluster.nodeValues` that hold node values. */
export type SettingKey = Exclude<keyof NodeValues, 'nodes' | `${string}Basis`>;

/** One node's value of a setting: the value compared, how a report writes it (when that differs), and its files. */
export interface ReadValue {
  value: string | string[];
  shown?: Basis;
  sources: string[];
}

/**
 * A setting that should be equal on every node of a cluster. `read` gives a node's value, undefined when the
 * node's sources did not give it; `unknownBasis` says why when the snapshot knows (a conflict of evidence) rather
 * than a source being missing; `incomparable` says why known values cannot be compared.
 */
export interface ComparedSetting {
  key: SettingKey;
  /** The server fact the setting is read from, as evidence names it (`server.hotfixes.ids`). */
  fact: string;
  /** The files that give the fact, in the order a missing one is named. */
  sources: string[];
  read: (server: Server) => ReadValue | undefined;
  unknownBasis?: (server: Server) => Basis | undefined;
  incomparable?: (nodes: { node: string; server: Server }[]) => Basis | undefined;
}

/** The files among `files` the node parsed: those that gave its value (the first, when its status was not kept). */
function parsedOf(server: Server, files: string[]): string[] {
  const parsed = files.filter((f) => server.sources[f]?.status === 'parsed');
  return parsed.length > 0 ? parsed : files.slice(0, 1);
}

/** The settings CON-001…CON-007 compare, in rule order. */
export const COMPARED_SETTINGS: readonly ComparedSetting[] = [
  {
    key: 'hotfixes',
    fact: 'server.hotfixes.ids',
    sources: ['systeminfo.txt', 'qfe.txt', 'reg-updates.txt'],
    read: (s) => (s.hotfixes ? { value: s.hotfixes.ids, sources: [...s.hotfixes.sources] } : undefined),
    incomparable: differentHotfixSources,
  },
  {
    key: 'dotnetFrameworks',
    fact: 'server.dotnet.frameworks',
    sources: ['reg-ndp.txt'],
    read: (s) =>
      s.dotnet
        ? {
            value: s.dotnet.frameworks.filter((f) => f.installed).map((f) => `${f.version} SP${f.servicePack}`),
            sources: parsedOf(s, ['reg-ndp.txt']),
          }
        : undefined,
  },
  {
    key: 'servicePack',
    fact: 'server.os.servicePack',
    sources: ['systeminfo.txt'],
    read: (s) => {
      const sp = s.os?.servicePack;
      if (sp === undefined) return undefined;
      const sources = parsedOf(s, ['systeminfo.txt']);
      return sp === 0
        ? { value: 'none', shown: { en: 'none (RTM)', de: 'keines (RTM)' }, sources }
        : { value: `Service Pack ${sp}`, sources };
    },
  },
  {
    key: 'bindingOrder',
    fact: 'server.bindingOrder',
    sources: ['reg-tcpip-linkage.txt', 'reg-network-connections.txt'],
    read: (s) =>
      s.bindingOrder
        ? { value: s.bindingOrder, sources: parsedOf(s, ['reg-tcpip-linkage.txt', 'reg-network-connections.txt']) }
        : undefined,
  },
  {
    key: 'privateNetbios',
    fact: 'server.adapters[private].netbiosEnabled',
    sources: ['reg-netbt-interfaces.txt', 'ipconfig-all.txt'],
    read: privateNetbios,
    unknownBasis: unknownAdapterRoles,
  },
  {
    key: 'tcpipSys',
    fact: 'server.fileVersions.tcpipSys',
    sources: ['file-versions.txt'],
    read: (s) => (s.fileVersions?.tcpipSys ? { value: s.fileVersions.tcpipSys, sources: ['file-versions.txt'] } : undefined),
  },
  {
    key: 'clusterServiceAccount',
    fact: 'server.clusterServiceAccount.identity',
    sources: ['sc-qc-clussvc.txt', 'net-user-<account>.txt'],
    read: serviceAccountIdentity,
    unknownBasis: (s) =>
      s.clusterServiceAccount && !s.clusterServiceAccount.identity ? s.clusterServiceAccount.identityBasis : undefined,
  },
];

/** Cluster adapters with an address whose role is unknown: while there are any, the private ones are not known. */
const undecided = (server: Server) =>
  (server.adapters ?? []).filter((a) => isClusterAdapter(a) && (a.ipAddresses ?? []).length > 0 && a.role === undefined);

/** "enabled"/"disabled" for the node's private adapter(s); undefined when no private adapter or no NetBIOS state is known. */
function privateNetbios(server: Server): ReadValue | undefined {
  const privates = (server.adapters ?? []).filter((a) => a.role === 'private');
  if (undecided(server).length > 0) return undefined;
  if (privates.length === 0 || privates.some((a) => a.netbiosEnabled === undefined)) return undefined;
  const states = privates.map((a) => a.netbiosEnabled === true);
  const word = { en: ['disabled', 'enabled'], de: ['deaktiviert', 'aktiviert'] };
  const value = states.map((on) => word.en[Number(on)]!).join(', ');
  const de = states.map((on) => word.de[Number(on)]!).join(', ');
  const sources = [...new Set(privates.map((a) => a.netbiosSource ?? 'reg-netbt-interfaces.txt'))];
  return { value, shown: { en: value, de }, sources };
}

function unknownAdapterRoles(server: Server): Basis | undefined {
  const adapters = undecided(server);
  if (adapters.length === 0) return undefined;
  return {
    en: adapters.map((a) => `the role of adapter "${a.name}" is ${a.roleBasis?.en ?? 'unknown'}`).join(', '),
    de: adapters.map((a) => `die Rolle des Adapters „${a.name}“ ist ${a.roleBasis?.de ?? 'unbekannt'}`).join(', '),
  };
}

/**
 * The identity of the Cluster service's account (one string per account, so `MUELLER\clusdienst` and
 * `clusdienst@mueller.local` are one value); the report shows the account as its source writes it beside it.
 */
function serviceAccountIdentity(server: Server): ReadValue | undefined {
  const account = server.clusterServiceAccount;
  if (!account?.identity) return undefined;
  const same = account.name.toLowerCase() === account.identity.toLowerCase();
  const text = same ? account.identity : `${account.identity} (${account.source}: ${account.name})`;
  return { value: account.identity, ...(same ? {} : { shown: { en: text, de: text } }), sources: [account.source] };
}

/** Hotfix lists read from different sources (one node without qfe.txt) differ for that reason alone. */
function differentHotfixSources(nodes: { node: string; server: Server }[]): Basis | undefined {
  const lists = nodes.map(({ node, server }) => ({ node, sources: [...(server.hotfixes?.sources ?? [])].sort().join(', ') }));
  if (new Set(lists.map((l) => l.sources)).size <= 1) return undefined;
  const named = lists.map((l) => `${l.node}: ${l.sources}`).join(' | ');
  return {
    en: `the hotfix lists come from different sources (${named})`,
    de: `die Hotfix-Listen stammen aus verschiedenen Quellen (${named})`,
  };
}

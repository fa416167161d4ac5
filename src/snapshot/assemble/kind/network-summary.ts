import type { Cluster, ClusterNetwork } from '../../schema';
import { both, quoted, type Text } from './kind-evidence';

type Summary = Pick<
  Cluster,
  | 'networkCount'
  | 'internalNetworksBesidesPublic'
  | 'privateNetworkRole'
  | 'privateNetworkRoleBasis'
  | 'publicNetworkRole'
  | 'publicNetworkRoleBasis'
  | 'privateNetworkPriority'
  | 'privateNetworkPriorityBasis'
>;

/**
 * What the network rules read about a cluster's networks as a whole, from the networks' decided kinds:
 * the role of the private and of the public network (NET-008), the priority of the first private network
 * (NET-005), and how many networks carry internal traffic besides the public one (NET-001). A value that
 * depends on a network of unknown kind is left out, with a basis that names that network and why.
 */
export function networkSummary(networks: readonly ClusterNetwork[]): Summary {
  const summary: Summary = {
    networkCount: networks.length,
    internalNetworksBesidesPublic: networks.filter((n) => (n.role === 1 || n.role === 3) && n.kind !== 'public').length,
  };
  const unknown = networks.filter((n) => n.kind === undefined);
  for (const kind of ['private', 'public'] as const) {
    const network = networks.find((n) => n.kind === kind);
    const key = kind === 'private' ? 'privateNetworkRole' : 'publicNetworkRole';
    if (network?.role !== undefined) summary[key] = network.role;
    else if (!network) summary[`${key}Basis`] = noNetworkOfKind(kind, unknown);
  }
  Object.assign(summary, privatePriority(networks, unknown));
  return summary;
}

/** The best (lowest) priority of a private network, when every network ranked before it is known. */
function privatePriority(networks: readonly ClusterNetwork[], unknown: readonly ClusterNetwork[]): Summary {
  const ranked = networks.filter((n) => n.priority !== undefined).sort((a, b) => a.priority! - b.priority!);
  if (ranked.length === 0) return {};
  const first = ranked.find((n) => n.kind === 'private');
  const ahead = ranked.filter((n) => n.priority! < (first?.priority ?? Infinity));
  const undecided = ahead.filter((n) => n.kind === undefined);
  if (first && undecided.length === 0) return { privateNetworkPriority: first.priority! };
  if (undecided.length > 0) {
    return {
      privateNetworkPriorityBasis: both((l) =>
        l === 'en'
          ? `${undecided.map((n) => `network ${quoted(n.name, l)} (priority ${n.priority}) is of unknown kind: ${n.kindBasis?.en ?? ''}`).join('; ')}`
          : `${undecided.map((n) => `Netzwerk ${quoted(n.name, l)} (Priorität ${n.priority}) ist unbekannter Art: ${n.kindBasis?.de ?? ''}`).join('; ')}`,
      ),
    };
  }
  return { privateNetworkPriorityBasis: noNetworkOfKind('private', unknown) };
}

function noNetworkOfKind(kind: 'private' | 'public', unknown: readonly ClusterNetwork[]): Text {
  const word = both((l) => (kind === 'private' ? { en: 'private', de: 'privat' } : { en: 'public', de: 'öffentlich' })[l]);
  return both((l) => {
    const none = l === 'en' ? `no cluster network is known to be ${word.en}` : `kein Clusternetzwerk ist als ${word.de} bekannt`;
    const why = unknown.map((n) =>
      l === 'en'
        ? `network ${quoted(n.name, l)}: ${n.kindBasis?.en ?? 'unknown'}`
        : `Netzwerk ${quoted(n.name, l)}: ${n.kindBasis?.de ?? 'unbekannt'}`,
    );
    return why.length > 0 ? `${none} (${why.join('; ')})` : none;
  });
}

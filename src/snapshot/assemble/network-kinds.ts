import type { Adapter, Cluster, ClusterNetwork, Server } from '../schema';

export const PRIVATE_NAME = /heartbeat|private|privat|cluster|interconnect|\bhb\b|intern/i;
export const PUBLIC_NAME = /\blan\b|public|öffentlich|offentlich|client|prod|extern|corp/i;

/**
 * Which cluster network is the heartbeat (private) and which the client (public) network, independently of
 * the role it is set to (NET-008 checks the role): role 1 (internal only) is private and role 2 (client
 * only) public by definition; otherwise the network's name tells, else whether its adapters have a gateway.
 */
export function classifyNetworks(cluster: Cluster, nodes: Server[]): void {
  const networks = cluster.networks ?? [];
  const members = new Map(networks.map((n) => [n, nodes.flatMap((s) => (s.adapters ?? []).filter((a) => adapterIn(a, n)))]));
  for (const n of networks) {
    const adapters = members.get(n) ?? [];
    if (n.role === 1) setKind(n, 'private', 'role 1 (internal cluster communication only)');
    else if (n.role === 2) setKind(n, 'public', 'role 2 (client access only)');
    else if (PRIVATE_NAME.test(n.name)) setKind(n, 'private', 'network name');
    else if (PUBLIC_NAME.test(n.name)) setKind(n, 'public', 'network name');
    else if (adapters.some((a) => (a.gateways ?? []).length > 0)) setKind(n, 'public', 'its adapters have a default gateway');
  }
  for (const n of networks.filter((x) => !x.kind)) {
    const adapters = members.get(n) ?? [];
    const othersPublic = networks.some((o) => o !== n && o.kind === 'public');
    if (othersPublic && adapters.length > 0 && adapters.every((a) => (a.gateways ?? []).length === 0)) {
      setKind(n, 'private', 'no default gateway while another network is public');
    }
  }
  summarize(cluster, networks);
}

function setKind(n: ClusterNetwork, kind: 'private' | 'public', basis: string): void {
  n.kind = kind;
  n.kindBasis = basis;
  n.private = kind === 'private';
}

function summarize(cluster: Cluster, networks: ClusterNetwork[]): void {
  if (!cluster.networks) return;
  cluster.networkCount = networks.length;
  cluster.internalNetworksBesidesPublic = networks.filter((n) => (n.role === 1 || n.role === 3) && n.kind !== 'public').length;
  const privateNet = networks.find((n) => n.kind === 'private');
  const publicNet = networks.find((n) => n.kind === 'public');
  if (privateNet?.role !== undefined) cluster.privateNetworkRole = privateNet.role;
  if (publicNet?.role !== undefined) cluster.publicNetworkRole = publicNet.role;
  const priorities = networks.filter((n) => n.kind === 'private' && n.priority !== undefined).map((n) => n.priority!);
  if (priorities.length > 0) cluster.privateNetworkPriority = Math.min(...priorities);
  else delete cluster.privateNetworkPriority;
}

/** An adapter is on a cluster network when its address lies in the network's subnet, or by name. */
export function adapterIn(adapter: Adapter, network: ClusterNetwork): boolean {
  return inSubnet(adapter.ipAddresses ?? [], network.address, network.addressMask) || sameName(network.name, adapter.name);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function inSubnet(ips: string[], address: string | undefined, mask: string | undefined): boolean {
  if (!address || !mask) return false;
  const net = ipv4(address);
  const m = ipv4(mask);
  if (net === undefined || m === undefined) return false;
  return ips.some((ip) => {
    const v = ipv4(ip);
    return v !== undefined && (v & m) >>> 0 === (net & m) >>> 0;
  });
}

function ipv4(text: string): number | undefined {
  const parts = text.trim().split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

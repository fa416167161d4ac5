import type { Adapter, Cluster, Server } from '../schema';

const PRIVATE_NAME = /heartbeat|private|privat|cluster|interconnect|\bhb\b|intern/i;
const PUBLIC_NAME = /\blan\b|public|öffentlich|offentlich|client|prod|extern|corp/i;

/**
 * Which adapter is private (heartbeat) and which public: from the cluster network the adapter's address
 * lies in and that network's role when the cluster is known (1 internal only → private, 2 or 3 → public),
 * else from the connection name, else from the default gateway (only the public adapter has one).
 */
export function assignAdapterRoles(server: Server, cluster: Cluster | undefined): void {
  const adapters = server.adapters ?? [];
  for (const adapter of adapters) {
    const network = cluster?.networks?.find(
      (n) => inNetwork(adapter, n.address, n.addressMask) || sameName(n.name, adapter.name),
    );
    if (network) adapter.clusterNetwork = network.name;
    if (network?.role === 1)
      setRole(adapter, 'private', `cluster network "${network.name}" role 1 (internal cluster communication only)`);
    else if (network?.role === 2 || network?.role === 3)
      setRole(adapter, 'public', `cluster network "${network.name}" role ${network.role}`);
    else if (PRIVATE_NAME.test(adapter.name)) setRole(adapter, 'private', 'connection name');
    else if (PUBLIC_NAME.test(adapter.name)) setRole(adapter, 'public', 'connection name');
  }
  const withGateway = adapters.filter((a) => (a.gateways ?? []).length > 0);
  for (const adapter of adapters.filter((a) => !a.role && a.gateways !== undefined)) {
    if (adapter.gateways!.length > 0) setRole(adapter, 'public', 'default gateway');
    else if (withGateway.length > 0 && (adapter.ipAddresses ?? []).length > 0)
      setRole(adapter, 'private', 'no default gateway while another adapter has one');
  }
  if (server.firstBoundAdapter) {
    const same = adapters.find((a) => a.name === server.firstBoundAdapter!.name);
    if (same) server.firstBoundAdapter = { ...same };
  }
}

function setRole(adapter: Adapter, role: 'private' | 'public', basis: string): void {
  adapter.role = role;
  adapter.roleBasis = basis;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function inNetwork(adapter: Adapter, address: string | undefined, mask: string | undefined): boolean {
  if (!address || !mask) return false;
  const net = ipv4(address);
  const m = ipv4(mask);
  if (net === undefined || m === undefined) return false;
  return (adapter.ipAddresses ?? []).some((ip) => {
    const v = ipv4(ip);
    return v !== undefined && (v & m) >>> 0 === (net & m) >>> 0;
  });
}

function ipv4(text: string): number | undefined {
  const parts = text.trim().split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

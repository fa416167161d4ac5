import type { Adapter, Cluster, Server } from '../schema';
import { adapterIn, PRIVATE_NAME, PUBLIC_NAME } from './network-kinds';

/**
 * Which adapter is private (heartbeat) and which public: the kind of the cluster network it is on when the
 * cluster is known, else the connection name, else the default gateway (only the public adapter has one).
 */
export function assignAdapterRoles(server: Server, cluster: Cluster | undefined): void {
  const adapters = server.adapters ?? [];
  for (const adapter of adapters) {
    const network = cluster?.networks?.find((n) => adapterIn(adapter, n));
    if (network) adapter.clusterNetwork = network.name;
    if (network?.kind) setRole(adapter, network.kind, `cluster network "${network.name}": ${network.kindBasis ?? network.kind}`);
    else if (PRIVATE_NAME.test(adapter.name)) setRole(adapter, 'private', 'connection name');
    else if (PUBLIC_NAME.test(adapter.name)) setRole(adapter, 'public', 'connection name');
  }
  const withGateway = adapters.filter((a) => (a.gateways ?? []).length > 0);
  for (const adapter of adapters.filter((a) => !a.role && a.gateways !== undefined)) {
    if (adapter.gateways!.length > 0) setRole(adapter, 'public', 'default gateway');
    else if (withGateway.length > 0 && (adapter.ipAddresses ?? []).length > 0) {
      setRole(adapter, 'private', 'no default gateway while another adapter has one');
    }
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

import type { Cluster, Server } from '../schema';
import { adapterKind } from './kind/adapter-kind';
import { isClusterAdapter } from './kind/adapter-type';
import { addressInSubnet, subnetText } from './kind/ipv4';
import type { KindDecision } from './kind/kind-evidence';

/**
 * Decides which adapter of a server is private (heartbeat) and which public, from the cluster network it is
 * on (and that network's decided kind), its default gateway and its connection name (see adapterKind).
 * Only cluster adapters (Ethernet, teamed, wireless) get a role; tunnel, PPP and unknown adapters do not.
 */
export function assignAdapterRoles(server: Server, cluster: Cluster | undefined, networkKinds: Map<string, KindDecision>): void {
  for (const adapter of (server.adapters ?? []).filter(isClusterAdapter)) {
    const network = cluster?.networks?.find((n) => addressInSubnet(adapter.ipAddresses ?? [], n.address, n.addressMask));
    const decision = networkKinds.get(network?.name ?? '');
    if (network) adapter.clusterNetwork = network.name;
    const kind = adapterKind({
      name: adapter.name,
      ...(adapter.gateways !== undefined ? { gateways: adapter.gateways } : {}),
      ...(network && decision ? { network: { subnet: subnetText(network.address!, network.addressMask!), decision } } : {}),
    });
    if (kind.kind) adapter.role = kind.kind;
    else delete adapter.role;
    adapter.roleBasis = kind.basis;
  }
  if (server.firstBoundAdapter) {
    const same = server.adapters?.find((a) => a.name === server.firstBoundAdapter!.name);
    if (same) server.firstBoundAdapter = { ...same };
  }
}

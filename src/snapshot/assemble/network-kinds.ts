import type { Adapter, Cluster, Server } from '../schema';
import type { GatewayHolder } from './kind/gateway-evidence';
import { isClusterAdapter } from './kind/adapter-type';
import { addressInSubnet } from './kind/ipv4';
import type { KindDecision } from './kind/kind-evidence';
import { networkKind } from './kind/network-kind';
import { networkSummary } from './kind/network-summary';

/**
 * Decides the kind (private heartbeat or public client network) of each network of a cluster from its role,
 * the default gateways of the node adapters in its subnet and its name (see networkKind), records the
 * decision and its basis on the network, and the cluster's summary facts (the private network's role and
 * priority). Returns the decisions by network name, for the adapters on them.
 */
export function classifyNetworks(cluster: Cluster, nodes: Server[]): Map<string, KindDecision> {
  const decisions = new Map<string, KindDecision>();
  const networks = cluster.networks ?? [];
  for (const n of networks) {
    const gateways: GatewayHolder[] = nodes.flatMap((server) =>
      (server.adapters ?? [])
        .filter((a) => isClusterAdapter(a) && addressInSubnet(a.ipAddresses ?? [], n.address, n.addressMask) !== undefined)
        .flatMap((a) => firstGateway(a, server)),
    );
    const decision = networkKind({ name: n.name, ...(n.role !== undefined ? { role: n.role } : {}), gateways });
    decisions.set(n.name, decision);
    if (decision.kind) n.kind = decision.kind;
    else delete n.kind;
    n.kindBasis = decision.basis;
    n.private = decision.kind === 'private';
  }
  if (cluster.networks) Object.assign(cluster, networkSummary(networks));
  return decisions;
}

function firstGateway(adapter: Adapter, server: Server): GatewayHolder[] {
  const gateway = adapter.gateways?.find((g) => g.trim() !== '');
  return gateway ? [{ adapter: adapter.name, server: server.name, gateway }] : [];
}

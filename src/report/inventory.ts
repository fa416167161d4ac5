import type { Cluster, ClusterNetwork, Server, Snapshot } from '../snapshot/schema';
import type { Report } from './report-schema';

export type Inventory = NonNullable<Report['inventory']>;
type ServerEntry = Inventory['servers'][number];
type ClusterEntry = Inventory['clusters'][number];
type NetworkEntry = ClusterEntry['networks'][number];

/**
 * What the scan found, for the report's appendix: every machine with its role, operating system and service
 * pack, Exchange build and cluster; every cluster with its nodes, quorum and networks (role and priority).
 * Only facts the snapshot has are written: an absent fact stays absent, the report shows it as unknown.
 */
export function inventoryOf(snapshot: Snapshot): Inventory {
  return {
    servers: snapshot.servers.map(serverEntry),
    clusters: snapshot.clusters.map(clusterEntry),
  };
}

function serverEntry(server: Server): ServerEntry {
  const { os, hardware } = server;
  return {
    name: server.name,
    role: server.role,
    ...(server.cluster !== undefined ? { cluster: server.cluster } : {}),
    ...(server.domain !== undefined ? { domain: server.domain } : {}),
    ...(os
      ? {
          os: {
            name: os.name,
            ...(os.servicePack !== undefined ? { servicePack: os.servicePack } : {}),
            ...(os.version !== undefined ? { version: os.version } : {}),
            ...(os.architecture !== undefined ? { architecture: os.architecture } : {}),
          },
        }
      : {}),
    ...exchangeEntry(server),
    ...(hardware
      ? {
          hardware: {
            virtualMachine: hardware.virtualMachine,
            ...(hardware.hypervisor !== undefined ? { hypervisor: hardware.hypervisor } : {}),
            ...(hardware.manufacturer !== undefined ? { manufacturer: hardware.manufacturer } : {}),
            ...(hardware.model !== undefined ? { model: hardware.model } : {}),
          },
        }
      : {}),
  };
}

/**
 * The Exchange build of a machine: its own (ex-server.txt of the machine), or for a cluster node the build of the
 * clustered mailbox server it hosts (`from` names it).
 */
function exchangeEntry(server: Server): Pick<ServerEntry, 'exchange'> {
  const { exchange, exchangeBuild } = server;
  const build = exchange?.version?.text ?? exchangeBuild?.version.text;
  const servicePack = exchange?.servicePack ?? exchangeBuild?.servicePack;
  if (!exchange && !exchangeBuild) return {};
  const from =
    !exchange?.version && exchangeBuild && exchangeBuild.from.toUpperCase() !== server.name.toUpperCase()
      ? exchangeBuild.from
      : undefined;
  return {
    exchange: {
      ...(build !== undefined ? { build } : {}),
      ...(servicePack !== undefined ? { servicePack } : {}),
      ...(exchange?.edition !== undefined ? { edition: exchange.edition } : {}),
      roles: exchange?.roles ?? [],
      ...(from !== undefined ? { from } : {}),
    },
  };
}

function clusterEntry(cluster: Cluster): ClusterEntry {
  const witness = cluster.fileShareWitness?.path;
  return {
    name: cluster.name,
    planned: cluster.planned,
    ...(cluster.type !== undefined ? { type: cluster.type } : {}),
    nodes: cluster.nodes.map((n) => ({ name: n.name, ...(n.state !== undefined ? { state: n.state } : {}) })),
    ...(cluster.quorum?.type !== undefined || cluster.quorum?.resource !== undefined
      ? {
          quorum: {
            ...(cluster.quorum.type !== undefined ? { type: cluster.quorum.type } : {}),
            ...(cluster.quorum.resource !== undefined ? { resource: cluster.quorum.resource } : {}),
          },
        }
      : {}),
    ...(witness ? { fileShareWitness: witness } : {}),
    clusteredMailboxServers: cluster.clusteredMailboxServers ?? [],
    networks: [...(cluster.networks ?? [])].sort(byPriority).map(networkEntry),
  };
}

/** Networks in the order of their priority for internal communication (1 first); those without one last. */
function byPriority(a: ClusterNetwork, b: ClusterNetwork): number {
  return (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.name.localeCompare(b.name);
}

function networkEntry(network: ClusterNetwork): NetworkEntry {
  return {
    name: network.name,
    ...(network.role !== undefined ? { role: network.role } : {}),
    ...(network.priority !== undefined ? { priority: network.priority } : {}),
    ...(network.kind !== undefined ? { kind: network.kind } : {}),
    ...(network.address !== undefined ? { address: network.address } : {}),
    ...(network.addressMask !== undefined ? { addressMask: network.addressMask } : {}),
  };
}

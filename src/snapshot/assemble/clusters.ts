import type { ClusterNetworkFacts } from '../../../collectors/sources/cluster-network';
import type { ClusterNetpriFacts } from '../../../collectors/sources/cluster-netpri';
import type { ClusterNodeFacts } from '../../../collectors/sources/cluster-node';
import type { ClusterPropFacts } from '../../../collectors/sources/cluster-prop';
import type { ClusterQuorumFacts } from '../../../collectors/sources/cluster-quorum';
import type { ClusterResMnsPrivFacts } from '../../../collectors/sources/cluster-res-mns-priv';
import type { ClusterResPrivFacts } from '../../../collectors/sources/cluster-res-priv';
import type { ClusterGroupFacts } from '../../../collectors/sources/cluster-group';
import type { ClusterResFacts } from '../../../collectors/sources/cluster-res';
import type { Manifest } from '../../bundle/manifest';
import type { Cluster, ClusterNetwork, Server } from '../schema';
import { clusterStatesOf } from './cluster-states';
import { clusterQuorumOf } from './quorum-model';
import type { FolderFacts } from './folder-facts';
import { isClusterAdapter } from './kind/adapter-type';

export interface NodeInput {
  server: Server;
  folder: FolderFacts;
}

/**
 * Merges the cluster outputs of the nodes into one Cluster per cluster name. cluster.exe prints the same
 * on every node; the first node (by name) that parsed a source gives it. A node's cluster is named by
 * `cluster /prop`, else by the node list it shares with other nodes.
 */
export function clustersOf(nodes: NodeInput[], cmsServers: Server[], manifest: Manifest): Cluster[] {
  const groups = new Map<string, NodeInput[]>();
  for (const node of nodes) {
    const key = clusterNameOf(node);
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const clusters = [...groups].map(([name, members]) => buildCluster(name, members, cmsServers, manifest));
  return clusters.sort((a, b) => a.name.localeCompare(b.name));
}

function clusterNameOf(node: NodeInput): string {
  const prop = node.folder.facts<ClusterPropFacts>('cluster-prop.txt');
  if (prop?.clusterName) return prop.clusterName;
  const names = node.folder.facts<ClusterNodeFacts>('cluster-node.txt')?.nodes?.map((n) => n.name.toUpperCase());
  return names && names.length > 0 ? `cluster of ${[...names].sort().join('+')}` : `cluster of ${node.server.name}`;
}

function first<T>(members: NodeInput[], file: string): T | undefined {
  for (const m of members) {
    const facts = m.folder.facts<T>(file);
    if (facts) return facts;
  }
  return undefined;
}

function buildCluster(name: string, members: NodeInput[], cmsServers: Server[], manifest: Manifest): Cluster {
  const listed = first<ClusterNodeFacts>(members, 'cluster-node.txt')?.nodes;
  const nodes = listed
    ? listed.map((n) => ({ name: n.name, ...(n.state ? { state: n.state } : {}) }))
    : members.map((m) => ({ name: m.server.name }));
  const nodeNames = nodes.map((n) => n.name.toLowerCase());
  const cluster: Cluster = { name, planned: false, nodes, nodeCount: nodes.length };
  const edition = members.map((m) => m.server.os?.edition).find((e) => e !== undefined);
  if (edition) cluster.serverEdition = edition;
  const release = members.map((m) => m.server.os?.release).find((e) => e !== undefined);
  if (release) cluster.serverRelease = release;
  const adapters = minAdaptersPerNode(members.map((m) => m.server));
  if (adapters !== undefined) cluster.minAdaptersPerNode = adapters;
  Object.assign(
    cluster,
    clusterStatesOf(first<ClusterGroupFacts>(members, 'cluster-group.txt'), first<ClusterResFacts>(members, 'cluster-res.txt')),
  );
  const quorumFacts = first<ClusterQuorumFacts>(members, 'cluster-quorum.txt');
  const resPriv = first<ClusterResPrivFacts>(members, 'cluster-res-priv.txt');
  const mns = first<ClusterResMnsPrivFacts>(members, 'cluster-res-mns-priv.txt');
  const mnsShare = mns?.mnsFileShare ?? resPriv?.majorityNodeSet?.mnsFileShare;
  const { quorum, witnessPath } = clusterQuorumOf({
    ...(release ? { release } : {}),
    ...(quorumFacts ? { quorum: quorumFacts } : {}),
    ...(resPriv?.fileShareWitnesses ? { fileShareWitnesses: resPriv.fileShareWitnesses } : {}),
    ...(mnsShare !== undefined ? { mnsFileShare: mnsShare } : {}),
  });
  if (quorum) cluster.quorum = quorum;
  const networks = networksOf(
    first<ClusterNetworkFacts>(members, 'cluster-network.txt'),
    first<ClusterNetpriFacts>(members, 'cluster-netpri.txt'),
  );
  if (networks) cluster.networks = networks;
  if (witnessPath !== undefined) {
    // Windows Server 2008: the share of the File Share Witness resource ('' for Node Majority).
    cluster.fileShareWitness = witnessOf(witnessPath, name, nodeNames);
  } else if (mnsShare !== undefined && quorum?.model === undefined) {
    // Windows Server 2003: MNSFileShare of the Majority Node Set, with its intervals.
    cluster.fileShareWitness = witnessOf(mnsShare, name, nodeNames);
    const interval = mns ? mns.mnsFileShareCheckInterval : resPriv?.majorityNodeSet?.checkInterval;
    const delay = mns ? mns.mnsFileShareDelay : resPriv?.majorityNodeSet?.delay;
    if (interval !== undefined) cluster.fileShareWitness.checkIntervalSeconds = interval;
    if (delay !== undefined) cluster.fileShareWitness.delaySeconds = delay;
  }
  const cms = cmsServers.filter((c) => (c.exchange?.redundantMachines ?? []).some((m) => nodeNames.includes(m.toLowerCase())));
  if (cmsServers.some((c) => c.exchange?.clusteredStorageType !== undefined)) cluster.clusteredMailboxServerCount = cms.length;
  if (cms.length > 0) {
    cluster.clusteredMailboxServers = cms.map((c) => c.name);
    if (cms[0]!.cms) cluster.clusteredMailboxServerStatus = cms[0]!.cms;
    const storage = cms[0]!.exchange?.clusteredStorageType;
    cluster.type = storage === 'NonShared' ? 'CCR' : storage === 'Shared' ? 'SCC' : 'none';
    for (const c of cms) c.cluster = name;
  }
  if (manifest.plan?.clusterServiceAccount) cluster.serviceAccount = manifest.plan.clusterServiceAccount;
  for (const m of members) m.server.cluster = name;
  return cluster;
}

function networksOf(
  props: ClusterNetworkFacts | undefined,
  priority: ClusterNetpriFacts | undefined,
): ClusterNetwork[] | undefined {
  if (!props?.networks) return undefined;
  const order = priority?.networks?.map((n) => n.toLowerCase());
  return props.networks.map((n) => {
    const network: ClusterNetwork = { name: n.name, private: false };
    if (n.role !== undefined) network.role = n.role;
    if (n.address) network.address = n.address;
    if (n.addressMask) network.addressMask = n.addressMask;
    const at = order?.indexOf(n.name.toLowerCase());
    if (at !== undefined && at >= 0) network.priority = at + 1;
    return network;
  });
}

/** `\\EX2007-HUB1\FSW_CLUSTER` → host EX2007-HUB1, and whether that host is a node of this cluster. */
export function witnessOf(path: string, clusterName: string, nodeNames: string[]): NonNullable<Cluster['fileShareWitness']> {
  const witness: NonNullable<Cluster['fileShareWitness']> = { path };
  const host = /^\\\\([^\\]+)\\/.exec(path)?.[1];
  if (host) {
    witness.host = host;
    const short = host.split('.')[0]!.toLowerCase();
    witness.onClusterNode = nodeNames.includes(short) || short === clusterName.toLowerCase();
  }
  return witness;
}

/** A cluster that exists only in the plan of a readiness bundle (or, with no plan, of its planned nodes). */
export function plannedCluster(nodes: Server[], manifest: Manifest): Cluster {
  const plan = manifest.plan;
  const names = plan?.nodes ?? nodes.map((n) => n.name);
  const name = `${plan?.type ?? 'cluster'} (planned: ${names.join(', ')})`;
  const cluster: Cluster = { name, planned: true, nodes: names.map((n) => ({ name: n })), nodeCount: names.length };
  if (plan) cluster.type = plan.type;
  const edition = nodes.map((n) => n.os?.edition).find((e) => e !== undefined);
  if (edition) cluster.serverEdition = edition;
  const release = nodes.map((n) => n.os?.release).find((e) => e !== undefined);
  if (release) cluster.serverRelease = release;
  const adapters = minAdaptersPerNode(names.map((n) => nodes.find((s) => s.name.toLowerCase() === n.toLowerCase())));
  if (adapters !== undefined) cluster.minAdaptersPerNode = adapters;
  // A plan without a witness plans none ('' as for an empty MNSFileShare); without a plan it is unknown.
  if (plan)
    cluster.fileShareWitness = witnessOf(
      plan.fileShareWitness ?? '',
      name,
      names.map((n) => n.toLowerCase()),
    );
  if (plan?.clusterServiceAccount) cluster.serviceAccount = plan.clusterServiceAccount;
  for (const n of nodes) n.cluster = name;
  return cluster;
}

/**
 * The fewest cluster adapters (Ethernet, teamed, wireless: no tunnel, PPP or unknown adapter) with an IP address on any node (NET-001 before the cluster exists: a node
 * needs one for the public and one for the private network). Unknown when any node's adapters are.
 */
export function minAdaptersPerNode(nodes: (Server | undefined)[]): number | undefined {
  const counts = nodes.map((n) => n?.adapters?.filter((a) => isClusterAdapter(a) && (a.ipAddresses ?? []).length > 0).length);
  if (counts.length === 0 || counts.some((c) => c === undefined)) return undefined;
  return Math.min(...(counts as number[]));
}

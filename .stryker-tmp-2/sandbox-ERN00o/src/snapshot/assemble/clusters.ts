// @ts-nocheck
import type { ClusterNetworkFacts } from '../../../collectors/sources/cluster-network';
import type { ClusterNetpriFacts } from '../../../collectors/sources/cluster-netpri';
import type { ClusterNodeFacts } from '../../../collectors/sources/cluster-node';
import type { ClusterPropFacts } from '../../../collectors/sources/cluster-prop';
import type { ClusterQuorumFacts } from '../../../collectors/sources/cluster-quorum';
import type { ClusterResMnsPrivFacts } from '../../../collectors/sources/cluster-res-mns-priv';
import type { ClusterGroupFacts } from '../../../collectors/sources/cluster-group';
import type { ClusterResFacts } from '../../../collectors/sources/cluster-res';
import type { Manifest } from '../../bundle/manifest';
import type { Cluster, ClusterNetwork, Server } from '../schema';
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
  Object.assign(cluster, groupsAndResourcesOf(members));
  const quorum = first<ClusterQuorumFacts>(members, 'cluster-quorum.txt');
  if (quorum) {
    cluster.quorum = {
      ...(quorum.resourceName ? { resource: quorum.resourceName } : {}),
      ...(quorum.path ? { path: quorum.path } : {}),
      ...(quorum.type ? { type: quorum.type } : {}),
    };
  }
  const networks = networksOf(
    first<ClusterNetworkFacts>(members, 'cluster-network.txt'),
    first<ClusterNetpriFacts>(members, 'cluster-netpri.txt'),
  );
  if (networks) cluster.networks = networks;
  const mns = first<ClusterResMnsPrivFacts>(members, 'cluster-res-mns-priv.txt');
  if (mns && mns.mnsFileShare !== undefined) {
    cluster.fileShareWitness = witnessOf(mns.mnsFileShare, name, nodeNames);
    if (mns.mnsFileShareCheckInterval !== undefined)
      cluster.fileShareWitness.checkIntervalSeconds = mns.mnsFileShareCheckInterval;
    if (mns.mnsFileShareDelay !== undefined) cluster.fileShareWitness.delaySeconds = mns.mnsFileShareDelay;
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

const NOT_ONLINE = (state: string | undefined) => state !== undefined && state !== 'online';

/** Groups and resources with their owner and state, and which of them are not online. */
function groupsAndResourcesOf(members: NodeInput[]): Partial<Cluster> {
  const out: Partial<Cluster> = {};
  const groups = first<ClusterGroupFacts>(members, 'cluster-group.txt')?.groups;
  const resources = first<ClusterResFacts>(members, 'cluster-res.txt')?.resources;
  const label = (x: { name: string; state?: string; stateText?: string }) => `${x.name} (${x.stateText ?? x.state})`;
  if (groups) {
    out.groups = groups.map((g) => ({
      name: g.name,
      ...(g.node ? { owner: g.node } : {}),
      ...(g.state ? { state: g.state } : {}),
    }));
    out.groupsNotOnline = groups.filter((g) => NOT_ONLINE(g.state)).map(label);
  }
  if (resources) {
    out.resources = resources.map((r) => ({
      name: r.name,
      ...(r.group ? { group: r.group } : {}),
      ...(r.node ? { owner: r.node } : {}),
      ...(r.state ? { state: r.state } : {}),
    }));
    out.resourcesNotOnline = resources.filter((r) => NOT_ONLINE(r.state)).map(label);
  }
  if (groups && resources) {
    const bad = (s: string | undefined) => s === 'failed' || s === 'offline';
    out.resourcesFailedOrOffline = groups.filter((g) => bad(g.state)).length + resources.filter((r) => bad(r.state)).length;
  }
  return out;
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

import type { Manifest } from '../../bundle/manifest';
import type { CollectedFolder } from '../../collect/collect-folder';
import type { Diagnostic } from '../../shared/diagnostic';
import { toolVersion } from '../../shared/package-root';
import { expectedSources } from '../../../collectors/registry';
import type { ExReplicationHealthFacts } from '../../../collectors/sources/ex-replication-health';
import type { ExServerFacts } from '../../../collectors/sources/ex-server';
import type { IpconfigFacts } from '../../../collectors/sources/ipconfig-all';
import type { NetLocalgroupAdministratorsFacts } from '../../../collectors/sources/net-localgroup-administrators';
import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Cluster, Server, Snapshot } from '../schema';
import { accountFactsOf } from './accounts';
import { assignAdapterRoles } from './adapter-roles';
import { adaptersOf } from './adapters';
import { classifyFolder, ORGANIZATION_FOLDER } from './classify';
import { assignDatabaseVolumes } from './database-volumes';
import { clustersOf, plannedCluster } from './clusters';
import { assignExchangeArchitectures, exchangeOf } from './exchange';
import { assignExchangeBuilds } from './exchange-build';
import { installVolumeOf, type InstallPathEvidence } from './install-volume';
import { majorityNodeSetOf } from './majority-node-set';
import { nodeLimitOf } from './node-limit';
import { nodeValuesOf } from './node-values/node-values';
import { FolderFacts } from './folder-facts';
import { buildDomainDirectory, type DomainDirectory } from './identity/domain-directory';
import { domainEvidenceOf } from './identity/domain-evidence';
import { hardwareOf, osOf } from './machine';
import { organizationOf } from './organization';
import { dotnetOf, hotfixesOf } from './software';
import type { KindDecision } from './kind/kind-evidence';
import { privateNetworkReplication } from './kind/replication-network';
import { classifyNetworks } from './network-kinds';
import { replicationHealthOf } from './replication-health';
import { cmsStatusOf, storageOf } from './storage';
import { windowsExtrasOf } from './windows-extras';
import { assignExchangeVolumes } from './exchange-volumes';
import { mailboxHostOf } from './mailbox-host';
import { pageFileOf } from './page-file';
import { scalableNetworkingOf } from './scalable-networking';
import type { RegMemoryManagementFacts } from '../../../collectors/sources/reg-memory-management';
import type { RegTcpipParametersFacts } from '../../../collectors/sources/reg-tcpip-parameters';
import { missingNodeDiagnostics } from './missing-nodes';

export interface BundleContext {
  source: string;
  sha256: string;
  manifest: Manifest;
  diagnostics: Diagnostic[];
}

const EXPECTED: Record<Server['role'], string[]> = {
  clusterNode: expectedSources(['every server', 'cluster node']),
  plannedNode: expectedSources(['every server']).concat([
    'net-config-workstation.txt',
    'net-user-<account>.txt',
    'net-localgroup-administrators.txt',
  ]),
  clusteredMailboxServer: expectedSources(['clustered mailbox server']),
  server: expectedSources(['every server']),
};

/** Builds the snapshot from the parsed folders of a bundle: servers, clusters and the organization. */
export function assembleSnapshot(folders: CollectedFolder[], context: BundleContext): Snapshot {
  const { manifest } = context;
  const orgFolder = folders.find((f) => f.name.toLowerCase() === ORGANIZATION_FOLDER);
  const organization = orgFolder ? new FolderFacts(orgFolder) : undefined;
  const orgServers = organization?.facts<ExServerFacts>('ex-server.txt')?.servers?.map((s) => s.name) ?? [];
  const diagnostics = [...context.diagnostics, ...folders.flatMap((f) => f.diagnostics)];
  const machines = folders.filter((f) => f !== orgFolder).map((f) => new FolderFacts(f));
  const directory = buildDomainDirectory(machines.flatMap(domainEvidenceOf));
  for (const conflict of directory.conflicts) {
    const file = /\(([^,)]+)/.exec(conflict)?.[1] ?? 'net-config-workstation.txt';
    diagnostics.push({ file, severity: 'warning', message: `domain names disagree, neither pair is used: ${conflict}` });
  }
  const servers = machines.map((folder) => ({
    folder,
    server: serverOf(folder, classifyFolder(folder, manifest, orgServers), manifest, organization, directory),
  }));

  const nodes = servers.filter((s) => s.server.role === 'clusterNode');
  const cms = servers.filter((s) => s.server.role === 'clusteredMailboxServer').map((s) => s.server);
  const clusters: Cluster[] = clustersOf(nodes, cms, manifest);
  const planned = servers.filter((s) => s.server.role === 'plannedNode').map((s) => s.server);
  if (planned.length > 0) clusters.push(plannedCluster(planned, manifest));
  const networkKinds = new Map<string, Map<string, KindDecision>>();
  for (const cluster of clusters) {
    const members = nodes.filter((n) => n.server.cluster === cluster.name).map((n) => n.server);
    networkKinds.set(cluster.name, classifyNetworks(cluster, members));
    const cmsOfCluster = cms.filter((c) => (cluster.clusteredMailboxServers ?? []).includes(c.name));
    Object.assign(cluster, privateNetworkReplication(cluster, cmsOfCluster));
  }
  for (const { server } of servers) {
    const cluster = clusters.find((c) => c.name === server.cluster);
    assignAdapterRoles(server, cluster, networkKinds.get(cluster?.name ?? '') ?? new Map());
  }

  diagnostics.push(
    ...missingNodeDiagnostics(
      clusters,
      nodes,
      machines.map((m) => m.name),
      manifest,
    ),
  );
  const all = servers.map((s) => s.server);
  assignExchangeArchitectures(all);
  assignExchangeBuilds(all);
  assignDatabaseVolumes(all);
  assignExchangeVolumes(all);
  for (const server of all) {
    const host = mailboxHostOf(server, all, clusters);
    if (host.value !== undefined) server.mailboxHost = host.value;
    server.mailboxHostBasis = host.basis;
  }
  for (const cluster of clusters) assignClusterFacts(cluster, all);
  for (const server of all) {
    if (server.role === 'clusteredMailboxServer') continue;
    const volume = installVolumeOf(server, installPathEvidence(server, all, manifest));
    if (volume) server.installVolume = volume;
  }
  const serverList = all.map(withFastProperties).sort((a, b) => a.name.localeCompare(b.name));
  return {
    schemaVersion: 1,
    tool: { name: 'bpa', version: toolVersion() },
    bundle: {
      source: context.source,
      sha256: context.sha256,
      ...(manifest.customer !== undefined ? { customer: manifest.customer } : {}),
      ...(manifest.consultant !== undefined ? { consultant: manifest.consultant } : {}),
      ...(manifest.collectedAt !== undefined ? { collectedAt: manifest.collectedAt } : {}),
      ...(manifest.collector !== undefined ? { collector: manifest.collector } : {}),
      ...(manifest.plan !== undefined ? { plan: manifest.plan } : {}),
    },
    servers: serverList,
    clusters: clusters.map((cluster) => ({ ...cluster })),
    organization: organizationOf(organization, serverList),
    diagnostics,
  };
}

/**
 * The same server as a new object. A server (its sources, a cluster) gets its properties one by one, many of
 * them by a computed name (`assign`), after which V8 keeps it as a hash table ("dictionary mode"): every read of
 * a property in the rules, the validator, the hash of the snapshot and the report costs a lookup. A copy made by
 * spreading has ordinary fast properties, in the same order. Nothing else refers to these objects.
 */
function withFastProperties(server: Server): Server {
  return { ...server, sources: { ...server.sources } };
}

function serverOf(
  folder: FolderFacts,
  role: Server['role'],
  manifest: Manifest,
  organization: FolderFacts | undefined,
  directory: DomainDirectory,
): Server {
  const info = folder.facts<SysteminfoFacts>('systeminfo.txt');
  const server: Server = { name: folder.name, folder: folder.name, role, sources: folder.statuses(expectedFor(role, manifest)) };
  const hostName = info?.hostName ?? folder.facts<IpconfigFacts>('ipconfig-all.txt')?.hostName;
  if (hostName) server.hostName = hostName;
  if (info?.domain) server.domain = info.domain;
  if (info?.totalPhysicalMemoryMb !== undefined) server.memoryMb = info.totalPhysicalMemoryMb;
  const { os, note } = osOf(info);
  assign(server, 'os', os);
  if (note) addDiagnostic(server, folder, 'systeminfo.txt', note);
  assign(server, 'hardware', hardwareOf(info));
  assign(server, 'hotfixes', hotfixesOf(folder));
  Object.assign(server, adaptersOf(folder));
  assign(server, 'dotnet', dotnetOf(folder));
  assign(
    server,
    'localAdministrators',
    folder.facts<NetLocalgroupAdministratorsFacts>('net-localgroup-administrators.txt')?.members,
  );
  Object.assign(
    server,
    accountFactsOf(folder, server, {
      directory,
      ...(manifest.plan?.clusterServiceAccount ? { plannedAccount: manifest.plan.clusterServiceAccount } : {}),
      ...(manifest.collectedAt ? { collectedAt: manifest.collectedAt } : {}),
    }),
  );
  assign(server, 'exchange', exchangeOf(folder, organization));
  Object.assign(
    server,
    windowsExtrasOf(folder),
    storageOf(folder, {
      ...(server.exchange?.clusteredStorageType ? { clusteredStorageType: server.exchange.clusteredStorageType } : {}),
      ...(server.exchange?.autoDatabaseMountDial ? { autoDatabaseMountDial: server.exchange.autoDatabaseMountDial } : {}),
      ...(manifest.collectedAt ? { collectedAt: manifest.collectedAt } : {}),
    }),
  );
  assign(server, 'cms', cmsStatusOf(folder, server.exchange?.redundantMachines));
  assign(
    server,
    'replicationHealth',
    replicationHealthOf(folder.facts<ExReplicationHealthFacts>('ex-replication-health.txt')?.checks),
  );
  assign(
    server,
    'pageFile',
    pageFileOf(folder.facts<RegMemoryManagementFacts>('reg-memory-management.txt')?.pageFiles, server.memoryMb),
  );
  assign(
    server,
    'scalableNetworking',
    scalableNetworkingOf(folder.facts<RegTcpipParametersFacts>('reg-tcpip-parameters.txt')?.snpValues, server.hotfixes),
  );
  return server;
}

/** The node limit (CLU-001) and the quorum kind (PRE-007) of a cluster, from its nodes and type. */
function assignClusterFacts(cluster: Cluster, servers: Server[]): void {
  const names = cluster.nodes.map((n) => n.name.toLowerCase());
  const nodes = servers.filter((s) => s.cluster === cluster.name && names.includes(s.name.toLowerCase()));
  const limit = nodeLimitOf(cluster, nodes);
  if (limit.value !== undefined) cluster.nodeLimit = limit.value;
  cluster.nodeLimitBasis = limit.basis;
  const mns = majorityNodeSetOf(cluster);
  if (mns.value !== undefined) cluster.majorityNodeSet = mns.value;
  cluster.majorityNodeSetBasis = mns.basis;
  cluster.nodeValues = nodeValuesOf(cluster, servers);
}

/** Exchange's own DataPath where it runs (a node: that of the clustered mailbox server it hosts), the plan's path, or the assumption. */
function installPathEvidence(server: Server, servers: Server[], manifest: Manifest): InstallPathEvidence {
  if (server.role === 'plannedNode') {
    const path = manifest.plan?.exchangeInstallPath;
    return path ? { kind: 'plan', path } : { kind: 'assumed' };
  }
  const host = server.role === 'clusterNode' ? servers.find((s) => s.name === server.exchangeBuild?.from) : server;
  const dataPath = host?.exchange?.dataPath;
  return dataPath ? { kind: 'dataPath', path: dataPath, server: host.name } : { kind: 'assumed' };
}

/** A diagnostic the assembly found about a source (an OS name it cannot classify), shown with the source's own. */
function addDiagnostic(server: Server, folder: FolderFacts, file: string, note: { line?: number; message: string }): void {
  const status = server.sources[file];
  if (!status) return;
  const where = folder.folder.sources.get(file)?.file ?? `${folder.name}/${file}`;
  const d = {
    file: where,
    ...(note.line !== undefined ? { line: note.line } : {}),
    severity: 'warning' as const,
    message: note.message,
  };
  server.sources[file] = { ...status, diagnostics: [...status.diagnostics, d] };
}

function expectedFor(role: Server['role'], manifest: Manifest): string[] {
  const account = manifest.plan?.clusterServiceAccount;
  return EXPECTED[role].map((f) => (account && f === 'net-user-<account>.txt' ? `net-user-${account.toLowerCase()}.txt` : f));
}

function assign<K extends keyof Server>(server: Server, key: K, value: Server[K] | undefined): void {
  if (value !== undefined) server[key] = value;
}

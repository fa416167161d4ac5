import type { Manifest } from '../../bundle/manifest';
import type { CollectedFolder } from '../../collect/collect-folder';
import type { Diagnostic } from '../../shared/diagnostic';
import { toolVersion } from '../../shared/package-root';
import { expectedSources } from '../../../collectors/registry';
import type { ExServerFacts } from '../../../collectors/sources/ex-server';
import type { IpconfigFacts } from '../../../collectors/sources/ipconfig-all';
import type { NetLocalgroupAdministratorsFacts } from '../../../collectors/sources/net-localgroup-administrators';
import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Cluster, Server, Snapshot } from '../schema';
import { accountFactsOf } from './accounts';
import { assignAdapterRoles } from './adapter-roles';
import { adaptersOf } from './adapters';
import { classifyFolder, ORGANIZATION_FOLDER } from './classify';
import { clustersOf, plannedCluster } from './clusters';
import { assignExchangeArchitectures, exchangeOf } from './exchange';
import { FolderFacts } from './folder-facts';
import { buildDomainDirectory, type DomainDirectory } from './identity/domain-directory';
import { domainEvidenceOf } from './identity/domain-evidence';
import { hardwareOf, osOf } from './machine';
import { organizationOf } from './organization';
import { dotnetOf, hotfixesOf } from './software';
import type { KindDecision } from './kind/kind-evidence';
import { privateNetworkReplication } from './kind/replication-network';
import { classifyNetworks } from './network-kinds';
import { cmsStatusOf, storageOf } from './storage';
import { windowsExtrasOf } from './windows-extras';

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

  assignExchangeArchitectures(servers.map((s) => s.server));
  const serverList = servers.map((s) => s.server).sort((a, b) => a.name.localeCompare(b.name));
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
    clusters,
    organization: organizationOf(organization, serverList),
    diagnostics,
  };
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
  assign(server, 'os', osOf(info));
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
  Object.assign(server, windowsExtrasOf(folder), storageOf(folder, server.exchange?.clusteredStorageType));
  assign(server, 'cms', cmsStatusOf(folder, server.exchange?.redundantMachines));
  return server;
}

function expectedFor(role: Server['role'], manifest: Manifest): string[] {
  const account = manifest.plan?.clusterServiceAccount;
  return EXPECTED[role].map((f) => (account && f === 'net-user-<account>.txt' ? `net-user-${account.toLowerCase()}.txt` : f));
}

function assign<K extends keyof Server>(server: Server, key: K, value: Server[K] | undefined): void {
  if (value !== undefined) server[key] = value;
}

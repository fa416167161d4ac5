import type { ExPublicFolderDatabasesFacts } from '../../../collectors/sources/ex-public-folder-databases';
import type { ExServerFacts } from '../../../collectors/sources/ex-server';
import type { ExTransportConfigFacts } from '../../../collectors/sources/ex-transport-config';
import type { ExReceiveConnectorsFacts } from '../../../collectors/sources/ex-receive-connectors';
import type { ExSendConnectorsFacts } from '../../../collectors/sources/ex-send-connectors';
import type { Connector, Organization, Server } from '../schema';
import type { FolderFacts } from './folder-facts';
import { transportOf } from './transport-limits';

export const ORGANIZATION_SOURCES = [
  'ex-server.txt',
  'ex-transport-config.txt',
  'ex-receive-connectors.txt',
  'ex-send-connectors.txt',
];

/** The organization-wide facts of `_organization/`, and whether any server replicates continuously. */
export function organizationOf(folder: FolderFacts | undefined, servers: Server[]): Organization {
  const organization: Organization = { sources: folder ? folder.statuses(ORGANIZATION_SOURCES) : {} };
  if (!folder) return withReplication(organization, servers);
  const receive = folder.facts<ExReceiveConnectorsFacts>('ex-receive-connectors.txt')?.connectors;
  const send = folder.facts<ExSendConnectorsFacts>('ex-send-connectors.txt')?.connectors;
  if (receive) organization.receiveConnectors = receive.map((c) => connector(c.name, c.server, c.enabled, c.maxMessageSize));
  if (send)
    organization.sendConnectors = send.map((c) =>
      connector(c.name, c.sourceTransportServers?.join(', '), c.enabled, c.maxMessageSize),
    );
  const config = folder.facts<ExTransportConfigFacts>('ex-transport-config.txt');
  if (config) organization.transport = transportOf(config, organization.receiveConnectors, organization.sendConnectors);
  const publicFolders = folder.facts<ExPublicFolderDatabasesFacts>('ex-public-folder-databases.txt')?.databases;
  if (publicFolders) organization.publicFolderDatabaseServers = distinctNames(publicFolders.map((d) => d.server));
  const list = folder.facts<ExServerFacts>('ex-server.txt')?.servers;
  if (list) {
    organization.exchangeServers = list.map((s) => ({
      name: s.name,
      roles: (s.serverRole ?? []).map(String),
      ...(s.adminDisplayVersion ? { version: s.adminDisplayVersion.text } : {}),
      ...(s.edition ? { edition: s.edition } : {}),
    }));
  }
  return withReplication(organization, servers);
}

function connector(
  name: string,
  server: string | undefined,
  enabled: boolean | undefined,
  size: number | string | undefined,
): Connector {
  const c: Connector = { name, unlimited: size === 'unlimited' };
  if (server) c.server = server;
  if (enabled !== undefined) c.enabled = enabled;
  if (typeof size === 'number') c.maxMessageSizeBytes = size;
  return c;
}

/** CCR (a NonShared clustered mailbox server) or LCR (a storage group with a local copy) anywhere in the bundle. */
function withReplication(organization: Organization, servers: Server[]): Organization {
  const ccr = servers.filter((s) => s.exchange?.clusteredStorageType !== undefined);
  const groups = servers.flatMap((s) => s.storageGroups ?? []);
  if (ccr.length > 0 || groups.length > 0) {
    organization.continuousReplication =
      ccr.some((s) => s.exchange?.clusteredStorageType === 'NonShared') ||
      groups.some((g) => g.replication === 'local' || g.replication === 'cluster' || g.hasLocalCopy === true);
  }
  const listed = servers.filter((s) => (s.storageGroups ?? []).some((g) => g.publicFolderDatabaseCount !== undefined));
  if (listed.length > 0 || organization.publicFolderDatabaseServers) {
    const holding = listed.filter((s) => (s.storageGroups ?? []).some((g) => (g.publicFolderDatabaseCount ?? 0) > 0));
    organization.publicFolderDatabaseServersKnown = distinctNames([
      ...(organization.publicFolderDatabaseServers ?? []),
      ...holding.map((s) => s.name),
    ]);
  }
  const mailboxServers = servers.filter((s) => s.storageGroups !== undefined);
  if (mailboxServers.length > 0 && mailboxServers.every((s) => s.databaseCount !== undefined)) {
    organization.publicFolderDatabaseCount = groups.reduce((n, g) => n + (g.publicFolderDatabaseCount ?? 0), 0);
  }
  return organization;
}

/** Server names once each, whatever their case, in a stable order; an unnamed one counts as "?". */
function distinctNames(names: (string | undefined)[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const n = name?.trim() || '?';
    if (!byKey.has(n.toLowerCase())) byKey.set(n.toLowerCase(), n);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

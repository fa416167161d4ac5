import type { ExPublicFolderDatabasesFacts } from '../../../collectors/sources/ex-public-folder-databases';
import type { ExServerFacts } from '../../../collectors/sources/ex-server';
import type { ExTransportConfigFacts } from '../../../collectors/sources/ex-transport-config';
import type { ExReceiveConnectorsFacts } from '../../../collectors/sources/ex-receive-connectors';
import type { ExSendConnectorsFacts } from '../../../collectors/sources/ex-send-connectors';
import type { Connector, Organization, Server, Transport } from '../schema';
import { dumpsterRatio } from './dumpster-ratio';
import type { FolderFacts } from './folder-facts';

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

/**
 * The largest message size limit in force. The organization's MaxSendSize and MaxReceiveSize govern every
 * message, including those submitted inside the organization; when either is unlimited, so is the largest
 * message. Otherwise the largest of them and of the enabled connectors' limits counts (a connector may
 * allow more than the organization for mail that only passes through). Without the connector lists the largest
 * limit is unknown, but no lower than the organization's: the dumpster ratio against that is an upper bound
 * (`dumpsterRatioAtMost`), which already tells a dumpster that is too small.
 */
export function transportOf(
  config: ExTransportConfigFacts,
  receive: Connector[] | undefined,
  send: Connector[] | undefined,
): Transport {
  const t: Transport = { maxMessageSizeUnlimited: false };
  if (config.maxDumpsterSizePerStorageGroup !== undefined)
    t.maxDumpsterSizePerStorageGroupBytes = config.maxDumpsterSizePerStorageGroup;
  if (config.maxDumpsterTime !== undefined) t.maxDumpsterTimeSeconds = config.maxDumpsterTime;
  if (typeof config.maxReceiveSize === 'number') t.maxReceiveSizeBytes = config.maxReceiveSize;
  if (typeof config.maxSendSize === 'number') t.maxSendSizeBytes = config.maxSendSize;
  if (config.maxReceiveSize === 'unlimited' || config.maxSendSize === 'unlimited') {
    t.maxMessageSizeUnlimited = true;
    return t;
  }
  if (config.maxReceiveSize === undefined && config.maxSendSize === undefined) {
    return withoutVerdict(t);
  }
  const limits: { from: string; bytes: number }[] = [];
  if (t.maxReceiveSizeBytes !== undefined) limits.push({ from: 'MaxReceiveSize', bytes: t.maxReceiveSizeBytes });
  if (t.maxSendSizeBytes !== undefined) limits.push({ from: 'MaxSendSize', bytes: t.maxSendSizeBytes });
  const atMost = dumpsterRatio(
    t.maxDumpsterSizePerStorageGroupBytes,
    limits.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  );
  if (atMost) {
    t.dumpsterRatioAtMost = atMost.ratio;
    t.dumpsterRatioAtMostBasis = atMost.basis;
  }
  if (!receive || !send) return t;
  for (const c of [
    ...receive.map((c) => ({ c, kind: 'receive connector' })),
    ...send.map((c) => ({ c, kind: 'send connector' })),
  ]) {
    if (c.c.enabled !== false && c.c.maxMessageSizeBytes !== undefined)
      limits.push({ from: `${c.kind} ${c.c.name}`, bytes: c.c.maxMessageSizeBytes });
  }
  const largest = limits.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  t.maxMessageSizeBytes = largest.bytes;
  t.maxMessageSizeFrom = largest.from;
  const ratio = dumpsterRatio(t.maxDumpsterSizePerStorageGroupBytes, largest);
  if (ratio) {
    t.dumpsterToMessageSizeRatio = ratio.ratio;
    t.dumpsterRatioBasis = ratio.basis;
  }
  return t;
}

/** Neither organization limit was readable: whether the size is unlimited is unknown, not false. */
function withoutVerdict(t: Transport): Transport {
  const { maxMessageSizeUnlimited: _unknown, ...rest } = t;
  return rest as Transport;
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

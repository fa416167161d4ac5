import type { ExServerFacts, ExchangeServer } from '../../../collectors/sources/ex-server';
import type { ExMailboxServerFacts } from '../../../collectors/sources/ex-mailbox-server';
import type { Server } from '../schema';
import type { FolderFacts } from './folder-facts';

/**
 * The Exchange facts of a server: its own folder's `ex-server.txt` (the entry with its name, or the only
 * one), else its entry in `_organization/ex-server.txt`; plus `ex-mailbox-server.txt` for a mailbox server.
 */
export function exchangeOf(folder: FolderFacts, organization: FolderFacts | undefined): Server['exchange'] {
  const name = folder.name.toLowerCase();
  const pick = (list: ExchangeServer[] | undefined, onlyOneCounts: boolean) =>
    list?.find((s) => s.name.toLowerCase() === name) ?? (onlyOneCounts && list?.length === 1 ? list[0] : undefined);
  const entry =
    pick(folder.facts<ExServerFacts>('ex-server.txt')?.servers, true) ??
    pick(organization?.facts<ExServerFacts>('ex-server.txt')?.servers, false);
  const mailbox = folder.facts<ExMailboxServerFacts>('ex-mailbox-server.txt')?.servers;
  const mbx = mailbox?.find((s) => s.name.toLowerCase() === name) ?? (mailbox?.length === 1 ? mailbox[0] : undefined);
  if (!entry && !mbx) return undefined;
  const exchange: NonNullable<Server['exchange']> = {};
  const version = entry?.adminDisplayVersion;
  if (version) {
    exchange.version = {
      text: version.text,
      major: version.major,
      minor: version.minor,
      build: version.build,
      revision: version.revision,
    };
    if (version.major === 8) exchange.servicePack = version.minor;
  }
  if (entry?.serverRole) exchange.roles = entry.serverRole.map(String);
  if (entry?.edition) exchange.edition = entry.edition;
  if (entry?.errorReportingEnabled !== undefined) exchange.errorReportingEnabled = entry.errorReportingEnabled;
  if (mbx?.clusteredStorageType) exchange.clusteredStorageType = mbx.clusteredStorageType;
  if (mbx?.redundantMachines) exchange.redundantMachines = mbx.redundantMachines;
  return exchange;
}

/**
 * The architecture of each Exchange server's binaries. Exchange 2007's 32-bit build installs only on 32-bit
 * Windows and its 64-bit build only on x64 Windows, so it is the architecture of the OS the server runs on;
 * a clustered mailbox server has no OS of its own and takes its nodes' (`RedundantMachines`, else the
 * cluster's nodes in the bundle): x86 when any node is x86, otherwise known only when every node is.
 */
export function assignExchangeArchitectures(servers: Server[]): void {
  for (const server of servers) {
    if (!server.exchange) continue;
    const architecture =
      server.role === 'clusteredMailboxServer' ? nodesArchitecture(nodesOf(server, servers)) : server.os?.architecture;
    if (architecture) server.exchange.architecture = architecture;
  }
}

/** The nodes of a clustered mailbox server; a named node that is not in the bundle is `undefined`. */
function nodesOf(cms: Server, servers: Server[]): (Server | undefined)[] {
  const nodes = servers.filter((s) => s.role === 'clusterNode');
  const named = cms.exchange?.redundantMachines ?? [];
  if (named.length > 0) return named.map((m) => nodes.find((s) => s.name.toLowerCase() === m.toLowerCase()));
  return cms.cluster ? nodes.filter((s) => s.cluster === cms.cluster) : [];
}

function nodesArchitecture(nodes: (Server | undefined)[]): NonNullable<Server['os']>['architecture'] {
  const known = nodes.map((n) => n?.os?.architecture);
  if (known.includes('x86')) return 'x86';
  if (known.length === 0 || known.some((a) => a === undefined)) return undefined;
  return known.every((a) => a === known[0]) ? known[0] : undefined;
}

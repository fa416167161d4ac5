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
  if (mbx?.autoDatabaseMountDial) exchange.autoDatabaseMountDial = mbx.autoDatabaseMountDial;
  if (entry?.dataPath) exchange.dataPath = entry.dataPath;
  return exchange;
}

/**
 * The architecture of each Exchange server's binaries. Exchange 2007's 32-bit build installs only on 32-bit
 * Windows and its 64-bit build only on x64 Windows, so it is the architecture of the OS the server runs on;
 * a clustered mailbox server has no OS of its own and takes its nodes' (`RedundantMachines`, else the
 * cluster's nodes in the bundle): x86 when any node is x86, otherwise known only when every node is. The
 * basis names the Windows that showed it.
 */
export function assignExchangeArchitectures(servers: Server[]): void {
  for (const server of servers) {
    if (!server.exchange) continue;
    const decided =
      server.role === 'clusteredMailboxServer' ? nodesArchitecture(nodesOf(server, servers)) : ownArchitecture(server);
    if (!decided) continue;
    server.exchange.architecture = decided.architecture;
    server.exchange.architectureBasis = decided.basis;
  }
}

type Architecture = NonNullable<NonNullable<Server['os']>['architecture']>;
type Decided = { architecture: Architecture; basis: { en: string; de: string } } | undefined;

const BITS: Record<Architecture, { en: string; de: string }> = {
  x86: { en: '32-bit (x86) Windows', de: '32-Bit-Windows (x86)' },
  x64: { en: 'x64 Windows', de: 'x64-Windows' },
  ia64: { en: 'Itanium Windows', de: 'Itanium-Windows' },
};

function ownArchitecture(server: Server): Decided {
  const architecture = server.os?.architecture;
  if (!architecture) return undefined;
  const bits = BITS[architecture];
  return {
    architecture,
    basis: { en: `${server.name} runs ${bits.en} (systeminfo.txt)`, de: `${server.name} läuft mit ${bits.de} (systeminfo.txt)` },
  };
}

/** The nodes of a clustered mailbox server; a named node that is not in the bundle is `undefined`. */
function nodesOf(cms: Server, servers: Server[]): (Server | undefined)[] {
  const nodes = servers.filter((s) => s.role === 'clusterNode');
  const named = cms.exchange?.redundantMachines ?? [];
  if (named.length > 0) return named.map((m) => nodes.find((s) => s.name.toLowerCase() === m.toLowerCase()));
  return cms.cluster ? nodes.filter((s) => s.cluster === cms.cluster) : [];
}

function nodesArchitecture(nodes: (Server | undefined)[]): Decided {
  const known = nodes.filter((n): n is Server => n?.os?.architecture !== undefined);
  const x86 = known.filter((n) => n.os!.architecture === 'x86').map((n) => n.name);
  if (x86.length > 0) {
    const names = x86.join(', ');
    return {
      architecture: 'x86',
      basis: {
        en: `its node${x86.length > 1 ? 's' : ''} ${names} run${x86.length > 1 ? '' : 's'} ${BITS.x86.en} (systeminfo.txt)`,
        de: `${x86.length > 1 ? 'seine Knoten' : 'sein Knoten'} ${names} ${x86.length > 1 ? 'laufen' : 'läuft'} mit ${BITS.x86.de} (systeminfo.txt)`,
      },
    };
  }
  if (nodes.length === 0 || known.length !== nodes.length) return undefined;
  const first = known[0]!.os!.architecture!;
  if (!known.every((n) => n.os!.architecture === first)) return undefined;
  const names = known.map((n) => n.name).join(', ');
  const one = known.length === 1;
  return {
    architecture: first,
    basis: {
      en: `${one ? 'its node' : 'its nodes'} ${names} ${one ? 'runs' : 'run'} ${BITS[first].en} (systeminfo.txt)`,
      de: `${one ? 'sein Knoten' : 'seine Knoten'} ${names} ${one ? 'läuft' : 'laufen'} mit ${BITS[first].de} (systeminfo.txt)`,
    },
  };
}

import type { Server } from '../schema';
import { hostsOf } from './database-volumes';
import { partitionOfVolume } from './partition-of-volume';
import { normalizedDir, volumeOfPath } from './volume-of-path';

type Text = { en: string; de: string };
type ExchangeVolume = NonNullable<Server['exchangeVolumes']>[number];

interface ExchangeFile {
  path: string;
  kind: 'database' | 'logs';
  /** `CCR-CLUSTER001 SG1\DB1`: whose file it is. */
  owner: string;
}

/** The database files (.edb, LCR copies included) and log folders of the storage groups a server runs. */
export function exchangeFilesOf(server: Server): ExchangeFile[] {
  const files: ExchangeFile[] = [];
  for (const group of server.storageGroups ?? []) {
    const owner = `${server.name} ${group.name}`;
    for (const db of group.databases ?? []) {
      for (const path of [db.edbFilePath, db.copyEdbFilePath])
        if (path) files.push({ path, kind: 'database', owner: `${owner}\\${db.name}` });
    }
    for (const path of [group.logFolderPath, group.copyLogFolderPath]) if (path) files.push({ path, kind: 'logs', owner });
  }
  return files;
}

/**
 * The volumes of one machine that hold Exchange database files or transaction logs (STO-010, STO-011): every
 * file of the servers whose databases the machine holds (itself, or the clustered mailbox servers it is a node
 * of), placed on the machine's own volumes by the longest mount point (`volumeOfPath`). A file the machine's
 * volumes do not hold (a passive shared-storage node, a UNC path) is left out. Unknown, with the reason, when
 * the machine's volume list or the storage groups are missing.
 */
export function exchangeVolumesOf(host: Server, held: readonly Server[]): { volumes?: ExchangeVolume[]; basis?: Text } {
  if (held.length === 0) return {};
  const unlisted = held.filter((s) => !s.storageGroups).map((s) => s.name);
  if (unlisted.length === held.length)
    return {
      basis: {
        en: `the storage groups of ${unlisted.join(', ')} are unknown (ex-storage-groups.txt)`,
        de: `die Speichergruppen von ${unlisted.join(', ')} sind unbekannt (ex-storage-groups.txt)`,
      },
    };
  const mounted = host.mountedVolumes;
  if (!mounted) {
    const failed = host.sources['volumes.txt']?.status === 'failed';
    // Said as the reports translate a missing or failed source.
    return {
      basis: failed
        ? { en: 'volumes.txt failed', de: 'volumes.txt nicht lesbar' }
        : { en: 'volumes.txt missing', de: 'volumes.txt fehlt' },
    };
  }
  const byVolume = new Map<string, { mountPoint: string; files: ExchangeFile[] }>();
  for (const file of held.flatMap(exchangeFilesOf)) {
    const where = volumeOfPath(file.path, mounted);
    if ('unknown' in where || where.mountPoint.startsWith('\\\\')) continue;
    const entry = byVolume.get(where.volume) ?? { mountPoint: where.mountPoint, files: [] };
    entry.files.push(file);
    byVolume.set(where.volume, entry);
  }
  const partitions = host.partitions;
  const mapped = host.sources['partition-drives.txt']?.status === 'parsed';
  const volumes = [...byVolume.values()]
    .map(({ mountPoint, files }): ExchangeVolume => {
      const volume = mounted.find((v) => normalizedDir(v.name) === normalizedDir(mountPoint))!;
      const databaseFiles = unique(files.filter((f) => f.kind === 'database').map((f) => f.path));
      const logFolders = unique(files.filter((f) => f.kind === 'logs').map((f) => f.path));
      const owners = unique(files.map((f) => f.owner));
      return {
        name: volume.name,
        ...(volume.deviceId !== undefined ? { deviceId: volume.deviceId } : {}),
        ...(volume.blockSizeBytes !== undefined ? { blockSizeBytes: volume.blockSizeBytes } : {}),
        databaseFiles,
        logFolders,
        holdsDatabaseFiles: databaseFiles.length > 0,
        usageBasis: usageBasis(volume.name, databaseFiles, logFolders, owners),
        partition: partitionOfVolume(volume, mounted, partitions, mapped),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { volumes };
}

function usageBasis(name: string, databaseFiles: string[], logFolders: string[], owners: string[]): Text {
  const parts = (dbs: string, logs: string) =>
    [
      databaseFiles.length > 0 ? `${dbs} ${databaseFiles.join(', ')}` : '',
      logFolders.length > 0 ? `${logs} ${logFolders.join(', ')}` : '',
    ]
      .filter((p) => p !== '')
      .join('; ');
  return {
    en: `the volume mounted at ${name} holds ${parts('the database files', 'the logs in')} (${owners.join(', ')})${databaseFiles.length === 0 ? ': logs only' : ''}`,
    de: `das unter ${name} bereitgestellte Volume hält ${parts('die Datenbankdateien', 'die Protokolle in')} (${owners.join(', ')})${databaseFiles.length === 0 ? ': nur Protokolle' : ''}`,
  };
}

const unique = (items: string[]) => [...new Set(items)];

/** Sets `exchangeVolumes` (or the reason it is unknown) on every machine that holds mailbox databases. */
export function assignExchangeVolumes(servers: readonly Server[]): void {
  for (const host of servers) {
    if (host.role === 'clusteredMailboxServer') continue;
    const held = servers.filter((s) => runsDatabases(s) && hostsOf(s, servers).includes(host));
    const { volumes, basis } = exchangeVolumesOf(host, held);
    if (volumes) host.exchangeVolumes = volumes;
    if (basis) host.exchangeVolumesBasis = basis;
  }
}

/** A server with storage groups: listed, or known to have them (a clustered mailbox server, a Mailbox server). */
const runsDatabases = (s: Server) =>
  s.storageGroups !== undefined || s.role === 'clusteredMailboxServer' || (s.exchange?.roles ?? []).includes('Mailbox');

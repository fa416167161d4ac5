// @ts-nocheck
import type { ExCmsStatusFacts } from '../../../collectors/sources/ex-cms-status';
import type { ExMailboxDatabasesFacts } from '../../../collectors/sources/ex-mailbox-databases';
import type { ExPublicFolderDatabasesFacts } from '../../../collectors/sources/ex-public-folder-databases';
import type { ExSgCopyStatusFacts } from '../../../collectors/sources/ex-sg-copy-status';
import type { ExStorageGroupsFacts } from '../../../collectors/sources/ex-storage-groups';
import type { CmsStatus, Database, Server, StorageGroup } from '../schema';
import type { FolderFacts } from './folder-facts';

/**
 * The storage groups of a (clustered) mailbox server with their databases and copy status. Databases are
 * matched to their storage group by name (`Identity` is `SERVER\SG\DB`). The counts are absent when the
 * database outputs are missing: how many databases there are is then unknown.
 */
export function storageOf(
  folder: FolderFacts,
  clusteredStorageType?: string,
): Pick<Server, 'storageGroups' | 'storageGroupCount' | 'databaseCount'> {
  const groups = folder.facts<ExStorageGroupsFacts>('ex-storage-groups.txt')?.storageGroups;
  if (!groups) return {};
  const mailbox = folder.facts<ExMailboxDatabasesFacts>('ex-mailbox-databases.txt')?.databases;
  const publicFolder = folder.facts<ExPublicFolderDatabasesFacts>('ex-public-folder-databases.txt')?.databases;
  const copies = folder.facts<ExSgCopyStatusFacts>('ex-sg-copy-status.txt')?.copies;
  const known = mailbox !== undefined && publicFolder !== undefined;
  const storageGroups = groups.map((g): StorageGroup => {
    const server = g.server ?? folder.name;
    const sg: StorageGroup = { name: g.name, server };
    if (g.logFolderPath) sg.logFolderPath = g.logFolderPath;
    if (g.systemFolderPath) sg.systemFolderPath = g.systemFolderPath;
    const replication = replicationOf(g.replicated, g.hasLocalCopy, clusteredStorageType);
    if (replication) sg.replication = replication;
    if (g.hasLocalCopy !== undefined) sg.hasLocalCopy = g.hasLocalCopy;
    if (g.copyLogFolderPath) sg.copyLogFolderPath = g.copyLogFolderPath;
    if (g.copySystemFolderPath) sg.copySystemFolderPath = g.copySystemFolderPath;
    if (g.copyLogFolderPath || g.copySystemFolderPath)
      sg.copyPathIsUnc = [g.copyLogFolderPath, g.copySystemFolderPath].some((p) => p?.startsWith('\\\\'));
    const dbs = [
      ...(mailbox ?? [])
        .filter((d) => inGroup(d.storageGroup, g.name))
        .map((d) => database(d, 'mailbox', g.name, server, g.logFolderPath)),
      ...(publicFolder ?? [])
        .filter((d) => inGroup(d.storageGroup, g.name))
        .map((d) => database(d, 'publicFolder', g.name, server, g.logFolderPath)),
    ];
    if (known) {
      sg.databases = dbs;
      sg.databaseCount = dbs.length;
      sg.publicFolderDatabaseCount = dbs.filter((d) => d.kind === 'publicFolder').length;
    }
    const copy = copies?.find((c) => inGroup(c.storageGroupName ?? c.identity, g.name));
    if (copy) {
      sg.copyStatus = {
        ...(copy.summaryCopyStatus ? { summaryCopyStatus: copy.summaryCopyStatus } : {}),
        ...(copy.copyQueueLength !== undefined ? { copyQueueLength: copy.copyQueueLength } : {}),
        ...(copy.replayQueueLength !== undefined ? { replayQueueLength: copy.replayQueueLength } : {}),
      };
    }
    return sg;
  });
  return {
    storageGroups,
    storageGroupCount: storageGroups.length,
    ...(known ? { databaseCount: storageGroups.reduce((n, g) => n + (g.databaseCount ?? 0), 0) } : {}),
  };
}

/**
 * How a storage group replicates: `Replicated` when Exchange printed it (SP1 and later); otherwise every
 * storage group of a CCR clustered mailbox server (NonShared) is replicated by the cluster, and one with a
 * local copy by LCR. Unknown when neither tells.
 */
function replicationOf(
  replicated: string | undefined,
  hasLocalCopy: boolean | undefined,
  storageType: string | undefined,
): StorageGroup['replication'] {
  if (replicated === 'Local') return 'local';
  if (replicated === 'Cluster') return 'cluster';
  if (replicated === 'None') return 'none';
  if (storageType === 'NonShared') return 'cluster';
  if (hasLocalCopy === true) return 'local';
  if (hasLocalCopy === false && storageType !== undefined) return 'none';
  return undefined;
}

/** `Erste Speichergruppe`, `EX\Erste Speichergruppe` and `EX\Erste Speichergruppe\DB` all name that group. */
function inGroup(reference: string | undefined, group: string): boolean {
  if (!reference) return false;
  const parts = reference.split('\\').map((p) => p.trim().toLowerCase());
  return parts.includes(group.toLowerCase());
}

function database(
  d: { name: string; edbFilePath?: string; copyEdbFilePath?: string; mounted?: boolean },
  kind: Database['kind'],
  storageGroup: string,
  server: string,
  logFolderPath: string | undefined,
): Database {
  const db: Database = { name: d.name, kind, storageGroup, server };
  if (d.edbFilePath) db.edbFilePath = d.edbFilePath;
  if (d.copyEdbFilePath) db.copyEdbFilePath = d.copyEdbFilePath;
  if (d.mounted !== undefined) db.mounted = d.mounted;
  if (logFolderPath) db.logFolderPath = logFolderPath;
  const a = volumeOf(d.edbFilePath);
  const b = volumeOf(logFolderPath);
  if (a && b) db.logsOnSameVolume = a === b;
  return db;
}

/**
 * The volume of a path: its drive letter, or the UNC share. A folder mounted inside a drive counts as that
 * drive (the bundle has no mount point list), which may report logs and database on one volume when a
 * mount point separates them; the rule's doc says so.
 */
function volumeOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const drive = /^([a-z]):/i.exec(path)?.[1];
  if (drive) return `${drive.toUpperCase()}:`;
  const unc = /^\\\\([^\\]+)\\([^\\]+)/.exec(path);
  return unc ? `\\\\${unc[1]!.toLowerCase()}\\${unc[2]!.toLowerCase()}` : undefined;
}

/** The clustered mailbox server's status: state, the operational nodes, the failed resources. */
export function cmsStatusOf(folder: FolderFacts, redundantMachines: string[] | undefined): CmsStatus | undefined {
  const status = folder.facts<ExCmsStatusFacts>('ex-cms-status.txt');
  if (!status) return undefined;
  const operational = (status.operationalMachines ?? []).map((m) => m.name);
  const cms: CmsStatus = {
    name: status.clusteredMailboxServerName ?? status.identity ?? folder.name,
    operationalMachines: operational,
    failedResources: status.failedResources ?? [],
  };
  if (status.state) cms.state = status.state;
  const active = status.activeNode ?? status.operationalMachines?.find((m) => m.active)?.name;
  if (active) cms.activeNode = active;
  if (redundantMachines) {
    cms.allNodesOperational = redundantMachines.every((m) => operational.some((o) => o.toLowerCase() === m.toLowerCase()));
  }
  return cms;
}

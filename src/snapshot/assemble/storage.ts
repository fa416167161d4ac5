import type { ExCmsStatusFacts } from '../../../collectors/sources/ex-cms-status';
import type { ExMailboxDatabasesFacts } from '../../../collectors/sources/ex-mailbox-databases';
import type { ExPublicFolderDatabasesFacts } from '../../../collectors/sources/ex-public-folder-databases';
import type { ExSgCopyStatusFacts } from '../../../collectors/sources/ex-sg-copy-status';
import type { ExStorageGroupsFacts } from '../../../collectors/sources/ex-storage-groups';
import type { CmsStatus, Database, Server, StorageGroup } from '../schema';
import type { FolderFacts } from './folder-facts';
import { backupAge } from './backup-age';
import { acceptedCopyQueue } from './mount-dial';

/** What the storage facts need beside the folder: the server's storage type and dial, the collection time. */
export interface StorageContext {
  clusteredStorageType?: string;
  autoDatabaseMountDial?: string;
  collectedAt?: string;
}

/**
 * The storage groups of a (clustered) mailbox server with their databases and copy status. Databases are
 * matched to their storage group by name (`Identity` is `SERVER\SG\DB`). Each database list is known on its
 * own: without the public folder databases the mailbox databases are still listed and counted
 * (`knownDatabaseCount`, a lower bound), and only the totals (`databaseCount`) are unknown.
 */
export function storageOf(
  folder: FolderFacts,
  { clusteredStorageType, autoDatabaseMountDial, collectedAt }: StorageContext = {},
): Pick<Server, 'storageGroups' | 'storageGroupCount' | 'databaseCount' | 'knownDatabaseCount'> {
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
        .map((d) => database(d, 'mailbox', g.name, server, g.logFolderPath, collectedAt)),
      ...(publicFolder ?? [])
        .filter((d) => inGroup(d.storageGroup, g.name))
        .map((d) => database(d, 'publicFolder', g.name, server, g.logFolderPath)),
    ];
    if (mailbox !== undefined || publicFolder !== undefined) {
      sg.databases = dbs;
      if (!known) sg.unlistedDatabaseKinds = mailbox === undefined ? ['mailbox'] : ['publicFolder'];
    }
    if (mailbox !== undefined || publicFolder !== undefined) sg.knownDatabaseCount = dbs.length;
    if (publicFolder !== undefined) sg.publicFolderDatabaseCount = dbs.filter((d) => d.kind === 'publicFolder').length;
    if (known) sg.databaseCount = dbs.length;
    if (g.standbyMachines !== undefined) sg.standbyContinuousReplication = g.standbyMachines.length > 0;
    if (autoDatabaseMountDial !== undefined) sg.autoDatabaseMountDial = autoDatabaseMountDial;
    if (sg.replication === 'cluster') {
      const accepted = acceptedCopyQueue(autoDatabaseMountDial, server);
      if (accepted?.logs !== undefined) sg.acceptedCopyQueueLength = accepted.logs;
      if (accepted) sg.acceptedCopyQueueLengthBasis = accepted.basis;
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
    ...(mailbox !== undefined || publicFolder !== undefined
      ? { knownDatabaseCount: storageGroups.reduce((n, g) => n + (g.knownDatabaseCount ?? 0), 0) }
      : {}),
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
  d: {
    name: string;
    edbFilePath?: string;
    copyEdbFilePath?: string;
    mounted?: boolean;
    recovery?: boolean;
    lastFullBackup?: string;
  },
  kind: Database['kind'],
  storageGroup: string,
  server: string,
  logFolderPath: string | undefined,
  collectedAt?: string,
): Database {
  const db: Database = { name: d.name, kind, storageGroup, server };
  if (d.edbFilePath) db.edbFilePath = d.edbFilePath;
  if (d.copyEdbFilePath) db.copyEdbFilePath = d.copyEdbFilePath;
  if (d.mounted !== undefined) db.mounted = d.mounted;
  if (d.recovery !== undefined) db.recovery = d.recovery;
  if (d.lastFullBackup !== undefined) db.lastFullBackup = d.lastFullBackup;
  const age = backupAge(d.lastFullBackup, collectedAt);
  if (age?.days !== undefined) db.lastFullBackupAgeDays = age.days;
  if (age) db.lastFullBackupAgeDaysBasis = age.basis;
  if (logFolderPath) db.logFolderPath = logFolderPath;
  return db;
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

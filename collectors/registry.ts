import type { SourceDefinition } from './source-definition';
import { parseChcp } from './sources/chcp';
import { parseClusterGroup } from './sources/cluster-group';
import { parseClusterNetint } from './sources/cluster-netint';
import { parseClusterNetpri } from './sources/cluster-netpri';
import { parseClusterNetwork } from './sources/cluster-network';
import { parseClusterNode } from './sources/cluster-node';
import { parseClusterProp } from './sources/cluster-prop';
import { parseClusterQuorum } from './sources/cluster-quorum';
import { parseClusterResMnsPriv } from './sources/cluster-res-mns-priv';
import { parseClusterResPriv } from './sources/cluster-res-priv';
import { parseClusterRes } from './sources/cluster-res';
import { parseDisks } from './sources/disks';
import { parseExCmsStatus } from './sources/ex-cms-status';
import { parseExMailboxDatabases } from './sources/ex-mailbox-databases';
import { parseExMailboxServer } from './sources/ex-mailbox-server';
import { parseExPublicFolderDatabases } from './sources/ex-public-folder-databases';
import { parseExReceiveConnectors } from './sources/ex-receive-connectors';
import { parseExReplicationHealth } from './sources/ex-replication-health';
import { parseExSendConnectors } from './sources/ex-send-connectors';
import { parseExServer } from './sources/ex-server';
import { parseExSgCopyStatus } from './sources/ex-sg-copy-status';
import { parseExStorageGroups } from './sources/ex-storage-groups';
import { parseExTransportConfig } from './sources/ex-transport-config';
import { parseFileVersions } from './sources/file-versions';
import { parseIpconfigAll } from './sources/ipconfig-all';
import { parseNetConfigWorkstation } from './sources/net-config-workstation';
import { parseNetLocalgroupAdministrators } from './sources/net-localgroup-administrators';
import { parseNetUser } from './sources/net-user';
import { parsePartitionDrives } from './sources/partition-drives';
import { parsePartitions } from './sources/partitions';
import { parseQfe } from './sources/qfe';
import { parseRegEventlogApplication } from './sources/reg-eventlog-application';
import { parseRegNdp } from './sources/reg-ndp';
import { parseRegNetbtInterfaces } from './sources/reg-netbt-interfaces';
import { parseRegNetworkConnections } from './sources/reg-network-connections';
import { parseRegMemoryManagement } from './sources/reg-memory-management';
import { parseRegOcManager } from './sources/reg-oc-manager';
import { parseRegPowershell } from './sources/reg-powershell';
import { parseRegTcpipLinkage } from './sources/reg-tcpip-linkage';
import { parseRegTcpipParameters } from './sources/reg-tcpip-parameters';
import { parseRegUpdates } from './sources/reg-updates';
import { parseScQcClussvc } from './sources/sc-qc-clussvc';
import { parseSysteminfo } from './sources/systeminfo';
import { parseVolumes } from './sources/volumes';

const NETWORK_CLASS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Network\\{4D36E972-E325-11CE-BFC1-08002BE10318}';

/**
 * Every source bpa reads: the file name design.md fixes, the command that writes it, where it is run,
 * and its parser. The collection scripts and the collectors both come from this one list.
 */
export const SOURCES: readonly SourceDefinition[] = [
  { file: 'chcp.txt', command: 'chcp', writer: 'cmd', place: 'every server', parse: parseChcp },
  { file: 'systeminfo.txt', command: 'systeminfo', writer: 'cmd', place: 'every server', parse: parseSysteminfo },
  { file: 'ipconfig-all.txt', command: 'ipconfig /all', writer: 'cmd', place: 'every server', parse: parseIpconfigAll },
  { file: 'qfe.txt', command: 'wmic qfe list', writer: 'wmic', place: 'every server', parse: parseQfe },
  {
    file: 'reg-updates.txt',
    command: 'reg query "HKLM\\SOFTWARE\\Microsoft\\Updates" /s',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegUpdates,
  },
  {
    file: 'reg-tcpip-linkage.txt',
    command: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage /v Bind',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegTcpipLinkage,
  },
  {
    file: 'reg-network-connections.txt',
    command: `reg query "${NETWORK_CLASS}" /s`,
    writer: 'cmd',
    place: 'every server',
    parse: parseRegNetworkConnections,
  },
  {
    file: 'reg-netbt-interfaces.txt',
    command: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NetBT\\Parameters\\Interfaces /s',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegNetbtInterfaces,
  },
  {
    file: 'reg-ndp.txt',
    command: 'reg query "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP" /s',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegNdp,
  },
  {
    file: 'reg-oc-manager.txt',
    command: 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Setup\\Oc Manager\\Subcomponents"',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegOcManager,
  },
  {
    file: 'reg-powershell.txt',
    command: 'reg query HKLM\\SOFTWARE\\Microsoft\\PowerShell\\1 /s',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegPowershell,
  },
  {
    file: 'reg-eventlog-application.txt',
    command: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Eventlog\\Application',
    writer: 'cmd',
    place: 'every server',
    parse: parseRegEventlogApplication,
  },
  {
    file: 'file-versions.txt',
    command: `wmic datafile where "name='C:\\\\WINDOWS\\\\system32\\\\drivers\\\\tcpip.sys' or name='C:\\\\WINDOWS\\\\system32\\\\mmc.exe'" get Name,Version`,
    writer: 'wmic',
    place: 'every server',
    parse: parseFileVersions,
  },
  {
    file: 'disks.txt',
    command: 'wmic logicaldisk get Caption,FreeSpace,Size,DriveType',
    writer: 'wmic',
    place: 'every server',
    parse: parseDisks,
  },
  {
    file: 'volumes.txt',
    command: 'wmic path Win32_Volume get BlockSize,Capacity,Caption,DeviceID,DriveLetter,FileSystem,FreeSpace,Label,Name',
    writer: 'wmic',
    place: 'every server',
    optional: true,
    parse: parseVolumes,
  },
  {
    file: 'partitions.txt',
    command: 'wmic partition get DiskIndex,Index,Name,Size,StartingOffset',
    writer: 'wmic',
    place: 'every server',
    optional: true,
    parse: parsePartitions,
  },
  {
    file: 'partition-drives.txt',
    command: 'wmic path Win32_LogicalDiskToPartition get Antecedent,Dependent',
    writer: 'wmic',
    place: 'every server',
    optional: true,
    parse: parsePartitionDrives,
  },
  {
    file: 'reg-memory-management.txt',
    command: 'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management" /v PagingFiles',
    writer: 'cmd',
    place: 'every server',
    optional: true,
    parse: parseRegMemoryManagement,
  },
  {
    file: 'reg-tcpip-parameters.txt',
    command: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
    writer: 'cmd',
    place: 'every server',
    optional: true,
    parse: parseRegTcpipParameters,
  },
  { file: 'cluster-prop.txt', command: 'cluster /prop', writer: 'cmd', place: 'cluster node', parse: parseClusterProp },
  { file: 'cluster-quorum.txt', command: 'cluster /quorum', writer: 'cmd', place: 'cluster node', parse: parseClusterQuorum },
  { file: 'cluster-node.txt', command: 'cluster node', writer: 'cmd', place: 'cluster node', parse: parseClusterNode },
  {
    file: 'cluster-network.txt',
    command: 'cluster network /prop',
    writer: 'cmd',
    place: 'cluster node',
    parse: parseClusterNetwork,
  },
  { file: 'cluster-netpri.txt', command: 'cluster /listnetpri', writer: 'cmd', place: 'cluster node', parse: parseClusterNetpri },
  { file: 'cluster-netint.txt', command: 'cluster netint', writer: 'cmd', place: 'cluster node', parse: parseClusterNetint },
  { file: 'cluster-group.txt', command: 'cluster group', writer: 'cmd', place: 'cluster node', parse: parseClusterGroup },
  { file: 'cluster-res.txt', command: 'cluster res', writer: 'cmd', place: 'cluster node', parse: parseClusterRes },
  {
    file: 'cluster-res-mns-priv.txt',
    command: 'cluster res "Majority Node Set" /priv',
    writer: 'cmd',
    place: 'cluster node',
    parse: parseClusterResMnsPriv,
  },
  {
    // Every resource's private properties: the File Share Witness of a Windows Server 2008 cluster (SharePath),
    // whatever its localized name, and the Majority Node Set settings of 2003.
    file: 'cluster-res-priv.txt',
    command: 'cluster res /priv',
    writer: 'cmd',
    place: 'cluster node',
    optional: true,
    parse: parseClusterResPriv,
  },
  { file: 'sc-qc-clussvc.txt', command: 'sc qc ClusSvc', writer: 'cmd', place: 'cluster node', parse: parseScQcClussvc },
  {
    file: 'net-config-workstation.txt',
    command: 'net config workstation',
    writer: 'cmd',
    place: 'cluster node',
    parse: parseNetConfigWorkstation,
  },
  {
    file: 'net-user-<account>.txt',
    matches: /^net-user-.+\.txt$/,
    command: 'net user <account> /domain',
    writer: 'cmd',
    place: 'cluster node',
    parse: parseNetUser,
  },
  {
    file: 'net-localgroup-administrators.txt',
    command: 'net localgroup <name of S-1-5-32-544>',
    writer: 'cmd',
    place: 'cluster node',
    parse: parseNetLocalgroupAdministrators,
  },
  {
    file: 'ex-server.txt',
    command: 'Get-ExchangeServer <name> | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExServer,
  },
  {
    file: 'ex-mailbox-server.txt',
    command: 'Get-MailboxServer <name> | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExMailboxServer,
  },
  {
    file: 'ex-cms-status.txt',
    command: 'Get-ClusteredMailboxServerStatus | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExCmsStatus,
  },
  {
    file: 'ex-storage-groups.txt',
    command: 'Get-StorageGroup -Server <name> | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExStorageGroups,
  },
  {
    file: 'ex-mailbox-databases.txt',
    command: 'Get-MailboxDatabase -Server <name> -Status | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExMailboxDatabases,
  },
  {
    file: 'ex-public-folder-databases.txt',
    command: 'Get-PublicFolderDatabase -Server <name> | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExPublicFolderDatabases,
  },
  {
    file: 'ex-sg-copy-status.txt',
    command: 'Get-StorageGroupCopyStatus -Server <name> | Format-List',
    writer: 'powershell',
    place: 'clustered mailbox server',
    parse: parseExSgCopyStatus,
  },
  {
    // Exchange 2007's Test-ReplicationHealth has no -Identity: it tests the node it runs on, so every node of a
    // clustered mailbox server runs it into its own folder, the passive one included (STO-008).
    file: 'ex-replication-health.txt',
    command: 'Test-ReplicationHealth | Format-List',
    writer: 'powershell',
    place: 'cluster node',
    optional: true,
    parse: parseExReplicationHealth,
  },
  {
    // The organization's public folder databases, those of Exchange 2003 servers included (STO-002).
    file: 'ex-public-folder-databases.txt',
    command: 'Get-PublicFolderDatabase -IncludePreExchange2007 | Format-List',
    writer: 'powershell',
    place: 'organization',
    optional: true,
    parse: parseExPublicFolderDatabases,
  },
  {
    file: 'ex-transport-config.txt',
    command: 'Get-TransportConfig | Format-List',
    writer: 'powershell',
    place: 'organization',
    parse: parseExTransportConfig,
  },
  {
    file: 'ex-receive-connectors.txt',
    command: 'Get-ReceiveConnector | Format-List',
    writer: 'powershell',
    place: 'organization',
    parse: parseExReceiveConnectors,
  },
  {
    file: 'ex-send-connectors.txt',
    command: 'Get-SendConnector | Format-List',
    writer: 'powershell',
    place: 'organization',
    parse: parseExSendConnectors,
  },
] as SourceDefinition[];

/** The files a folder of each kind is expected to hold; absent ones are `missing` in the snapshot. */
export function expectedSources(places: SourceDefinition['place'][]): string[] {
  return SOURCES.filter((s) => places.includes(s.place) && s.file !== 'chcp.txt' && !s.optional).map((s) => s.file);
}

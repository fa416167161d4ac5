/**
 * What bpa reads from each source of the registry, for the table of docs/bundle-format.md. A test fails when
 * a source of the registry has no entry here (or an entry names no source), so a new source is documented
 * in the repository when it is added.
 */
export const SOURCE_READS: Readonly<Record<string, string>> = {
  'chcp.txt': 'the OEM code page the `cmd` outputs of the folder were written in (850 on German, 437 on English Windows)',
  'systeminfo.txt':
    'OS name, version, service pack, edition, architecture, manufacturer and model (virtual machine), domain, memory, hotfixes, network cards',
  'ipconfig-all.txt':
    'adapters: connection name, description, MAC, DHCP, IP addresses, gateway, DNS servers, NetBIOS over TCP/IP',
  'qfe.txt': 'hotfixes (KB in `HotFixID`, or in `ServicePackInEffect` on 2003/XP)',
  'reg-updates.txt': 'hotfixes recorded in the registry (2003)',
  'reg-tcpip-linkage.txt': 'adapter binding order (`\\Device\\{GUID}` list)',
  'reg-network-connections.txt': 'adapter GUID → connection name',
  'reg-netbt-interfaces.txt': '`NetbiosOptions` per adapter GUID (0 DHCP, 1 enabled, 2 disabled)',
  'reg-ndp.txt': 'installed .NET Framework versions and service packs',
  'reg-oc-manager.txt': 'installed Windows components: IIS (`iis_www`…), SMTP (`iis_smtp`), NNTP (`iis_nntp`)',
  'reg-powershell.txt': 'Windows PowerShell installed and its version',
  'reg-eventlog-application.txt': 'application log `MaxSize`',
  'file-versions.txt': 'driver and program versions (`tcpip.sys`, `mmc.exe`)',
  'disks.txt': 'volumes, their size and free space',
  'volumes.txt':
    'every volume with where it is mounted (drive letters and folder mount points), file system, allocation unit (`BlockSize`), size and free space',
  'partitions.txt': 'every partition with its starting offset (`StartingOffset`, bytes) and size',
  'partition-drives.txt': 'which partition holds which drive letter (folder mount points have no row)',
  'reg-memory-management.txt':
    'the page files (`PagingFiles`: path, initial and maximum size in MB; `0 0` or `?:\\pagefile.sys` when the system manages them)',
  'reg-tcpip-parameters.txt':
    'the Scalable Networking Pack values `EnableTCPChimney`, `EnableRSS` and `EnableTCPA` (a value not listed is not set)',
  'cluster-prop.txt': 'cluster name and common properties',
  'cluster-quorum.txt': 'quorum resource, its path and type',
  'cluster-node.txt':
    'the nodes of the cluster and their state (a node named here without a folder in the bundle is reported missing)',
  'cluster-network.txt': 'per network: `Role` (1 internal only, 2 client only, 3 all communications), address and mask',
  'cluster-netpri.txt': 'the networks in priority order for internal cluster communication',
  'cluster-netint.txt': 'which adapter of which node is on which cluster network',
  'cluster-group.txt': 'groups, owner node, state',
  'cluster-res.txt': 'resources, group, owner node, state',
  'cluster-res-priv.txt':
    'private properties of every resource: the File Share Witness by its `SharePath`, the Majority Node Set settings',
  'cluster-res-mns-priv.txt': '`MNSFileShare`, `MNSFileShareCheckInterval`, `MNSFileShareDelay`',
  'sc-qc-clussvc.txt':
    'the account the Cluster service runs as (`SERVICE_START_NAME`; `LocalSystem` on Windows Server 2008 failover clusters)',
  'net-config-workstation.txt': 'the NetBIOS and DNS names of the domain the machine is a member of',
  'net-user-<account>.txt': 'the cluster service account: active, expires, password expires, last set, group memberships',
  'net-localgroup-administrators.txt':
    'members of the local Administrators group (found by its SID S-1-5-32-544, `Administratoren` on German Windows)',
  'ex-server.txt':
    'Exchange version and build (`AdminDisplayVersion`), roles, edition, `ErrorReportingEnabled` (in `_organization/`: all servers)',
  'ex-mailbox-server.txt':
    '`ClusteredStorageType` (NonShared = CCR, Shared = SCC), `RedundantMachines`, `AutoDatabaseMountDial` (the copy queue an automatic mount accepts)',
  'ex-cms-status.txt': 'state of the clustered mailbox server, operational machines (active node), failed resources',
  'ex-storage-groups.txt': 'storage groups, log and system paths, LCR/CCR flags, copy paths',
  'ex-mailbox-databases.txt':
    'databases, EDB paths, storage group, mounted, copy, recovery, `LastFullBackup` (blank beside a printed `Mounted`: never backed up)',
  'ex-public-folder-databases.txt':
    'public folder databases and their storage group (in `_organization/`: every server of the organization, Exchange 2003 included)',
  'ex-sg-copy-status.txt': '`SummaryCopyStatus`, copy and replay queue lengths',
  'ex-replication-health.txt':
    'every check of `Test-ReplicationHealth` on this node (Exchange 2007 tests the machine it runs on) with its `Result` and `Error`',
  'ex-transport-config.txt': '`MaxDumpsterSizePerStorageGroup`, `MaxDumpsterTime`, `MaxReceiveSize`, `MaxSendSize`',
  'ex-receive-connectors.txt': 'receive connectors and their `MaxMessageSize`',
  'ex-send-connectors.txt': 'send connectors and their `MaxMessageSize`',
};

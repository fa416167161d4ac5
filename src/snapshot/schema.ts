import { Type, type Static, type TSchema, type ObjectOptions } from '@sinclair/typebox';

/**
 * The snapshot: the typed facts the collectors read from a capture bundle. Defined once here; the
 * TypeScript types and the published JSON Schema (`schemas/snapshot.schema.json`) both come from it.
 *
 * Every optional fact is absent when no source gave it (unknown is not false). `x-sources` names the
 * source files a fact comes from, so that a rule which needs an absent fact can say which file was missing.
 */
const S = (...files: string[]) => ({ 'x-sources': files });
const Obj = <T extends Parameters<typeof Type.Object>[0]>(props: T, opts: ObjectOptions = {}) =>
  Type.Object(props, { additionalProperties: false, ...opts });
const Opt = Type.Optional;
const Str = (opts: object = {}) => Type.String(opts);
const Num = (opts: object = {}) => Type.Number(opts);
const Bool = (opts: object = {}) => Type.Boolean(opts);
const Strs = (opts: object = {}) => Type.Array(Type.String(), opts);
const Union = <const T extends readonly string[]>(values: T, opts: object = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts });

export const DiagnosticSchema = Obj({
  file: Str(),
  line: Opt(Type.Integer({ minimum: 1 })),
  severity: Union(['error', 'warning', 'info']),
  message: Str(),
});

export const SourceStatusSchema = Obj({
  status: Union(['parsed', 'missing', 'failed']),
  encoding: Opt(Str()),
  language: Opt(Str()),
  diagnostics: Type.Array(DiagnosticSchema),
});

const VersionSchema = Obj({
  text: Str({ description: 'dotted version, e.g. 8.1.240.6' }),
  major: Num(),
  minor: Num(),
  build: Num(),
  revision: Num(),
});

/** A derived fact's basis (the evidence that decided it), in both report languages. */
const LocalizedTextSchema = (description: string) => Obj({ en: Str(), de: Str() }, { description });

/** The OS support class (see `assemble/os-family.ts`): product names, the same in every language. */
export const OS_FAMILIES = [
  'Windows 2000',
  'Windows Server 2003 RTM',
  'Windows Server 2003 SP1',
  'Windows Server 2003 SP2',
  'Windows Server 2003 R2',
  'Windows XP',
  'Windows Vista',
  'Windows 7',
  'Windows 8',
  'Windows 8.1',
  'Windows 10',
  'Windows 11',
  'Windows Server 2008',
  'Windows Server 2008 R2',
  'Windows Server 2012+',
] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export const OsSchema = Obj(
  {
    name: Str(),
    version: Opt(Str({ description: 'e.g. 5.2.3790' })),
    build: Opt(Num()),
    servicePack: Opt(Num({ description: '0 when the OS version names none (RTM)' })),
    servicePackBasis: Opt(LocalizedTextSchema('what the OS version says about the service pack, with its line')),
    release: Opt(Str({ description: "'2000', '2003', '2003 R2', '2008', '2008 R2' or the OS name" })),
    edition: Opt(Str({ description: 'Standard, Enterprise, Datacenter, Web, Advanced Server…' })),
    architecture: Opt(Union(['x86', 'x64', 'ia64'])),
    productType: Opt(
      Union(['workstation', 'server', 'domainController'], {
        description: 'from the OS configuration (read in English and German output only)',
      }),
    ),
    family: Opt(
      Union(OS_FAMILIES, {
        description:
          'the OS support class, from the OS name, version, product type and service pack; absent when they do not decide it',
      }),
    ),
    familyBasis: Opt(LocalizedTextSchema('the evidence that decided the OS support class, or why it is unknown')),
  },
  S('systeminfo.txt'),
);

export const HardwareSchema = Obj(
  {
    manufacturer: Opt(Str()),
    model: Opt(Str()),
    virtualMachine: Bool(),
    hypervisor: Opt(
      Str({
        description:
          "VMware, Hyper-V, 'Hyper-V or Virtual Server' (a 32-bit guest of Microsoft virtualization), Xen, VirtualBox…",
      }),
    ),
    hypervisorHighAvailability: Opt(
      Bool({
        description:
          "the virtual machine is protected by the hypervisor's own high availability or migration (VMware HA or VMotion, Hyper-V Quick or Live Migration); no source collects it yet",
        ...S(),
      }),
    ),
    hypervisorHighAvailabilityBasis: Opt(LocalizedTextSchema('why hypervisorHighAvailability is unknown')),
  },
  S('systeminfo.txt'),
);

export const HotfixesSchema = Obj(
  {
    ids: Strs({ description: 'KB numbers from every hotfix source, merged, upper case' }),
    unidentified: Num({ description: 'rows without a KB number (systeminfo "File 1")' }),
    sources: Strs(),
    listComplete: Opt(
      Type.Literal(true, {
        description:
          'every installed hotfix is named by a KB (absent when File 1 rows stay unidentified: a KB missing from ids may still be installed)',
        ...S('qfe.txt', 'reg-updates.txt', 'systeminfo.txt'),
      }),
    ),
    listCompleteBasis: Opt(LocalizedTextSchema('what decided whether the list is whole')),
  },
  S('systeminfo.txt', 'qfe.txt', 'reg-updates.txt'),
);

/** A text in both languages: the basis of a derived fact, shown in findings and not-evaluated reasons. */
const BasisSchema = (description: string) => Obj({ en: Str(), de: Str() }, { description });

export const AdapterSchema = Obj({
  name: Str({ description: 'connection name, e.g. LAN or Heartbeat' }),
  type: Opt(
    Union(['ethernet', 'teamed', 'wireless', 'tunnel', 'ppp', 'unknownAdapter', 'other'], {
      description:
        "ipconfig's section heading (Ethernet, Wireless LAN, Tunnel, PPP, Unknown adapter); teamed: an Ethernet adapter whose description is a teaming driver's virtual adapter. Only ethernet, teamed and wireless adapters are cluster network adapters",
      ...S('ipconfig-all.txt', 'systeminfo.txt'),
    }),
  ),
  guid: Opt(Str(S('reg-network-connections.txt'))),
  description: Opt(Str(S('ipconfig-all.txt'))),
  mac: Opt(Str(S('ipconfig-all.txt'))),
  dhcpEnabled: Opt(Bool(S('ipconfig-all.txt'))),
  ipAddresses: Opt(Strs(S('ipconfig-all.txt'))),
  gateways: Opt(Strs(S('ipconfig-all.txt'))),
  dnsServers: Opt(Strs(S('ipconfig-all.txt'))),
  winsServers: Opt(Strs({ description: 'primary, then secondary WINS server', ...S('ipconfig-all.txt') })),
  mediaDisconnected: Opt(Bool(S('ipconfig-all.txt'))),
  netbiosOptions: Opt(Num({ description: '0 from DHCP, 1 enabled, 2 disabled', ...S('reg-netbt-interfaces.txt') })),
  netbiosEnabled: Opt(Bool(S('reg-netbt-interfaces.txt', 'ipconfig-all.txt'))),
  netbiosSource: Opt(Str()),
  role: Opt(
    Union(['private', 'public'], {
      description:
        "from the cluster network the adapter is on and its role, the adapter's default gateway and its connection name (whole words); absent when they conflict or none tells",
      ...S('cluster-network.txt', 'ipconfig-all.txt'),
    }),
  ),
  roleBasis: Opt(BasisSchema('the evidence that decided the role, or the conflict (or lack of evidence) that left it unknown')),
  clusterNetwork: Opt(
    Str({ description: "the cluster network whose subnet holds the adapter's address", ...S('cluster-network.txt') }),
  ),
  bindingPosition: Opt(Num({ description: '1 = first in the binding order', ...S('reg-tcpip-linkage.txt') })),
});

export const AccountSchema = Obj(
  {
    name: Str(),
    identity: Opt(
      Str({
        description: 'the account in one form for every spelling of it: MUELLER\\clusdienst (see clusterServiceAccount.identity)',
      }),
    ),
    identityBasis: Opt(
      BasisSchema(
        "how the net-user file's account was placed: the domain net user /domain asked, the node's domain, or why it stays unknown",
      ),
    ),
    isClusterServiceAccount: Opt(
      Bool({
        description:
          'the account the Cluster service of this node runs as (or the plan names); absent when that cannot be decided',
        ...S('sc-qc-clussvc.txt', 'net-user-<account>.txt'),
      }),
    ),
    isClusterServiceAccountBasis: Opt(
      BasisSchema('how it was decided whether the Cluster service runs as this account, or why not'),
    ),
    fullName: Opt(Str()),
    active: Opt(Bool()),
    accountExpires: Opt(Str({ description: "ISO date or 'never'" })),
    expired: Opt(Bool()),
    lockedOut: Opt(Bool()),
    passwordLastSet: Opt(Str()),
    passwordExpires: Opt(Str({ description: "ISO date-time or 'never'" })),
    passwordNeverExpires: Opt(Bool()),
    passwordAlreadyExpired: Opt(
      Bool({
        description: 'the password had expired when the bundle was collected (bundle.json collectedAt)',
        ...S('net-user-<account>.txt'),
      }),
    ),
    passwordExpiresInDays: Opt(
      Num({
        description: 'whole days between the collection (bundle.json collectedAt) and the password expiry, either way',
        ...S('net-user-<account>.txt'),
      }),
    ),
    globalGroups: Opt(Strs({ description: 'as net user prints them: names cut at 21 characters' })),
    localAdministrator: Opt(
      Bool({
        description: "member of this server's local Administrators, itself or through a domain group",
        ...S('net-localgroup-administrators.txt', 'net-user-<account>.txt'),
      }),
    ),
    localAdministratorBasis: Opt(
      BasisSchema('how the membership was decided (itself, a domain group, a cut group name), or why it is unknown'),
    ),
  },
  S('net-user-<account>.txt'),
);

export const DotnetSchema = Obj(
  {
    frameworks: Type.Array(Obj({ version: Str(), fullVersion: Opt(Str()), installed: Bool(), servicePack: Num() })),
    v2Installed: Bool(),
    v2ServicePack: Opt(Num()),
  },
  S('reg-ndp.txt'),
);

export const ExchangeSchema = Obj(
  {
    version: Opt(VersionSchema),
    servicePack: Opt(Num({ description: '0 for RTM' })),
    roles: Opt(Strs()),
    edition: Opt(Str()),
    errorReportingEnabled: Opt(Bool()),
    clusteredStorageType: Opt(Str(S('ex-mailbox-server.txt'))),
    architecture: Opt(
      Union(['x86', 'x64', 'ia64'], {
        description: 'of the Windows it runs on (for a clustered mailbox server: of its nodes); derived',
        ...S('systeminfo.txt'),
      }),
    ),
    architectureBasis: Opt(LocalizedTextSchema('which Windows showed the architecture')),
    redundantMachines: Opt(Strs(S('ex-mailbox-server.txt'))),
    autoDatabaseMountDial: Opt(
      Str({ description: 'Lossless, GoodAvailability or BestAvailability (Get-MailboxServer)', ...S('ex-mailbox-server.txt') }),
    ),
    dataPath: Opt(Str({ description: 'DataPath: where Exchange is installed, plus \\Mailbox' })),
  },
  S('ex-server.txt'),
);

export const ExchangeBuildSchema = Obj(
  {
    version: VersionSchema,
    servicePack: Opt(Num({ description: '0 for RTM; Exchange 2007 (major 8) only' })),
    from: Str({
      description:
        'the server whose ex-server.txt gave the build: the machine itself, or the clustered mailbox server a node hosts',
    }),
    versionBasis: LocalizedTextSchema('where the build comes from'),
  },
  {
    description:
      'The Exchange build a machine runs: its own AdminDisplayVersion, or for a cluster node that of the clustered mailbox server it hosts (a node has no ex-server.txt of its own)',
    ...S('ex-server.txt'),
  },
);

export const DatabaseSchema = Obj({
  name: Str(),
  kind: Union(['mailbox', 'publicFolder']),
  storageGroup: Str(),
  server: Str({ description: 'the (clustered mailbox) server holding it' }),
  edbFilePath: Opt(Str()),
  copyEdbFilePath: Opt(Str()),
  mounted: Opt(Bool()),
  recovery: Opt(Bool({ description: 'a database of the recovery storage group', ...S('ex-mailbox-databases.txt') })),
  lastFullBackup: Opt(
    Str({
      description:
        "the last full backup (Get-MailboxDatabase -Status LastFullBackup) as an ISO local date-time, or 'never' when -Status printed it blank",
      ...S('ex-mailbox-databases.txt'),
    }),
  ),
  lastFullBackupAgeDays: Opt(
    Num({
      description: 'days between the last full backup and the collection (bundle.json collectedAt), rounded down to 0.1',
      ...S('ex-mailbox-databases.txt', 'bundle.json'),
    }),
  ),
  lastFullBackupAgeDaysBasis: Opt(LocalizedTextSchema('the two times the age comes from, or why it is unknown')),
  logFolderPath: Opt(Str({ description: "the storage group's log folder" })),
  logsOnSameVolume: Opt(
    Bool({
      description: 'the database file and the transaction logs share a volume (mount points included); derived',
      ...S('volumes.txt', 'ex-storage-groups.txt', 'ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'),
    }),
  ),
  logsOnSameVolumeBasis: Opt(LocalizedTextSchema('how logsOnSameVolume was decided, or why it is unknown')),
  edbMountPoint: Opt(Str({ description: 'when they share a volume: where the volume of the database file is mounted' })),
  logMountPoint: Opt(Str({ description: 'when they share a volume: where the volume of the log folder is mounted' })),
  volumeHost: Opt(Str({ description: 'when they share a volume: the node whose volumes show it' })),
});

export const StorageGroupSchema = Obj(
  {
    name: Str(),
    server: Str(),
    logFolderPath: Opt(Str()),
    systemFolderPath: Opt(Str()),
    replication: Opt(Union(['none', 'local', 'cluster'], { description: 'None, LCR (Local) or CCR (Cluster)' })),
    hasLocalCopy: Opt(Bool()),
    copyLogFolderPath: Opt(Str()),
    copySystemFolderPath: Opt(Str()),
    copyPathIsUnc: Opt(Bool({ description: 'an LCR copy path is a UNC path' })),
    databases: Opt(Type.Array(DatabaseSchema, S('ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'))),
    databaseCount: Opt(Num(S('ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'))),
    knownDatabaseCount: Opt(
      Num({
        description: 'the databases listed: all of them when databaseCount is known too, else those of the list that was read',
        ...S('ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'),
      }),
    ),
    publicFolderDatabaseCount: Opt(Num(S('ex-public-folder-databases.txt'))),
    unlistedDatabaseKinds: Opt(
      Type.Array(Union(['mailbox', 'publicFolder']), {
        description: 'database lists that were not read although the other was: `databases` holds only the known ones',
      }),
    ),
    standbyContinuousReplication: Opt(
      Bool({ description: 'the storage group has SCR targets (StandbyMachines)', ...S('ex-storage-groups.txt') }),
    ),
    copyStatus: Opt(
      Obj(
        { summaryCopyStatus: Opt(Str()), copyQueueLength: Opt(Num()), replayQueueLength: Opt(Num()) },
        S('ex-sg-copy-status.txt'),
      ),
    ),
    autoDatabaseMountDial: Opt(
      Str({ description: "the AutoDatabaseMountDial of the storage group's server", ...S('ex-mailbox-server.txt') }),
    ),
    acceptedCopyQueueLength: Opt(
      Num({
        description:
          "CCR only: the longest copy queue (logs) the server's AutoDatabaseMountDial accepts for an automatic mount after a failover, in Exchange 2007's values (Lossless 0, GoodAvailability 3, BestAvailability 6)",
        ...S('ex-mailbox-server.txt'),
      }),
    ),
    acceptedCopyQueueLengthBasis: Opt(LocalizedTextSchema('the dial the accepted copy queue comes from, or why it is unknown')),
  },
  S('ex-storage-groups.txt'),
);

export const CmsStatusSchema = Obj(
  {
    name: Str(),
    state: Opt(Str({ description: 'Online, PartiallyOnline, Offline, Failed…' })),
    operationalMachines: Strs(),
    activeNode: Opt(Str()),
    failedResources: Strs(),
    allNodesOperational: Opt(Bool({ description: 'every redundant machine is operational' })),
  },
  S('ex-cms-status.txt'),
);

/** The partition a volume holding Exchange files is on, and whether its start is aligned (STO-011). */
export const PartitionFactSchema = Obj(
  {
    volume: Str({ description: 'where the volume on this partition is mounted: M:\\' }),
    name: Opt(Str({ description: 'the partition as Win32_DiskPartition names it: Disk #1, Partition #0' })),
    diskIndex: Opt(Num()),
    startingOffsetBytes: Opt(Num()),
    startingOffsetKb: Opt(Num({ description: 'the starting offset in KB (1024 bytes), to 0.1' })),
    offsetMultipleOf8Kb: Opt(
      Bool({
        description: 'the starting offset is a multiple of 8 KB (8192 bytes); derived',
        ...S('partitions.txt', 'partition-drives.txt'),
      }),
    ),
    offsetMultipleOf8KbBasis: Opt(
      LocalizedTextSchema(
        'the partition found for the volume and its offset, or why it is unknown when the partition lists were read',
      ),
    ),
  },
  {
    description: 'the partition of a volume holding Exchange files',
    ...S('partitions.txt', 'partition-drives.txt', 'volumes.txt'),
  },
);

/** A volume of this machine that holds database files or transaction logs (STO-010, STO-011). */
export const ExchangeVolumeSchema = Obj(
  {
    name: Str({ description: 'where the volume is mounted: M:\\ or a folder, M:\\SG1\\' }),
    deviceId: Opt(Str({ description: 'the volume GUID path' })),
    blockSizeBytes: Opt(Num({ description: 'NTFS allocation unit', ...S('volumes.txt') })),
    databaseFiles: Strs({ description: 'the database files on it (.edb)' }),
    logFolders: Strs({ description: 'the transaction log folders on it' }),
    holdsDatabaseFiles: Bool({ description: 'at least one database file is on it; false for a log-only volume' }),
    usageBasis: LocalizedTextSchema('the files found on the volume, and whose they are'),
    partition: PartitionFactSchema,
  },
  { description: 'a volume holding Exchange database files or transaction logs; derived', ...S('volumes.txt') },
);

export const PageFileSchema = Obj(
  {
    files: Type.Array(
      Obj({
        path: Str({ description: 'C:\\pagefile.sys, or ?:\\pagefile.sys for every drive' }),
        initialMb: Opt(Num()),
        maximumMb: Opt(Num()),
        systemManaged: Bool(),
      }),
      { description: 'the page files as PagingFiles configures them; empty for "No paging file"' },
    ),
    systemManaged: Bool({
      description: 'the system manages the size of a page file (0 0, no sizes, or every drive automatically)',
    }),
    maximumMb: Opt(Num({ description: 'the maxima of all page files added up, when none is system managed' })),
    requiredMb: Opt(Num({ description: 'physical memory plus 10 MB', ...S('systeminfo.txt') })),
    tooSmall: Opt(
      Bool({
        description: 'the page file may grow to less than physical memory plus 10 MB; derived',
        ...S('reg-memory-management.txt', 'systeminfo.txt'),
      }),
    ),
    tooSmallBasis: Opt(LocalizedTextSchema('the sizes and the physical memory compared, or why a system managed size has none')),
  },
  { description: 'the page file settings of Session Manager\\Memory Management', ...S('reg-memory-management.txt') },
);

export const ScalableNetworkingSchema = Obj(
  {
    values: Type.Array(
      Obj({ name: Union(['EnableTCPChimney', 'EnableRSS', 'EnableTCPA']), value: Opt(Num({ description: 'absent: not set' })) }),
    ),
    featuresOn: Strs({ description: 'the values present and not 0, as NAME=value (EnableTCPChimney=1)' }),
    kb948496: Opt(
      Bool({
        description: 'KB948496 (turns the SNP features off) is installed; absent when the hotfix list does not decide it',
        ...S('qfe.txt', 'reg-updates.txt', 'systeminfo.txt'),
      }),
    ),
  },
  { description: 'the Scalable Networking Pack values under Services\\Tcpip\\Parameters', ...S('reg-tcpip-parameters.txt') },
);

export const ServerSchema = Obj({
  name: Str(),
  folder: Str(),
  role: Union(['clusterNode', 'plannedNode', 'clusteredMailboxServer', 'server']),
  cluster: Opt(Str()),
  sources: Type.Record(Type.String(), SourceStatusSchema),
  hostName: Opt(Str(S('systeminfo.txt', 'ipconfig-all.txt'))),
  domain: Opt(Str(S('systeminfo.txt'))),
  os: Opt(OsSchema),
  hardware: Opt(HardwareSchema),
  memoryMb: Opt(Num(S('systeminfo.txt'))),
  hotfixes: Opt(HotfixesSchema),
  adapters: Opt(Type.Array(AdapterSchema, S('ipconfig-all.txt', 'reg-network-connections.txt'))),
  bindingOrder: Opt(Strs({ description: 'connection names, first bound first', ...S('reg-tcpip-linkage.txt') })),
  firstBoundAdapter: Opt(Obj(AdapterSchema.properties, S('reg-tcpip-linkage.txt'))),
  firstBoundConnection: Opt(
    Obj(
      {
        name: Str(),
        state: Opt(
          Union(['connected', 'disconnected', 'disabled'], {
            description: 'disabled: bound, but ipconfig does not list it (or systeminfo says disabled)',
            ...S('ipconfig-all.txt', 'systeminfo.txt'),
          }),
        ),
      },
      {
        description: 'the first network connection in the binding order, active or not',
        ...S('reg-tcpip-linkage.txt', 'reg-network-connections.txt'),
      },
    ),
  ),
  dotnet: Opt(DotnetSchema),
  localAdministrators: Opt(Strs(S('net-localgroup-administrators.txt'))),
  domainNetbiosName: Opt(Str({ description: "the NetBIOS name of the machine's domain", ...S('net-config-workstation.txt') })),
  domainDnsName: Opt(Str({ description: "the DNS name of the machine's domain", ...S('net-config-workstation.txt') })),
  clusterServiceAccount: Opt(
    Obj(
      {
        name: Str({ description: 'as the source writes it: MUELLER\\clusdienst, LocalSystem, svc-cluster' }),
        identity: Opt(
          Str({
            description:
              'one string per account, equal for every spelling of it (MUELLER\\clusdienst, NODE1\\user, LocalSystem); absent when unknown',
          }),
        ),
        kind: Union(['domain', 'local', 'builtin', 'unknown']),
        source: Str({ description: 'the file that gave it: sc-qc-clussvc.txt, systeminfo.txt, bundle.json or a net-user file' }),
        identityBasis: BasisSchema('the source of the account and how its spelling was read'),
      },
      {
        description:
          'the account the Cluster service of this node runs as (a planned node: will run as), from these sources or the plan in bundle.json',
        ...S('sc-qc-clussvc.txt', 'systeminfo.txt', 'net-user-<account>.txt'),
      },
    ),
  ),
  accounts: Opt(Type.Array(AccountSchema)),
  exchange: Opt(ExchangeSchema),
  exchangeBuild: Opt(ExchangeBuildSchema),
  powershell: Opt(Obj({ installed: Bool(), version: Opt(Str()) }, S('reg-powershell.txt'))),
  windowsComponents: Opt(Obj({ iisWww: Opt(Bool()), iisSmtp: Opt(Bool()), iisNntp: Opt(Bool()) }, S('reg-oc-manager.txt'))),
  applicationLogMaxSizeBytes: Opt(Num(S('reg-eventlog-application.txt'))),
  applicationLogMaxSizeMb: Opt(Num({ description: 'MaxSize in MB, rounded down to 0.1', ...S('reg-eventlog-application.txt') })),
  fileVersions: Opt(Obj({ tcpipSys: Opt(Str()), mmcExe: Opt(Str()) }, S('file-versions.txt'))),
  volumes: Opt(
    Type.Array(Obj({ caption: Str(), driveType: Opt(Num()), freeSpaceBytes: Opt(Num()), sizeBytes: Opt(Num()) }), S('disks.txt')),
  ),
  mountedVolumes: Opt(
    Type.Array(
      Obj({
        name: Str({
          description: 'where it is mounted: C:\\, a folder (M:\\SG1\\), or its \\\\?\\Volume{…}\\ path when nowhere',
        }),
        deviceId: Opt(Str({ description: 'the volume GUID path, \\\\?\\Volume{…}\\' })),
        driveLetter: Opt(Str()),
        label: Opt(Str()),
        fileSystem: Opt(Str()),
        blockSizeBytes: Opt(Num({ description: 'NTFS allocation unit' })),
        capacityBytes: Opt(Num()),
        freeSpaceBytes: Opt(Num()),
      }),
      { description: 'every volume Win32_Volume lists, drive roots and folder mount points alike', ...S('volumes.txt') },
    ),
  ),
  installVolume: Opt(
    Obj(
      {
        caption: Str(),
        installPath: Opt(Str({ description: 'the folder Exchange is (or will be) installed to, when known' })),
        freeSpaceBytes: Opt(Num()),
        freeSpaceMb: Opt(Num({ description: 'free space in MB, rounded down to 0.1' })),
        volumeBasis: LocalizedTextSchema('how the volume was found: DataPath, the plan, or the assumption'),
      },
      {
        description: 'the volume Exchange is installed to, or in a readiness scan will be',
        ...S('disks.txt', 'file-versions.txt', 'ex-server.txt', 'bundle.json'),
      },
    ),
  ),
  systemVolume: Opt(
    Obj(
      {
        caption: Str(),
        freeSpaceBytes: Opt(Num()),
        freeSpaceMb: Opt(Num({ description: 'free space in MB, rounded down to 0.1' })),
        sizeBytes: Opt(Num()),
      },
      { description: 'the volume Windows is on, found by the path of file-versions.txt', ...S('disks.txt', 'file-versions.txt') },
    ),
  ),
  storageGroups: Opt(Type.Array(StorageGroupSchema, S('ex-storage-groups.txt'))),
  storageGroupCount: Opt(Num(S('ex-storage-groups.txt'))),
  databaseCount: Opt(Num(S('ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'))),
  knownDatabaseCount: Opt(
    Num({
      description: 'the databases listed: all of them when databaseCount is known too, else those of the list that was read',
      ...S('ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'),
    }),
  ),
  cms: Opt(CmsStatusSchema),
  replicationHealth: Opt(
    Obj(
      {
        checks: Type.Array(Obj({ check: Str(), server: Opt(Str()), result: Opt(Str()), error: Opt(Str()) })),
        notPassed: Opt(
          Strs({
            description: 'the checks whose result is Warning or Failed; absent when a result bpa does not know leaves it open',
          }),
        ),
        notPassedText: Opt(LocalizedTextSchema('each check that did not pass, with its result and error')),
        notPassedBasis: Opt(LocalizedTextSchema('why the checks that did not pass are unknown')),
      },
      {
        description: 'Test-ReplicationHealth on this node (Exchange 2007 tests the machine it runs on)',
        ...S('ex-replication-health.txt'),
      },
    ),
  ),
  mailboxHost: Opt(
    Bool({
      description: 'the machine holds mailbox databases: a Mailbox server, or a node of a clustered mailbox server; derived',
      ...S('ex-server.txt', 'ex-mailbox-server.txt', 'bundle.json'),
    }),
  ),
  mailboxHostBasis: Opt(LocalizedTextSchema('why the machine does or does not hold mailbox databases')),
  pageFile: Opt(PageFileSchema),
  scalableNetworking: Opt(ScalableNetworkingSchema),
  partitions: Opt(
    Type.Array(
      Obj({
        name: Str(),
        diskIndex: Opt(Num()),
        index: Opt(Num()),
        sizeBytes: Opt(Num()),
        startingOffsetBytes: Opt(Num()),
        driveLetters: Strs({ description: 'from partition-drives.txt; a folder mount point is not listed' }),
      }),
      { description: 'every partition Win32_DiskPartition lists', ...S('partitions.txt', 'partition-drives.txt') },
    ),
  ),
  exchangeVolumes: Opt(Type.Array(ExchangeVolumeSchema, S('volumes.txt'))),
  exchangeVolumesBasis: Opt(LocalizedTextSchema('why the volumes holding Exchange files are unknown')),
});

export const ClusterNetworkSchema = Obj({
  name: Str(),
  role: Opt(Num({ description: '0 none, 1 internal only, 2 client only, 3 all communications' })),
  address: Opt(Str()),
  addressMask: Opt(Str()),
  priority: Opt(Num({ description: '1 = highest priority for internal communication', ...S('cluster-netpri.txt') })),
  private: Bool({ description: 'kind is private' }),
  kind: Opt(
    Union(['private', 'public'], {
      description:
        'the heartbeat or the client network, whatever its role says; absent when the evidence conflicts or none tells',
    }),
  ),
  kindBasis: Opt(BasisSchema('the evidence that decided the kind, or why it is unknown')),
});

/** One node's value of a setting the nodes of a cluster should share (see `assemble/node-values/`). */
const NodeValueSchema = Obj({
  node: Str(),
  value: Type.Union([Str(), Strs()], {
    description: 'the value compared: a text, or a list (a set or an ordered list, as the rule comparing it says)',
  }),
  shown: Opt(LocalizedTextSchema('the value as a report writes it, where that differs from the value compared')),
  sources: Strs({ description: 'the files of the node that gave the value' }),
});

const NodeValuesOf = (description: string, ...files: string[]) =>
  Opt(Type.Array(NodeValueSchema, { description, ...S(...files) }));
const NodeValuesBasis = () =>
  Opt(LocalizedTextSchema('why the nodes cannot be compared: the node and the source, or the reason'));

/**
 * The value of each compared setting on every node of a cluster, for the consistency rules (CON-001…). A
 * setting is absent when any node's value is unknown (a node not in the bundle, its source missing or failed)
 * or when the values cannot be compared, and its `<name>Basis` then says why, naming the node and the source.
 */
const NodeValuesSchema = Obj(
  {
    nodes: Strs({ description: 'the nodes compared: those of the bundle and those the cluster names', ...S('cluster-node.txt') }),
    hotfixes: NodeValuesOf('the installed hotfixes (KB numbers) of each node', 'systeminfo.txt', 'qfe.txt', 'reg-updates.txt'),
    hotfixesBasis: NodeValuesBasis(),
    dotnetFrameworks: NodeValuesOf('the installed .NET Framework versions and service packs of each node', 'reg-ndp.txt'),
    dotnetFrameworksBasis: NodeValuesBasis(),
    servicePack: NodeValuesOf('the Windows service pack of each node', 'systeminfo.txt'),
    servicePackBasis: NodeValuesBasis(),
    bindingOrder: NodeValuesOf(
      'the network connections of each node in binding order',
      'reg-tcpip-linkage.txt',
      'reg-network-connections.txt',
    ),
    bindingOrderBasis: NodeValuesBasis(),
    privateNetbios: NodeValuesOf(
      'NetBIOS over TCP/IP on the private adapter(s) of each node',
      'reg-netbt-interfaces.txt',
      'ipconfig-all.txt',
      'cluster-network.txt',
    ),
    privateNetbiosBasis: NodeValuesBasis(),
    tcpipSys: NodeValuesOf('the file version of tcpip.sys on each node', 'file-versions.txt'),
    tcpipSysBasis: NodeValuesBasis(),
    clusterServiceAccount: NodeValuesOf(
      'the identity of the account the Cluster service runs as on each node (one string per account, see server.clusterServiceAccount.identity)',
      'sc-qc-clussvc.txt',
      'systeminfo.txt',
      'net-user-<account>.txt',
    ),
    clusterServiceAccountBasis: NodeValuesBasis(),
  },
  { description: 'the value of each setting on every node, compared by the consistency rules' },
);

export const ClusterSchema = Obj({
  name: Str(),
  planned: Bool({ description: 'true for a cluster that the bundle plan describes and that does not exist yet' }),
  type: Opt(Union(['CCR', 'SCC', 'LCR', 'none'], S('ex-mailbox-server.txt'))),
  nodes: Type.Array(Obj({ name: Str(), state: Opt(Str()) }), S('cluster-node.txt')),
  nodeCount: Num(),
  nodeLimit: Opt(
    Num({
      description: 'the most nodes the Windows release and architecture and the Exchange cluster type allow',
      ...S('systeminfo.txt', 'ex-mailbox-server.txt'),
    }),
  ),
  nodeLimitBasis: Opt(LocalizedTextSchema('why that limit, or why it is unknown')),
  majorityNodeSet: Opt(
    Bool({
      description: 'the cluster uses a Majority Node Set quorum (every CCR cluster on Windows Server 2003 does)',
      ...S('cluster-quorum.txt', 'ex-mailbox-server.txt', 'bundle.json'),
    }),
  ),
  majorityNodeSetBasis: Opt(LocalizedTextSchema('the evidence for majorityNodeSet')),
  serverEdition: Opt(Str(S('systeminfo.txt'))),
  quorum: Opt(
    Obj(
      {
        resource: Opt(Str()),
        path: Opt(Str()),
        type: Opt(
          Union(['majorityNodeSet', 'disk', 'localQuorum', 'fileShareWitness', 'none'], {
            description: 'the quorum resource: a 2003 type, or on 2008 the witness of the model (none for Node Majority)',
          }),
        ),
        model: Opt(
          Union(['nodeMajority', 'nodeAndDiskMajority', 'nodeAndFileShareMajority', 'diskOnly'], {
            description: 'the Windows Server 2008 quorum model',
          }),
        ),
        nodeMajority: Opt(
          Bool({
            description:
              'a majority of node votes decides, with no shared disk: Majority Node Set (2003), Node Majority or Node and File Share Majority (2008)',
          }),
        ),
        witness: Opt(
          Union(['fileShare', 'disk', 'none'], {
            description: 'the witness the quorum has',
            ...S('cluster-quorum.txt', 'cluster-res-mns-priv.txt', 'cluster-res-priv.txt'),
          }),
        ),
        modelBasis: Opt(LocalizedTextSchema('how the 2008 quorum model was decided, or why it is unknown')),
        nodeMajorityBasis: Opt(LocalizedTextSchema('how nodeMajority was decided, or why it is unknown')),
      },
      S('cluster-quorum.txt'),
    ),
  ),
  networks: Opt(Type.Array(ClusterNetworkSchema, S('cluster-network.txt'))),
  privateNetworkPriority: Opt(Num({ description: 'priority of the first private network', ...S('cluster-netpri.txt') })),
  privateNetworkPriorityBasis: Opt(BasisSchema('why the priority of the private network is unknown')),
  networkCount: Opt(Num(S('cluster-network.txt'))),
  minAdaptersPerNode: Opt(
    Num({
      description: 'the fewest network adapters with an IP address on any node (planned nodes too)',
      ...S('ipconfig-all.txt'),
    }),
  ),
  internalNetworksBesidesPublic: Opt(
    Num({ description: 'networks with role 1 or 3 that are not the public one', ...S('cluster-network.txt') }),
  ),
  privateNetworkRole: Opt(Num(S('cluster-network.txt'))),
  privateNetworkRoleBasis: Opt(BasisSchema('why the role of the private network is unknown')),
  publicNetworkRole: Opt(Num(S('cluster-network.txt'))),
  publicNetworkRoleBasis: Opt(BasisSchema('why the role of the public network is unknown')),
  privateNetworkMayCarryReplication: Opt(
    Bool({
      description:
        'false when the private network cannot carry Exchange 2007 SP1 continuous replication host names (no CCR, or Exchange below SP1), which would justify role 3; absent when it may, since bpa does not collect them',
      ...S('ex-mailbox-server.txt', 'ex-server.txt'),
    }),
  ),
  privateNetworkMayCarryReplicationBasis: Opt(BasisSchema('why it is not known whether the private network carries replication')),
  serverRelease: Opt(Str(S('systeminfo.txt'))),
  groups: Opt(Type.Array(Obj({ name: Str(), owner: Opt(Str()), state: Opt(Str()) }), S('cluster-group.txt'))),
  resources: Opt(Type.Array(Obj({ name: Str(), group: Opt(Str()), owner: Opt(Str()), state: Opt(Str()) }), S('cluster-res.txt'))),
  groupsNotOnline: Opt(Strs({ description: '"name (state)" of each group that is not online', ...S('cluster-group.txt') })),
  resourcesNotOnline: Opt(Strs({ description: '"name (state)" of each resource that is not online', ...S('cluster-res.txt') })),
  resourcesFailedOrOffline: Opt(Num(S('cluster-res.txt', 'cluster-group.txt'))),
  failedGroups: Opt(Strs({ description: 'groups in state Failed', ...S('cluster-group.txt') })),
  offlineGroups: Opt(Strs({ description: 'groups in state Offline', ...S('cluster-group.txt') })),
  failedResources: Opt(Strs({ description: 'resources in state Failed', ...S('cluster-res.txt') })),
  offlineResources: Opt(Strs({ description: 'resources in state Offline', ...S('cluster-res.txt') })),
  offlineResourceGroups: Opt(
    Strs({
      description: "the group of each Offline resource, in the order of offlineResources ('' when not shown)",
      ...S('cluster-res.txt'),
    }),
  ),
  clusteredMailboxServerCount: Opt(Num(S('ex-mailbox-server.txt'))),
  clusteredMailboxServerStatus: Opt(CmsStatusSchema),
  fileShareWitness: Opt(
    Obj(
      {
        path: Str({ description: "'' when not configured" }),
        host: Opt(Str()),
        onClusterNode: Opt(Bool()),
        checkIntervalSeconds: Opt(Num()),
        delaySeconds: Opt(Num()),
      },
      S('cluster-res-mns-priv.txt', 'cluster-res-priv.txt', 'cluster-quorum.txt', 'bundle.json'),
    ),
  ),
  clusteredMailboxServers: Opt(Strs(S('ex-mailbox-server.txt'))),
  serviceAccount: Opt(Str()),
  nodeValues: Opt(NodeValuesSchema),
});

export const ConnectorSchema = Obj({
  name: Str(),
  server: Opt(Str()),
  enabled: Opt(Bool()),
  maxMessageSizeBytes: Opt(Num()),
  unlimited: Bool(),
});

export const TransportSchema = Obj(
  {
    maxDumpsterSizePerStorageGroupBytes: Opt(Num()),
    maxDumpsterTimeSeconds: Opt(Num()),
    maxReceiveSizeBytes: Opt(Num()),
    maxSendSizeBytes: Opt(Num()),
    maxMessageSizeBytes: Opt(
      Num({
        description: 'the largest message size limit in force; absent when unlimited or when the connector lists were not read',
        ...S('ex-transport-config.txt', 'ex-receive-connectors.txt', 'ex-send-connectors.txt'),
      }),
    ),
    maxMessageSizeUnlimited: Opt(Bool({ description: 'absent when neither organization limit was readable' })),
    maxMessageSizeFrom: Opt(Str({ description: 'which setting gives the largest limit' })),
    dumpsterToMessageSizeRatio: Opt(
      Num({
        description: 'MaxDumpsterSizePerStorageGroup / maxMessageSizeBytes, not rounded',
        ...S('ex-transport-config.txt', 'ex-receive-connectors.txt', 'ex-send-connectors.txt'),
      }),
    ),
    dumpsterToMessageSizeRatioBasis: Opt(LocalizedTextSchema('the two sizes and the setting the ratio comes from')),
    dumpsterRatioAtMost: Opt(
      Num({
        description:
          "the dumpster against the organization's own limits only: an upper bound of the ratio (connectors can only raise the limit), known without the connector lists",
        ...S('ex-transport-config.txt'),
      }),
    ),
    dumpsterRatioAtMostBasis: Opt(LocalizedTextSchema("the two sizes the upper bound comes from (the organization's limit)")),
  },
  S('ex-transport-config.txt'),
);

export const OrganizationSchema = Obj({
  sources: Type.Record(Type.String(), SourceStatusSchema),
  transport: Opt(TransportSchema),
  receiveConnectors: Opt(Type.Array(ConnectorSchema, S('ex-receive-connectors.txt'))),
  sendConnectors: Opt(Type.Array(ConnectorSchema, S('ex-send-connectors.txt'))),
  exchangeServers: Opt(
    Type.Array(Obj({ name: Str(), roles: Strs(), version: Opt(Str()), edition: Opt(Str()) }), S('ex-server.txt')),
  ),
  continuousReplication: Opt(
    Bool({ description: 'any CCR or LCR in the organization', ...S('ex-mailbox-server.txt', 'ex-storage-groups.txt') }),
  ),
  publicFolderDatabaseCount: Opt(
    Num({ description: 'public folder databases in the bundle', ...S('ex-public-folder-databases.txt') }),
  ),
  publicFolderDatabaseServers: Opt(
    Strs({
      description:
        'the servers holding a public folder database in the whole organization, Exchange 2003 included (Get-PublicFolderDatabase -IncludePreExchange2007 in _organization)',
      ...S('ex-public-folder-databases.txt'),
    }),
  ),
  publicFolderDatabaseServersKnown: Opt(
    Strs({
      description:
        "the servers known to hold a public folder database: the organization's list and those of the bundle whose own lists show one (a lower bound without the organization's list)",
      ...S('ex-public-folder-databases.txt'),
    }),
  ),
});

export const PlanSchema = Obj({
  type: Union(['CCR', 'SCC', 'LCR']),
  nodes: Strs(),
  fileShareWitness: Opt(Str()),
  clusterServiceAccount: Opt(Str()),
  exchangeInstallPath: Opt(
    Str({
      description:
        'the folder setup will install Exchange to (setup /TargetDir), e.g. D:\\Exchange; without it bpa assumes %ProgramFiles%\\Microsoft\\Exchange Server on the system volume',
    }),
  ),
});

export const BundleInfoSchema = Obj({
  source: Str({ description: 'the bundle path or file name as given' }),
  sha256: Str(),
  customer: Opt(Str()),
  consultant: Opt(Str()),
  collectedAt: Opt(Str()),
  collector: Opt(Obj({ name: Opt(Str()), version: Opt(Str()) })),
  plan: Opt(PlanSchema),
});

export const SnapshotSchema = Obj(
  {
    schemaVersion: Type.Literal(1),
    tool: Obj({ name: Type.Literal('bpa'), version: Str() }),
    bundle: BundleInfoSchema,
    servers: Type.Array(ServerSchema),
    clusters: Type.Array(ClusterSchema),
    organization: OrganizationSchema,
    diagnostics: Type.Array(DiagnosticSchema),
  },
  { $id: 'https://bpa.invalid/schemas/snapshot.schema.json', title: 'bpa snapshot' },
);

export type Snapshot = Static<typeof SnapshotSchema>;
export type Basis = Static<ReturnType<typeof BasisSchema>>;
export type Server = Static<typeof ServerSchema>;
export type Adapter = Static<typeof AdapterSchema>;
export type Account = Static<typeof AccountSchema>;
export type Cluster = Static<typeof ClusterSchema>;
export type NodeValues = Static<typeof NodeValuesSchema>;
export type NodeValue = Static<typeof NodeValueSchema>;
export type ClusterNetwork = Static<typeof ClusterNetworkSchema>;
export type Organization = Static<typeof OrganizationSchema>;
export type Transport = Static<typeof TransportSchema>;
export type Connector = Static<typeof ConnectorSchema>;
export type SourceStatus = Static<typeof SourceStatusSchema>;
export type Plan = Static<typeof PlanSchema>;
export type StorageGroup = Static<typeof StorageGroupSchema>;
export type Database = Static<typeof DatabaseSchema>;
export type CmsStatus = Static<typeof CmsStatusSchema>;
export type BundleInfo = Static<typeof BundleInfoSchema>;

/** The schema of each fact a rule can name, by the fact's name in rule conditions. */
export const FACT_SCHEMAS: Record<string, TSchema> = {
  server: ServerSchema,
  adapter: AdapterSchema,
  account: AccountSchema,
  cluster: ClusterSchema,
  organization: OrganizationSchema,
  storageGroup: StorageGroupSchema,
  database: DatabaseSchema,
  volume: ExchangeVolumeSchema,
  partition: PartitionFactSchema,
};

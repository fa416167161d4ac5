import { assignExchangeVolumes, exchangeVolumesOf } from '../../src/snapshot/assemble/exchange-volumes';
import { mailboxHostOf } from '../../src/snapshot/assemble/mailbox-host';
import { pageFileOf } from '../../src/snapshot/assemble/page-file';
import { partitionOfVolume } from '../../src/snapshot/assemble/partition-of-volume';
import { scalableNetworkingOf } from '../../src/snapshot/assemble/scalable-networking';
import type { Cluster, Server } from '../../src/snapshot/schema';
import {
  fixed,
  managed,
  MOUNTED_VOLUMES as MOUNTED,
  mountedVolume as mv,
  partition as part,
  server,
} from '../helpers/server-fixture';

/**
 * The whole basis (English and German) of the Windows checks' facts (SYS-003, SYS-004, STO-010, STO-011) at
 * their boundaries: what a consultant reads under the finding, word for word.
 */

describe('pageFileOf: the basis in both languages', () => {
  test.each([
    [
      'RAM + 10 MB exactly: at least',
      [fixed('C:\\pagefile.sys', 16393, 16393)],
      16383,
      false,
      'PagingFiles: C:\\pagefile.sys 16393–16393 MB, together at most 16393 MB, at least physical memory 16383 MB + 10 MB = 16393 MB',
      'PagingFiles: C:\\pagefile.sys 16393–16393 MB, zusammen höchstens 16393 MB, mindestens physischer Speicher 16383 MB + 10 MB = 16393 MB',
    ],
    [
      'RAM + 9 MB: less than',
      [fixed('C:\\pagefile.sys', 16392, 16392)],
      16383,
      true,
      'PagingFiles: C:\\pagefile.sys 16392–16392 MB, together at most 16392 MB, less than physical memory 16383 MB + 10 MB = 16393 MB',
      'PagingFiles: C:\\pagefile.sys 16392–16392 MB, zusammen höchstens 16392 MB, weniger als physischer Speicher 16383 MB + 10 MB = 16393 MB',
    ],
    [
      'two page files, listed one by one',
      [fixed('C:\\pagefile.sys', 2048, 8192), fixed('D:\\pagefile.sys', 8201, 8201)],
      16383,
      false,
      'PagingFiles: C:\\pagefile.sys 2048–8192 MB, D:\\pagefile.sys 8201–8201 MB, together at most 16393 MB, at least physical memory 16383 MB + 10 MB = 16393 MB',
      'PagingFiles: C:\\pagefile.sys 2048–8192 MB, D:\\pagefile.sys 8201–8201 MB, zusammen höchstens 16393 MB, mindestens physischer Speicher 16383 MB + 10 MB = 16393 MB',
    ],
    [
      'no paging file at all',
      [],
      4095,
      true,
      'PagingFiles: no paging file, together at most 0 MB, less than physical memory 4095 MB + 10 MB = 4105 MB',
      'PagingFiles: keine Auslagerungsdatei, zusammen höchstens 0 MB, weniger als physischer Speicher 4095 MB + 10 MB = 4105 MB',
    ],
  ])('%s', (_name, files, memoryMb, tooSmall, en, de) => {
    const result = pageFileOf(files, memoryMb)!;
    expect(result.tooSmall).toBe(tooSmall);
    expect(result.tooSmallBasis).toEqual({ en, de });
  });

  test.each([
    [
      'one drive system managed',
      [managed('C:\\pagefile.sys')],
      'PagingFiles: C:\\pagefile.sys system managed; a system managed size has no maximum to compare with physical memory',
      'PagingFiles: C:\\pagefile.sys vom System verwaltet; eine vom System verwaltete Größe hat kein Maximum, das mit dem physischen Speicher verglichen werden kann',
    ],
    [
      'a fixed and a system managed page file',
      [fixed('C:\\pagefile.sys', 4096, 4096), managed('D:\\pagefile.sys')],
      'PagingFiles: C:\\pagefile.sys 4096–4096 MB, D:\\pagefile.sys system managed; a system managed size has no maximum to compare with physical memory',
      'PagingFiles: C:\\pagefile.sys 4096–4096 MB, D:\\pagefile.sys vom System verwaltet; eine vom System verwaltete Größe hat kein Maximum, das mit dem physischen Speicher verglichen werden kann',
    ],
  ])('system managed: %s', (_name, files, en, de) => {
    const result = pageFileOf(files, 16383)!;
    expect(result.systemManaged).toBe(true);
    expect(result.tooSmall).toBeUndefined();
    expect(result.maximumMb).toBeUndefined();
    expect(result.tooSmallBasis).toEqual({ en, de });
  });
});

describe('scalableNetworkingOf: the values as read, KB948496 only when known', () => {
  test('a value not set stays without a value; a value of 0 keeps its 0', () => {
    const result = scalableNetworkingOf(
      [
        { name: 'EnableTCPChimney', value: 1, line: 1 },
        { name: 'EnableRSS', value: 0, line: 2 },
        { name: 'EnableTCPA', line: 3 },
      ],
      undefined,
    )!;
    expect(result.values).toStrictEqual([
      { name: 'EnableTCPChimney', value: 1 },
      { name: 'EnableRSS', value: 0 },
      { name: 'EnableTCPA' },
    ]);
    expect(result.featuresOn).toEqual(['EnableTCPChimney=1']);
    expect(result).not.toHaveProperty('kb948496');
  });

  test('KB948496 unknown (a list with unidentified rows) leaves the property out', () => {
    const result = scalableNetworkingOf([], { ids: ['KB921181'], unidentified: 1, sources: ['qfe.txt'] })!;
    expect(result).not.toHaveProperty('kb948496');
    expect(
      scalableNetworkingOf([], { ids: ['KB921181'], unidentified: 0, sources: ['qfe.txt'], listComplete: true }),
    ).toHaveProperty('kb948496', false);
  });

  test('no SNP values read: no fact', () => {
    expect(scalableNetworkingOf(undefined, { ids: ['KB948496'], unidentified: 0, sources: ['qfe.txt'] })).toBeUndefined();
  });
});

describe('mailboxHostOf: value and basis in both languages', () => {
  const cms = (name: string, machines: string[]) =>
    server(name, {
      role: 'clusteredMailboxServer',
      cluster: 'CL1',
      exchange: { redundantMachines: machines } as Server['exchange'],
    });
  const exchangeRoles = (roles: string[]) => ({ roles }) as unknown as Server['exchange'];

  test.each([
    [
      'the clustered mailbox server itself',
      cms('CMS1', ['NODE1']),
      [],
      [],
      false,
      'a clustered mailbox server: its nodes hold its databases',
      'ein Postfachserver im Cluster: seine Knoten halten seine Datenbanken',
    ],
    [
      'a node of two clustered mailbox servers (RedundantMachines)',
      server('NODE1', { cluster: 'CL1' }),
      [cms('CMS1', ['NODE1', 'NODE2']), cms('CMS2', ['node1'])],
      [],
      true,
      'node of the clustered mailbox server CMS1, CMS2',
      'Knoten des Postfachservers im Cluster CMS1, CMS2',
    ],
    [
      'a node of a cluster that runs a CMS whose folder is missing',
      server('NODE3', { cluster: 'CL1' }),
      [],
      [
        { name: 'CL2', clusteredMailboxServers: ['CMS9'] } as Cluster,
        { name: 'CL1', clusteredMailboxServers: ['CMS1', 'CMS2'] } as Cluster,
      ],
      true,
      'node of cluster CL1, which runs the clustered mailbox server CMS1, CMS2',
      'Knoten des Clusters CL1, auf dem der Postfachserver CMS1, CMS2 läuft',
    ],
    [
      'a planned node',
      server('MBX1', { role: 'plannedNode' }),
      [],
      [],
      true,
      'planned cluster node: it will run a clustered mailbox server',
      'geplanter Clusterknoten: auf ihm wird ein Postfachserver im Cluster laufen',
    ],
    [
      'a Mailbox server',
      server('MBX9', { role: 'server', exchange: exchangeRoles(['Mailbox', 'HubTransport']) }),
      [],
      [],
      true,
      'Exchange roles Mailbox, HubTransport',
      'Exchange-Rollen Mailbox, HubTransport',
    ],
    [
      'a Hub Transport server',
      server('HUB1', { role: 'server', exchange: exchangeRoles(['HubTransport']) }),
      [],
      [],
      false,
      'Exchange roles HubTransport: no Mailbox',
      'Exchange-Rollen HubTransport: kein Postfach',
    ],
    [
      'an Exchange server with no roles listed',
      server('EX1', { role: 'server', exchange: exchangeRoles([]) }),
      [],
      [],
      false,
      'Exchange roles none: no Mailbox',
      'Exchange-Rollen keine: kein Postfach',
    ],
    [
      'a server in a cluster with no CMS and nothing else said',
      server('SRV1', { role: 'server', cluster: 'CL1' }),
      [],
      [{ name: 'CL1', clusteredMailboxServers: ['CMS1'] } as Cluster],
      undefined,
      'neither ex-server.txt nor a cluster with a clustered mailbox server says whether it holds mailbox databases',
      'weder ex-server.txt noch ein Cluster mit Postfachserver sagt, ob er Postfachdatenbanken hält',
    ],
    [
      'a node of a cluster that lists no CMS',
      server('NODE4', { cluster: 'CL3' }),
      [],
      [{ name: 'CL3', clusteredMailboxServers: [] } as unknown as Cluster],
      undefined,
      'neither ex-server.txt nor a cluster with a clustered mailbox server says whether it holds mailbox databases',
      'weder ex-server.txt noch ein Cluster mit Postfachserver sagt, ob er Postfachdatenbanken hält',
    ],
    [
      'a node of a cluster bpa has no facts for',
      server('NODE5', { cluster: 'CL4' }),
      [],
      [{ name: 'CL1', clusteredMailboxServers: ['CMS1'] } as Cluster],
      undefined,
      'neither ex-server.txt nor a cluster with a clustered mailbox server says whether it holds mailbox databases',
      'weder ex-server.txt noch ein Cluster mit Postfachserver sagt, ob er Postfachdatenbanken hält',
    ],
  ])('%s', (_name, machine, others, clusters, value, en, de) => {
    const result = mailboxHostOf(machine, [machine, ...others], clusters);
    expect(result.value).toBe(value);
    expect(result.basis).toEqual({ en, de });
  });
});

describe('partitionOfVolume: the offset at 8 KB multiples ± 512 bytes, basis in both languages', () => {
  test.each([
    [8192 - 512, false, '7680 bytes (7.5 KB): not a', '7680 Byte (7,5 KB) beginnt: kein'],
    [8192, true, '8192 bytes (8 KB): a', '8192 Byte (8 KB) beginnt: ein'],
    [8192 + 512, false, '8704 bytes (8.5 KB): not a', '8704 Byte (8,5 KB) beginnt: kein'],
    [32256, false, '32256 bytes (31.5 KB): not a', '32256 Byte (31,5 KB) beginnt: kein'],
    [65536 - 512, false, '65024 bytes (63.5 KB): not a', '65024 Byte (63,5 KB) beginnt: kein'],
    [65536, true, '65536 bytes (64 KB): a', '65536 Byte (64 KB) beginnt: ein'],
    [1048576 + 512, false, '1049088 bytes (1024.5 KB): not a', '1049088 Byte (1024,5 KB) beginnt: kein'],
  ])('%i bytes', (offset, aligned, en, de) => {
    const result = partitionOfVolume(MOUNTED[2]!, MOUNTED, [part('Disk #2, Partition #0', offset, ['M:'], 2)], true);
    expect(result).toStrictEqual({
      volume: 'M:\\',
      name: 'Disk #2, Partition #0',
      diskIndex: 2,
      startingOffsetBytes: offset,
      startingOffsetKb: offset / 1024,
      offsetMultipleOf8Kb: aligned,
      offsetMultipleOf8KbBasis: {
        en: `M: is on Disk #2, Partition #0, which starts at ${en} multiple of 8 KB`,
        de: `M: liegt auf Disk #2, Partition #0, die bei ${de} Vielfaches von 8 KB`,
      },
    });
  });

  test('a partition without a disk index has none in the fact', () => {
    expect(partitionOfVolume(MOUNTED[2]!, MOUNTED, [part('Disk #2, Partition #0', 65536, ['M:'])], true)).not.toHaveProperty(
      'diskIndex',
    );
  });

  test('a drive letter is matched whatever its case', () => {
    expect(partitionOfVolume(mv('m:\\', 'm', 65536, 'm:'), MOUNTED, [part('P', 65536, ['M:'])], true).name).toBe('P');
  });

  test('a partition among several letters (an extended partition) is found by any of them', () => {
    expect(partitionOfVolume(MOUNTED[2]!, MOUNTED, [part('Disk #0, Partition #1', 65536, ['L:', 'M:'])], true).name).toBe(
      'Disk #0, Partition #1',
    );
  });

  test.each([
    [
      'a folder mount point without a drive letter',
      MOUNTED[3]!,
      [part('Disk #2, Partition #0', 65536, ['M:'])],
      {
        en: 'the volume mounted at M:\\SG1\\ has no drive letter, and Win32_LogicalDiskToPartition maps drive letters only: its partition is unknown',
        de: 'das unter M:\\SG1\\ bereitgestellte Volume hat keinen Laufwerksbuchstaben, und Win32_LogicalDiskToPartition ordnet nur Laufwerksbuchstaben zu: seine Partition ist unbekannt',
      },
    ],
    [
      'no partition for the letter',
      MOUNTED[2]!,
      [part('Disk #1, Partition #0', 32256, ['L:'])],
      { en: 'partition-drives.txt names no partition for M:', de: 'partition-drives.txt nennt keine Partition für M:' },
    ],
    [
      'two partitions for one letter: conflicting evidence',
      MOUNTED[2]!,
      [part('Disk #2, Partition #0', 65536, ['M:']), part('Disk #3, Partition #0', 65536, ['M:'])],
      {
        en: 'partition-drives.txt names 2 partitions for M:: Disk #2, Partition #0, Disk #3, Partition #0',
        de: 'partition-drives.txt nennt 2 Partitionen für M:: Disk #2, Partition #0, Disk #3, Partition #0',
      },
    ],
  ])('unknown: %s', (_name, volume, partitions, basis) => {
    expect(partitionOfVolume(volume, MOUNTED, partitions, true)).toStrictEqual({
      volume: volume.name,
      offsetMultipleOf8KbBasis: basis,
    });
  });

  test('no starting offset: the partition is named, its alignment unknown', () => {
    expect(partitionOfVolume(MOUNTED[2]!, MOUNTED, [part('Disk #2, Partition #0', undefined, ['M:'], 2)], true)).toStrictEqual({
      volume: 'M:\\',
      name: 'Disk #2, Partition #0',
      diskIndex: 2,
      offsetMultipleOf8KbBasis: {
        en: 'M: is on Disk #2, Partition #0, for which partitions.txt gives no starting offset',
        de: 'M: liegt auf Disk #2, Partition #0, für die partitions.txt keinen Startoffset nennt',
      },
    });
  });

  test.each([
    ['partitions.txt missing', undefined, true],
    ['partition-drives.txt not parsed', [part('Disk #2, Partition #0', 65536, ['M:'])], false],
  ])('%s: only the volume, and the reason comes from the sources', (_name, partitions, mapped) => {
    expect(partitionOfVolume(MOUNTED[2]!, MOUNTED, partitions, mapped)).toStrictEqual({ volume: 'M:\\' });
  });
});

describe('exchangeVolumesOf and assignExchangeVolumes: usage basis in both languages', () => {
  const group = (name: string, logFolderPath: string | undefined, dbs: [string, string][], copyLogFolderPath?: string) => ({
    name,
    ...(logFolderPath ? { logFolderPath } : {}),
    ...(copyLogFolderPath ? { copyLogFolderPath } : {}),
    databases: dbs.map(([db, edbFilePath]) => ({ name: db, edbFilePath })),
  });
  const cms = (name: string, groups: ReturnType<typeof group>[] | undefined, extra: Partial<Server> = {}) =>
    server(name, {
      role: 'clusteredMailboxServer',
      cluster: 'CL1',
      ...(groups ? { storageGroups: groups as unknown as Server['storageGroups'] } : {}),
      ...extra,
    });
  const node = (name = 'NODE1', extra: Partial<Server> = {}) =>
    server(name, {
      cluster: 'CL1',
      mountedVolumes: MOUNTED,
      partitions: [part('Disk #1, Partition #0', 32256, ['L:']), part('Disk #2, Partition #0', 65536, ['M:'])],
      sources: { 'partition-drives.txt': { status: 'parsed', diagnostics: [] } },
      ...extra,
    });

  test('database files and logs of two storage groups on one volume: every file, every owner', () => {
    const held = cms('CMS1', [
      group('SG1', 'M:\\Logs\\SG1', [
        ['DB1', 'M:\\DB\\DB1.edb'],
        ['DB2', 'M:\\DB\\DB2.edb'],
      ]),
      group('SG2', 'M:\\Logs\\SG2', [['DB3', 'M:\\DB\\DB3.edb']]),
    ]);
    const { volumes, basis } = exchangeVolumesOf(node(), [held]);
    expect(basis).toBeUndefined();
    expect(volumes).toHaveLength(1);
    expect(volumes![0]!.usageBasis).toEqual({
      en: 'the volume mounted at M:\\ holds the database files M:\\DB\\DB1.edb, M:\\DB\\DB2.edb, M:\\DB\\DB3.edb; the logs in M:\\Logs\\SG1, M:\\Logs\\SG2 (CMS1 SG1\\DB1, CMS1 SG1\\DB2, CMS1 SG1, CMS1 SG2\\DB3, CMS1 SG2)',
      de: 'das unter M:\\ bereitgestellte Volume hält die Datenbankdateien M:\\DB\\DB1.edb, M:\\DB\\DB2.edb, M:\\DB\\DB3.edb; die Protokolle in M:\\Logs\\SG1, M:\\Logs\\SG2 (CMS1 SG1\\DB1, CMS1 SG1\\DB2, CMS1 SG1, CMS1 SG2\\DB3, CMS1 SG2)',
    });
  });

  test('database files only, and logs only: each basis says which', () => {
    const { volumes } = exchangeVolumesOf(node(), [cms('CMS1', [group('SG1', 'L:\\SG1', [['DB1', 'M:\\DB1.edb']])])]);
    expect(volumes!.map((v) => v.usageBasis)).toEqual([
      {
        en: 'the volume mounted at L:\\ holds the logs in L:\\SG1 (CMS1 SG1): logs only',
        de: 'das unter L:\\ bereitgestellte Volume hält die Protokolle in L:\\SG1 (CMS1 SG1): nur Protokolle',
      },
      {
        en: 'the volume mounted at M:\\ holds the database files M:\\DB1.edb (CMS1 SG1\\DB1)',
        de: 'das unter M:\\ bereitgestellte Volume hält die Datenbankdateien M:\\DB1.edb (CMS1 SG1\\DB1)',
      },
    ]);
  });

  test('a volume keeps its device id and block size; one without them has neither', () => {
    const mounted = [mv('L:\\', undefined, undefined, 'L:'), mv('M:\\', 'm', 65536, 'M:')];
    const { volumes } = exchangeVolumesOf(node('NODE1', { mountedVolumes: mounted }), [
      cms('CMS1', [group('SG1', 'L:\\SG1', [['DB1', 'M:\\DB1.edb']])]),
    ]);
    expect(volumes![0]).not.toHaveProperty('deviceId');
    expect(volumes![0]).not.toHaveProperty('blockSizeBytes');
    expect(volumes![1]).toMatchObject({ deviceId: '\\\\?\\Volume{m}\\', blockSizeBytes: 65536 });
  });

  test("without a parsed partition-drives.txt a volume's partition is only its name", () => {
    const { volumes } = exchangeVolumesOf(node('NODE1', { sources: {} }), [
      cms('CMS1', [group('SG1', 'M:\\Logs', [['DB1', 'M:\\DB1.edb']])]),
    ]);
    expect(volumes![0]!.partition).toStrictEqual({ volume: 'M:\\' });
  });

  test.each([
    [
      'the storage groups of every server unknown',
      node(),
      [cms('CMS1', undefined), cms('CMS2', undefined)],
      {
        en: 'the storage groups of CMS1, CMS2 are unknown (ex-storage-groups.txt)',
        de: 'die Speichergruppen von CMS1, CMS2 sind unbekannt (ex-storage-groups.txt)',
      },
    ],
    [
      'volumes.txt missing',
      node('NODE1', { mountedVolumes: undefined }),
      [cms('CMS1', [])],
      { en: 'volumes.txt missing', de: 'volumes.txt fehlt' },
    ],
    [
      'volumes.txt failed',
      node('NODE1', { mountedVolumes: undefined, sources: { 'volumes.txt': { status: 'failed', diagnostics: [] } } }),
      [cms('CMS1', [])],
      { en: 'volumes.txt failed', de: 'volumes.txt nicht lesbar' },
    ],
  ])('unknown: %s', (_name, host, held, basis) => {
    expect(exchangeVolumesOf(host, held)).toStrictEqual({ basis });
  });

  test('assignExchangeVolumes: a clustered mailbox server whose storage groups are unknown still holds databases', () => {
    const servers = [cms('CMS1', undefined, { exchange: { redundantMachines: ['NODE1'] } as Server['exchange'] }), node('NODE1')];
    assignExchangeVolumes(servers);
    expect(servers[1]).not.toHaveProperty('exchangeVolumes');
    expect(servers[1]!.exchangeVolumesBasis).toEqual({
      en: 'the storage groups of CMS1 are unknown (ex-storage-groups.txt)',
      de: 'die Speichergruppen von CMS1 sind unbekannt (ex-storage-groups.txt)',
    });
  });

  test('assignExchangeVolumes: the nodes of a CMS, a Mailbox server and a server with storage groups get volumes; others none', () => {
    const sg = [group('SG1', 'L:\\SG1', [['DB1', 'M:\\DB1.edb']])];
    const servers = [
      cms('CMS1', sg, { exchange: { redundantMachines: ['NODE1', 'NODE2'] } as Server['exchange'] }),
      node('NODE1'),
      node('NODE2', { mountedVolumes: undefined }),
      node('NODE3'),
      server('MBX1', {
        role: 'server',
        exchange: { roles: ['Mailbox'] } as unknown as Server['exchange'],
        mountedVolumes: MOUNTED,
      }),
      server('SG-ONLY', { role: 'server', storageGroups: sg as unknown as Server['storageGroups'], mountedVolumes: MOUNTED }),
      server('HUB1', {
        role: 'server',
        exchange: { roles: ['HubTransport'] } as unknown as Server['exchange'],
        mountedVolumes: MOUNTED,
      }),
    ];
    assignExchangeVolumes(servers);
    const [cmsServer, node1, node2, node3, mbx1, sgOnly, hub1] = servers;
    expect(cmsServer).not.toHaveProperty('exchangeVolumes');
    expect(cmsServer).not.toHaveProperty('exchangeVolumesBasis');
    expect(node1!.exchangeVolumes?.map((v) => v.name)).toEqual(['L:\\', 'M:\\']);
    expect(node1).not.toHaveProperty('exchangeVolumesBasis');
    expect(node2).not.toHaveProperty('exchangeVolumes');
    expect(node2!.exchangeVolumesBasis).toEqual({ en: 'volumes.txt missing', de: 'volumes.txt fehlt' });
    expect(node3).not.toHaveProperty('exchangeVolumes');
    expect(node3).not.toHaveProperty('exchangeVolumesBasis');
    expect(mbx1!.exchangeVolumesBasis).toEqual({
      en: 'the storage groups of MBX1 are unknown (ex-storage-groups.txt)',
      de: 'die Speichergruppen von MBX1 sind unbekannt (ex-storage-groups.txt)',
    });
    expect(sgOnly!.exchangeVolumes?.map((v) => v.name)).toEqual(['L:\\', 'M:\\']);
    expect(hub1).not.toHaveProperty('exchangeVolumes');
    expect(hub1).not.toHaveProperty('exchangeVolumesBasis');
  });
});

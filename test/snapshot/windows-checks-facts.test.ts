import { exchangeVolumesOf } from '../../src/snapshot/assemble/exchange-volumes';
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

/** The derived facts of SYS-003, SYS-004, STO-010 and STO-011, each with its boundaries. */

describe('pageFileOf: the page file against physical memory plus 10 MB', () => {
  test.each([
    [
      'one page file of RAM + 10 MB exactly',
      [fixed('C:\\pagefile.sys', 16393, 16393)],
      16383,
      { tooSmall: false, maximumMb: 16393, requiredMb: 16393 },
    ],
    ['RAM + 9 MB', [fixed('C:\\pagefile.sys', 16392, 16392)], 16383, { tooSmall: true, maximumMb: 16392 }],
    ['the maximum counts, not the initial size', [fixed('C:\\pagefile.sys', 2048, 16393)], 16383, { tooSmall: false }],
    [
      'an initial size above RAM does not help a small maximum',
      [fixed('C:\\pagefile.sys', 16393, 4096)],
      16383,
      { tooSmall: true },
    ],
    [
      'two page files add up',
      [fixed('C:\\pagefile.sys', 8192, 8192), fixed('D:\\pagefile.sys', 8201, 8201)],
      16383,
      { tooSmall: false, maximumMb: 16393 },
    ],
    ['no paging file at all', [], 16383, { tooSmall: true, maximumMb: 0 }],
  ])('%s', (_name, files, memoryMb, expected) => {
    expect(pageFileOf(files, memoryMb)).toMatchObject({ systemManaged: false, ...expected });
  });

  test.each([
    ['a drive with a system managed size', [managed('C:\\pagefile.sys')]],
    ['one of two', [fixed('C:\\pagefile.sys', 16393, 16393), managed('D:\\pagefile.sys')]],
    ["Server 2008's automatic management of all drives", [managed('?:\\pagefile.sys')]],
  ])('system managed: %s; tooSmall stays unknown, with why', (_name, files) => {
    const result = pageFileOf(files, 16383)!;
    expect(result.systemManaged).toBe(true);
    expect(result).not.toHaveProperty('tooSmall');
    expect(result.tooSmallBasis?.en).toMatch(/system managed size has no maximum/);
  });

  test('without the physical memory the comparison is unknown, with no basis: the rule names systeminfo.txt', () => {
    const result = pageFileOf([fixed('C:\\pagefile.sys', 4096, 4096)], undefined)!;
    expect(result).toEqual({ files: [fixed('C:\\pagefile.sys', 4096, 4096)], systemManaged: false, maximumMb: 4096 });
  });

  test('the basis names sizes and memory in both languages', () => {
    expect(pageFileOf([fixed('C:\\pagefile.sys', 4096, 4096)], 32767)!.tooSmallBasis).toEqual({
      en: 'PagingFiles: C:\\pagefile.sys 4096–4096 MB, together at most 4096 MB, less than physical memory 32767 MB + 10 MB = 32777 MB',
      de: 'PagingFiles: C:\\pagefile.sys 4096–4096 MB, zusammen höchstens 4096 MB, weniger als physischer Speicher 32767 MB + 10 MB = 32777 MB',
    });
  });

  test('no PagingFiles read: no fact', () => {
    expect(pageFileOf(undefined, 16383)).toBeUndefined();
  });
});

describe('scalableNetworkingOf: SNP values present and not 0', () => {
  const hotfixes = (ids: string[], listComplete?: true): Server['hotfixes'] => ({
    ids,
    unidentified: 0,
    sources: ['qfe.txt'],
    ...(listComplete ? { listComplete } : {}),
  });
  test.each([
    ['1 is on', [{ name: 'EnableTCPChimney' as const, value: 1, line: 1 }], ['EnableTCPChimney=1']],
    ['0 is off', [{ name: 'EnableRSS' as const, value: 0, line: 1 }], []],
    ['not set is not counted', [{ name: 'EnableTCPA' as const, line: 1 }], []],
    ['any value but 0 is on', [{ name: 'EnableTCPA' as const, value: 2, line: 1 }], ['EnableTCPA=2']],
  ])('%s', (_name, values, featuresOn) => {
    expect(scalableNetworkingOf(values, undefined)?.featuresOn).toEqual(featuresOn);
  });

  test.each([
    ['listed: installed', hotfixes(['KB948496']), true],
    ['not listed in a whole list: not installed', hotfixes(['KB921181'], true), false],
    ['not listed in a list with File 1 rows: unknown', hotfixes(['KB921181']), undefined],
    ['no hotfix list: unknown', undefined, undefined],
  ])('KB948496 %s', (_name, list, expected) => {
    expect(scalableNetworkingOf([], list)?.kb948496).toBe(expected);
  });
});

describe('mailboxHostOf: a machine holding mailbox databases', () => {
  const cms = server('CMS1', {
    role: 'clusteredMailboxServer',
    cluster: 'CL1',
    exchange: { redundantMachines: ['NODE1', 'NODE2'] } as Server['exchange'],
  });
  const cluster = { name: 'CL1', clusteredMailboxServers: ['CMS1'] } as Cluster;
  test.each([
    [
      'a node named in RedundantMachines',
      server('NODE1', { cluster: 'CL1' }),
      [cms],
      [],
      true,
      'node of the clustered mailbox server CMS1',
    ],
    [
      'a node of a cluster with a CMS (CMS folder missing)',
      server('NODE3', { cluster: 'CL1' }),
      [],
      [cluster],
      true,
      'which runs the clustered mailbox server CMS1',
    ],
    ['a planned node', server('MBX1', { role: 'plannedNode' }), [], [], true, 'planned cluster node'],
    [
      'a Mailbox server',
      server('MBX9', { role: 'server', exchange: { roles: ['Mailbox', 'HubTransport'] } as Server['exchange'] }),
      [],
      [],
      true,
      'Exchange roles Mailbox, HubTransport',
    ],
    [
      'a Hub Transport server',
      server('HUB1', { role: 'server', exchange: { roles: ['HubTransport'] } as Server['exchange'] }),
      [],
      [],
      false,
      ': no Mailbox',
    ],
    ['the clustered mailbox server itself', cms, [cms], [cluster], false, 'its nodes hold its databases'],
    [
      'a server nothing says anything about',
      server('SRV1', { role: 'server' }),
      [],
      [],
      undefined,
      'neither ex-server.txt nor a cluster',
    ],
  ])('%s', (_name, machine, others, clusters, value, basis) => {
    const result = mailboxHostOf(machine, [machine, ...others.filter((o) => o !== machine)], clusters);
    expect(result.value).toBe(value);
    expect(result.basis.en).toContain(basis);
  });
});

const PARTITIONS = [
  part('Disk #0, Partition #0', 32256, ['C:']),
  part('Disk #1, Partition #0', 32256, ['L:']),
  part('Disk #2, Partition #0', 65536, ['M:']),
];

describe('partitionOfVolume: the partition of a volume and whether it starts at a multiple of 8 KB', () => {
  test.each([
    ["Server 2003's default 63 sectors", 32256, false, 'starts at 32256 bytes (31.5 KB): not a multiple of 8 KB'],
    ['4 KB', 4096, false, '(4 KB): not a multiple'],
    ['8 KB exactly', 8192, true, '(8 KB): a multiple of 8 KB'],
    ['8 KB + 512 bytes', 8704, false, 'not a multiple'],
    ['align=64', 65536, true, '(64 KB): a multiple'],
    ["Server 2008's 1 MB", 1048576, true, '(1024 KB): a multiple'],
  ])('%s', (_name, offset, aligned, basis) => {
    const result = partitionOfVolume(MOUNTED[2]!, MOUNTED, [part('Disk #2, Partition #0', offset, ['M:'])], true);
    expect(result).toMatchObject({
      volume: 'M:\\',
      name: 'Disk #2, Partition #0',
      startingOffsetBytes: offset,
      offsetMultipleOf8Kb: aligned,
    });
    expect(result.offsetMultipleOf8KbBasis?.en).toContain(basis);
  });

  test('German: the KB with a decimal comma', () => {
    expect(partitionOfVolume(MOUNTED[1]!, MOUNTED, PARTITIONS, true).offsetMultipleOf8KbBasis?.de).toBe(
      'L: liegt auf Disk #1, Partition #0, die bei 32256 Byte (31,5 KB) beginnt: kein Vielfaches von 8 KB',
    );
  });

  test('a volume mounted in a folder and at a drive letter is found by its letter', () => {
    const both = [...MOUNTED, mv('M:\\Alias\\', 'm', 65536)];
    expect(partitionOfVolume(both[4]!, both, PARTITIONS, true)).toMatchObject({
      name: 'Disk #2, Partition #0',
      offsetMultipleOf8Kb: true,
    });
  });

  test.each([
    [
      'a folder mount point without a drive letter',
      MOUNTED[3]!,
      PARTITIONS,
      true,
      'has no drive letter, and Win32_LogicalDiskToPartition maps drive letters only',
    ],
    ['no partition for the letter', MOUNTED[2]!, PARTITIONS.slice(0, 2), true, 'partition-drives.txt names no partition for M:'],
    [
      'two partitions for one letter: conflicting evidence',
      MOUNTED[2]!,
      [...PARTITIONS, part('Disk #3, Partition #0', 65536, ['M:'])],
      true,
      'names 2 partitions for M:',
    ],
    ['no starting offset', MOUNTED[2]!, [part('Disk #2, Partition #0', undefined, ['M:'])], true, 'gives no starting offset'],
  ])('unknown: %s', (_name, volume, partitions, mapped, basis) => {
    const result = partitionOfVolume(volume, MOUNTED, partitions, mapped);
    expect(result).not.toHaveProperty('offsetMultipleOf8Kb');
    expect(result.offsetMultipleOf8KbBasis?.en).toContain(basis);
  });
});

describe('exchangeVolumesOf: the volumes holding database files and logs', () => {
  const sg = (name: string, logFolderPath: string, edbFilePath: string) => ({
    name,
    server: 'CMS1',
    logFolderPath,
    databases: [{ name: `${name} DB`, edbFilePath }],
  });
  const cms = (groups: ReturnType<typeof sg>[]) =>
    server('CMS1', { role: 'clusteredMailboxServer', storageGroups: groups as unknown as Server['storageGroups'] });
  const node = (extra: Partial<Server> = {}) =>
    server('NODE1', {
      mountedVolumes: MOUNTED,
      partitions: PARTITIONS,
      sources: { 'partition-drives.txt': { status: 'parsed', diagnostics: [] } },
      ...extra,
    });

  test('a database volume and a log-only volume, each with its partition', () => {
    const { volumes } = exchangeVolumesOf(node(), [cms([sg('SG1', 'L:\\SG1', 'M:\\SG1DB\\DB1.edb')])]);
    expect(
      volumes?.map((v) => [
        v.name,
        v.blockSizeBytes,
        v.holdsDatabaseFiles,
        v.databaseFiles,
        v.logFolders,
        v.partition.offsetMultipleOf8Kb,
      ]),
    ).toEqual([
      ['L:\\', 4096, false, [], ['L:\\SG1'], false],
      ['M:\\', 65536, true, ['M:\\SG1DB\\DB1.edb'], [], true],
    ]);
    expect(volumes![0]!.usageBasis.en).toBe('the volume mounted at L:\\ holds the logs in L:\\SG1 (CMS1 SG1): logs only');
  });

  test('database and logs on one volume: a database volume', () => {
    const { volumes } = exchangeVolumesOf(node(), [cms([sg('SG1', 'M:\\Logs', 'M:\\DB\\DB1.edb')])]);
    expect(volumes).toHaveLength(1);
    expect(volumes![0]).toMatchObject({ name: 'M:\\', holdsDatabaseFiles: true, logFolders: ['M:\\Logs'] });
  });

  test('a file in a folder mount point is on that volume, whose partition is unknown', () => {
    const { volumes } = exchangeVolumesOf(node(), [cms([sg('SG1', 'L:\\SG1', 'M:\\SG1\\DB1.edb')])]);
    const sg1 = volumes!.find((v) => v.name === 'M:\\SG1\\')!;
    expect(sg1).toMatchObject({ holdsDatabaseFiles: true, blockSizeBytes: 65536 });
    expect(sg1.partition).not.toHaveProperty('offsetMultipleOf8Kb');
  });

  test('a UNC path and a path on a volume the machine does not mount are left out', () => {
    const { volumes } = exchangeVolumesOf(node(), [cms([sg('SG1', '\\\\FS1\\Logs\\SG1', 'X:\\DB1.edb')])]);
    expect(volumes).toEqual([]);
  });

  test.each([
    [
      'volumes.txt missing',
      node({ mountedVolumes: undefined }),
      [cms([sg('SG1', 'L:\\SG1', 'M:\\DB1.edb')])],
      'volumes.txt missing',
    ],
    [
      'volumes.txt failed',
      node({ mountedVolumes: undefined, sources: { 'volumes.txt': { status: 'failed', diagnostics: [] } } }),
      [cms([sg('SG1', 'L:\\SG1', 'M:\\DB1.edb')])],
      'volumes.txt failed',
    ],
    [
      'the storage groups unknown',
      node(),
      [server('CMS1', { role: 'clusteredMailboxServer' })],
      'the storage groups of CMS1 are unknown',
    ],
  ])('unknown: %s', (_name, host, held, basis) => {
    const result = exchangeVolumesOf(host, held);
    expect(result.volumes).toBeUndefined();
    expect(result.basis?.en).toContain(basis);
  });

  test('a machine that holds no databases has no such volumes and no reason', () => {
    expect(exchangeVolumesOf(node(), [])).toEqual({});
  });
});

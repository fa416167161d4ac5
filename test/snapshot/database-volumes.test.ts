import { assignDatabaseVolumes, logsOnSameVolume } from '../../src/snapshot/assemble/database-volumes';
import type { Server } from '../../src/snapshot/schema';
import { server } from '../helpers/server-fixture';

/**
 * logsOnSameVolume of every database of a bundle (STO-005), on the machines that hold its files: a server's
 * own volumes, or the nodes of a clustered mailbox server (by RedundantMachines, else by cluster).
 * volume-of-path.test.ts has the volume of a path itself.
 */
type Volumes = NonNullable<Server['mountedVolumes']>;
const vol = (name: string, id: string): Volumes[number] => ({ name, deviceId: `\\\\?\\Volume{${id}}\\` });
const APART: Volumes = [vol('M:\\', 'm1'), vol('M:\\Logs\\', 'l1')];
const TOGETHER: Volumes = [vol('M:\\', 'm2')];
const db = (name: string, edbFilePath?: string, logFolderPath?: string) => ({
  name,
  ...(edbFilePath ? { edbFilePath } : {}),
  ...(logFolderPath ? { logFolderPath } : {}),
});
const cms = (extra: Partial<Server> = {}) =>
  server('CMS1', {
    role: 'clusteredMailboxServer',
    storageGroups: [{ name: 'SG1', databases: [db('DB1', 'M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1')] }],
    ...extra,
  } as Partial<Server>);
const verdictOf = (servers: Server[]) => {
  assignDatabaseVolumes(servers);
  return servers[0]!.storageGroups![0]!.databases![0]!;
};

describe('assignDatabaseVolumes: the machines that hold the files', () => {
  test.each([
    [
      'a standalone server: its own volumes, apart',
      [server('MBX1', { role: 'server', mountedVolumes: APART, storageGroups: cms().storageGroups! })],
      { logsOnSameVolume: false },
    ],
    [
      'a clustered mailbox server: the nodes its RedundantMachines name (any case), not the others of its cluster',
      [
        cms({ cluster: 'CL1', exchange: { redundantMachines: ['node1'] } }),
        server('NODE1', { cluster: 'CL1', mountedVolumes: APART }),
        server('NODE2', { cluster: 'CL1', mountedVolumes: TOGETHER }),
      ],
      { logsOnSameVolume: false },
    ],
    [
      'without RedundantMachines: the nodes of its cluster, the one keeping them together decides',
      [
        cms({ cluster: 'CL1' }),
        server('NODE1', { cluster: 'CL1', mountedVolumes: APART }),
        server('NODE2', { cluster: 'CL1', mountedVolumes: TOGETHER }),
        server('OTHER', { cluster: 'CL2', mountedVolumes: APART }),
      ],
      { logsOnSameVolume: true, edbMountPoint: 'M:\\', logMountPoint: 'M:\\', volumeHost: 'NODE2' },
    ],
    [
      'a node of another cluster does not count',
      [
        cms({ cluster: 'CL1' }),
        server('NODE1', { cluster: 'CL1', mountedVolumes: APART }),
        server('X', { cluster: 'CL2', mountedVolumes: TOGETHER }),
      ],
      { logsOnSameVolume: false },
    ],
    [
      'a clustered mailbox server named like a node is no host; nor is a server of its cluster that is no node',
      [
        cms({ cluster: 'CL1', exchange: { redundantMachines: ['NODE1', 'HUB1'] } }),
        server('NODE1', { cluster: 'CL1', mountedVolumes: APART }),
        server('HUB1', { role: 'server', cluster: 'CL1', mountedVolumes: TOGETHER }),
      ],
      { logsOnSameVolume: false },
    ],
    [
      'a clustered mailbox server without a cluster or named nodes: no machine, the drive letters',
      [cms(), server('NODE1', { mountedVolumes: TOGETHER })],
      {
        logsOnSameVolumeBasis: {
          en: 'both are on drive M:; whether a mount point separates them needs volumes.txt',
          de: 'beide liegen auf Laufwerk M:; ob ein Bereitstellungspunkt sie trennt, zeigt erst volumes.txt',
        },
      },
    ],
  ] as [string, Server[], Record<string, unknown>][])('%s', (_name, servers, expected) => {
    const database = verdictOf(servers);
    expect(database).toMatchObject(expected);
    if (expected.logsOnSameVolume !== true) {
      for (const key of ['edbMountPoint', 'logMountPoint', 'volumeHost']) expect(database).not.toHaveProperty(key);
    }
    if (expected.logsOnSameVolume === undefined) expect(database).not.toHaveProperty('logsOnSameVolume');
  });

  test('a standalone server keeping them together: the mount points, the server named as the host', () => {
    const database = verdictOf([
      server('MBX1', { role: 'server', mountedVolumes: TOGETHER, storageGroups: cms().storageGroups! }),
    ]);
    expect(database).toEqual({
      ...db('DB1', 'M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1'),
      logsOnSameVolume: true,
      logsOnSameVolumeBasis: {
        en: 'MBX1: M:\\SG1\\DB1.edb is on the volume mounted at M:\\; M:\\Logs\\SG1 is on the volume mounted at M:\\',
        de: 'MBX1: M:\\SG1\\DB1.edb liegt auf dem unter M:\\ bereitgestellten Volume; M:\\Logs\\SG1 liegt auf dem unter M:\\ bereitgestellten Volume',
      },
      edbMountPoint: 'M:\\',
      logMountPoint: 'M:\\',
      volumeHost: 'MBX1',
    });
  });

  test('a database without both paths gets nothing; every database of every group is decided', () => {
    const servers = [
      server('MBX1', {
        role: 'server',
        mountedVolumes: APART,
        storageGroups: [
          { name: 'SG1', databases: [db('DB1', 'M:\\SG1\\DB1.edb'), db('DB2', 'M:\\SG1\\DB2.edb', 'M:\\Logs\\SG1')] },
          { name: 'SG2', databases: [db('DB3', 'M:\\SG2\\DB3.edb', 'M:\\SG2')] },
          { name: 'SG3' },
        ],
      } as Partial<Server>),
    ];
    assignDatabaseVolumes(servers);
    const [sg1, sg2, sg3] = servers[0]!.storageGroups!;
    expect(sg1!.databases![0]).toEqual(db('DB1', 'M:\\SG1\\DB1.edb'));
    expect(sg1!.databases![1]).toMatchObject({ logsOnSameVolume: false });
    expect(sg2!.databases![0]).toMatchObject({ logsOnSameVolume: true, edbMountPoint: 'M:\\', logMountPoint: 'M:\\' });
    expect(sg3).toEqual({ name: 'SG3' });
  });

  test('an unknown verdict keeps its reason as the basis, with the machine', () => {
    const database = verdictOf([cms({ cluster: 'CL1' }), server('NODE1', { cluster: 'CL1' })]);
    expect(database).not.toHaveProperty('logsOnSameVolume');
    expect(database.logsOnSameVolumeBasis).toEqual({
      en: 'NODE1: both are on drive M:; whether a mount point separates them needs volumes.txt',
      de: 'NODE1: beide liegen auf Laufwerk M:; ob ein Bereitstellungspunkt sie trennt, zeigt erst volumes.txt',
    });
  });
});

describe('logsOnSameVolume: how the machines are weighed', () => {
  const node = (name: string, mountedVolumes?: Volumes) => ({ name, ...(mountedVolumes ? { mountedVolumes } : {}) });
  test('two machines apart: both named in the basis, joined', () => {
    expect(logsOnSameVolume('M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1', [node('N1', APART), node('N2', APART)])).toEqual({
      value: false,
      basis: {
        en: 'N1: M:\\SG1\\DB1.edb is on the volume mounted at M:\\; M:\\Logs\\SG1 is on the volume mounted at M:\\Logs\\ | N2: M:\\SG1\\DB1.edb is on the volume mounted at M:\\; M:\\Logs\\SG1 is on the volume mounted at M:\\Logs\\',
        de: 'N1: M:\\SG1\\DB1.edb liegt auf dem unter M:\\ bereitgestellten Volume; M:\\Logs\\SG1 liegt auf dem unter M:\\Logs\\ bereitgestellten Volume | N2: M:\\SG1\\DB1.edb liegt auf dem unter M:\\ bereitgestellten Volume; M:\\Logs\\SG1 liegt auf dem unter M:\\Logs\\ bereitgestellten Volume',
      },
    });
  });

  test('every machine lists volumes, none holds the files: unknown, each machine with its reason', () => {
    expect(
      logsOnSameVolume('M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1', [node('N1', [vol('C:\\', 'c')]), node('N2', [vol('D:\\', 'd')])]),
    ).toEqual({
      unknown: {
        en: 'N1: no volume in volumes.txt is mounted at M:\\ or a folder holding M:\\SG1\\DB1.edb | N2: no volume in volumes.txt is mounted at M:\\ or a folder holding M:\\SG1\\DB1.edb',
        de: 'N1: kein Volume in volumes.txt ist unter M:\\ oder einem Ordner mit M:\\SG1\\DB1.edb bereitgestellt | N2: kein Volume in volumes.txt ist unter M:\\ oder einem Ordner mit M:\\SG1\\DB1.edb bereitgestellt',
      },
    });
  });

  test('an unknown path, in both languages', () => {
    expect(logsOnSameVolume('M:\\DB1.edb', undefined, [])).toEqual({
      unknown: { en: 'the database or log path is not known', de: 'der Datenbank- oder Protokollpfad ist unbekannt' },
    });
  });
});

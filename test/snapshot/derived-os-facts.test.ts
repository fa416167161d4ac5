import { assignExchangeArchitectures } from '../../src/snapshot/assemble/exchange';
import { exchangeBuildOf } from '../../src/snapshot/assemble/exchange-build';
import { installVolumeOf } from '../../src/snapshot/assemble/install-volume';
import { majorityNodeSetOf } from '../../src/snapshot/assemble/majority-node-set';
import { nodeLimitOf } from '../../src/snapshot/assemble/node-limit';
import type { Cluster, Server } from '../../src/snapshot/schema';
import { server, version } from '../helpers/server-fixture';

/** The derived facts the corrected OS, prerequisite, cluster and virtualization rules read, with their boundaries. */
const cms = (name: string, text: string, redundantMachines?: string[], cluster?: string): Server =>
  server(name, {
    role: 'clusteredMailboxServer',
    ...(cluster ? { cluster } : {}),
    exchange: {
      version: version(text),
      servicePack: Number(text.split('.')[1]),
      dataPath: 'D:\\Exchange\\Mailbox',
      ...(redundantMachines ? { redundantMachines } : {}),
    },
  });

describe('exchangeBuild: a node takes the build of the clustered mailbox server it hosts', () => {
  test('named in RedundantMachines (any case)', () => {
    const node = server('ex2007-node1');
    const build = exchangeBuildOf(node, [node, cms('CMS1', '8.1.240.6', ['EX2007-NODE1', 'EX2007-NODE2'])]);
    expect(build).toMatchObject({ version: { text: '8.1.240.6' }, servicePack: 1, from: 'CMS1' });
    expect(build!.versionBasis.en).toMatch(/^the clustered mailbox server CMS1 that this node hosts \(its RedundantMachines/);
    expect(build!.versionBasis.de).toMatch(/^der geclusterte Postfachserver CMS1, den dieser Knoten bereitstellt/);
  });

  test('without RedundantMachines: the clustered mailbox server of its cluster', () => {
    const node = server('N1', { cluster: 'CL1' });
    const build = exchangeBuildOf(node, [
      node,
      cms('CMS1', '8.0.685.24', undefined, 'CL1'),
      cms('CMS9', '8.3.83.6', undefined, 'OTHER'),
    ]);
    expect(build).toMatchObject({ servicePack: 0, from: 'CMS1' });
    expect(build!.versionBasis.en).toContain('it belongs to this node');
  });

  test('two hosted servers with different builds, or none in the bundle: unknown', () => {
    const node = server('N1', { cluster: 'CL1' });
    expect(exchangeBuildOf(node, [node, cms('A', '8.1.240.6', ['N1']), cms('B', '8.3.83.6', ['N1'])])).toBeUndefined();
    expect(exchangeBuildOf(node, [node])).toBeUndefined();
  });

  test('an Exchange server takes its own; a planned node has none', () => {
    const hub = server('HUB1', { role: 'server', exchange: { version: version('8.3.83.6'), servicePack: 3 } });
    expect(exchangeBuildOf(hub, [hub])).toMatchObject({
      from: 'HUB1',
      servicePack: 3,
      versionBasis: { en: 'AdminDisplayVersion 8.3.83.6 (Exchange 2007 SP3) in ex-server.txt' },
    });
    expect(exchangeBuildOf(server('MBX1', { role: 'plannedNode' }), [cms('CMS1', '8.1.240.6', ['MBX1'])])).toBeUndefined();
  });
});

describe('installVolume: DataPath, the plan, or the system volume by assumption', () => {
  const volumes = [
    { caption: 'C:', freeSpaceBytes: 1288490189 },
    { caption: 'D:', freeSpaceBytes: 1073741824 * 50 },
  ];
  const machine = server('MBX1', {
    role: 'plannedNode',
    volumes,
    systemVolume: { caption: 'C:', freeSpaceBytes: 1288490189, freeSpaceMb: 1228.8 },
  });

  test('assumed: the system volume', () => {
    const v = installVolumeOf(machine, { kind: 'assumed' });
    expect(v).toMatchObject({ caption: 'C:', freeSpaceMb: 1228.8 });
    expect(v!.volumeBasis.en).toMatch(
      /^assumed: setup installs to %ProgramFiles%\\Microsoft\\Exchange Server on the system volume C:/,
    );
  });

  test('the plan names D:', () => {
    expect(installVolumeOf(machine, { kind: 'plan', path: 'd:\\Exchange' })).toMatchObject({
      caption: 'D:',
      installPath: 'd:\\Exchange',
      freeSpaceMb: 51200,
    });
  });

  test('DataPath: the install folder is DataPath without \\Mailbox', () => {
    const v = installVolumeOf(machine, {
      kind: 'dataPath',
      path: 'D:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
      server: 'CMS1',
    });
    expect(v).toMatchObject({ caption: 'D:', installPath: 'D:\\Program Files\\Microsoft\\Exchange Server' });
    expect(v!.volumeBasis.en).toBe(
      'Exchange is installed in D:\\Program Files\\Microsoft\\Exchange Server (DataPath in the ex-server.txt of CMS1)',
    );
  });

  test('a drive disks.txt does not list, or a path without a drive: the volume without its free space', () => {
    const e = installVolumeOf(machine, { kind: 'plan', path: 'E:\\Exchange' })!;
    expect(e).toMatchObject({ caption: 'E:' });
    expect(e.freeSpaceMb).toBeUndefined();
    expect(e.volumeBasis.en).toContain('disks.txt lists no volume E:');
    expect(installVolumeOf(machine, { kind: 'plan', path: '\\\\nas\\exchange' })!.volumeBasis.en).toContain(
      'the path names no drive letter',
    );
  });

  test('no volume list, or no system volume for the assumption: unknown', () => {
    expect(installVolumeOf(server('X', { role: 'plannedNode' }), { kind: 'plan', path: 'D:\\Exchange' })).toBeUndefined();
    expect(installVolumeOf(server('X', { role: 'plannedNode', volumes }), { kind: 'assumed' })).toBeUndefined();
  });
});

describe('nodeLimit: Windows release and architecture, and the Exchange cluster type', () => {
  const node = (release: string, architecture?: 'x86' | 'x64' | 'ia64', edition?: string) =>
    server('N', {
      os: { name: `Windows ${release}`, release, ...(architecture ? { architecture } : {}), ...(edition ? { edition } : {}) },
    });
  const limit = (type: Cluster['type'], ...nodes: Server[]) => nodeLimitOf(type ? { type } : {}, nodes).value;

  test.each([
    ['2003 Enterprise x64', undefined, [node('2003', 'x64', 'Enterprise')], 8],
    ['2003 R2 x86', 'CCR', [node('2003 R2', 'x86')], 8],
    ['2008 x86', 'CCR', [node('2008', 'x86')], 8],
    ['2008 R2 Itanium', 'none', [node('2008 R2', 'ia64')], 8],
    ['2008 x64, not an SCC', 'CCR', [node('2008', 'x64')], 16],
    ['2008 R2 x64, not an SCC', 'none', [node('2008 R2', 'x64')], 16],
    ['2008 x64, an SCC', 'SCC', [node('2008', 'x64')], 8],
    ['an SCC whose Windows is unknown', 'SCC', [], 8],
    ['2008 x64 of unknown type (could be an SCC)', undefined, [node('2008', 'x64')], undefined],
    ['2008 with an unknown architecture', 'CCR', [node('2008')], undefined],
    ['Windows 2000 Advanced Server', undefined, [node('2000', 'x86', 'Advanced Server')], 2],
    ['Windows 2000 Datacenter Server', undefined, [node('2000', 'x86', 'Datacenter')], 4],
    ['nodes that disagree (x86 and x64 2008)', 'CCR', [node('2008', 'x86'), node('2008', 'x64')], undefined],
    ['no node with systeminfo', 'CCR', [server('N1')], undefined],
    ['Windows Server 2012 R2', 'none', [node('2012 R2', 'x64')], undefined],
  ] as const)('%s', (_what, type, nodes, expected) => {
    expect(limit(type, ...nodes)).toBe(expected);
  });

  test('the basis says why, in both languages', () => {
    expect(nodeLimitOf({ type: 'SCC' }, []).basis.en).toBe('an Exchange 2007 single copy cluster has at most 8 nodes');
    expect(nodeLimitOf({}, [node('2008', 'x64')]).basis.de).toContain('der Clustertyp ist unbekannt');
  });
});

describe('majorityNodeSet: the quorum resource, else the cluster type', () => {
  test.each([
    [{ quorum: { type: 'majorityNodeSet', resource: 'Majority Node Set' }, type: 'SCC' }, true, 'cluster-quorum.txt'],
    [{ quorum: { type: 'disk', resource: 'Disk Q:' }, type: 'CCR' }, false, 'shared disk'],
    [{ quorum: { type: 'localQuorum', resource: 'Local Quorum' } }, false, 'local quorum'],
    [{ type: 'CCR', planned: false }, true, 'ex-mailbox-server.txt'],
    [{ type: 'CCR', planned: true }, true, 'bundle.json'],
    [{ type: 'SCC', planned: false }, false, 'single copy cluster'],
    [{ type: 'LCR', planned: true }, undefined, 'neither the quorum resource'],
    [{ planned: false }, undefined, 'neither the quorum resource'],
  ] as const)('%j', (cluster, value, basis) => {
    const fact = majorityNodeSetOf(cluster as unknown as Cluster);
    expect(fact.value).toBe(value);
    expect(fact.basis.en).toContain(basis);
    expect(fact.basis.de).not.toBe(fact.basis.en);
  });
});

describe('exchange.architectureBasis names the Windows that shows the architecture', () => {
  const os = (architecture: 'x86' | 'x64') => ({ name: 'Windows Server 2003', architecture });

  test('a clustered mailbox server with one x86 node names that node', () => {
    const servers = [cms('CMS1', '8.1.240.6', ['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', { os: os('x86') })];
    assignExchangeArchitectures(servers);
    expect(servers[0]!.exchange).toMatchObject({
      architecture: 'x86',
      architectureBasis: {
        en: 'its node N2 runs 32-bit (x86) Windows (systeminfo.txt)',
        de: 'sein Knoten N2 läuft mit 32-Bit-Windows (x86) (systeminfo.txt)',
      },
    });
  });

  test('an Exchange server names its own Windows', () => {
    const hub = server('HUB1', { role: 'server', os: os('x64'), exchange: { edition: 'Standard' } });
    assignExchangeArchitectures([hub]);
    expect(hub.exchange!.architectureBasis!.en).toBe('HUB1 runs x64 Windows (systeminfo.txt)');
  });
});

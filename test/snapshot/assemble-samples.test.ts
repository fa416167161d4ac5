import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import type { Snapshot } from '../../src/snapshot/schema';

const ROOT = join(__dirname, '..', '..', 'samples');
const snapshotOf = (name: string): Snapshot => collectBundle(readBundle(join(ROOT, name)));
const server = (s: Snapshot, name: string) => s.servers.find((x) => x.name === name)!;

describe('the German CCR health sample', () => {
  const s = snapshotOf('ccr-health-de');

  test('folders are classified: nodes, the clustered mailbox server, the hub transport server', () => {
    expect(s.servers.map((x) => [x.name, x.role, x.cluster])).toEqual([
      ['CCR-CLUSTER001', 'clusteredMailboxServer', 'EX2007-CLUSTER'],
      ['EX2007-HUB1', 'server', undefined],
      ['EX2007-NODE1', 'clusterNode', 'EX2007-CLUSTER'],
      ['EX2007-NODE2', 'clusterNode', 'EX2007-CLUSTER'],
    ]);
  });

  test('every source of a node parsed, decoded from CP850 and UTF-16LE', () => {
    const node = server(s, 'EX2007-NODE1');
    expect(Object.values(node.sources).filter((x) => x.status !== 'parsed')).toEqual([]);
    expect(node.sources['systeminfo.txt']).toMatchObject({ encoding: 'cp850', language: 'de' });
    expect(node.sources['qfe.txt']!.encoding).toBe('utf-16le');
    expect(node.os).toMatchObject({ release: '2003', servicePack: 1, edition: 'Enterprise', architecture: 'x64' });
    expect(node.hardware).toMatchObject({ virtualMachine: false });
  });

  test('hotfixes merge systeminfo, wmic qfe (ServicePackInEffect) and the registry', () => {
    const node1 = server(s, 'EX2007-NODE1').hotfixes!;
    expect(node1.sources).toEqual(['systeminfo.txt', 'qfe.txt', 'reg-updates.txt']);
    expect(node1.ids).toContain('KB921181');
    expect(node1.unidentified).toBeGreaterThan(0);
    expect(server(s, 'EX2007-NODE2').hotfixes!.ids).not.toContain('KB921181');
  });

  test('adapters: roles from the cluster networks, NetBIOS from NetBT, the binding order from Linkage', () => {
    const node1 = server(s, 'EX2007-NODE1');
    const heartbeat = node1.adapters!.find((a) => a.name === 'Heartbeat')!;
    expect(heartbeat).toMatchObject({
      role: 'private',
      clusterNetwork: 'Heartbeat',
      netbiosOptions: 1,
      netbiosEnabled: true,
      netbiosSource: 'reg-netbt-interfaces.txt',
    });
    expect(heartbeat.roleBasis!.en).toBe(
      "private: cluster network 'Heartbeat' has role 1 (internal cluster communications only), and the adapter's subnet 10.0.0.0/24 matches it; " +
        "the network name 'Heartbeat' has the word 'heartbeat'; the connection name 'Heartbeat' has the word 'heartbeat'",
    );
    expect(heartbeat.roleBasis!.de).toMatch(
      /^privat: Clusternetzwerk „Heartbeat“ hat Rolle 1 \(nur interne Clusterkommunikation\), und das Subnetz 10\.0\.0\.0\/24 des Adapters gehört dazu; /,
    );
    expect(node1.adapters!.find((a) => a.name === 'LAN')).toMatchObject({ role: 'public', netbiosEnabled: true });
    expect(node1.bindingOrder).toEqual(['LAN', 'Heartbeat']);
    expect(server(s, 'EX2007-NODE2').bindingOrder).toEqual(['Heartbeat', 'LAN']);
    expect(server(s, 'EX2007-NODE2').adapters!.find((a) => a.name === 'Heartbeat')!.netbiosEnabled).toBe(false);
  });

  test('the cluster is merged from both nodes, with its witness on the hub transport server', () => {
    expect(s.clusters).toHaveLength(1);
    const c = s.clusters[0]!;
    expect(c).toMatchObject({
      name: 'EX2007-CLUSTER',
      type: 'CCR',
      nodeCount: 2,
      clusteredMailboxServers: ['CCR-CLUSTER001'],
      privateNetworkPriority: 1,
    });
    expect(c.quorum!.type).toBe('majorityNodeSet');
    expect(c.fileShareWitness).toEqual({
      path: '\\\\EX2007-HUB1\\FSW_EX2007-CLUSTER',
      host: 'EX2007-HUB1',
      onClusterNode: false,
      checkIntervalSeconds: 240,
      delaySeconds: 4,
    });
    expect(c.networks!.map((n) => [n.name, n.role, n.private])).toEqual([
      ['LAN', 3, false],
      ['Heartbeat', 1, true],
    ]);
  });

  test('the cluster service account, from net user in CP850', () => {
    const account = server(s, 'EX2007-NODE1').accounts![0]!;
    expect(account).toMatchObject({
      name: 'clusdienst',
      isClusterServiceAccount: true,
      fullName: 'Clusterdienstkonto für Exchange',
      passwordNeverExpires: false,
      localAdministrator: true,
    });
  });

  test('Exchange and transport facts, with German number formats', () => {
    expect(server(s, 'CCR-CLUSTER001').exchange).toMatchObject({
      servicePack: 1,
      edition: 'Enterprise',
      clusteredStorageType: 'NonShared',
    });
    expect(s.organization.transport).toMatchObject({
      maxDumpsterSizePerStorageGroupBytes: 12582912,
      maxDumpsterTimeSeconds: 604800,
      maxMessageSizeBytes: 10485760,
      maxMessageSizeUnlimited: false,
      dumpsterToMessageSizeRatio: 1.2,
    });
    expect(s.organization.continuousReplication).toBe(true);
  });
});

describe('the German readiness sample', () => {
  const s = snapshotOf('readiness-de');

  test('nodes of the plan are planned nodes of a planned cluster', () => {
    expect(s.servers.map((x) => x.role)).toEqual(['plannedNode', 'plannedNode']);
    expect(s.clusters).toHaveLength(1);
    expect(s.clusters[0]).toMatchObject({ planned: true, type: 'CCR', nodeCount: 2, serviceAccount: 'svc-cluster' });
    expect(s.clusters[0]!.fileShareWitness).toMatchObject({ host: 'HUB1', onClusterNode: false });
  });

  test('without a cluster, adapter roles come from the connection names', () => {
    const heartbeat = server(s, 'MBX2').adapters!.find((a) => a.name === 'Heartbeat')!;
    expect(heartbeat).toMatchObject({
      role: 'private',
      roleBasis: {
        en: "private: the connection name 'Heartbeat' has the word 'heartbeat'",
        de: 'privat: der Verbindungsname „Heartbeat“ enthält das Wort „heartbeat“',
      },
      netbiosEnabled: true,
    });
  });

  test('a VMware guest is a virtual machine', () => {
    expect(server(s, 'MBX2').hardware).toMatchObject({ virtualMachine: true, hypervisor: 'VMware' });
    expect(server(s, 'MBX1').hardware!.virtualMachine).toBe(false);
  });
});

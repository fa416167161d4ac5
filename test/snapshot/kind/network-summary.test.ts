import { networkSummary } from '../../../src/snapshot/assemble/kind/network-summary';
import { privateNetworkReplication } from '../../../src/snapshot/assemble/kind/replication-network';
import type { Cluster, ClusterNetwork, Server } from '../../../src/snapshot/schema';

const net = (name: string, role: number, kind: 'private' | 'public' | undefined, priority?: number): ClusterNetwork => ({
  name,
  role,
  private: kind === 'private',
  ...(kind ? { kind } : {}),
  kindBasis: { en: kind ?? 'unknown: conflicting evidence – x', de: kind ?? 'unbekannt: widersprüchliche Hinweise – x' },
  ...(priority !== undefined ? { priority } : {}),
});

describe('the private network priority (NET-005) with networks of unknown kind', () => {
  test.each([
    ['private first', [net('Heartbeat', 1, 'private', 1), net('LAN', 3, 'public', 2)], 1],
    ['public first', [net('Heartbeat', 1, 'private', 2), net('LAN', 3, 'public', 1)], 2],
    ['private first, another network unknown', [net('Heartbeat', 1, 'private', 1), net('X', 3, undefined, 2)], 1],
    ['an unknown network ranks first', [net('Heartbeat', 1, 'private', 2), net('X', 3, undefined, 1)], undefined],
    ['no private network, one unknown', [net('LAN', 3, 'public', 1), net('X', 3, undefined, 2)], undefined],
    ['no priority list', [net('Heartbeat', 1, 'private'), net('LAN', 3, 'public')], undefined],
  ] as const)('%s → %s', (_name, networks, priority) => {
    expect(networkSummary(networks).privateNetworkPriority).toBe(priority);
  });

  test('the basis names the network of unknown kind ahead of the private one', () => {
    const summary = networkSummary([net('Heartbeat', 1, 'private', 2), net('X', 3, undefined, 1)]);
    expect(summary.privateNetworkPriorityBasis).toEqual({
      en: "network 'X' (priority 1) is of unknown kind: unknown: conflicting evidence – x",
      de: 'Netzwerk „X“ (Priorität 1) ist unbekannter Art: unbekannt: widersprüchliche Hinweise – x',
    });
  });

  test('without a priority list no basis is set: the missing cluster-netpri.txt is the reason', () => {
    expect(networkSummary([net('Heartbeat', 1, 'private'), net('LAN', 3, 'public')])).not.toHaveProperty(
      'privateNetworkPriorityBasis',
    );
  });
});

describe('the roles of the private and the public network (NET-008)', () => {
  test('known kinds give the roles', () => {
    expect(networkSummary([net('Heartbeat', 1, 'private'), net('LAN', 3, 'public')])).toMatchObject({
      privateNetworkRole: 1,
      publicNetworkRole: 3,
      networkCount: 2,
      internalNetworksBesidesPublic: 1,
    });
  });

  test('no network known to be private: role unknown, with the networks of unknown kind named', () => {
    const summary = networkSummary([net('X', 3, undefined), net('LAN', 3, 'public')]);
    expect(summary.privateNetworkRole).toBeUndefined();
    expect(summary.privateNetworkRoleBasis!.en).toBe(
      "no cluster network is known to be private (network 'X': unknown: conflicting evidence – x)",
    );
    expect(summary.publicNetworkRole).toBe(3);
  });
});

describe('may the private network carry Exchange 2007 SP1 replication host names (NET-008, role 3)', () => {
  const cluster = (type: Cluster['type'] | undefined): Cluster =>
    ({ name: 'C', planned: false, nodes: [], nodeCount: 2, ...(type ? { type } : {}) }) as Cluster;
  const cms = (minor?: number): Server =>
    ({
      name: 'CMS',
      folder: 'CMS',
      role: 'clusteredMailboxServer',
      sources: {},
      exchange: minor === undefined ? {} : { version: { text: `8.${minor}`, major: 8, minor, build: 0, revision: 0 } },
    }) as Server;

  test.each([
    ['SCC', 'SCC', [cms(1)], false],
    ['no clustered mailbox server', 'none', [], false],
    ['CCR, Exchange 2007 RTM', 'CCR', [cms(0)], false],
    ['CCR, Exchange 2007 SP1', 'CCR', [cms(1)], undefined],
    ['CCR, Exchange 2007 SP3', 'CCR', [cms(3)], undefined],
    ['CCR, version unknown', 'CCR', [cms()], undefined],
    ['type unknown', undefined, [cms(3)], undefined],
  ] as const)('%s → %s', (_name, type, servers, may) => {
    expect(privateNetworkReplication(cluster(type), [...servers]).privateNetworkMayCarryReplication).toBe(may);
  });

  test('CCR with SP1 or later says why it is unknown; an unknown version leaves that to the missing source', () => {
    expect(privateNetworkReplication(cluster('CCR'), [cms(1)]).privateNetworkMayCarryReplicationBasis!.en).toMatch(
      /bpa does not collect which network those host names use/,
    );
    expect(privateNetworkReplication(cluster('CCR'), [cms()])).toEqual({});
  });
});

import { assignAdapterRoles } from '../../../src/snapshot/assemble/adapter-roles';
import { classifyNetworks } from '../../../src/snapshot/assemble/network-kinds';
import type { Adapter, Cluster, ClusterNetwork, Server } from '../../../src/snapshot/schema';

/**
 * The edges of deciding the kinds of a cluster's networks and adapters together: which adapters' gateways
 * count for a network, a network without a role, a cluster without a network list, an adapter whose gateway
 * is not known, and a decision made again on facts that already carry one.
 */
const adapter = (name: string, ip: string, gateways: string[] | undefined, extra: Partial<Adapter> = {}): Adapter => ({
  name,
  type: 'ethernet',
  ipAddresses: [ip],
  ...(gateways !== undefined ? { gateways } : {}),
  dnsServers: [],
  ...extra,
});
const node = (name: string, adapters: Adapter[]): Server => ({
  name,
  folder: name,
  role: 'clusterNode',
  sources: {},
  cluster: 'CL',
  adapters,
});
const network = (name: string, role: number | undefined, address = '10.0.0.0'): ClusterNetwork => ({
  name,
  ...(role !== undefined ? { role } : {}),
  address,
  addressMask: '255.255.255.0',
  private: false,
});
const clusterOf = (networks: ClusterNetwork[] | undefined): Cluster => ({
  name: 'CL',
  planned: false,
  nodes: [{ name: 'N1' }],
  nodeCount: 1,
  ...(networks ? { networks } : {}),
});

describe('classifyNetworks: the gateways that count for a network', () => {
  test.each([
    ['a gateway on an adapter in its subnet', [adapter('LAN', '10.0.0.5', ['10.0.0.1'])], 'public'],
    ['a blank gateway is none', [adapter('LAN', '10.0.0.5', ['  '])], undefined],
    ['the first non-blank gateway counts', [adapter('LAN', '10.0.0.5', ['', '10.0.0.1'])], 'public'],
    ['a gateway on an adapter in another subnet does not', [adapter('LAN', '10.0.1.5', ['10.0.1.1'])], undefined],
    [
      'a gateway on a tunnel adapter in the subnet does not',
      [adapter('6to4', '10.0.0.5', ['10.0.0.1'], { type: 'tunnel' })],
      undefined,
    ],
    [
      'an adapter without addresses does not',
      [{ ...adapter('LAN', '', ['10.0.0.1']), ipAddresses: undefined } as Adapter],
      undefined,
    ],
  ])('%s', (_name, adapters, kind) => {
    const c = clusterOf([network('Backup', undefined)]);
    const decisions = classifyNetworks(c, [node('N1', adapters)]);
    expect(c.networks![0]!.kind).toBe(kind);
    expect(decisions.get('Backup')!.kind).toBe(kind);
    expect(c.networks![0]!.private).toBe(false);
  });

  test('the basis names the adapter, its node and its gateway; the role that is not known comes first', () => {
    const c = clusterOf([network('Backup', undefined)]);
    classifyNetworks(c, [node('N1', [adapter('LAN', '10.0.0.5', ['10.0.0.1'])])]);
    expect(c.networks![0]!.kindBasis).toEqual({
      en: "public: its adapter 'LAN' on N1 has the default gateway 10.0.0.1",
      de: 'öffentlich: sein Adapter „LAN“ auf N1 hat das Standardgateway 10.0.0.1',
    });
    expect(c.networks![0]).not.toHaveProperty('role');
  });

  test('a network without a role and without evidence: unknown, and the basis says the role is not known', () => {
    const c = clusterOf([network('Backup', undefined)]);
    classifyNetworks(c, [node('N1', [])]);
    expect(c.networks![0]).not.toHaveProperty('kind');
    expect(c.networks![0]!.kindBasis!.en).toBe(
      "unknown: no evidence – the role of cluster network 'Backup' is not known; the network name 'Backup' has no word that names a role",
    );
  });

  test('private is recorded as the boolean the older rules read', () => {
    const c = clusterOf([network('Heartbeat', 1), network('LAN', 2, '192.168.1.0')]);
    classifyNetworks(c, []);
    expect(c.networks!.map((n) => [n.name, n.kind, n.private])).toEqual([
      ['Heartbeat', 'private', true],
      ['LAN', 'public', false],
    ]);
    expect(c).toMatchObject({ networkCount: 2, privateNetworkRole: 1, publicNetworkRole: 2 });
  });

  test('decided again on a network that became unknown, the old kind is removed', () => {
    const c = clusterOf([{ ...network('Backup', 3), kind: 'private', private: true }]);
    classifyNetworks(c, []);
    expect(c.networks![0]).not.toHaveProperty('kind');
    expect(c.networks![0]!.private).toBe(false);
  });

  test('a cluster without a network list gets no summary and no decisions', () => {
    const c = clusterOf(undefined);
    expect(classifyNetworks(c, []).size).toBe(0);
    expect(c).toEqual(clusterOf(undefined));
  });
});

describe('assignAdapterRoles: the edges', () => {
  const roleOf = (c: Cluster | undefined, a: Adapter, nodes?: Server[]) => {
    const n = node('N1', [a]);
    const decisions = c ? classifyNetworks(c, nodes ?? [n]) : new Map();
    assignAdapterRoles(n, c, decisions);
    return n.adapters![0]!;
  };

  test('no cluster (a planned node): the adapter decides by its gateway and name, on no cluster network', () => {
    const a = roleOf(undefined, adapter('LAN', '10.0.0.5', ['10.0.0.1']));
    expect(a).toMatchObject({ role: 'public' });
    expect(a).not.toHaveProperty('clusterNetwork');
    expect(a.roleBasis).toEqual({
      en: 'public: the adapter has the default gateway 10.0.0.1',
      de: 'öffentlich: der Adapter hat das Standardgateway 10.0.0.1',
    });
  });

  test('a gateway that is not known (systeminfo only) is said to be unknown, not missing', () => {
    const a = roleOf(undefined, adapter('LAN', '10.0.0.5', undefined));
    expect(a).not.toHaveProperty('role');
    expect(a.roleBasis).toEqual({
      en: "unknown: no evidence – the adapter is on no known cluster network; its default gateway is not known; the connection name 'LAN' has no word that names a role",
      de: 'unbekannt: keine Hinweise – der Adapter liegt in keinem bekannten Clusternetzwerk; sein Standardgateway ist nicht bekannt; der Verbindungsname „LAN“ enthält kein Wort, das eine Rolle nennt',
    });
  });

  test("on a cluster network: the network's name and subnet are recorded with the role", () => {
    const a = roleOf(clusterOf([network('Heartbeat', 1)]), adapter('LAN 2', '10.0.0.5', []));
    expect(a).toMatchObject({ role: 'private', clusterNetwork: 'Heartbeat' });
    expect(a.roleBasis!.de).toBe(
      'privat: Clusternetzwerk „Heartbeat“ hat Rolle 1 (nur interne Clusterkommunikation), und das Subnetz 10.0.0.0/24 des Adapters gehört dazu; der Netzwerkname „Heartbeat“ enthält das Wort „heartbeat“',
    );
  });

  test('on a cluster network whose kind was not decided, the adapter decides by its own evidence', () => {
    const c = clusterOf([network('Heartbeat', 1)]);
    const n = node('N1', [adapter('LAN', '10.0.0.5', ['10.0.0.1'])]);
    assignAdapterRoles(n, c, new Map());
    expect(n.adapters![0]).toMatchObject({ role: 'public', clusterNetwork: 'Heartbeat' });
    expect(n.adapters![0]!.roleBasis!.en).toBe('public: the adapter has the default gateway 10.0.0.1');
  });

  test('decided again, an adapter that became unknown loses its old role', () => {
    const a = roleOf(undefined, adapter('LAN', '10.0.0.5', [], { role: 'public' }));
    expect(a).not.toHaveProperty('role');
    expect(a.roleBasis!.en).toMatch(/^unknown: no evidence/);
  });

  test.each([
    ['tunnel', 'tunnel'],
    ['ppp', 'ppp'],
    ['unknown adapter', 'unknownAdapter'],
  ] as const)('a %s adapter on a cluster subnet gets neither a role nor a network', (_name, type) => {
    const a = roleOf(clusterOf([network('Heartbeat', 1)]), adapter('X', '10.0.0.5', [], { type }));
    expect(a).not.toHaveProperty('role');
    expect(a).not.toHaveProperty('roleBasis');
    expect(a).not.toHaveProperty('clusterNetwork');
  });

  test('the first bound adapter is replaced by the decided adapter of the same name; an unlisted one is kept', () => {
    const n = node('N1', [adapter('LAN', '10.0.0.5', ['10.0.0.1'])]);
    n.firstBoundAdapter = { name: 'LAN' } as Adapter;
    assignAdapterRoles(n, undefined, new Map());
    expect(n.firstBoundAdapter).toEqual(n.adapters![0]);
    expect(n.firstBoundAdapter).not.toBe(n.adapters![0]);
    const other = node('N2', [adapter('LAN', '10.0.0.6', [])]);
    other.firstBoundAdapter = { name: 'Gone' } as Adapter;
    assignAdapterRoles(other, undefined, new Map());
    expect(other.firstBoundAdapter).toEqual({ name: 'Gone' });
  });
});

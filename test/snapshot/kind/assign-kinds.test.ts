import { assignAdapterRoles } from '../../../src/snapshot/assemble/adapter-roles';
import { minAdaptersPerNode } from '../../../src/snapshot/assemble/clusters';
import { classifyNetworks } from '../../../src/snapshot/assemble/network-kinds';
import type { Adapter, Cluster, Server } from '../../../src/snapshot/schema';

/** The kinds of a cluster's networks and of its nodes' adapters, decided together. */
const adapter = (name: string, ip: string, gateway: string | undefined, extra: Partial<Adapter> = {}): Adapter => ({
  name,
  type: 'ethernet',
  ipAddresses: [ip],
  gateways: gateway ? [gateway] : [],
  dnsServers: [],
  ...extra,
});
const node = (name: string, adapters: Adapter[], firstBound?: string): Server => ({
  name,
  folder: name,
  role: 'clusterNode',
  sources: {},
  cluster: 'CL',
  adapters,
  ...(firstBound ? { firstBoundAdapter: { ...adapters.find((a) => a.name === firstBound)! } } : {}),
});
const cluster = (priority: string[]): Cluster => ({
  name: 'CL',
  planned: false,
  nodes: [{ name: 'N1' }, { name: 'N2' }],
  nodeCount: 2,
  networks: [
    {
      name: 'LAN-Intern',
      role: 3,
      address: '192.168.10.0',
      addressMask: '255.255.255.0',
      private: false,
      priority: priority.indexOf('LAN-Intern') + 1,
    },
    {
      name: 'Privat',
      role: 1,
      address: '10.0.0.0',
      addressMask: '255.255.255.0',
      private: false,
      priority: priority.indexOf('Privat') + 1,
    },
  ],
});

function decide(c: Cluster, nodes: Server[]): void {
  const kinds = classifyNetworks(c, nodes);
  for (const n of nodes) assignAdapterRoles(n, c, kinds);
}

describe('a German cluster whose public adapter is called "LAN-Intern" (issue 11)', () => {
  const nodes = [
    node('N1', [adapter('LAN-Intern', '192.168.10.11', '192.168.10.1'), adapter('Privat', '10.0.0.1', undefined)], 'LAN-Intern'),
    node('N2', [
      adapter('LAN-Intern', '192.168.10.12', '192.168.10.1'),
      adapter('Privat', '10.0.0.2', undefined),
      adapter('isatap.{F856FDB3-CE70-489D-A231-704790DC1351}', 'fe80::5efe:10.0.0.2%2', undefined, { type: 'tunnel' }),
    ]),
  ];
  const c = cluster(['LAN-Intern', 'Privat']);
  decide(c, nodes);

  test('the networks: LAN-Intern public by role 3 and the gateway, Privat private by role 1', () => {
    expect(c.networks!.map((n) => [n.name, n.kind])).toEqual([
      ['LAN-Intern', 'public'],
      ['Privat', 'private'],
    ]);
    expect(c.networks![0]!.kindBasis!.en).toBe(
      "public: cluster network 'LAN-Intern' has role 3 (all communications) and its adapter 'LAN-Intern' on N1 has the default gateway 192.168.10.1",
    );
  });

  test('the adapters follow, and the tunnel adapter gets no role', () => {
    for (const n of nodes) {
      expect(n.adapters!.find((a) => a.name === 'LAN-Intern')).toMatchObject({ role: 'public', clusterNetwork: 'LAN-Intern' });
      expect(n.adapters!.find((a) => a.name === 'Privat')).toMatchObject({ role: 'private', clusterNetwork: 'Privat' });
    }
    const tunnel = nodes[1]!.adapters![2]!;
    expect(tunnel).not.toHaveProperty('role');
    expect(tunnel).not.toHaveProperty('roleBasis');
    expect(nodes[0]!.firstBoundAdapter).toMatchObject({ name: 'LAN-Intern', role: 'public' });
  });

  test('the private network is second in the priority list (NET-005), with roles 1 and 3 (NET-008 passes)', () => {
    expect(c).toMatchObject({
      privateNetworkPriority: 2,
      privateNetworkRole: 1,
      publicNetworkRole: 3,
      internalNetworksBesidesPublic: 1,
    });
  });

  test('the tunnel adapter is not counted as a cluster adapter', () => {
    expect(minAdaptersPerNode(nodes)).toBe(2);
  });
});

describe('a gateway on the private adapter of one node', () => {
  const nodes = [
    node('N1', [adapter('LAN', '192.168.10.11', '192.168.10.1'), adapter('Privat', '10.0.0.1', undefined)]),
    node('N2', [adapter('LAN', '192.168.10.12', '192.168.10.1'), adapter('Privat', '10.0.0.2', '10.0.0.254')]),
  ];
  const c = cluster(['Privat', 'LAN-Intern']);
  decide(c, nodes);

  test("the role-1 network stays private; the adapter with the gateway is in conflict, the other node's is private", () => {
    expect(c.networks![1]!.kind).toBe('private');
    expect(nodes[0]!.adapters![1]!.role).toBe('private');
    const conflicted = nodes[1]!.adapters![1]!;
    expect(conflicted.role).toBeUndefined();
    expect(conflicted.roleBasis!.en).toBe(
      "unknown: conflicting evidence – private: cluster network 'Privat' has role 1 (internal cluster communications only), " +
        "and the adapter's subnet 10.0.0.0/24 matches it; the network name 'Privat' has the word 'privat'; " +
        "the connection name 'Privat' has the word 'privat' – public: the adapter has the default gateway 10.0.0.254",
    );
  });
});

describe('an adapter in no cluster network', () => {
  test('decides by its gateway and name only', () => {
    const n = node('N1', [adapter('Backup', '172.16.0.1', undefined), adapter('Heartbeat 2', '172.17.0.1', undefined)]);
    decide(cluster(['Privat']), [n]);
    expect(n.adapters!.map((a) => [a.clusterNetwork, a.role])).toEqual([
      [undefined, undefined],
      [undefined, 'private'],
    ]);
  });
});

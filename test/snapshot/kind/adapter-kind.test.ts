import { adapterKind } from '../../../src/snapshot/assemble/kind/adapter-kind';
import { networkKind } from '../../../src/snapshot/assemble/kind/network-kind';

/**
 * The kind of an adapter from (a) the cluster network it is on and that network's role, (b) its default
 * gateway, (c) its connection name by whole words. Conflicting evidence, or none, leaves it unknown.
 */
const GW = '192.168.10.1';
type Case = {
  name: string;
  gateway?: boolean;
  /** The role of the cluster network the adapter's subnet matches; absent: on no cluster network. */
  role?: number;
  networkName?: string;
  kind: 'private' | 'public' | undefined;
  basis: RegExp;
};

function decide(c: Case) {
  const gateways = c.gateway ? [GW] : [];
  const network =
    c.role === undefined
      ? undefined
      : {
          subnet: '10.0.0.0/24',
          decision: networkKind({
            name: c.networkName ?? 'Net',
            role: c.role,
            gateways: c.gateway ? [{ adapter: c.name, server: 'NODE1', gateway: GW }] : [],
          }),
        };
  return adapterKind({ name: c.name, gateways, ...(network ? { network } : {}) });
}

const cases: Case[] = [
  // a. the cluster network and its role
  {
    name: 'LAN-Verbindung 2',
    role: 1,
    kind: 'private',
    basis:
      /^private: cluster network 'Net' has role 1 \(internal cluster communications only\), and the adapter's subnet 10\.0\.0\.0\/24 matches it$/,
  },
  { name: 'LAN-Verbindung', role: 2, kind: 'public', basis: /^public: .*has role 2 \(client access only\)/ },
  {
    name: 'LAN-Verbindung',
    role: 3,
    gateway: true,
    kind: 'public',
    basis:
      /^public: cluster network 'Net' has role 3 \(all communications\) and its adapter 'LAN-Verbindung' on NODE1 has the default gateway 192\.168\.10\.1, and the adapter's subnet 10\.0\.0\.0\/24 matches it; the adapter has the default gateway 192\.168\.10\.1$/,
  },
  {
    name: 'LAN-Verbindung 2',
    role: 3,
    kind: undefined,
    basis:
      /^unknown: no evidence – .*role 3 \(all communications\) and none of its adapters has a default gateway.*has no word that names a role/,
  },
  { name: 'LAN-Verbindung 2', role: 0, kind: undefined, basis: /^unknown: no evidence – .*role 0 \(not used by the cluster\)/ },
  { name: 'Heartbeat', role: 3, kind: 'private', basis: /^private: the connection name 'Heartbeat' has the word 'heartbeat'$/ },
  {
    name: 'Heartbeat',
    role: 1,
    kind: 'private',
    basis: /^private: .*role 1.*; the connection name 'Heartbeat' has the word 'heartbeat'$/,
  },
  // b. the default gateway alone (no cluster network: a planned node, or the subnet matches none)
  {
    name: 'LAN-Verbindung',
    gateway: true,
    kind: 'public',
    basis: /^public: the adapter has the default gateway 192\.168\.10\.1$/,
  },
  {
    name: 'LAN-Verbindung 2',
    kind: undefined,
    basis:
      /^unknown: no evidence – the adapter is on no known cluster network; the adapter has no default gateway; the connection name 'LAN-Verbindung 2' has no word/,
  },
  // c. the connection name alone
  { name: 'Heartbeat', kind: 'private', basis: /^private: the connection name 'Heartbeat' has the word 'heartbeat'$/ },
  { name: 'Public', kind: 'public', basis: /^public: the connection name 'Public'/ },
  { name: 'Public Cluster Network', kind: 'public', basis: /'public'$/ },
  { name: 'LAN-Intern', kind: undefined, basis: /^unknown: no evidence/ },
  { name: 'LAN intern', kind: undefined, basis: /^unknown: no evidence/ },
  { name: 'Internet', kind: undefined, basis: /^unknown: no evidence/ },
  { name: 'Cluster-LAN', kind: undefined, basis: /^unknown: no evidence/ },
  // the "intern" case of issue 11: public by role 3 and the gateway, the name says nothing
  {
    name: 'LAN-Intern',
    networkName: 'LAN-Intern',
    role: 3,
    gateway: true,
    kind: 'public',
    basis: /^public: .*'LAN-Intern' has role 3/,
  },
  { name: 'LAN intern', gateway: true, kind: 'public', basis: /^public: the adapter has the default gateway/ },
  // conflicts
  {
    name: 'LAN-Verbindung 2',
    role: 1,
    gateway: true,
    kind: undefined,
    basis: /^unknown: conflicting evidence – private: .*role 1.* – public: the adapter has the default gateway 192\.168\.10\.1$/,
  },
  {
    name: 'Heartbeat',
    role: 3,
    gateway: true,
    kind: undefined,
    basis:
      /^unknown: conflicting evidence – private: the connection name 'Heartbeat' has the word 'heartbeat' – public: .*role 3/,
  },
  {
    name: 'Heartbeat',
    gateway: true,
    kind: undefined,
    basis:
      /^unknown: conflicting evidence – private: the connection name 'Heartbeat'.* – public: the adapter has the default gateway/,
  },
  {
    name: 'Public',
    role: 1,
    kind: undefined,
    basis: /^unknown: conflicting evidence – private: .*role 1.* – public: the connection name 'Public'/,
  },
  { name: 'Private', role: 2, kind: undefined, basis: /^unknown: conflicting evidence/ },
  {
    name: 'Heartbeat',
    networkName: 'Public',
    role: 1,
    kind: undefined,
    basis:
      /^unknown: conflicting evidence – private: cluster network 'Public' has role 1 .*matches it; the connection name 'Heartbeat' has the word 'heartbeat' – public: the network name 'Public' has the word 'public'$/,
  },
];

describe('adapterKind: (a) network role, (b) gateway, (c) whole-word name; conflicts are unknown', () => {
  test.each(
    cases.map((c) => [`${c.name}${c.role !== undefined ? `, role ${c.role}` : ''}${c.gateway ? ', gateway' : ''}`, c] as const),
  )('%s', (_label, c) => {
    const decision = decide(c);
    expect(decision.kind).toBe(c.kind);
    expect(decision.basis.en).toMatch(c.basis);
    expect(decision.basis.de).not.toBe(decision.basis.en);
    expect(decision.basis.de).toMatch(
      c.kind === 'private' ? /^privat: / : c.kind === 'public' ? /^öffentlich: / : /^unbekannt: /,
    );
  });

  test('the German basis of a conflict', () => {
    expect(decide({ name: 'LAN-Verbindung 2', role: 1, gateway: true, kind: undefined, basis: /./ }).basis.de).toBe(
      'unbekannt: widersprüchliche Hinweise – privat: Clusternetzwerk „Net“ hat Rolle 1 (nur interne Clusterkommunikation), ' +
        'und das Subnetz 10.0.0.0/24 des Adapters gehört dazu – öffentlich: der Adapter hat das Standardgateway 192.168.10.1',
    );
  });

  test('an adapter whose gateway is not known (systeminfo only) says so', () => {
    expect(adapterKind({ name: 'LAN-Verbindung' }).basis.en).toContain('its default gateway is not known');
  });
});

describe('networkKind: role, gateways of its adapters, name', () => {
  const gw = [{ adapter: 'LAN', server: 'NODE1', gateway: GW }];
  test.each([
    [1, false, 'Heartbeat', 'private'],
    [1, true, 'Heartbeat', 'private'], // role 1 is the cluster's own statement; the adapter with a gateway is in conflict, not the network
    [1, false, 'Public', undefined],
    [2, false, 'LAN', 'public'],
    [2, false, 'Privat', undefined],
    [3, true, 'LAN-Intern', 'public'],
    [3, false, 'LAN-Intern', undefined],
    [3, false, 'Privat', 'private'],
    [3, true, 'Privat', undefined],
    [0, false, 'Backup', undefined],
    [0, true, 'Backup', 'public'],
    [undefined, true, 'LAN', 'public'],
    [undefined, false, 'Heartbeat', 'private'],
  ] as const)('role %s, gateway %s, name %s → %s', (role, gateway, name, kind) => {
    const decision = networkKind({ name, ...(role !== undefined ? { role } : {}), gateways: gateway ? gw : [] });
    expect(decision.kind).toBe(kind);
  });

  test('an unknown role is named', () => {
    expect(networkKind({ name: 'X', gateways: [] }).basis.en).toBe(
      "unknown: no evidence – the role of cluster network 'X' is not known; the network name 'X' has no word that names a role",
    );
  });
});

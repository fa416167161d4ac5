import { networkSummary } from '../../../src/snapshot/assemble/kind/network-summary';
import type { ClusterNetwork } from '../../../src/snapshot/schema';

/** The edges of the cluster's network summary: which networks count as internal, and the bases of what is left out. */
const net = (
  name: string,
  role: number | undefined,
  kind: 'private' | 'public' | undefined,
  priority?: number,
): ClusterNetwork => ({
  name,
  ...(role !== undefined ? { role } : {}),
  private: kind === 'private',
  ...(kind ? { kind } : {}),
  ...(kind === undefined ? { kindBasis: { en: 'unknown: no evidence – x', de: 'unbekannt: keine Hinweise – x' } } : {}),
  ...(priority !== undefined ? { priority } : {}),
});

describe('internal networks besides the public one (NET-001): roles 1 and 3, unless public', () => {
  test.each([
    [0, undefined, 0],
    [1, 'private', 1],
    [1, undefined, 1],
    [2, 'public', 0],
    [2, undefined, 0],
    [3, 'public', 0],
    [3, 'private', 1],
    [3, undefined, 1],
    [undefined, 'private', 0],
  ] as const)('role %s, kind %s → %d', (role, kind, count) => {
    expect(networkSummary([net('N', role, kind)]).internalNetworksBesidesPublic).toBe(count);
  });

  test('counted over every network', () => {
    const summary = networkSummary([
      net('A', 1, 'private'),
      net('B', 3, undefined),
      net('C', 3, 'public'),
      net('D', 3, 'private'),
    ]);
    expect(summary).toMatchObject({ networkCount: 4, internalNetworksBesidesPublic: 3 });
  });
});

describe('the roles of the private and the public network', () => {
  test('no networks at all: no role, and the bases say no network is known to be private or public', () => {
    expect(networkSummary([])).toEqual({
      networkCount: 0,
      internalNetworksBesidesPublic: 0,
      privateNetworkRoleBasis: {
        en: 'no cluster network is known to be private',
        de: 'kein Clusternetzwerk ist als privat bekannt',
      },
      publicNetworkRoleBasis: {
        en: 'no cluster network is known to be public',
        de: 'kein Clusternetzwerk ist als öffentlich bekannt',
      },
    });
  });

  test('a network of a known kind whose role is not known: no role and no basis (the missing role is the reason)', () => {
    const summary = networkSummary([net('Heartbeat', undefined, 'private'), net('LAN', undefined, 'public')]);
    expect(summary).toEqual({ networkCount: 2, internalNetworksBesidesPublic: 0 });
  });

  test('the first network of each kind gives the role', () => {
    const summary = networkSummary([
      net('A', 3, 'private'),
      net('B', 1, 'private'),
      net('C', 2, 'public'),
      net('D', 3, 'public'),
    ]);
    expect(summary).toMatchObject({ privateNetworkRole: 3, publicNetworkRole: 2 });
  });

  test('the German basis names each network of unknown kind', () => {
    const summary = networkSummary([net('X', 3, undefined), net('Y', 1, undefined)]);
    expect(summary.publicNetworkRoleBasis).toEqual({
      en: "no cluster network is known to be public (network 'X': unknown: no evidence – x; network 'Y': unknown: no evidence – x)",
      de: 'kein Clusternetzwerk ist als öffentlich bekannt (Netzwerk „X“: unbekannt: keine Hinweise – x; Netzwerk „Y“: unbekannt: keine Hinweise – x)',
    });
  });

  test('a network of unknown kind without a recorded basis is said to be unknown', () => {
    const bare: ClusterNetwork = { name: 'X', role: 3, private: false };
    expect(networkSummary([bare]).privateNetworkRoleBasis).toEqual({
      en: "no cluster network is known to be private (network 'X': unknown)",
      de: 'kein Clusternetzwerk ist als privat bekannt (Netzwerk „X“: unbekannt)',
    });
  });
});

describe('the private network priority: the lowest number of a private network', () => {
  test.each([
    ['the private network ranks first', [net('P', 1, 'private', 1), net('L', 3, 'public', 2)], 1],
    ['the private network ranks second', [net('L', 3, 'public', 1), net('P', 1, 'private', 2)], 2],
    [
      'two private networks: the better one',
      [net('P2', 1, 'private', 3), net('L', 3, 'public', 1), net('P1', 1, 'private', 2)],
      2,
    ],
    [
      'an unknown network ranked after the private one does not matter',
      [net('P', 1, 'private', 1), net('X', 3, undefined, 2)],
      1,
    ],
    ['a network without a priority is not ranked', [net('P', 1, 'private', 2), net('X', 3, undefined)], 2],
  ] as const)('%s → %d', (_name, networks, priority) => {
    const summary = networkSummary(networks);
    expect(summary.privateNetworkPriority).toBe(priority);
    expect(summary).not.toHaveProperty('privateNetworkPriorityBasis');
  });

  test('no private network among the ranked, none unknown: the basis says so', () => {
    const summary = networkSummary([net('L', 3, 'public', 1), net('M', 2, 'public', 2)]);
    expect(summary).not.toHaveProperty('privateNetworkPriority');
    expect(summary.privateNetworkPriorityBasis).toEqual({
      en: 'no cluster network is known to be private',
      de: 'kein Clusternetzwerk ist als privat bekannt',
    });
  });

  test('no private network, one unknown ranked: the basis names it with its priority, in both languages', () => {
    const summary = networkSummary([net('L', 3, 'public', 2), net('X', 3, undefined, 1)]);
    expect(summary).not.toHaveProperty('privateNetworkPriority');
    expect(summary.privateNetworkPriorityBasis).toEqual({
      en: "network 'X' (priority 1) is of unknown kind: unknown: no evidence – x",
      de: 'Netzwerk „X“ (Priorität 1) ist unbekannter Art: unbekannt: keine Hinweise – x',
    });
  });

  test('two unknown networks ahead of the private one: both are named', () => {
    const summary = networkSummary([net('P', 1, 'private', 3), net('X', 3, undefined, 1), net('Y', 3, undefined, 2)]);
    expect(summary.privateNetworkPriorityBasis!.en).toBe(
      "network 'X' (priority 1) is of unknown kind: unknown: no evidence – x; network 'Y' (priority 2) is of unknown kind: unknown: no evidence – x",
    );
  });
});

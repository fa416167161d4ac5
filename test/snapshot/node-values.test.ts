import { nodeValuesOf } from '../../src/snapshot/assemble/node-values/node-values';
import type { Cluster, Server } from '../../src/snapshot/schema';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

/**
 * cluster.nodeValues: each compared setting per node, or the basis that says why the nodes cannot be compared,
 * node by node, in both languages. One table per concern: what is read, what is unknown, what is incomparable.
 */
const node = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster: 'CL1',
  sources: { 'systeminfo.txt': 'parsed', 'file-versions.txt': 'parsed', 'reg-ndp.txt': 'parsed', 'sc-qc-clussvc.txt': 'parsed' },
  os: { name: 'Windows Server 2003', servicePack: 2 },
  fileVersions: { tcpipSys: '5.2.3790.4331' },
  ...extra,
});

function valuesOf(servers: Record<string, unknown>[], nodes = ['N1', 'N2']) {
  const snapshot = fixtureSnapshot({ servers, clusters: [{ name: 'CL1', nodes: nodes.map((name) => ({ name })) }] });
  return nodeValuesOf(snapshot.clusters[0] as Cluster, snapshot.servers as Server[]);
}

const heartbeat = (netbiosEnabled: boolean | undefined, name = 'Heartbeat') => ({
  name,
  type: 'ethernet',
  role: 'private',
  ipAddresses: ['10.0.0.1'],
  ...(netbiosEnabled === undefined ? {} : { netbiosEnabled, netbiosSource: 'reg-netbt-interfaces.txt' }),
});
const service = (name: string, identity: string | undefined, source = 'sc-qc-clussvc.txt') => ({
  clusterServiceAccount: {
    name,
    ...(identity ? { identity } : {}),
    kind: identity ? 'domain' : 'unknown',
    source,
    identityBasis: { en: `${source}: ${name}`, de: `${source}: ${name}` },
  },
});

describe('cluster.nodeValues: the value of each setting on every node', () => {
  test('the nodes of the bundle (by name) and those the cluster lists without a folder', () => {
    expect(valuesOf([node('N2'), node('N1')], ['N1', 'N2', 'N3']).nodes).toEqual(['N1', 'N2', 'N3']);
    expect(valuesOf([node('n1'), node('N2')], ['N1', 'N2']).nodes).toEqual(['n1', 'N2']);
    expect(valuesOf([node('N1'), { name: 'HUB', role: 'server', sources: {} }], ['N1']).nodes).toEqual(['N1']);
  });

  test.each([
    [
      'hotfixes',
      { hotfixes: { ids: ['KB2', 'KB1'], unidentified: 0, sources: ['systeminfo.txt', 'qfe.txt'] } },
      ['KB2', 'KB1'],
      undefined,
    ],
    [
      'dotnetFrameworks',
      {
        dotnet: {
          frameworks: [
            { version: '2.0', servicePack: 1, installed: true },
            { version: '3.0', servicePack: 0, installed: false },
          ],
        },
      },
      ['2.0 SP1'],
      undefined,
    ],
    ['servicePack', {}, 'Service Pack 2', undefined],
    ['servicePack', { os: { name: 'Windows Server 2003', servicePack: 0 } }, 'none', { en: 'none (RTM)', de: 'keines (RTM)' }],
    ['bindingOrder', { bindingOrder: ['LAN', 'Heartbeat'] }, ['LAN', 'Heartbeat'], undefined],
    ['privateNetbios', { adapters: [heartbeat(false)] }, 'disabled', { en: 'disabled', de: 'deaktiviert' }],
    [
      'privateNetbios',
      { adapters: [heartbeat(true), heartbeat(false, 'Heartbeat 2')] },
      'enabled, disabled',
      { en: 'enabled, disabled', de: 'aktiviert, deaktiviert' },
    ],
    ['tcpipSys', {}, '5.2.3790.4331', undefined],
    ['clusterServiceAccount', service('MUELLER\\clusdienst', 'MUELLER\\clusdienst'), 'MUELLER\\clusdienst', undefined],
    [
      'clusterServiceAccount',
      service('clusdienst@mueller.local', 'MUELLER\\clusdienst'),
      'MUELLER\\clusdienst',
      {
        en: 'MUELLER\\clusdienst (sc-qc-clussvc.txt: clusdienst@mueller.local)',
        de: 'MUELLER\\clusdienst (sc-qc-clussvc.txt: clusdienst@mueller.local)',
      },
    ],
  ] as const)('%s of %j is %j', (key, extra, value, shown) => {
    const values = valuesOf([node('N1', extra as Record<string, unknown>), node('N2', extra as Record<string, unknown>)]);
    expect(values[`${key}Basis`]).toBeUndefined();
    expect(values[key]!.map((v) => v.node)).toEqual(['N1', 'N2']);
    expect(values[key]![0]!.value).toEqual(value);
    expect(values[key]![0]!.shown).toEqual(shown);
    expect(values[key]![0]!.sources.length).toBeGreaterThan(0);
  });

  test('a tunnel adapter without a role leaves the private adapters known; a cluster adapter without one does not', () => {
    const tunnel = { name: 'isatap.{F856}', type: 'tunnel', ipAddresses: ['fe80::5efe:10.0.0.1%2'] };
    const values = valuesOf([node('N1', { adapters: [heartbeat(false), tunnel] }), node('N2', { adapters: [heartbeat(true)] })]);
    expect(values.privateNetbios!.map((v) => v.value)).toEqual(['disabled', 'enabled']);
  });

  test('a hotfix list names the files it came from on that node', () => {
    const values = valuesOf([
      node('N1', { hotfixes: { ids: ['KB1'], unidentified: 0, sources: ['systeminfo.txt', 'qfe.txt'] } }),
      node('N2', { hotfixes: { ids: ['KB1'], unidentified: 0, sources: ['qfe.txt', 'systeminfo.txt'] } }),
    ]);
    expect(values.hotfixes!.map((v) => v.sources)).toEqual([
      ['systeminfo.txt', 'qfe.txt'],
      ['qfe.txt', 'systeminfo.txt'],
    ]);
  });

  test.each([
    [
      'a node of the cluster not in the bundle',
      [node('N1')],
      'tcpipSys',
      { en: 'N2: not in the bundle', de: 'N2: nicht im Bundle' },
    ],
    [
      'a source missing',
      [node('N1'), node('N2', { fileVersions: undefined, sources: { 'systeminfo.txt': 'parsed' } })],
      'tcpipSys',
      { en: 'N2: file-versions.txt missing', de: 'N2: file-versions.txt fehlt' },
    ],
    [
      'a source failed',
      [node('N1'), node('N2', { fileVersions: undefined, sources: { 'file-versions.txt': 'failed' } })],
      'tcpipSys',
      { en: 'N2: file-versions.txt failed', de: 'N2: file-versions.txt nicht lesbar' },
    ],
    [
      'a source parsed without the value',
      [node('N1', { os: undefined }), node('N2')],
      'servicePack',
      {
        en: 'N1: systeminfo.txt gave no server.os.servicePack',
        de: 'N1: systeminfo.txt lieferte keinen Wert für server.os.servicePack',
      },
    ],
    [
      'two nodes unknown, one of them absent',
      [node('N1', { fileVersions: undefined, sources: {} })],
      'tcpipSys',
      { en: 'N2: not in the bundle; N1: file-versions.txt missing', de: 'N2: nicht im Bundle; N1: file-versions.txt fehlt' },
    ],
    [
      'no private adapter known',
      [node('N1', { adapters: [heartbeat(false)] }), node('N2', { adapters: [] })],
      'privateNetbios',
      {
        en: 'N2: reg-netbt-interfaces.txt or ipconfig-all.txt missing',
        de: 'N2: reg-netbt-interfaces.txt oder ipconfig-all.txt fehlt',
      },
    ],
    [
      'a cluster adapter of unknown role: the private adapters are not known, the conflict is named',
      [
        node('N1', { adapters: [heartbeat(false)] }),
        node('N2', {
          adapters: [
            heartbeat(true),
            {
              name: 'LAN 2',
              type: 'ethernet',
              ipAddresses: ['10.0.1.1'],
              roleBasis: { en: 'unknown: conflicting evidence', de: 'unbekannt: widersprüchliche Hinweise' },
            },
          ],
        }),
      ],
      'privateNetbios',
      {
        en: 'N2: the role of adapter "LAN 2" is unknown: conflicting evidence',
        de: 'N2: die Rolle des Adapters „LAN 2“ ist unbekannt: widersprüchliche Hinweise',
      },
    ],
    [
      'no cluster service account known',
      [node('N1', service('MUELLER\\clusdienst', 'MUELLER\\clusdienst')), node('N2', { sources: {} })],
      'clusterServiceAccount',
      {
        en: 'N2: sc-qc-clussvc.txt or net-user-<account>.txt missing',
        de: 'N2: sc-qc-clussvc.txt oder net-user-<account>.txt fehlt',
      },
    ],
    [
      'a cluster service account whose identity is unknown: its basis',
      [
        node('N1', service('MUELLER\\clusdienst', 'MUELLER\\clusdienst')),
        node('N2', service('net-user-a.txt, net-user-b.txt', undefined, 'net-user-a.txt')),
      ],
      'clusterServiceAccount',
      { en: 'N2: net-user-a.txt: net-user-a.txt, net-user-b.txt', de: 'N2: net-user-a.txt: net-user-a.txt, net-user-b.txt' },
    ],
    [
      'hotfix lists from different sources: not comparable, each node’s sources named',
      [
        node('N1', { hotfixes: { ids: ['KB1', 'KB2'], unidentified: 0, sources: ['systeminfo.txt', 'qfe.txt'] } }),
        node('N2', { hotfixes: { ids: ['KB1'], unidentified: 0, sources: ['systeminfo.txt'] } }),
      ],
      'hotfixes',
      {
        en: 'the hotfix lists come from different sources (N1: qfe.txt, systeminfo.txt | N2: systeminfo.txt)',
        de: 'die Hotfix-Listen stammen aus verschiedenen Quellen (N1: qfe.txt, systeminfo.txt | N2: systeminfo.txt)',
      },
    ],
  ] as const)('%s: not listed, and the basis says why', (_name, servers, key, basis) => {
    const values = valuesOf(servers as unknown as Record<string, unknown>[]);
    expect(values[key]).toBeUndefined();
    expect(values[`${key}Basis`]).toEqual(basis);
  });
});

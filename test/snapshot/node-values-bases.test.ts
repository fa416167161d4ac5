import { nodesOf, nodeValuesOf } from '../../src/snapshot/assemble/node-values/node-values';
import type { Cluster, Server } from '../../src/snapshot/schema';

/**
 * cluster.nodeValues word for word: which servers are the nodes, why a node's value is unknown (each source's
 * fate, a file pattern such as net-user-<account>.txt), and the files each value came from.
 */

type Status = 'parsed' | 'failed' | 'missing';
const node = (name: string, sources: Record<string, Status>, extra: Partial<Server> = {}): Server =>
  ({
    name,
    folder: name,
    role: 'clusterNode',
    cluster: 'CL1',
    sources: Object.fromEntries(Object.entries(sources).map(([f, status]) => [f, { status, diagnostics: [] }])),
    ...extra,
  }) as Server;
const cluster = (nodes: string[]): Cluster => ({ name: 'CL1', nodes: nodes.map((name) => ({ name })) }) as unknown as Cluster;

describe('nodesOf: the nodes of the cluster in the bundle', () => {
  test('cluster nodes and planned nodes of this cluster, sorted; not a server, not a node of another cluster', () => {
    const servers = [
      node('N2', {}),
      node('P1', {}, { role: 'plannedNode' }),
      node('HUB', {}, { role: 'server' }),
      node('CMS', {}, { role: 'clusteredMailboxServer' }),
      node('X1', {}, { cluster: 'CL2' }),
      node('N1', {}),
    ];
    const { present, absent } = nodesOf(cluster(['N1', 'N2', 'N3', 'HUB']), servers);
    expect(present.map((s) => s.name)).toEqual(['N1', 'N2', 'P1']);
    expect(absent).toEqual(['N3', 'HUB']);
  });
});

describe("nodeValuesOf: why a node's value is unknown, in both languages", () => {
  const known = node('N1', { 'file-versions.txt': 'parsed' }, { fileVersions: { tcpipSys: '5.2.3790.4331' } } as Partial<Server>);
  test.each<[string, Record<string, Status>, string, string]>([
    [
      'the source parsed but gave no value',
      { 'file-versions.txt': 'parsed' },
      'N2: file-versions.txt gave no server.fileVersions.tcpipSys',
      'N2: file-versions.txt lieferte keinen Wert für server.fileVersions.tcpipSys',
    ],
    [
      'the source failed',
      { 'file-versions.txt': 'failed' },
      'N2: file-versions.txt failed',
      'N2: file-versions.txt nicht lesbar',
    ],
    ['the source missing', {}, 'N2: file-versions.txt missing', 'N2: file-versions.txt fehlt'],
  ])('tcpip.sys: %s', (_name, sources, en, de) => {
    const values = nodeValuesOf(cluster(['N1', 'N2']), [known, node('N2', sources)]);
    expect(values.tcpipSys).toBeUndefined();
    expect(values.tcpipSysBasis).toEqual({ en, de });
  });

  test.each<[string, Record<string, Status>, string, string]>([
    [
      'one source parsed, two failed',
      { 'systeminfo.txt': 'parsed', 'qfe.txt': 'failed', 'reg-updates.txt': 'failed' },
      'N2: systeminfo.txt gave no server.hotfixes.ids, qfe.txt failed, reg-updates.txt failed',
      'N2: systeminfo.txt lieferte keinen Wert für server.hotfixes.ids, qfe.txt nicht lesbar, reg-updates.txt nicht lesbar',
    ],
    [
      'two parsed',
      { 'systeminfo.txt': 'parsed', 'qfe.txt': 'parsed' },
      'N2: systeminfo.txt, qfe.txt gave no server.hotfixes.ids',
      'N2: systeminfo.txt, qfe.txt lieferte keinen Wert für server.hotfixes.ids',
    ],
    [
      'two failed, one missing',
      { 'qfe.txt': 'failed', 'systeminfo.txt': 'failed' },
      'N2: systeminfo.txt failed, qfe.txt failed',
      'N2: systeminfo.txt, qfe.txt nicht lesbar',
    ],
    [
      'all missing',
      {},
      'N2: systeminfo.txt or qfe.txt or reg-updates.txt missing',
      'N2: systeminfo.txt oder qfe.txt oder reg-updates.txt fehlt',
    ],
  ])('hotfixes: %s', (_name, sources, en, de) => {
    const n1 = node('N1', { 'qfe.txt': 'parsed' }, { hotfixes: { ids: [], unidentified: 0, sources: ['qfe.txt'] } });
    expect(nodeValuesOf(cluster(['N1', 'N2']), [n1, node('N2', sources)]).hotfixesBasis).toEqual({ en, de });
  });

  test.each<[string, Record<string, Status>, string, string]>([
    [
      'a net-user file failed and another parsed: the parsed one counts',
      { 'net-user-a.txt': 'failed', 'net-user-b.txt': 'parsed' },
      'N2: net-user-<account>.txt gave no server.clusterServiceAccount.identity',
      'N2: net-user-<account>.txt lieferte keinen Wert für server.clusterServiceAccount.identity',
    ],
    [
      'only a failed net-user file',
      { 'net-user-a.txt': 'failed', 'sc-qc-clussvc.txt': 'missing' },
      'N2: net-user-<account>.txt failed',
      'N2: net-user-<account>.txt nicht lesbar',
    ],
    [
      'files that do not fit the pattern (another prefix, another extension)',
      { 'x-net-user-a.txt': 'failed', 'net-user-a.log': 'parsed' },
      'N2: sc-qc-clussvc.txt or net-user-<account>.txt missing',
      'N2: sc-qc-clussvc.txt oder net-user-<account>.txt fehlt',
    ],
  ])('the cluster service account: %s', (_name, sources, en, de) => {
    const account = {
      clusterServiceAccount: { name: 'CORP\\svc', identity: 'CORP\\svc', kind: 'domain', source: 'sc-qc-clussvc.txt' },
    } as unknown as Partial<Server>;
    const n1 = node('N1', { 'sc-qc-clussvc.txt': 'parsed' }, account);
    expect(nodeValuesOf(cluster(['N1', 'N2']), [n1, node('N2', sources)]).clusterServiceAccountBasis).toEqual({ en, de });
  });
});

describe('nodeValuesOf: the files each value came from', () => {
  const both = (extra: Partial<Server>, sources: Record<string, Status>) =>
    nodeValuesOf(cluster(['N1', 'N2']), [node('N1', sources, extra), node('N2', sources, extra)]);

  test.each<[string, Record<string, Status>, string[]]>([
    ['only the network connections parsed', { 'reg-network-connections.txt': 'parsed' }, ['reg-network-connections.txt']],
    [
      'both parsed',
      { 'reg-tcpip-linkage.txt': 'parsed', 'reg-network-connections.txt': 'parsed' },
      ['reg-tcpip-linkage.txt', 'reg-network-connections.txt'],
    ],
    ['no status kept: the first', {}, ['reg-tcpip-linkage.txt']],
    [
      'the first failed, the second parsed',
      { 'reg-tcpip-linkage.txt': 'failed', 'reg-network-connections.txt': 'parsed' },
      ['reg-network-connections.txt'],
    ],
  ])('binding order: %s', (_name, sources, files) => {
    expect(both({ bindingOrder: ['Public', 'Heartbeat'] }, sources).bindingOrder?.map((v) => v.sources)).toEqual([files, files]);
  });

  test('.NET Frameworks, service pack and tcpip.sys name their files', () => {
    const values = both(
      {
        dotnet: { frameworks: [{ version: '2.0', servicePack: 2, installed: true }] },
        os: { servicePack: 0 },
        fileVersions: { tcpipSys: '5.2.3790.4331' },
      } as unknown as Partial<Server>,
      {},
    );
    expect(values.dotnetFrameworks?.[0]).toEqual({ node: 'N1', value: ['2.0 SP2'], sources: ['reg-ndp.txt'] });
    expect(values.servicePack?.[0]).toEqual({
      node: 'N1',
      value: 'none',
      shown: { en: 'none (RTM)', de: 'keines (RTM)' },
      sources: ['systeminfo.txt'],
    });
    expect(values.tcpipSys?.[0]).toEqual({ node: 'N1', value: '5.2.3790.4331', sources: ['file-versions.txt'] });
  });
});

describe("nodeValuesOf: the private adapters' NetBIOS", () => {
  type Adapter = NonNullable<Server['adapters']>[number];
  const adapter = (name: string, extra: Partial<Adapter>): Adapter => ({ name, type: 'ethernet', ...extra }) as Adapter;
  const privateOn = adapter('Heartbeat', { role: 'private', ipAddresses: ['10.0.0.1'], netbiosEnabled: true });
  const run = (adapters: Adapter[]) =>
    nodeValuesOf(cluster(['N1', 'N2']), [
      node('N1', {}, { adapters: [privateOn] }),
      node('N2', { 'ipconfig-all.txt': 'parsed' }, { adapters }),
    ]);

  test('a NetBIOS state without its source is from reg-netbt-interfaces.txt', () => {
    expect(run([privateOn]).privateNetbios?.[1]).toEqual({
      node: 'N2',
      value: 'enabled',
      shown: { en: 'enabled', de: 'aktiviert' },
      sources: ['reg-netbt-interfaces.txt'],
    });
  });

  test('a cluster adapter without an address and without a role does not hold the decision up', () => {
    expect(run([privateOn, adapter('Spare', {})]).privateNetbios?.[1]?.value).toBe('enabled');
    expect(run([privateOn, adapter('Spare', { ipAddresses: [] })]).privateNetbios?.[1]?.value).toBe('enabled');
  });

  test("two private adapters, one of whose NetBIOS is unknown: unknown, from the sources' fate", () => {
    const values = run([privateOn, adapter('Heartbeat 2', { role: 'private', ipAddresses: ['10.0.1.1'] })]);
    expect(values.privateNetbios).toBeUndefined();
    expect(values.privateNetbiosBasis).toEqual({
      en: 'N2: ipconfig-all.txt gave no server.adapters[private].netbiosEnabled',
      de: 'N2: ipconfig-all.txt lieferte keinen Wert für server.adapters[private].netbiosEnabled',
    });
  });

  test('adapters with an address whose role is unknown: each named, with its basis or none', () => {
    const values = run([
      privateOn,
      adapter('LAN 3', { ipAddresses: ['192.168.1.5'] }),
      adapter('LAN 4', {
        ipAddresses: ['192.168.2.5'],
        roleBasis: { en: 'unknown: two networks match', de: 'unbekannt: zwei Netze passen' },
      }),
    ]);
    expect(values.privateNetbiosBasis).toEqual({
      en: 'N2: the role of adapter "LAN 3" is unknown, the role of adapter "LAN 4" is unknown: two networks match',
      de: 'N2: die Rolle des Adapters „LAN 3“ ist unbekannt, die Rolle des Adapters „LAN 4“ ist unbekannt: zwei Netze passen',
    });
  });
});

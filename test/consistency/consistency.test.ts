import { readFileSync } from 'fs';
import { join } from 'path';
import { checkConsistency, withConsistency } from '../../src/consistency';
import { consistencyDocs, CONSISTENCY_DOCS_PATH } from '../../src/consistency/docs';
import { CONSISTENCY_SETTINGS } from '../../src/consistency/settings';
import { loadInput } from '../../src/pipeline/load-input';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';
import { ROOT } from '../helpers/run-bpa';

const node = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster: 'CL1',
  sources: { 'systeminfo.txt': 'parsed', 'file-versions.txt': 'parsed', 'reg-ndp.txt': 'parsed' },
  os: { name: 'Windows Server 2003', servicePack: 2 },
  fileVersions: { tcpipSys: '5.2.3790.4331' },
  ...extra,
});
const cluster = { name: 'CL1', nodes: [{ name: 'N1' }, { name: 'N2' }] };
const keys = (r: { findings: { ruleId: string; server?: string }[] }) => r.findings.map((f) => `${f.ruleId} ${f.server}`);

describe('consistency across the nodes of a cluster', () => {
  test('the German sample: hotfixes, binding order and NetBIOS on the heartbeat differ, each named with both values', () => {
    const snapshot = loadInput(join(ROOT, 'samples/ccr-health-de'));
    const { findings, notEvaluated } = checkConsistency(snapshot, 'en');
    expect(keys({ findings })).toEqual(['CON-001 EX2007-CLUSTER', 'CON-004 EX2007-CLUSTER', 'CON-005 EX2007-CLUSTER']);
    expect(notEvaluated).toEqual([]);
    const [hotfixes, binding, netbios] = findings;
    expect(hotfixes!.message).toBe(
      'The nodes of cluster EX2007-CLUSTER differ in installed hotfixes (the differences only): EX2007-NODE1: KB921181; EX2007-NODE2: none.',
    );
    expect(binding!.message).toContain('EX2007-NODE1: LAN, Heartbeat; EX2007-NODE2: Heartbeat, LAN');
    expect(netbios!.message).toContain('EX2007-NODE1: enabled; EX2007-NODE2: disabled');
    expect(netbios!.evidence).toEqual([
      {
        path: 'server[EX2007-NODE1].adapters[private].netbiosEnabled',
        actual: 'enabled',
        expected: 'the same as on EX2007-NODE2',
        source: 'reg-netbt-interfaces.txt',
      },
      {
        path: 'server[EX2007-NODE2].adapters[private].netbiosEnabled',
        actual: 'disabled',
        expected: 'the same as on EX2007-NODE1',
        source: 'reg-netbt-interfaces.txt',
      },
    ]);
  });

  test('in German the values are German too: NetBIOS aktiviert/deaktiviert, no service pack is "keines (RTM)"', () => {
    const snapshot = loadInput(join(ROOT, 'samples/ccr-health-de'));
    const netbios = checkConsistency(snapshot, 'de').findings.find((f) => f.ruleId === 'CON-005')!;
    expect(netbios.message).toContain('EX2007-NODE1: aktiviert; EX2007-NODE2: deaktiviert');
    expect(netbios.evidence.map((e) => e.actual)).toEqual(['aktiviert', 'deaktiviert']);
    const rtm = fixtureSnapshot({
      servers: [node('N1'), node('N2', { os: { name: 'Windows Server 2003', servicePack: 0 } })],
      clusters: [cluster],
    });
    const sp = checkConsistency(rtm, 'de').findings.find((f) => f.ruleId === 'CON-003')!;
    expect(sp.message).toContain('N1: Service Pack 2; N2: keines (RTM)');
  });

  test('the well-configured English cluster has no consistency finding and nothing unknown', () => {
    const snapshot = loadInput(join(ROOT, 'samples/ccr-health-en'));
    expect(checkConsistency(snapshot, 'en')).toEqual({ findings: [], notEvaluated: [] });
  });

  test('German texts', () => {
    const snapshot = fixtureSnapshot({
      servers: [node('N1'), node('N2', { fileVersions: { tcpipSys: '5.2.3790.3959' } })],
      clusters: [cluster],
    });
    const [finding] = checkConsistency(snapshot, 'de').findings;
    expect(finding!.title).toBe('Die Version von tcpip.sys unterscheidet sich zwischen den Clusterknoten');
    expect(finding!.message).toBe(
      'Abweichung zwischen den Knoten des Clusters CL1 (Version von tcpip.sys): N1: 5.2.3790.4331; N2: 5.2.3790.3959.',
    );
  });

  test('a value unknown on one node is not evaluated, naming the node and its source', () => {
    const snapshot = fixtureSnapshot({
      servers: [node('N1'), node('N2', { fileVersions: undefined, sources: { 'systeminfo.txt': 'parsed' } })],
      clusters: [cluster],
    });
    const { findings, notEvaluated } = checkConsistency(snapshot, 'en');
    expect(findings).toEqual([]);
    expect(notEvaluated.find((n) => n.ruleId === 'CON-006')).toEqual({
      ruleId: 'CON-006',
      server: 'CL1',
      reason: 'N2: file-versions.txt missing',
      missing: [{ fact: 'server.fileVersions.tcpipSys', sources: ['file-versions.txt'] }],
    });
  });

  test('CON-005: an adapter of unknown kind on a node leaves its private adapters unknown, naming the conflict', () => {
    const heartbeat = (netbiosEnabled: boolean) => ({
      name: 'Heartbeat',
      type: 'ethernet',
      role: 'private',
      ipAddresses: ['10.0.0.1'],
      netbiosEnabled,
    });
    const conflicted = {
      name: 'LAN 2',
      type: 'ethernet',
      ipAddresses: ['10.0.1.1'],
      roleBasis: { en: 'unknown: conflicting evidence – private: … – public: …', de: 'unbekannt: widersprüchliche Hinweise – …' },
    };
    const tunnel = {
      name: 'isatap.{F856FDB3-CE70-489D-A231-704790DC1351}',
      type: 'tunnel',
      ipAddresses: ['fe80::5efe:10.0.0.1%2'],
    };
    const snapshot = fixtureSnapshot({
      servers: [node('N1', { adapters: [heartbeat(false), tunnel] }), node('N2', { adapters: [heartbeat(true), conflicted] })],
      clusters: [cluster],
    });
    const { notEvaluated } = checkConsistency(snapshot, 'en');
    expect(notEvaluated.find((n) => n.ruleId === 'CON-005')!.reason).toBe(
      'N2: the role of adapter "LAN 2" is unknown: conflicting evidence – private: … – public: …',
    );
  });

  test('a node of the cluster that is not in the bundle makes every check not evaluated', () => {
    const snapshot = fixtureSnapshot({ servers: [node('N1')], clusters: [cluster] });
    const { notEvaluated } = checkConsistency(snapshot, 'en');
    expect(notEvaluated.map((n) => n.ruleId)).toEqual(CONSISTENCY_SETTINGS.map((s) => s.id));
    expect(notEvaluated.find((n) => n.ruleId === 'CON-003')!.reason).toBe('N2: not in the bundle');
  });

  test('hotfix lists from different sources are not compared', () => {
    const hotfixes = (ids: string[], sources: string[]) => ({ hotfixes: { ids, unidentified: 0, sources } });
    const snapshot = fixtureSnapshot({
      servers: [
        node('N1', hotfixes(['KB1', 'KB2'], ['systeminfo.txt', 'qfe.txt'])),
        node('N2', hotfixes(['KB1'], ['systeminfo.txt'])),
      ],
      clusters: [cluster],
    });
    const item = checkConsistency(snapshot, 'en').notEvaluated.find((n) => n.ruleId === 'CON-001')!;
    expect(item.reason).toBe('the hotfix lists come from different sources (N1: qfe.txt, systeminfo.txt; N2: systeminfo.txt)');
  });

  test('nodes with many distinct hotfixes: the message names 20 per node and how many more, the evidence all', () => {
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `KB${1000000 + from + 2 * i}`);
    const snapshot = fixtureSnapshot({
      servers: [
        node('N1', { hotfixes: { ids: ids(0, 5000), unidentified: 0, sources: ['qfe.txt'] } }),
        node('N2', { hotfixes: { ids: ids(1, 5000), unidentified: 0, sources: ['qfe.txt'] } }),
      ],
      clusters: [cluster],
    });
    const finding = checkConsistency(snapshot, 'en').findings.find((f) => f.ruleId === 'CON-001')!;
    expect(finding.message).toContain(`N1: ${ids(0, 20).join(', ')} and 4980 more; N2: ${ids(1, 20).join(', ')} and 4980 more.`);
    expect(finding.evidence.map((e) => (e.actual as string).split(', ').length)).toEqual([5000, 5000]);
    const german = checkConsistency(snapshot, 'de').findings.find((f) => f.ruleId === 'CON-001')!;
    expect(german.message).toContain(' und 4980 weitere; N2: ');
  });

  test('a set compares without order and case; a binding order compares with order', () => {
    const snapshot = fixtureSnapshot({
      servers: [
        node('N1', { hotfixes: { ids: ['KB1', 'KB2'], unidentified: 0, sources: ['qfe.txt'] }, bindingOrder: ['LAN', 'HB'] }),
        node('N2', { hotfixes: { ids: ['kb2', 'KB1'], unidentified: 0, sources: ['qfe.txt'] }, bindingOrder: ['HB', 'LAN'] }),
      ],
      clusters: [cluster],
    });
    expect(keys(checkConsistency(snapshot, 'en'))).toEqual(['CON-004 CL1']);
  });

  test('three nodes of an SCC: every node named, the differences of a set shown per node', () => {
    const hotfixes = (ids: string[]) => ({ hotfixes: { ids, unidentified: 0, sources: ['qfe.txt'] } });
    const snapshot = fixtureSnapshot({
      servers: [node('N1', hotfixes(['KB1', 'KB2'])), node('N2', hotfixes(['KB1', 'KB2'])), node('N3', hotfixes(['KB1', 'KB3']))],
      clusters: [{ name: 'CL1', nodes: [{ name: 'N1' }, { name: 'N2' }, { name: 'N3' }] }],
    });
    const [finding] = checkConsistency(snapshot, 'en').findings;
    expect(finding!.message).toContain('N1: KB2; N2: KB2; N3: KB3');
    expect(finding!.evidence[2]!.expected).toBe('the same as on N1, N2');
  });

  test('a one-node cluster and a server outside any cluster are not compared', () => {
    const snapshot = fixtureSnapshot({
      servers: [node('N1'), { name: 'HUB', role: 'server', sources: {} }],
      clusters: [{ name: 'CL1', nodes: [{ name: 'N1' }] }],
    });
    expect(checkConsistency(snapshot, 'en')).toEqual({ findings: [], notEvaluated: [] });
  });

  test('withConsistency merges into an analysis in the rules order and lists the checks as run', () => {
    const snapshot = fixtureSnapshot({
      servers: [node('N1'), node('N2', { os: { name: 'Windows Server 2003', servicePack: 1 } })],
      clusters: [cluster],
    });
    const ruleFinding = { ...checkConsistency(snapshot, 'en').findings[0]!, ruleId: 'ACC-001', severity: 'critical' as const };
    const merged = withConsistency(
      { findings: [ruleFinding], notEvaluated: [], rulesRun: ['ACC-001', 'ZZZ-001'] },
      snapshot,
      'en',
    );
    expect(merged.findings.map((f) => f.ruleId)).toEqual(['ACC-001', 'CON-003']);
    expect(merged.rulesRun).toEqual(['ACC-001', 'CON-001', 'CON-002', 'CON-003', 'CON-004', 'CON-005', 'CON-006', 'ZZZ-001']);
    expect(merged.findings[1]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  test(`${CONSISTENCY_DOCS_PATH} is up to date (npm run build && node dist/src/consistency/docs.js)`, () => {
    expect(readFileSync(join(ROOT, CONSISTENCY_DOCS_PATH), 'utf8')).toBe(consistencyDocs());
  });
});

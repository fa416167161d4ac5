import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadInput } from '../../src/pipeline/load-input';
import type { Report } from '../../src/report/report-schema';
import { analyze, fingerprint } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Lang, Profile } from '../../src/rules/rule-schema';
import { nodeValuesOf } from '../../src/snapshot/assemble/node-values/node-values';
import type { Cluster, Server, Snapshot } from '../../src/snapshot/schema';
import { bpa } from '../helpers/bpa-in-process';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';
import { ROOT } from '../helpers/run-bpa';

/**
 * The consistency rules CON-001…CON-007 end to end: rule files over `cluster.nodeValues`, run by the same engine as
 * every other rule, on the samples and on snapshots whose node values are derived as a bundle's are.
 */
jest.setTimeout(60_000);

const RULES = loadRules([join(ROOT, 'rules')]);
const CON = RULES.filter((r) => r.id.startsWith('CON-'));

const node = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster: 'CL1',
  sources: { 'systeminfo.txt': 'parsed', 'file-versions.txt': 'parsed', 'reg-ndp.txt': 'parsed' },
  os: { name: 'Windows Server 2003', servicePack: 2 },
  fileVersions: { tcpipSys: '5.2.3790.4331' },
  ...extra,
});

/** A snapshot of one cluster with its node values derived from the servers, as the assembly derives them. */
function clusterSnapshot(servers: Record<string, unknown>[], nodes = ['N1', 'N2']): Snapshot {
  const snapshot = fixtureSnapshot({ servers, clusters: [{ name: 'CL1', nodes: nodes.map((name) => ({ name })) }] });
  for (const c of snapshot.clusters) c.nodeValues = nodeValuesOf(c as Cluster, snapshot.servers as Server[]);
  return snapshot;
}

const run = (snapshot: Snapshot, lang: Lang = 'en', profile: Profile = 'health') => analyze(snapshot, CON, { profile, lang });
const keys = (r: { findings: { ruleId: string; server?: string }[] }) => r.findings.map((f) => `${f.ruleId} ${f.server}`);

describe('consistency rules across the nodes of a cluster', () => {
  test('there are seven, in rules/consistency, cluster-scoped, in both profiles', () => {
    expect(CON.map((r) => [r.id, r.scope, [...r.profiles].sort().join(' ')])).toEqual(
      ['CON-001', 'CON-002', 'CON-003', 'CON-004', 'CON-005', 'CON-006', 'CON-007'].map((id) => [
        id,
        'cluster',
        'health readiness',
      ]),
    );
    expect(CON.every((r) => /(^|[\\/])rules[\\/]consistency[\\/]CON-\d{3}\.json$/.test(r.file))).toBe(true);
  });

  test('the German sample: hotfixes, binding order and NetBIOS on the heartbeat differ, each named with both values', async () => {
    const { findings, notEvaluated } = await run(loadInput(join(ROOT, 'samples/ccr-health-de')));
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

  test('fingerprints are those of the former code path (rule id and cluster), so history does not see them as new', async () => {
    const { findings } = await run(loadInput(join(ROOT, 'samples/ccr-health-de')));
    expect(findings.map((f) => [f.ruleId, f.fingerprint])).toEqual([
      ['CON-001', '3c761db16bef3100'],
      ['CON-004', '5f9c49bbf70bde71'],
      ['CON-005', 'bbb0918657eda748'],
    ]);
    expect(findings.every((f) => f.fingerprint === fingerprint(f.ruleId, 'EX2007-CLUSTER') && f.target === undefined)).toBe(true);
  });

  test('in German the values are German too: NetBIOS aktiviert/deaktiviert, no service pack is "keines (RTM)"', async () => {
    const netbios = (await run(loadInput(join(ROOT, 'samples/ccr-health-de')), 'de')).findings.find(
      (f) => f.ruleId === 'CON-005',
    )!;
    expect(netbios.message).toContain('EX2007-NODE1: aktiviert; EX2007-NODE2: deaktiviert');
    expect(netbios.evidence.map((e) => [e.actual, e.expected])).toEqual([
      ['aktiviert', 'wie auf EX2007-NODE2'],
      ['deaktiviert', 'wie auf EX2007-NODE1'],
    ]);
    const rtm = clusterSnapshot([node('N1'), node('N2', { os: { name: 'Windows Server 2003', servicePack: 0 } })]);
    const sp = (await run(rtm, 'de')).findings.find((f) => f.ruleId === 'CON-003')!;
    expect(sp.title).toBe('Das Windows-Service-Pack unterscheidet sich zwischen den Clusterknoten');
    expect(sp.message).toBe(
      'Abweichung zwischen den Knoten des Clusters CL1 (Windows-Service-Pack): N1: Service Pack 2; N2: keines (RTM).',
    );
  });

  test('a planned cluster is named in German as German texts name it', async () => {
    const { findings } = await run(loadInput(join(ROOT, 'samples/readiness-de')), 'de', 'readiness');
    expect(keys({ findings })).toEqual([
      'CON-001 CCR (planned: MBX1, MBX2)',
      'CON-002 CCR (planned: MBX1, MBX2)',
      'CON-005 CCR (planned: MBX1, MBX2)',
    ]);
    expect(findings[0]!.message).toMatch(/^Abweichung zwischen den Knoten des Clusters CCR \(geplant: MBX1, MBX2\)/);
  });

  test('the well-configured English cluster has no consistency finding and nothing unknown, CON-007 included', async () => {
    const snapshot = loadInput(join(ROOT, 'samples/ccr-health-en'));
    expect(snapshot.clusters[0]!.nodeValues!.clusterServiceAccount).toHaveLength(2);
    expect(await run(snapshot)).toEqual({ findings: [], notEvaluated: [], rulesRun: CON.map((r) => r.id) });
  });

  test('a value unknown on one node is not evaluated, naming the node and its source', async () => {
    const snapshot = clusterSnapshot([
      node('N1'),
      node('N2', { fileVersions: undefined, sources: { 'systeminfo.txt': 'parsed' } }),
    ]);
    const { findings, notEvaluated } = await run(snapshot);
    expect(findings).toEqual([]);
    expect(notEvaluated.find((n) => n.ruleId === 'CON-006')).toEqual({
      ruleId: 'CON-006',
      server: 'CL1',
      reason: 'cluster.nodeValues.tcpipSys: N2: file-versions.txt missing',
      missing: [{ fact: 'cluster.nodeValues.tcpipSys', sources: ['file-versions.txt'] }],
    });
  });

  test('a node of the cluster that is not in the bundle makes every check not evaluated', async () => {
    const { notEvaluated } = await run(clusterSnapshot([node('N1')]));
    expect(notEvaluated.map((n) => n.ruleId)).toEqual(CON.map((r) => r.id));
    expect(notEvaluated.find((n) => n.ruleId === 'CON-003')!.reason).toBe(
      'cluster.nodeValues.servicePack: N2: not in the bundle',
    );
  });

  test('hotfix lists from different sources are not compared', async () => {
    const hotfixes = (ids: string[], sources: string[]) => ({ hotfixes: { ids, unidentified: 0, sources } });
    const snapshot = clusterSnapshot([
      node('N1', hotfixes(['KB1', 'KB2'], ['systeminfo.txt', 'qfe.txt'])),
      node('N2', hotfixes(['KB1'], ['systeminfo.txt'])),
    ]);
    const item = (await run(snapshot)).notEvaluated.find((n) => n.ruleId === 'CON-001')!;
    expect(item.reason).toBe(
      'cluster.nodeValues.hotfixes: the hotfix lists come from different sources (N1: qfe.txt, systeminfo.txt | N2: systeminfo.txt)',
    );
  });

  test('nodes with many distinct hotfixes: the message names 20 per node and how many more, the evidence all', async () => {
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `KB${1000000 + from + 2 * i}`);
    const snapshot = clusterSnapshot([
      node('N1', { hotfixes: { ids: ids(0, 5000), unidentified: 0, sources: ['qfe.txt'] } }),
      node('N2', { hotfixes: { ids: ids(1, 5000), unidentified: 0, sources: ['qfe.txt'] } }),
    ]);
    const finding = (await run(snapshot)).findings.find((f) => f.ruleId === 'CON-001')!;
    expect(finding.message).toContain(`N1: ${ids(0, 20).join(', ')} and 4980 more; N2: ${ids(1, 20).join(', ')} and 4980 more.`);
    expect(finding.evidence.map((e) => (e.actual as string).split(', ').length)).toEqual([5000, 5000]);
    expect(finding.evidence.map((e) => e.source)).toEqual(['qfe.txt', 'qfe.txt']);
    const german = (await run(snapshot, 'de')).findings.find((f) => f.ruleId === 'CON-001')!;
    expect(german.message).toContain(' und 4980 weitere; N2: ');
  });

  test('a set compares without order and case; a binding order compares with order', async () => {
    const snapshot = clusterSnapshot([
      node('N1', { hotfixes: { ids: ['KB1', 'KB2'], unidentified: 0, sources: ['qfe.txt'] }, bindingOrder: ['LAN', 'HB'] }),
      node('N2', { hotfixes: { ids: ['kb2', 'KB1'], unidentified: 0, sources: ['qfe.txt'] }, bindingOrder: ['HB', 'LAN'] }),
    ]);
    expect(keys(await run(snapshot))).toEqual(['CON-004 CL1']);
  });

  test('three nodes of an SCC: every node named, the differences of a set shown per node', async () => {
    const hotfixes = (ids: string[]) => ({ hotfixes: { ids, unidentified: 0, sources: ['qfe.txt'] } });
    const snapshot = clusterSnapshot(
      [node('N1', hotfixes(['KB1', 'KB2'])), node('N2', hotfixes(['KB1', 'KB2'])), node('N3', hotfixes(['KB1', 'KB3']))],
      ['N1', 'N2', 'N3'],
    );
    const finding = (await run(snapshot)).findings.find((f) => f.ruleId === 'CON-001')!;
    expect(finding.message).toContain('N1: KB2; N2: KB2; N3: KB3');
    expect(finding.evidence[2]!.expected).toBe('the same as on N1, N2');
  });

  test('CON-007 compares identities: one account spelt two ways passes, two local accounts of one name fire', async () => {
    const account = (name: string, identity: string, kind = 'domain') => ({
      clusterServiceAccount: { name, identity, kind, source: 'sc-qc-clussvc.txt', identityBasis: { en: name, de: name } },
    });
    const same = clusterSnapshot([
      node('N1', account('MUELLER\\clusdienst', 'MUELLER\\clusdienst')),
      node('N2', account('clusdienst@mueller.local', 'MUELLER\\clusdienst')),
    ]);
    expect((await run(same)).findings.filter((f) => f.ruleId === 'CON-007')).toEqual([]);
    const local = clusterSnapshot([
      node('N1', account('.\\clusdienst', 'N1\\clusdienst', 'local')),
      node('N2', account('.\\clusdienst', 'N2\\clusdienst', 'local')),
    ]);
    const finding = (await run(local)).findings.find((f) => f.ruleId === 'CON-007')!;
    expect(finding.severity).toBe('critical');
    expect(finding.message).toBe(
      'The nodes of cluster CL1 differ in the account the Cluster service runs as: N1: N1\\clusdienst (sc-qc-clussvc.txt: .\\clusdienst); N2: N2\\clusdienst (sc-qc-clussvc.txt: .\\clusdienst).',
    );
    expect(finding.evidence.map((e) => [e.path, e.source])).toEqual([
      ['server[N1].clusterServiceAccount.identity', 'sc-qc-clussvc.txt'],
      ['server[N2].clusterServiceAccount.identity', 'sc-qc-clussvc.txt'],
    ]);
  });

  test('a one-node cluster and a server outside any cluster are not compared', async () => {
    const snapshot = clusterSnapshot([node('N1'), { name: 'HUB', role: 'server', sources: {} }], ['N1']);
    expect(await run(snapshot)).toEqual({ findings: [], notEvaluated: [], rulesRun: CON.map((r) => r.id) });
  });

  test('a snapshot saved before cluster.nodeValues existed has them derived when it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-con-'));
    try {
      const snapshot = loadInput(join(ROOT, 'samples/ccr-health-de'));
      for (const c of snapshot.clusters) delete c.nodeValues;
      const file = join(dir, 'snapshot.json');
      writeFileSync(file, JSON.stringify(snapshot));
      expect(keys(await run(loadInput(file)))).toEqual([
        'CON-001 EX2007-CLUSTER',
        'CON-004 EX2007-CLUSTER',
        'CON-005 EX2007-CLUSTER',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('severity overrides, disabled rules and profiles treat them like every other rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-con-'));
    try {
      const config = join(dir, 'bpa.config.json');
      writeFileSync(config, JSON.stringify({ severity: { 'CON-001': 'critical' }, disabledRules: ['CON-004'] }));
      const scan = await bpa(['scan', join(ROOT, 'samples/ccr-health-de'), '--format', 'json', '--config', config]);
      const report = JSON.parse(scan.stdout) as Report;
      const con = report.findings.filter((f) => f.ruleId.startsWith('CON-')).map((f) => `${f.ruleId} ${f.severity}`);
      expect(con).toEqual(['CON-001 critical', 'CON-005 warning']);
      expect(report.scan.rules).not.toContain('CON-004');
      const listed = await bpa(['rules', 'list', '--profile', 'readiness', '--category', 'Cluster', '--json']);
      const ids = (JSON.parse(listed.stdout) as { id: string }[]).map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining(CON.map((r) => r.id)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

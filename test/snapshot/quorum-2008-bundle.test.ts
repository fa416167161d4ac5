import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { ROOT } from '../helpers/run-bpa';

/**
 * The quorum rules on a Windows Server 2008 failover cluster, through the whole pipeline: a copy of the
 * English CCR sample whose nodes say Windows Server 2008 in systeminfo, with the 2008 quorum outputs of the
 * parser fixtures (`cluster /quorum` naming the model, `cluster res /priv` with the witness's SharePath) and
 * no Majority Node Set resource.
 */
const SAMPLE = join(ROOT, 'samples', 'ccr-health-en');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sources');
const NODES = ['MBX-NODE-A', 'MBX-NODE-B'];
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => /^CLU-(00[3-6]|010)$/.test(r.id));

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bpa-2008-')), 'bundle');
  cpSync(SAMPLE, dir, { recursive: true });
  for (const node of NODES) {
    const info = join(dir, node, 'systeminfo.txt');
    writeFileSync(
      info,
      readFileSync(info, 'latin1')
        .replace(/Microsoft\(R\) Windows\(R\) Server 2003 Enterprise x64 Edition/, 'Microsoft Windows Server 2008 Enterprise')
        .replace(/5\.2\.3790 Service Pack 2 Build 3790/, '6.0.6001 Service Pack 1 Build 6001'),
      'latin1',
    );
    rmSync(join(dir, node, 'cluster-res-mns-priv.txt'));
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The same 2008 quorum output on both nodes, with the witness share on the given host. */
function quorum(model: string, witnessHost?: string): void {
  const resource = witnessHost ? `File Share Witness (\\\\${witnessHost}\\FSW_MBXCLUSTER)` : '';
  const table = [
    'Quorum Resource Name Quorum Type',
    '-------------------- ------------------------------',
    `${resource.padEnd(20)} ${model}`,
    '',
  ];
  const priv = readFileSync(join(FIXTURES, 'cluster-res-priv', '2008-en.txt'), 'latin1').replace(
    /File Share Witness \(\\\\EXHUB01\\FSW_EXCLUS01\) SharePath {22}\\\\EXHUB01\\FSW_EXCLUS01/,
    `${resource} SharePath                      \\\\${witnessHost ?? 'NONE'}\\FSW_MBXCLUSTER`,
  );
  for (const node of NODES) {
    writeFileSync(join(dir, node, 'cluster-quorum.txt'), table.join('\r\n'), 'latin1');
    if (witnessHost) writeFileSync(join(dir, node, 'cluster-res-priv.txt'), priv, 'latin1');
    else rmSync(join(dir, node, 'cluster-res-priv.txt'));
  }
}

const scan = async () => {
  const snapshot = collectBundle(readBundle(dir));
  const { findings, notEvaluated } = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
  return {
    cluster: snapshot.clusters[0]!,
    findings: findings.map((f) => `${f.ruleId} ${f.severity}`),
    notEvaluated: notEvaluated.map((n) => `${n.ruleId}: ${n.reason}`),
  };
};

test('Node and File Share Majority with the witness on the hub: every quorum rule evaluates and passes', async () => {
  quorum('Node and File Share Majority', 'HUB-01');
  const { cluster, findings, notEvaluated } = await scan();
  expect(cluster.serverRelease).toBe('2008');
  expect(cluster.quorum).toMatchObject({ model: 'nodeAndFileShareMajority', nodeMajority: true, witness: 'fileShare' });
  expect(cluster.fileShareWitness).toEqual({ path: '\\\\HUB-01\\FSW_MBXCLUSTER', host: 'HUB-01', onClusterNode: false });
  expect(findings).toEqual([]);
  expect(notEvaluated).toEqual([]);
});

test('the witness share on a node: CLU-005', async () => {
  quorum('Node and File Share Majority', 'MBX-NODE-B');
  expect((await scan()).findings).toEqual(['CLU-005 warning']);
});

test('Node Majority on the two nodes: CLU-004 and CLU-010, both critical', async () => {
  quorum('Node Majority');
  const { cluster, findings, notEvaluated } = await scan();
  expect(cluster.fileShareWitness).toEqual({ path: '' });
  expect(findings).toEqual(['CLU-004 critical', 'CLU-010 critical']);
  expect(notEvaluated).toEqual([]);
});

test('Node and Disk Majority: CLU-003 (a shared disk in CCR) and the CLU-010 warning', async () => {
  quorum('Node and Disk Majority');
  const { findings, notEvaluated } = await scan();
  expect(findings).toEqual(['CLU-003 critical', 'CLU-010 warning']);
  expect(notEvaluated).toEqual([]);
});

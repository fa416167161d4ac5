import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { ROOT } from '../helpers/run-bpa';

/**
 * The case, through the whole pipeline on a copy of the German CCR sample: with the cluster group
 * list missing, a Failed resource in the resource list fires CLU-007, and the finding says what it could
 * not check; in German too. Without a Failed or Offline resource it stays not evaluated.
 */
const NODES = ['EX2007-NODE1', 'EX2007-NODE2'];
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => r.id === 'CLU-007');
let dir: string;

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bpa-partial-')), 'bundle');
  cpSync(join(ROOT, 'samples', 'ccr-health-de'), dir, { recursive: true });
  for (const node of NODES) rmSync(join(dir, node, 'cluster-group.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failDb2 = () => {
  for (const node of NODES) {
    const file = join(dir, node, 'cluster-res.txt');
    writeFileSync(file, readFileSync(file, 'latin1').replace(/(SG2\/DB2 \(CCR-CLUSTER001\).*)Online/, '$1Fehler'), 'latin1');
  }
};

test('a Failed resource fires CLU-007 although the group list is missing, naming it', async () => {
  failDb2();
  const snapshot = collectBundle(readBundle(dir));
  const en = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
  expect(en.notEvaluated).toEqual([]);
  expect(en.findings.map((f) => [f.ruleId, f.severity, f.server])).toEqual([['CLU-007', 'critical', 'EX2007-CLUSTER']]);
  expect(en.findings[0]!.notChecked).toEqual([
    { fact: 'cluster.failedGroups', sources: ['cluster-group.txt'], reason: 'cluster-group.txt missing' },
    { fact: 'cluster.offlineGroups', sources: ['cluster-group.txt'], reason: 'cluster-group.txt missing' },
  ]);
  expect(en.findings[0]!.message).toContain('Failed resources: SG2/DB2 (CCR-CLUSTER001).');

  const de = await analyze(snapshot, rules, { profile: 'health', lang: 'de' });
  expect(de.findings[0]!.message).toContain('Fehlerhafte Ressourcen: SG2/DB2 (CCR-CLUSTER001).');
  expect(de.findings[0]!.notChecked?.map((n) => n.reason)).toEqual(['cluster-group.txt fehlt', 'cluster-group.txt fehlt']);
});

test('with every resource Online and the group list missing, CLU-007 is not evaluated', async () => {
  const { findings, notEvaluated } = await analyze(collectBundle(readBundle(dir)), rules, { profile: 'health', lang: 'en' });
  expect(findings).toEqual([]);
  expect(notEvaluated.map((n) => n.reason)).toEqual(['cluster-group.txt missing']);
});

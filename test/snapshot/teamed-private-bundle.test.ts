import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { ROOT } from '../helpers/run-bpa';

/**
 * NET-009 through the whole pipeline: a copy of the English CCR sample (Windows Server 2003 SP2) whose private
 * adapter on MBX-NODE-B is a Broadcom BASP team, as ipconfig /all describes such an adapter. The healthy
 * sample itself passes NET-009 (its adapters are plain NetXtreme II ports).
 */
const SAMPLE = join(ROOT, 'samples', 'ccr-health-en');
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => r.id === 'NET-009');

async function scan(dir: string, lang: 'en' | 'de') {
  return analyze(collectBundle(readBundle(dir)), rules, { profile: 'health', lang });
}

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bpa-team-')), 'bundle');
  cpSync(SAMPLE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the healthy sample passes NET-009 on both nodes', async () => {
  const { findings, notEvaluated } = await scan(dir, 'en');
  expect([findings, notEvaluated]).toEqual([[], []]);
});

test('a BASP team as the private adapter of a 2003 node fires NET-009, naming the adapter and its description', async () => {
  const ipconfig = join(dir, 'MBX-NODE-B', 'ipconfig-all.txt');
  const text = readFileSync(ipconfig, 'latin1');
  const teamed = text.replace(
    /(Ethernet adapter Private:\r\n\r\n[^\r]*\r\n\s+Description[ .]*: )[^\r]*/,
    '$1BASP Virtual Adapter',
  );
  expect(teamed).not.toBe(text);
  writeFileSync(ipconfig, teamed, 'latin1');
  const en = await scan(dir, 'en');
  expect(en.notEvaluated).toEqual([]);
  expect(en.findings.map((f) => [f.ruleId, f.server, f.target, f.severity])).toEqual([
    ['NET-009', 'MBX-NODE-B', 'Private', expect.any(String)],
  ]);
  expect(en.findings[0]!.message).toContain('BASP Virtual Adapter');
  const de = await scan(dir, 'de');
  expect(de.findings[0]!.message).toContain('„BASP Virtual Adapter“');
});

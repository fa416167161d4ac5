import { cpSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Report } from '../../src/report/report-schema';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

/**
 * Issue 15, the Windows side: ccr-windows-en is ccr-health-en with four settings a senior consultant checks
 * gone wrong: MBX-NODE-A has the Scalable Networking Pack on and its log partition at Server 2003's 63 sectors,
 * MBX-NODE-B a 4096 MB page file for 32 GB and its database volume formatted with 4 KB clusters. Each new rule
 * fires there once and passes on the healthy samples, and a bundle of an older collector leaves them not
 * evaluated, naming the source that is missing.
 */
const NEW_RULES = ['SYS-003', 'SYS-004', 'STO-010', 'STO-011'];
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => NEW_RULES.includes(r.id));
const scan = (bundle: string, profile: 'health' | 'readiness' = 'health') =>
  analyze(collectBundle(readBundle(bundle)), rules, { profile, lang: 'en' });

describe('bpa scan samples/ccr-windows-en', () => {
  let run: InProcessRun;
  let report: Report;
  beforeAll(async () => {
    run = await bpa(['scan', 'samples/ccr-windows-en', '--format', 'json', '--fail-on', 'warning']);
    report = JSON.parse(run.stdout) as Report;
  });

  test('exactly the four new findings, and nothing left unevaluated', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.server} ${f.target ?? '-'}`).sort()).toEqual([
      'STO-010 warning MBX-NODE-B M:\\',
      'STO-011 warning MBX-NODE-A Disk #1, Partition #0 (L:\\)',
      'SYS-003 warning MBX-NODE-B -',
      'SYS-004 warning MBX-NODE-A -',
    ]);
    expect(report.notEvaluated).toEqual([]);
  });

  test('each message says what was found', () => {
    const message = (id: string) => report.findings.find((f) => f.ruleId === id)!.message;
    expect(message('SYS-003')).toContain('may grow to 4096 MB only, less than its physical memory of 32767 MB plus 10 MB (32777 MB)');
    expect(message('SYS-004')).toContain('EnableTCPChimney=1, EnableRSS=1, EnableTCPA=1');
    expect(message('STO-010')).toContain('allocation unit of 4096 bytes, not 65536 bytes');
    expect(message('STO-011')).toContain("starts at 32256 bytes (31.5 KB), not a multiple of 8 KB: Windows Server 2003's default of 63 sectors");
  });

  test('in German', async () => {
    const german = JSON.parse((await bpa(['scan', 'samples/ccr-windows-en', '--format', 'json', '--lang', 'de'])).stdout) as Report;
    const message = (id: string) => german.findings.find((f) => f.ruleId === id)!.message;
    expect(message('SYS-003')).toContain('darf nur 4096 MB groß werden');
    expect(message('SYS-003')).toContain('Knoten des Postfachservers im Cluster MBX-CMS01');
    expect(message('STO-011')).toContain('beginnt bei 32256 Byte, keinem Vielfachen von 8 KB');
  });
});

describe('the new rules on the healthy samples', () => {
  test.each([
    ['ccr-health-en', 'health'],
    ['ccr-intern-de', 'health'],
    ['ccr-health-de', 'health'],
    ['readiness-de', 'readiness'],
  ] as const)('%s: every new rule passes', async (bundle, profile) => {
    const { findings, notEvaluated } = await scan(join(ROOT, 'samples', bundle), profile);
    expect(findings.map((f) => f.ruleId)).toEqual([]);
    expect(notEvaluated.map((n) => `${n.ruleId} ${n.reason}`)).toEqual([]);
  });

  test('ccr-health-en checks both nodes: two Exchange volumes each, and the page file of RAM + 10 MB', () => {
    const snapshot = collectBundle(readBundle(join(ROOT, 'samples', 'ccr-health-en')));
    for (const name of ['MBX-NODE-A', 'MBX-NODE-B']) {
      const node = snapshot.servers.find((s) => s.name === name)!;
      expect(node.exchangeVolumes?.map((v) => [v.name, v.holdsDatabaseFiles, v.blockSizeBytes, v.partition.startingOffsetBytes])).toEqual([
        ['L:\\', false, 4096, 65536],
        ['M:\\', true, 65536, 65536],
      ]);
      expect(node.pageFile).toMatchObject({ maximumMb: 32777, requiredMb: 32777, tooSmall: false });
    }
  });
});

describe('a bundle of an older collector, without the four new sources', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'bpa-windows-')), 'bundle');
    cpSync(join(ROOT, 'samples', 'ccr-windows-en'), dir, {
      recursive: true,
      filter: (src) => !/(partitions|partition-drives|reg-memory-management|reg-tcpip-parameters)\.txt$/.test(src),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the rules are not evaluated, naming the source that would decide them', async () => {
    const { findings, notEvaluated } = await scan(dir);
    // STO-010 needs only volumes.txt, which the collectors of issue 11 already wrote: it still fires.
    expect(findings.map((f) => `${f.ruleId} ${f.server}`)).toEqual(['STO-010 MBX-NODE-B']);
    const reasons = notEvaluated.map((n) => `${n.ruleId} ${n.server}: ${n.reason}`);
    expect(reasons).toContain('SYS-003 MBX-NODE-B: reg-memory-management.txt missing');
    expect(reasons).toContain('SYS-004 MBX-NODE-A: reg-tcpip-parameters.txt missing');
    expect(reasons).toContain(
      'STO-011 MBX-NODE-A: partitions.txt or partition-drives.txt missing',
    );
    expect(notEvaluated.filter((n) => n.ruleId === 'STO-010')).toEqual([]);
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyBaseline, createBaseline } from '../../src/baseline/baseline';
import { BaselineSchema } from '../../src/baseline/baseline-schema';
import { applyWaivers } from '../../src/waivers/apply-waivers';
import { ReportSchema, type Report } from '../../src/report/report-schema';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { bpa } from '../helpers/bpa-in-process';
import { sampleReport } from '../outputs/report-fixture';

// These tests run bpa's command line in process, several times per test: generous limits for a loaded machine.
jest.setTimeout(60_000);

const keys = (findings: { ruleId: string; server?: string; target?: string }[]) =>
  findings.map((f) => [f.ruleId, f.server, f.target].filter(Boolean).join(' '));

describe('baselines', () => {
  let report: Report;
  beforeAll(async () => {
    report = (await sampleReport()).report;
  });

  test('a baseline accepts the active findings, not the waived ones, and validates against its schema', () => {
    const waived = applyWaivers(
      report,
      [{ rule: 'ACC-001', justification: 'j', owner: 'o', expires: '2030-01-01', file: 'w.yaml' }],
      'w.yaml',
      '2029-01-01',
    );
    const baseline = createBaseline(waived, 'r.json', new Date('2008-11-21T08:00:00Z'));
    expect(baseline.findings.map((f) => f.fingerprint)).toEqual(waived.findings.map((f) => f.fingerprint));
    expect(baseline.from).toEqual({
      source: report.scan.source,
      startedAt: '2008-11-21T01:30:00.000Z',
      profile: 'health',
      customer: 'Müller Logistik GmbH',
      report: 'r.json',
    });
    const validate = namedValidator('baseline', () => BaselineSchema);
    expect(validate(baseline) ? [] : describeErrors(validate.errors)).toEqual([]);
  });

  test('a scan against its own baseline has no active finding: all accepted, listed apart', () => {
    const out = applyBaseline(report, createBaseline(report, 'r.json', new Date()), 'b.json');
    expect(out.findings).toEqual([]);
    expect(out.summary).toMatchObject({ critical: 0, warning: 0, info: 0 });
    expect(out.accepted!.findings).toEqual(report.findings);
    expect(out.accepted!.baseline).toMatchObject({ file: 'b.json', findings: report.findings.length });
    const validate = namedValidator('report', () => ReportSchema);
    expect(validate(out) ? [] : describeErrors(validate.errors)).toEqual([]);
  });

  test('a finding whose severity rose is not accepted; a baseline finding no longer found is listed as resolved', () => {
    const baseline = createBaseline(report, 'r.json', new Date());
    const trn = baseline.findings.find((f) => f.ruleId === 'TRN-001')!;
    trn.severity = 'info';
    baseline.findings.push({ fingerprint: '0123456789abcdef', ruleId: 'STO-006', severity: 'critical', title: 'gone' });
    const out = applyBaseline(report, baseline, 'b.json');
    expect(keys(out.findings)).toEqual(['TRN-001']);
    expect(out.accepted!.worse).toEqual([
      expect.objectContaining({ ruleId: 'TRN-001', severity: 'warning', previousSeverity: 'info' }),
    ]);
    expect(out.accepted!.resolved.map((f) => f.ruleId)).toEqual(['STO-006']);
  });
});

describe('bpa baseline create and scan --baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-baseline-'));
  const bundle = join(dir, 'bundle');
  cpSync('samples/ccr-health-de', bundle, { recursive: true });

  test('accept tonight’s findings, change a setting, and the next scan reports only the new finding', async () => {
    const first = await bpa(['scan', bundle, '--output', join(dir, 'first.json')]);
    expect(first.status).toBe(1);
    const created = await bpa(['baseline', 'create', join(dir, 'first.json'), '--output', join(dir, 'baseline.json')]);
    expect(created.stderr).toBe('');
    const accepted = (JSON.parse(readFileSync(join(dir, 'first.json'), 'utf8')) as Report).findings.length;
    expect(created.stdout).toBe(`bpa baseline: ${accepted} finding(s) accepted → ${join(dir, 'baseline.json')}\n`);

    // NetBIOS on NODE2's heartbeat: NetbiosOptions 2 (disabled) becomes 1 (enabled)
    const netbt = join(bundle, 'EX2007-NODE2', 'reg-netbt-interfaces.txt');
    writeFileSync(
      netbt,
      readFileSync(netbt, 'latin1').replace('NetbiosOptions\tREG_DWORD\t0x2', 'NetbiosOptions\tREG_DWORD\t0x1'),
      'latin1',
    );

    const second = await bpa([
      'scan',
      bundle,
      '--baseline',
      join(dir, 'baseline.json'),
      '--output',
      join(dir, 'second.json'),
      '--fail-on',
      'warning',
    ]);
    expect(second.stderr).toBe('');
    expect(second.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'second.json'), 'utf8')) as Report;
    expect(keys(report.findings)).toEqual(['NET-002 EX2007-NODE2 Heartbeat']);
    expect(report.summary).toMatchObject({ critical: 0, warning: 1, info: 0 });
    expect(report.accepted!.resolved.map((f) => f.ruleId)).toEqual(['CON-005']);
    expect(second.stdout).toMatch(
      /^bpa health: 0 critical, 1 warning, 0 info, 0 not evaluated on 4 servers → .*; \d+ accepted\n$/,
    );

    const shown = await bpa(['baseline', 'show', join(dir, 'baseline.json')]);
    expect(shown.stdout).toContain('critical ACC-001  EX2007-NODE1 · clusdienst: ');
  });

  test('a file that is not a baseline: exit 2 with the file named', async () => {
    const run = await bpa(['scan', bundle, '--baseline', 'samples/ccr-health-de/bundle.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bpa: samples\/ccr-health-de\/bundle\.json: not a bpa baseline \(\d+ problem\(s\)\)\n/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { ReportSchema, type Report } from '../../src/report/report-schema';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runBpa } from '../helpers/run-bpa';
import { bpa } from '../helpers/bpa-in-process';
import { toolVersion } from '../../src/shared/package-root';

// A hang guard, not a time limit: in-process runs are CPU-bound work that awaits between steps, so on a busy
// machine they outlast jest's 5-second default timer; nothing here asserts on time.
jest.setTimeout(60_000);

const findingKeys = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.server ?? '-'} ${f.target ?? '-'}`);
const scanJson = async (...args: string[]) => JSON.parse((await bpa(['scan', ...args, '--format', 'json'])).stdout) as Report;

describe('bpa scan of the German CCR sample, as JSON', () => {
  let run: Awaited<ReturnType<typeof bpa>>;
  let report: Report;
  beforeAll(async () => {
    run = await bpa(['scan', 'samples/ccr-health-de', '--format', 'json']);
    report = JSON.parse(run.stdout) as Report;
  });

  test('exits 1: there are critical findings and --fail-on defaults to critical', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  test('the report validates against the published report schema', () => {
    const validate = namedValidator('report', () => ReportSchema);
    expect(validate(report) ? [] : describeErrors(validate.errors)).toEqual([]);
    const published = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));
    const standalone = new Ajv({ allErrors: true, strict: false });
    addFormats(standalone);
    expect(standalone.validate(published, report) ? [] : standalone.errors).toEqual([]);
  });

  test('finds the five deliberate problems the samples README promises', () => {
    expect(findingKeys(report)).toEqual(
      expect.arrayContaining([
        'NET-002 warning EX2007-NODE1 Heartbeat',
        'NET-003 warning EX2007-NODE2 Heartbeat',
        'PRE-007 critical EX2007-NODE2 -',
        'TRN-001 warning - -',
        'ACC-001 critical EX2007-NODE1 clusdienst',
        'ACC-001 critical EX2007-NODE2 clusdienst',
        'EXC-001 warning CCR-CLUSTER001 -',
        'EXC-001 warning EX2007-HUB1 -',
        'EXC-004 info CCR-CLUSTER001 -',
        'EXC-004 info EX2007-HUB1 -',
      ]),
    );
    expect(report.findings.find((f) => f.ruleId === 'PRE-007')!.server).toBe('EX2007-NODE2');
  });

  test('evidence names the source file and the value', () => {
    const netbios = report.findings.find((f) => f.ruleId === 'NET-002')!;
    expect(netbios.evidence).toEqual([
      { path: 'adapter.netbiosEnabled', actual: true, expected: 'disabled', source: 'reg-netbt-interfaces.txt' },
    ]);
    const account = report.findings.find((f) => f.ruleId === 'ACC-001')!;
    expect(account.evidence[0]).toMatchObject({ actual: false, source: 'net-user-clusdienst.txt' });
    const dumpster = report.findings.find((f) => f.ruleId === 'TRN-001')!;
    expect(dumpster.evidence[0]).toMatchObject({ actual: 1.2, source: 'ex-transport-config.txt' });
  });

  test('scan metadata comes from bundle.json, with umlauts intact; the coverage is complete', () => {
    expect(report.scan).toMatchObject({ profile: 'health', customer: 'Müller Logistik GmbH', lang: 'en' });
    expect(report.scan.servers).toEqual(['CCR-CLUSTER001', 'EX2007-HUB1', 'EX2007-NODE1', 'EX2007-NODE2']);
    expect(report.scan.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    const n = report.scan.rules.length;
    expect(report.coverage).toMatchObject({
      checks: { evaluated: n, total: n },
      servers: { evaluated: 4, total: 4, missing: [] },
    });
  });

  test('the same input gives the same report but for the timestamps', async () => {
    const again = await scanJson('samples/ccr-health-de');
    const strip = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: '', finishedAt: '' } });
    expect(strip(again)).toEqual(strip(report));
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'tool',
      'scan',
      'summary',
      'coverage',
      'findings',
      'notEvaluated',
      'diagnostics',
      'inventory',
      'rules',
    ]);
  });

  test('fingerprints are stable per rule, server and target', () => {
    const fps = report.findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
    expect(fps.every((f) => /^[0-9a-f]{16}$/.test(f))).toBe(true);
  });
});

describe('bpa scan options and exit codes', () => {
  test('--fail-on none exits 0; --fail-on warning exits 1 on the readiness sample', async () => {
    expect((await bpa(['scan', 'samples/ccr-health-de', '--fail-on', 'none'])).status).toBe(0);
    expect((await bpa(['scan', 'samples/readiness-de', '--profile', 'readiness', '--fail-on', 'warning'])).status).toBe(1);
  });

  test('the well-configured English cluster has no finding and exits 0', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-en', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings).toEqual([]);
    expect(report.notEvaluated).toEqual([]);
  });

  test('German texts with --lang de', async () => {
    const report = await scanJson('samples/ccr-health-de', '--lang', 'de');
    expect(report.scan.lang).toBe('de');
    expect(report.findings.find((f) => f.ruleId === 'NET-002')!.title).toBe(
      'NetBIOS über TCP/IP ist auf dem privaten Cluster-Netzwerkadapter aktiviert',
    );
  });

  test('the language follows LANG when --lang is not given', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'], { env: { LANG: 'de_DE.UTF-8' } });
    expect((JSON.parse(run.stdout) as Report).scan.lang).toBe('de');
  });

  test('--output writes a file (its extension names the format) and prints a one-line summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
    const run = await bpa(['scan', 'samples/ccr-health-de', '--output', join(dir, 'report.json'), '--fail-on', 'none']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(
      /^bpa health: 3 critical, 8 warning, 2 info, 0 not evaluated on 4 servers → .*report\.json$/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.critical).toBe(3);
  });

  test('a readiness scan runs only readiness rules', async () => {
    const report = await scanJson('samples/readiness-de', '--profile', 'readiness');
    expect(report.scan.rules).not.toContain('TRN-001');
    expect(findingKeys(report)).toEqual(
      expect.arrayContaining([
        'OS-002 critical MBX2 -',
        'PRE-002 critical MBX2 -',
        'VIR-001 critical MBX2 -',
        'NET-002 warning MBX2 Heartbeat',
        'PRE-003 critical MBX2 -',
        'PRE-006 critical MBX2 -',
        'VIR-002 warning MBX2 -',
        'CLI-001 info CCR (planned: MBX1, MBX2) -',
      ]),
    );
    expect(report.findings.filter((f) => f.server === 'MBX1')).toEqual([]);
  });
});

describe('bad input: one clear line, exit 2, no stack trace', () => {
  const expectUserError = async (args: string[], pattern: RegExp) => {
    const run = await bpa(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  test('a path that does not exist', () =>
    expectUserError(['scan', 'no/such/bundle'], /^bpa: no\/such\/bundle: no such file or folder\n$/));
  test('an unknown profile', () => expectUserError(['scan', 'samples/ccr-health-de', '--profile', 'nightly'], /nightly/));
  test('an unknown format', () =>
    expectUserError(['scan', 'samples/ccr-health-de', '--format', 'docx'], /--format: unknown format "docx"/));
  test('an unknown command', () => expectUserError(['scna'], /unknown command 'scna'/));

  test('a snapshot that is not valid JSON names the line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
    writeFileSync(join(dir, 'snap.json'), '{\n  "schemaVersion": 1,\n  oops\n}');
    await expectUserError(['scan', join(dir, 'snap.json')], /snap\.json:3:3: not valid JSON/);
  });

  test('a JSON file that is not a snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
    writeFileSync(join(dir, 'snap.json'), '{"hello": 1}');
    await expectUserError(['analyze', join(dir, 'snap.json')], /snap\.json: not a valid bpa snapshot/);
  });

  test('damaged files in a bundle become diagnostics, not failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
    mkdirSync(join(dir, 'NODE1'));
    writeFileSync(join(dir, 'NODE1', 'chcp.txt'), 'Active code page: 437\r\n');
    writeFileSync(join(dir, 'NODE1', 'systeminfo.txt'), Buffer.alloc(0));
    writeFileSync(join(dir, 'NODE1', 'ipconfig-all.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)));
    writeFileSync(
      join(dir, 'NODE1', 'cluster-node.txt'),
      'Listing status for all available nodes:\r\n\r\nNode           Node ID Status\r\n-------------- ------- ---',
    );
    const run = await bpa(['scan', dir, '--fail-on', 'none', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'NODE1/systeminfo.txt', severity: 'error', message: 'empty file' }),
        expect.objectContaining({ file: 'NODE1/ipconfig-all.txt', severity: 'error' }),
      ]),
    );
    expect(report.notEvaluated.find((n) => n.ruleId === 'OS-001')!.reason).toContain('systeminfo.txt failed: empty file');
  });

  test('a hostile host name is kept as data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
    const hostile = '<img src=x onerror=alert(1)>';
    mkdirSync(join(dir, hostile));
    writeFileSync(join(dir, hostile, 'chcp.txt'), 'Active code page: 437\r\n');
    const run = await bpa(['scan', dir, '--fail-on', 'none', '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Report).scan.servers).toEqual([hostile]);
  });
});

/** The real binary, as the README's first command runs it. */
describe('smoke: bin/bpa.js', () => {
  test('scan of the German sample prints the text report and exits 1', () => {
    const run = runBpa(['scan', 'samples/ccr-health-de', '--lang', 'de']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Exchange Server 2007 Cluster – Zustandsprüfung \(bpa \d+\.\d+\.\d+\)\n/);
    expect(run.stdout).toContain('\nErgebnis: Kritisch\n');
  });

  test('bad input: one line on stderr, exit 2, no stack trace', () => {
    const run = runBpa(['scan', 'no/such/bundle']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('bpa: no/such/bundle: no such file or folder\n');
  });

  test('--version prints the version of package.json and exits 0', () => {
    const run = runBpa(['--version']);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${toolVersion()}\n`, '']);
  });

  test('a PDF written to standard output reaches the pipe intact', () => {
    const run = runBpa(['scan', 'samples/ccr-health-en', '--format', 'pdf', '--fail-on', 'none']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdoutBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(run.stdoutBytes.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
  });
});

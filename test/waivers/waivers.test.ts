import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseWaivers, readWaivers } from '../../src/waivers/read-waivers';
import { applyWaivers, waiverNotices } from '../../src/waivers/apply-waivers';
import { ReportSchema, type Report } from '../../src/report/report-schema';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { UserError } from '../../src/shared/errors';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';
import { sampleReport } from '../outputs/report-fixture';

// These tests run bpa's command line in process, several times per test: generous limits for a loaded machine.
jest.setTimeout(60_000);

const problemsOf = (text: string, file = 'w.yaml'): string[] => {
  try {
    parseWaivers(text, file);
  } catch (e) {
    if (e instanceof UserError) return [e.message, ...e.details];
    throw e;
  }
  return [];
};

const waiver = (fields: string) =>
  `waivers:\n  - rule: NET-002\n    justification: accepted\n    owner: Ops\n    expires: 2030-01-31\n${fields}`;

describe('reading a waiver file', () => {
  test('YAML: every waiver with its file and line', () => {
    const waivers = parseWaivers(
      `# comment\nwaivers:\n  - rule: NET-002\n    server: EX2007-NODE1\n    target: Heartbeat\n    justification: x\n    owner: Ops\n    expires: 2030-01-31\n  - rule: ACC-001\n    justification: y\n    owner: Ops\n    expires: 2030-02-01\n`,
      'w.yaml',
    );
    expect(waivers).toEqual([
      {
        rule: 'NET-002',
        server: 'EX2007-NODE1',
        target: 'Heartbeat',
        justification: 'x',
        owner: 'Ops',
        expires: '2030-01-31',
        file: 'w.yaml',
        line: 3,
      },
      { rule: 'ACC-001', justification: 'y', owner: 'Ops', expires: '2030-02-01', file: 'w.yaml', line: 9 },
    ]);
  });

  test('JSON is read the same way, lines included', () => {
    const json = JSON.stringify(
      { waivers: [{ rule: 'TRN-001', justification: 'j', owner: 'o', expires: '2030-01-01' }] },
      null,
      2,
    );
    expect(parseWaivers(json, 'w.json')).toEqual([
      { rule: 'TRN-001', justification: 'j', owner: 'o', expires: '2030-01-01', file: 'w.json', line: 3 },
    ]);
  });

  test('schema mistakes are all reported, each with its line', () => {
    const text = `waivers:\n  - rule: NET-2\n    justification: "  "\n    owner: Ops\n    expires: 2030-02-30\n    reason: typo\n  - rule: ACC-001\n    owner: Ops\n    expires: 2030-01-01\n`;
    expect(problemsOf(text)).toEqual([
      'w.yaml: not a valid waiver file (5 problem(s))',
      'w.yaml:6: /waivers/0: unknown property "reason"',
      'w.yaml:2: /waivers/0/rule: must match pattern "^[A-Za-z]{2,3}-[0-9]{3}$"',
      'w.yaml:3: /waivers/0/justification: must match pattern "\\S"',
      'w.yaml:5: /waivers/0/expires: must match format "date"',
      "w.yaml:7: /waivers/1: must have required property 'justification'",
    ]);
  });

  test('YAML syntax errors and duplicate keys name the line; an empty file says what is expected', () => {
    expect(problemsOf('waivers:\n  - rule: NET-002\n    rule: ACC-001\n')[1]).toMatch(/^w\.yaml:3: Map keys must be unique/);
    expect(problemsOf('{"waivers": [,]}', 'w.json')[1]).toMatch(/^w\.json:1: /);
    expect(problemsOf('# nothing\n')).toEqual(['w.yaml: empty (a waiver file holds "waivers:", a list)']);
    expect(problemsOf(waiver('    expires: 2031-01-01\n'))[1]).toMatch(/^w\.yaml:6: Map keys must be unique/);
  });

  test('the example file is valid, also against the published schema by a stock validator', () => {
    const file = join(ROOT, 'samples/waivers.example.yaml');
    expect(readWaivers(file)).toHaveLength(3);
    const published = JSON.parse(readFileSync(join(ROOT, 'schemas/waivers.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const { parse } = jest.requireActual<typeof import('yaml')>('yaml');
    expect(ajv.validate(published, parse(readFileSync(file, 'utf8'))) ? [] : ajv.errors).toEqual([]);
  });
});

describe('applying waivers', () => {
  let report: Report;
  beforeAll(async () => {
    report = (await sampleReport()).report;
  });
  const w = (rule: string, extra: Record<string, string> = {}) => ({
    rule,
    justification: `because ${rule}`,
    owner: 'Ops',
    expires: '2030-01-31',
    file: 'w.yaml',
    line: 1,
    ...extra,
  });

  test('waived findings leave the findings, keep their waiver, and the summary counts only active ones', () => {
    const out = applyWaivers(report, [w('acc-001', { target: 'CLUSDIENST' })], 'w.yaml', '2030-01-31');
    expect(out.findings.some((f) => f.ruleId === 'ACC-001')).toBe(false);
    expect(out.waived!.findings.map((f) => `${f.ruleId} ${f.server} ${f.waiver.owner}`)).toEqual([
      'ACC-001 EX2007-NODE1 Ops',
      'ACC-001 EX2007-NODE2 Ops',
    ]);
    expect(out.summary.critical).toBe(report.summary.critical - 2);
    expect(out.waived!.expired).toEqual([]);
    expect(out.waived!.unmatched).toEqual([]);
    const validate = namedValidator('report', () => ReportSchema);
    expect(validate(out) ? [] : describeErrors(validate.errors)).toEqual([]);
    expect(Object.keys(out).slice(-1)).toEqual(['waived']);
  });

  test('a waiver naming a server waives only there', () => {
    const out = applyWaivers(report, [w('ACC-001', { server: 'EX2007-NODE2' })], 'w.yaml', '2030-01-01');
    expect(out.waived!.findings.map((f) => f.server)).toEqual(['EX2007-NODE2']);
    expect(out.findings.filter((f) => f.ruleId === 'ACC-001').map((f) => f.server)).toEqual(['EX2007-NODE1']);
  });

  test('an expired waiver stops waiving and is reported with the findings it covered; one matching nothing is reported', () => {
    const out = applyWaivers(
      report,
      [w('ACC-001', { expires: '2008-12-31' }), w('NET-002', { server: 'NOSUCH' })],
      'w.yaml',
      '2009-01-01',
    );
    expect(out.findings.filter((f) => f.ruleId === 'ACC-001')).toHaveLength(2);
    expect(out.waived!.findings).toEqual([]);
    expect(out.waived!.expired[0]!.findings.map((f) => f.server)).toEqual(['EX2007-NODE1', 'EX2007-NODE2']);
    expect(out.waived!.unmatched.map((u) => u.server)).toEqual(['NOSUCH']);
    expect(waiverNotices(out.waived!)).toEqual([
      'w.yaml:1: the waiver for ACC-001 expired on 2008-12-31 and no longer applies (2 finding(s) reported again)',
      'w.yaml:1: the waiver for NET-002 NOSUCH matches no finding',
    ]);
  });
});

describe('bpa scan --waivers', () => {
  test('the example file: waived apart, the expired and the unmatched waiver reported on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-waivers-'));
    const run = await bpa([
      'scan',
      'samples/ccr-health-de',
      '--waivers',
      'samples/waivers.example.yaml',
      '--output',
      join(dir, 'r.json'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/; 2 waived\n$/);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'bpa: samples/waivers.example.yaml:21: the waiver for CON-004 EX2007-CLUSTER expired on 2008-12-31 and no longer applies (1 finding(s) reported again)',
      'bpa: samples/waivers.example.yaml:28: the waiver for NET-002 EX2007-HUB1 Heartbeat matches no finding',
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
    expect(report.waived!.findings.map((f) => f.ruleId)).toEqual(['ACC-001', 'ACC-001']);
  });

  test('waiving every critical finding makes the exit code 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-waivers-'));
    const file = join(dir, 'w.json');
    const all = (rule: string) => ({ rule, justification: 'accepted risk', owner: 'Ops', expires: '2099-12-31' });
    writeFileSync(file, JSON.stringify({ waivers: [all('ACC-001'), all('PRE-007')] }));
    const run = await bpa(['scan', 'samples/ccr-health-de', '--waivers', file, '--output', join(dir, 'r.json')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('a bad waiver file stops the scan with exit 2, the file and line named, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-waivers-'));
    const file = join(dir, 'w.yaml');
    writeFileSync(file, waiver('    expiry: soon\n'));
    const run = await bpa(['scan', 'samples/ccr-health-de', '--waivers', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `bpa: ${file}: not a valid waiver file (1 problem(s))\n  ${file}:6: /waivers/0: unknown property "expiry"\n`,
    );
  });
});

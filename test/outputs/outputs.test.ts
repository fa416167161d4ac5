import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CSV_COLUMNS, renderCsv } from '../../reports/csv';
import { renderSarif } from '../../reports/sarif';
import { renderJunit } from '../../reports/junit';
import type { Report } from '../../src/report/report-schema';
import { applyWaivers } from '../../src/waivers/apply-waivers';
import { applyBaseline, createBaseline } from '../../src/baseline/baseline';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';
import { sampleReport } from './report-fixture';

// These tests run bpa's command line in process, several times per test: generous limits for a loaded machine.
jest.setTimeout(60_000);

let report: Report;
/** The sample report with one waiver (ACC-001 on NODE1), TRN-001 accepted by a baseline, and hostile text in a finding. */
let full: Report;

beforeAll(async () => {
  report = (await sampleReport()).report;
  const waived = applyWaivers(
    report,
    [
      {
        rule: 'ACC-001',
        server: 'EX2007-NODE1',
        justification: 'Exempt until the 2009 domain upgrade, "by hand" meanwhile',
        owner: 'Ops; Müller',
        expires: '2030-01-31',
        file: 'w.yaml',
        line: 3,
      },
    ],
    'w.yaml',
    '2029-01-01',
  );
  const baseline = createBaseline(report, 'r.json', new Date('2008-11-20T00:00:00Z'));
  baseline.findings = baseline.findings.filter((f) => f.ruleId === 'TRN-001');
  const accepted = applyBaseline(waived, baseline, 'baseline.json');
  const [first, ...rest] = accepted.findings;
  full = {
    ...accepted,
    findings: [{ ...first!, target: '=HYPERLINK("http://x")', message: 'line 1\nline "2", <b>&</b>\u0007' }, ...rest],
  };
});

describe('CSV (one row per finding, for Excel)', () => {
  test('parses as RFC 4180 with a BOM: a header, then active, waived and accepted rows', () => {
    const text = renderCsv(full, { lang: 'en' });
    expect(text.startsWith('\uFEFFstatus,severity,ruleId,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(full.findings.length + 2);
    expect(rows.map((r) => r.status)).toEqual([...full.findings.map(() => 'active'), 'waived', 'accepted']);
    expect(rows.find((r) => r.status === 'waived')).toMatchObject({
      ruleId: 'ACC-001',
      server: 'EX2007-NODE1',
      waiverOwner: 'Ops; Müller',
      waiverExpires: '2030-01-31',
      waiverJustification: 'Exempt until the 2009 domain upgrade, "by hand" meanwhile',
    });
    expect(rows.find((r) => r.status === 'accepted')!.ruleId).toBe('TRN-001');
  });

  test('text that Excel would run as a formula is neutralised; quotes and line breaks survive', () => {
    const rows = parseCsv(renderCsv(full, { lang: 'en' }), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!.target).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[0]!.message).toBe('line 1\nline "2", <b>&</b>\u0007');
  });

  test('German: semicolons, German texts, umlauts intact', async () => {
    const de = (await sampleReport('ccr-health-de', 'de')).report;
    const text = renderCsv(de, { lang: 'de' });
    const rows = parseCsv(text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows).toHaveLength(de.findings.length);
    expect(rows.find((r) => r.ruleId === 'NET-002')!.title).toBe(
      'NetBIOS über TCP/IP ist auf dem privaten Cluster-Netzwerkadapter aktiviert',
    );
  });
});

describe('SARIF 2.1.0', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp off: the schema's own pattern for run.language (`…{2}]?$`) is not valid as a unicode RegExp.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  test.each([
    ['the plain sample report', () => report],
    ['a report with waived, accepted and hostile findings', () => full],
  ])('%s validates against the published SARIF 2.1.0 schema', (_name, get) => {
    const log = JSON.parse(renderSarif(get()));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  test('one result per finding, with level, fingerprint, logical location; waived and accepted ones suppressed', () => {
    const run = JSON.parse(renderSarif(full)).runs[0];
    expect(run.results).toHaveLength(full.findings.length + 2);
    const acc = run.results.find((r: { ruleId: string; suppressions?: unknown }) => r.ruleId === 'ACC-001' && r.suppressions);
    expect(acc).toMatchObject({
      level: 'error',
      suppressions: [
        { kind: 'external', status: 'accepted', justification: 'Exempt until the 2009 domain upgrade, "by hand" meanwhile' },
      ],
      locations: [
        { logicalLocations: [{ name: 'clusdienst', fullyQualifiedName: 'EX2007-NODE1/clusdienst', kind: 'resource' }] },
      ],
    });
    const trn = run.results.find((r: { ruleId: string }) => r.ruleId === 'TRN-001');
    expect(trn.suppressions[0].justification).toContain('baseline.json');
    expect(trn.level).toBe('warning');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(full.scan.rules));
  });

  test('not-evaluated rules and collection diagnostics are tool notifications', () => {
    const withGaps: Report = {
      ...report,
      notEvaluated: [{ ruleId: 'NET-002', server: 'N1', reason: 'reg-netbt-interfaces.txt missing', missing: [] }],
      diagnostics: [{ file: 'N1/systeminfo.txt', line: 3, severity: 'warning', message: 'unknown label' }],
    };
    const notes = JSON.parse(renderSarif(withGaps)).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toEqual([
      {
        level: 'note',
        message: { text: 'NET-002 not evaluated on N1: reg-netbt-interfaces.txt missing' },
        associatedRule: { id: 'NET-002' },
      },
      { level: 'warning', message: { text: 'N1/systeminfo.txt:3: unknown label' } },
    ]);
  });
});

describe('JUnit XML', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  });
  type Case = {
    name: string;
    classname: string;
    failure?: { type: string; message: string; '#text': string };
    skipped?: { message: string };
  };
  type Suite = { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: Case[] };

  test('well-formed, and its counts agree with its test cases (the structure JUnit consumers read)', () => {
    const xml = renderJunit(full);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as {
      testsuites: { tests: string; failures: string; skipped: string; errors: string; testsuite: Suite[] };
    };
    const suites = doc.testsuites.testsuite;
    const cases = suites.flatMap((s) => s.testcase);
    expect(Number(doc.testsuites.tests)).toBe(cases.length);
    expect(Number(doc.testsuites.failures)).toBe(cases.filter((c) => c.failure).length);
    expect(Number(doc.testsuites.skipped)).toBe(cases.filter((c) => c.skipped).length);
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
      for (const c of s.testcase) expect(c.classname).toBe(`bpa.health.${s.name}`);
    }
    expect(suites.map((s) => s.name)).toEqual(full.scan.rules);
    expect(Number(doc.testsuites.failures)).toBe(full.findings.length);
  });

  test('a finding fails with its severity; waived and accepted ones are skipped with the reason; hostile text is escaped', () => {
    const doc = parser.parse(renderJunit(full)) as { testsuites: { testsuite: Suite[] } };
    const suite = (id: string) => doc.testsuites.testsuite.find((s) => s.name === id)!;
    const acc = suite('ACC-001').testcase;
    expect(acc.map((c) => `${c.name} ${c.skipped ? 'skipped' : c.failure?.type}`)).toEqual([
      'EX2007-NODE2/=HYPERLINK("http://x") critical',
      'EX2007-NODE1/clusdienst skipped',
    ]);
    expect(acc.find((c) => c.skipped)!.skipped!.message).toBe(
      'waived until 2030-01-31 (Ops; Müller): Exempt until the 2009 domain upgrade, "by hand" meanwhile',
    );
    expect(suite('TRN-001').testcase[0]!.skipped!.message).toBe('accepted in the baseline baseline.json');
    const hostile = doc.testsuites.testsuite.flatMap((s) => s.testcase).find((c) => c.name.includes('HYPERLINK'))!;
    expect(hostile.failure!['#text']).toContain('line 1\nline "2", <b>&</b>\n');
  });
});

describe('bpa scan --format csv,sarif,junit', () => {
  test('writes each format beside the JSON, selectable like any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-formats-'));
    const run = await bpa(['scan', 'samples/ccr-health-en', '--format', 'csv,sarif,junit', '--output', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${join(dir, 'bpa-Fabrikam-Inc-2010-06-15.csv')}, ${join(dir, 'bpa-Fabrikam-Inc-2010-06-15.sarif')}, ${join(dir, 'bpa-Fabrikam-Inc-2010-06-15.junit.xml')}`,
    );
    const xml = readFileSync(join(dir, 'bpa-Fabrikam-Inc-2010-06-15.junit.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<testsuites name="bpa health samples\/ccr-health-en" tests="\d+" failures="0"/);
    expect((await bpa(['scan', 'samples/ccr-health-en', '--format', 'sarif'])).stdout).toMatch(/^\{\n {2}"\$schema"/);
  });
});

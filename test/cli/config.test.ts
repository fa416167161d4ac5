import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import { ROOT } from '../helpers/run-bpa';
import { bpa } from '../helpers/bpa-in-process';

// A hang guard, not a time limit (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

/** The project configuration file, through the real binary: defaults, rule settings, validation, precedence. */
const SAMPLES = join(ROOT, 'samples');
const keys = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.server ?? '-'} ${f.target ?? '-'}`);

/** A temporary working directory holding `bpa.config.json` with the given content. */
function projectWith(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-config-'));
  writeFileSync(join(dir, 'bpa.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

const scan = async (cwd: string, ...args: string[]) => {
  const run = await bpa(['scan', join(SAMPLES, 'ccr-health-de'), '--format', 'json', ...args], { cwd });
  return { run, report: run.stdout ? (JSON.parse(run.stdout) as Report) : undefined };
};

describe('bpa.config.json in the working directory', () => {
  test('sets the language, profile and fail-on threshold; the command line wins', async () => {
    const dir = projectWith({ lang: 'de', profile: 'readiness', failOn: 'none' });
    const { run, report } = await scan(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(report!.scan).toMatchObject({ lang: 'de', profile: 'readiness' });
    const cli = await scan(dir, '--profile', 'health', '--lang', 'en', '--fail-on', 'critical');
    expect(cli.run.status).toBe(1);
    expect(cli.report!.scan).toMatchObject({ lang: 'en', profile: 'health' });
  });

  test('rule parameters, severity overrides and disabled rules', async () => {
    const before = (await scan(projectWith({}), '--fail-on', 'none')).report!;
    expect(keys(before)).toEqual(expect.arrayContaining(['TRN-001 warning - -', 'NET-002 warning EX2007-NODE1 Heartbeat']));
    const dir = projectWith({
      parameters: { 'TRN-001': { minRatio: 1.1 } },
      severity: { 'NET-002': 'critical' },
      disabledRules: ['ACC-001'],
    });
    const after = (await scan(dir, '--fail-on', 'none')).report!;
    expect(keys(after)).toContain('NET-002 critical EX2007-NODE1 Heartbeat');
    expect(keys(after).filter((k) => /^(TRN-001|ACC-001) /.test(k))).toEqual([]);
    expect(after.scan.rules).not.toContain('ACC-001');
  });

  test('rule folders of the configuration, relative to its file, are validated and run', async () => {
    const dir = projectWith({ ruleFolders: ['my-rules'], parameters: { 'CUS-001': { privateName: '^Heart' } } });
    cpSync(join(SAMPLES, 'custom-rules'), join(dir, 'my-rules'), { recursive: true });
    const run = await bpa(['scan', join(SAMPLES, 'ccr-health-en'), '--fail-on', 'none', '--format', 'json'], { cwd: dir });
    expect(keys(JSON.parse(run.stdout) as Report)).toEqual([
      'CUS-001 info MBX-NODE-A Private',
      'CUS-001 info MBX-NODE-B Private',
    ]);
    writeFileSync(join(dir, 'my-rules', 'CUS-001.json'), '{ "id": "CUS-001" }');
    const broken = await bpa(['scan', join(SAMPLES, 'ccr-health-en')], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/CUS-001\.json: \(root\): must have required property 'title'/);
  });

  test('rules list and rules show follow it', async () => {
    const dir = projectWith({ lang: 'de', disabledRules: ['CLU-006'], severity: { 'TRN-003': 'warning' } });
    const list = (await bpa(['rules', 'list'], { cwd: dir })).stdout;
    expect(list).not.toMatch(/^CLU-006/m);
    expect(list).toMatch(/^TRN-003 +warning +H +organization +Der Transportdumpster hält Nachrichten/m);
    const show = (await bpa(['rules', 'show', 'TRN-003'], { cwd: dir })).stdout;
    expect(show).toContain('Schweregrad: Warnung (gesetzt in bpa.config.json; Standard: Info)');
    expect((await bpa(['rules', 'show', 'CLU-006'], { cwd: dir })).stdout).toContain('deaktiviert in bpa.config.json');
  });
});

describe('--config <file>', () => {
  test('the sample configuration: German, its own rule folder, a changed parameter', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-en', '--config', 'samples/bpa.config.example.json', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.scan.lang).toBe('de');
    expect(keys(report)).toEqual(['CUS-001 info MBX-NODE-A Private', 'CUS-001 info MBX-NODE-B Private']);
    expect(report.findings[0]!.message).toContain('die Namenskonvention ist ^(Heartbeat|Privat)$');
  });

  test('wins over bpa.config.json in the working directory', async () => {
    const dir = projectWith({ lang: 'de' });
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ lang: 'en' }));
    expect((JSON.parse((await scan(dir, '--config', 'other.json', '--fail-on', 'none')).run.stdout) as Report).scan.lang).toBe(
      'en',
    );
  });

  test('a file that does not exist is an input error', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-de', '--config', 'no-such.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('bpa: no-such.json: cannot read (ENOENT)\n');
  });
});

describe('a bad configuration: exit 2, the file and the JSON path of every mistake, no stack trace', () => {
  const expectProblems = async (config: unknown, ...lines: (string | RegExp)[]) => {
    const { run } = await scan(projectWith(config));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const line of lines) expect(run.stderr).toMatch(line);
  };

  test('not JSON: the line of the syntax error', async () =>
    expectProblems('{\n  "lang": "de",\n  oops\n}', /^bpa: bpa\.config\.json:3:3: not valid JSON/));

  test('schema errors, all at once', async () =>
    expectProblems(
      { lang: 'fr', profil: 'health', severity: { 'NET-002': 'fatal' }, branding: { accent: 'blue' } },
      /^bpa: bpa\.config\.json: 4 problem\(s\) in the configuration file\n/,
      'bpa.config.json: /lang: must be one of "en", "de"',
      'bpa.config.json: (root): unknown property "profil"',
      'bpa.config.json: /severity/NET-002: must be one of "critical", "warning", "info"',
      'bpa.config.json: /branding/accent: must match pattern',
    ));

  test('rule ids and parameters the rules do not have', async () =>
    expectProblems(
      {
        disabledRules: ['NET-099'],
        severity: { 'XYZ-001': 'info' },
        parameters: {
          'TRN-001': { minratio: 1.5, maxRatio: '3' },
          'NET-002': { x: 1 },
          'CLU-007': { intentionallyOfflineGroups: 'Spare' },
        },
      },
      'bpa.config.json: /disabledRules/0: no rule with id NET-099',
      'bpa.config.json: /severity/XYZ-001: no rule with id XYZ-001',
      'bpa.config.json: /parameters/TRN-001/minratio: rule TRN-001 has no parameter "minratio" (known: minRatio, maxRatio)',
      'bpa.config.json: /parameters/TRN-001/maxRatio: must be a number, like the default 3',
      'bpa.config.json: /parameters/NET-002/x: rule NET-002 has no parameter "x" (it has none)',
      'bpa.config.json: /parameters/CLU-007/intentionallyOfflineGroups: must be a list, like the default []',
    ));
});

describe('--lang on the commands that print text', () => {
  test('collect prints its source table in German', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bpa-')), 'snapshot.json');
    const run = await bpa(['collect', 'samples/readiness-de', '--output', out, '--lang', 'de']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^MBX1 \[plannedNode\]: 22 gelesen, 0 fehlerhaft, 0 fehlt$/m);
    expect((await bpa(['collect', 'samples/readiness-de', '--output', out])).stdout).toMatch(/^MBX1 \[plannedNode\]: 18 parsed/m);
  });

  test('rules docs writes the index and a page per rule and language', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bpa-docs-')), 'rules');
    const run = await bpa(['rules', 'docs', '--output', dir, '--rules', 'samples/custom-rules', '--lang', 'de']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ Dateien \(\d+ Regeln, Englisch und Deutsch\) nach .* geschrieben\n$/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('[CUS-001](en/CUS-001.md)');
    expect(readFileSync(join(dir, 'de', 'CUS-001.md'), 'utf8')).toContain('## Was geprüft wird');
    expect(existsSync(join(dir, 'en', 'NET-002.md'))).toBe(true);
  });
});

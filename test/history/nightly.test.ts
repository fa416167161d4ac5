import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import { ReportSchema } from '../../src/report/report-schema';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';

// These tests run bpa's command line in process (test/helpers/bpa-in-process.ts), several times per test:
// generous limits for a loaded machine.
jest.setTimeout(60_000);

/**
 * The issue's "done when": two nightly scans of the German sample, the second after NetBIOS was switched on
 * on EX2007-NODE2's heartbeat adapter (NetbiosOptions 2 → 1), show the change in `bpa diff` and in the report.
 */
describe('two nightly scans of the German sample with --history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-nightly-'));
  const bundle = join(dir, 'bundle');
  const history = join(dir, 'history');
  cpSync('samples/ccr-health-de', bundle, { recursive: true });
  const scan = (out: string) =>
    bpa(['scan', bundle, '--history', history, '--format', 'json,csv,sarif,junit', '--output', join(dir, out) + '/']);

  let first: InProcessRun;
  let second: InProcessRun;
  let ids: string[];
  let report: Report;
  beforeAll(async () => {
    first = await scan('night1');
    const netbt = join(bundle, 'EX2007-NODE2', 'reg-netbt-interfaces.txt');
    writeFileSync(
      netbt,
      readFileSync(netbt, 'latin1').replace('NetbiosOptions\tREG_DWORD\t0x2', 'NetbiosOptions\tREG_DWORD\t0x1'),
      'latin1',
    );
    second = await scan('night2');
    ids = readdirSync(join(history, 'entries')).sort();
    report = JSON.parse(readFileSync(join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.json'), 'utf8')) as Report;
  });

  test('each scan is kept, and the second says on its summary line what changed since the first', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(ids).toHaveLength(2);
    expect(first.stdout).toMatch(new RegExp(`; history ${ids[0]}\\n$`));
    expect(second.stdout).toMatch(
      new RegExp(`; since ${ids[0]}: 1 new, 1 resolved, 2 setting\\(s\\) changed; history ${ids[1]}\\n$`),
    );
  });

  test('the report of the second scan holds the changes, valid against the report schema', () => {
    const validate = namedValidator('report', () => ReportSchema);
    expect(validate(report) ? [] : describeErrors(validate.errors)).toEqual([]);
    const changes = report.changes!;
    expect(changes.since).toMatchObject({ id: ids[0], source: bundle });
    expect(changes.findings.new.map((f) => `${f.ruleId} ${f.server} ${f.target}`)).toEqual(['NET-002 EX2007-NODE2 Heartbeat']);
    expect(changes.findings.resolved.map((f) => `${f.ruleId} ${f.server}`)).toEqual(['CON-005 EX2007-CLUSTER']);
    expect(changes.settings).toEqual([
      {
        scope: 'server',
        server: 'EX2007-NODE2',
        path: 'adapters[Heartbeat].netbiosEnabled',
        change: 'changed',
        before: 'false',
        after: 'true',
        sources: ['reg-netbt-interfaces.txt', 'ipconfig-all.txt'],
      },
      {
        scope: 'server',
        server: 'EX2007-NODE2',
        path: 'adapters[Heartbeat].netbiosOptions',
        change: 'changed',
        before: '2',
        after: '1',
        sources: ['reg-netbt-interfaces.txt'],
      },
    ]);
  });

  test('bpa diff latest~1 latest shows the new finding, the resolved one and the changed values with server and source', async () => {
    const run = await bpa(['diff', 'latest~1', 'latest', '--history', history]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`bpa diff: ${ids[0]} → ${ids[1]}\nFindings: 1 new, 1 resolved, `);
    expect(run.stdout).toContain(
      '  + warning  NET-002  EX2007-NODE2 · Heartbeat: NetBIOS over TCP/IP is enabled on the private cluster network adapter\n',
    );
    expect(run.stdout).toContain('  - warning  CON-005  EX2007-CLUSTER: ');
    expect(run.stdout).toContain('Settings: 2 changed\n');
    expect(run.stdout).toContain('  EX2007-NODE2  adapters[Heartbeat].netbiosOptions: 2 → 1  (reg-netbt-interfaces.txt)\n');
  });

  test('the same diff from the two findings files and from the two bundles; JSON on request; --fail-on for new findings', async () => {
    const files = await bpa([
      'diff',
      join(dir, 'night1', 'bpa-Müller-Logistik-GmbH-2008-11-20.json'),
      join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.json'),
      '--format',
      'json',
    ]);
    const result = JSON.parse(files.stdout) as { findings: { new: unknown[] }; settings?: unknown };
    expect(result.findings.new).toHaveLength(1);
    expect(result.settings).toBeUndefined();
    const bundles = await bpa(['diff', 'samples/ccr-health-de', bundle]);
    expect(bundles.stdout).toContain('adapters[Heartbeat].netbiosOptions: 2 → 1');
    expect(bundles.stdout).toContain('Findings: not compared');
    expect((await bpa(['diff', 'latest~1', 'latest', '--history', history, '--fail-on', 'warning'])).status).toBe(1);
    expect((await bpa(['diff', 'latest~1', 'latest', '--history', history, '--fail-on', 'critical'])).status).toBe(0);
  });

  test('CSV and SARIF of the second scan mark what is new', () => {
    const csv = readFileSync(join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.csv'), 'utf8');
    expect(csv.split('\r\n').filter((l) => l.includes(',new,'))).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.sarif'), 'utf8'));
    const states = sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => `${r.ruleId} ${r.baselineState}`);
    expect(states).toContain('NET-002 new');
    expect(states.filter((s: string) => s.endsWith(' new'))).toHaveLength(1);
  });

  test('history list shows both nights; history show gives back the stored report', async () => {
    const list = await bpa(['history', 'list', history]);
    expect(list.stdout.split('\n')[0]).toMatch(
      /^ID\s+STARTED \(UTC\)\s+PROFILE\s+CRIT\s+WARN\s+INFO\s+N\/E\s+WAIVED\s+ACCEPTED\s+NEW\s+RESOLVED\s+SETTINGS\s+SOURCE$/,
    );
    expect(list.stdout.split('\n')[2]).toMatch(
      new RegExp(`^${ids[1]} .* health .*\\s1\\s+1\\s+2  ${bundle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    const rows = JSON.parse((await bpa(['history', 'list', history, '--json', '--last', '1'])).stdout);
    expect(rows).toEqual([expect.objectContaining({ id: ids[1], changes: { since: ids[0], new: 1, resolved: 1, settings: 2 } })]);
    const shown = JSON.parse((await bpa(['history', 'show', history, 'latest'])).stdout) as Report;
    expect(shown).toEqual(report);
  });

  test('a wrong history reference is exit 2 with one clear line', async () => {
    const run = await bpa(['diff', 'latest~5', 'latest', '--history', history]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`bpa: latest~5: the history ${history} has only 2 scan(s)\n`);
    expect((await bpa(['diff', 'latest', 'latest'])).stderr).toBe(
      'bpa: latest: no such file or folder (a history id needs --history <dir>)\n',
    );
  });
});

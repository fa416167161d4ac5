import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import { bpa } from '../helpers/bpa-in-process';
import { loadCheckedRules, ruleDirs } from '../../src/cli/options';
import { ruleText } from '../../src/cli/rule-listing';

/** The consistency rules of the catalogue's section "Consistency between the nodes". */
const CONSISTENCY_IDS = ['CON-001', 'CON-002', 'CON-003', 'CON-004', 'CON-005', 'CON-006', 'CON-007'];

// A hang guard, not a time limit (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

describe('bpa rules', () => {
  test('list has a header row, then every rule with severity, profiles and scope, filtered', async () => {
    const all = await bpa(['rules', 'list']);
    expect(all.status).toBe(0);
    const lines = all.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +Severity +Profiles +Scope +Title$/);
    expect(all.stdout).toMatch(/^NET-002 +warning +RH +adapter +NetBIOS over TCP\/IP is enabled/m);
    expect((await bpa(['rules', 'list', '--lang', 'de'])).stdout.split('\n')[0]).toMatch(
      /^ID +Schweregrad +Profile +Geltungsbereich +Titel$/,
    );
    const readiness = await bpa(['rules', 'list', '--profile', 'readiness', '--json']);
    const ids = (JSON.parse(readiness.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain('NET-002');
    expect(ids).not.toContain('TRN-001');
  });

  test('list and list --json name the consistency rules like every other rule', async () => {
    expect((await bpa(['rules', 'list'])).stdout).toMatch(
      /^CON-005 +warning +RH +cluster +NetBIOS on the private adapter differs/m,
    );
    const rows = JSON.parse((await bpa(['rules', 'list', '--json', '--category', 'Cluster'])).stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(CONSISTENCY_IDS));
  });

  test('show knows every id a scan can report, the consistency rules included', async () => {
    const report = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
    expect(report.scan.rules).toEqual(expect.arrayContaining(['CON-001', 'NET-002']));
    const configured = loadCheckedRules(ruleDirs(undefined, { config: {}, ruleFolders: [] }), { config: {}, ruleFolders: [] });
    const ids = [...new Set([...report.scan.rules, ...configured.all.map((r) => r.id)])];
    const unknown = ids.filter((id) => !ruleText(id, configured, 'en')?.startsWith(`${id}  `));
    expect(unknown).toEqual([]);
    for (const id of ['CON-006', 'CON-007', 'NET-002']) {
      const run = await bpa(['rules', 'show', id.toLowerCase()]);
      expect([run.status, run.stderr, run.stdout.split('\n')[0]]).toEqual([0, '', expect.stringMatching(new RegExp(`^${id}  `))]);
    }
    const con = await bpa(['rules', 'show', 'con-001', '--lang', 'de']);
    expect(con.stdout).toContain('CON-001  Die Hotfixes unterscheiden sich zwischen den Clusterknoten');
    expect(con.stdout).toContain('Vergleicht die installierten Hotfixes');
    expect(con.stdout).toContain('cluster.nodeValues.hotfixes  ← systeminfo.txt, qfe.txt, reg-updates.txt');
  });

  test('show prints what, why, how and the sources, in German too', async () => {
    const en = await bpa(['rules', 'show', 'pre-007']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('PRE-007  The file share witness update KB921181 is missing');
    expect(en.stdout).toContain('https://support.microsoft.com/kb/921181');
    expect(en.stdout).toContain('Assumption');
    const de = await bpa(['rules', 'show', 'PRE-007', '--lang', 'de']);
    expect(de.stdout).toContain('Behebung');
    expect((await bpa(['rules', 'show', 'XYZ-999'])).status).toBe(2);
  });

  test('validate rejects a bad rule, naming the file and the JSON path of each mistake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-rules-'));
    mkdirSync(join(dir, 'custom'));
    const rule = JSON.parse(readFileSync('rules/network/NET-002.json', 'utf8'));
    rule.id = 'CUS-001';
    rule.conditions.all[0].path = '$.netbiosEnabld';
    rule.conditions.all.push({ fact: 'adapter', path: '$.name', operator: 'startsWithh', value: 'x' });
    rule.severity = 'fatal';
    writeFileSync(join(dir, 'custom', 'CUS-001.json'), JSON.stringify(rule));
    const run = await bpa(['rules', 'validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CUS-001.json: /severity: must be one of "critical", "warning", "info"');
    rule.severity = 'warning';
    writeFileSync(join(dir, 'custom', 'CUS-001.json'), JSON.stringify(rule));
    const again = await bpa(['rules', 'validate', dir]);
    expect(again.stderr).toContain(
      'CUS-001.json: /conditions/all/0/path: the snapshot schema has no "netbiosEnabld" at adapter $',
    );
    expect(again.stderr).toContain('CUS-001.json: /conditions/all/1/operator: unknown operator "startsWithh"');
  });

  test('a custom rule folder is validated and used by scan --rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-rules-'));
    const rule = JSON.parse(readFileSync('rules/network/NET-002.json', 'utf8'));
    rule.id = 'CUS-001';
    rule.title.en = 'Custom: NetBIOS on a private adapter';
    writeFileSync(join(dir, 'CUS-001.json'), JSON.stringify(rule));
    expect((await bpa(['rules', 'validate', dir])).stdout).toMatch(/^1 rule\(s\) valid/);
    const report = JSON.parse(
      (await bpa(['scan', 'samples/ccr-health-de', '--rules', dir, '--format', 'json'])).stdout,
    ) as Report;
    expect(report.findings.map((f) => f.ruleId)).toContain('CUS-001');
  });
});

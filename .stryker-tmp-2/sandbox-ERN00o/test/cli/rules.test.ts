// @ts-nocheck
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runBpa } from '../helpers/run-bpa';

describe('bpa rules', () => {
  test('list shows every rule with severity, profiles and scope, filtered', () => {
    const all = runBpa(['rules', 'list']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^NET-002 +warning +RH +adapter +NetBIOS over TCP\/IP is enabled/m);
    const health = runBpa(['rules', 'list', '--profile', 'readiness', '--json']);
    const ids = (JSON.parse(health.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain('NET-002');
    expect(ids).not.toContain('TRN-001');
  });

  test('show prints what, why, how and the sources, in German too', () => {
    const en = runBpa(['rules', 'show', 'pre-007']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('PRE-007  The file share witness update KB921181 is missing');
    expect(en.stdout).toContain('https://support.microsoft.com/kb/921181');
    expect(en.stdout).toContain('Assumption');
    const de = runBpa(['rules', 'show', 'PRE-007', '--lang', 'de']);
    expect(de.stdout).toContain('Behebung');
    expect(runBpa(['rules', 'show', 'XYZ-999']).status).toBe(2);
  });

  test('validate rejects a bad rule, naming the file and the JSON path of each mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-rules-'));
    mkdirSync(join(dir, 'custom'));
    const rule = JSON.parse(readFileSync('rules/network/NET-002.json', 'utf8'));
    rule.id = 'CUS-001';
    rule.conditions.all[0].path = '$.netbiosEnabld';
    rule.conditions.all.push({ fact: 'adapter', path: '$.name', operator: 'startsWithh', value: 'x' });
    rule.severity = 'fatal';
    writeFileSync(join(dir, 'custom', 'CUS-001.json'), JSON.stringify(rule));
    const run = runBpa(['rules', 'validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CUS-001.json: /severity: must be one of "critical", "warning", "info"');
    rule.severity = 'warning';
    writeFileSync(join(dir, 'custom', 'CUS-001.json'), JSON.stringify(rule));
    const again = runBpa(['rules', 'validate', dir]);
    expect(again.stderr).toContain(
      'CUS-001.json: /conditions/all/0/path: the snapshot schema has no "netbiosEnabld" at adapter $',
    );
    expect(again.stderr).toContain('CUS-001.json: /conditions/all/1/operator: unknown operator "startsWithh"');
  });

  test('a custom rule folder is validated and used by scan --rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-rules-'));
    const rule = JSON.parse(readFileSync('rules/network/NET-002.json', 'utf8'));
    rule.id = 'CUS-001';
    rule.title.en = 'Custom: NetBIOS on a private adapter';
    writeFileSync(join(dir, 'CUS-001.json'), JSON.stringify(rule));
    expect(runBpa(['rules', 'validate', dir]).stdout).toMatch(/^1 rule\(s\) valid/);
    const report = JSON.parse(runBpa(['scan', 'samples/ccr-health-de', '--rules', dir]).stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('CUS-001');
  });
});

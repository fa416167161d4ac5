import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import type { Report } from '../../src/report/report-schema';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..', 'samples');

/**
 * Issue 15: the English CCR cluster of ccr-health-en on a bad morning. The passive node's Test-ReplicationHealth
 * fails its copy queue check, the first storage group's copy queue (4 logs) is one more than GoodAvailability
 * accepts for an automatic mount in Exchange 2007, the first database's last full backup is 9.4 days old and
 * the second was never backed up. The healthy samples pass the same three rules.
 */
describe('bpa scan samples/ccr-backlog-en', () => {
  let run: InProcessRun;
  let report: Report;
  beforeAll(async () => {
    run = await bpa(['scan', 'samples/ccr-backlog-en', '--format', 'json', '--fail-on', 'warning']);
    report = JSON.parse(run.stdout) as Report;
  });

  test('STO-008, STO-007 and STO-012 twice, and nothing left unevaluated', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.server ?? '-'} ${f.target ?? '-'}`)).toEqual([
      'STO-008 critical MBX-NODE-B -',
      'STO-007 warning MBX-CMS01 First Storage Group',
      'STO-012 warning MBX-CMS01 First Storage Group\\Mailbox Database',
      'STO-012 warning MBX-CMS01 Third Storage Group\\Mailbox Database 2',
    ]);
    expect(report.notEvaluated).toEqual([]);
    // "never" needs no age: the finding has nothing it could not check, and neither has any other here.
    expect(report.findings.flatMap((f) => f.notChecked ?? [])).toEqual([]);
  });

  test('the messages name the failed check, the dial and its limit, the backup age and the database never backed up', () => {
    const message = (id: string, i = 0) => report.findings.filter((f) => f.ruleId === id)[i]!.message;
    expect(message('STO-008')).toBe(
      "Test-ReplicationHealth on MBX-NODE-B reports: SGCopyQueueLength Failed: The copy queue of storage group 'MBX-CMS01\\First Storage Group' (4 logs) has stayed above its threshold for longer than the suppression window (3 minutes).",
    );
    expect(message('STO-007')).toContain(
      'has 4 logs in the copy queue and 0 in the replay queue; its copy is Healthy. Its AutoDatabaseMountDial GoodAvailability accepts at most 3 lost logs',
    );
    expect(message('STO-012', 0)).toContain('last full backup 2010-06-05 23:30:05, collected 2010-06-15 09:42:17: 9.4 days before the collection');
    expect(message('STO-012', 1)).toBe(
      'Database Mailbox Database 2 of storage group Third Storage Group on MBX-CMS01 has never had a full backup.',
    );
  });

  test('in German', async () => {
    const german = JSON.parse((await bpa(['scan', 'samples/ccr-backlog-en', '--format', 'json', '--lang', 'de'])).stdout) as Report;
    const messages = german.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('SGCopyQueueLength Fehlgeschlagen:');
    expect(messages).toContain('höchstens 3 verlorene Protokolle zu');
    expect(messages).toContain('9,4 Tage vor der Erfassung');
    expect(messages).toContain('hatte noch nie eine Vollsicherung');
  });
});

describe.each(['ccr-health-en', 'ccr-health-de', 'ccr-intern-de'])('the healthy sample %s', (sample) => {
  let run: InProcessRun;
  let report: Report;
  beforeAll(async () => {
    run = await bpa(['scan', `samples/${sample}`, '--format', 'json']);
    report = JSON.parse(run.stdout) as Report;
  });
  test.each(['STO-007', 'STO-008', 'STO-012'])('passes %s: no finding, nothing left unevaluated', (id) => {
    expect(report.scan.rules).toContain(id);
    expect(report.findings.filter((f) => f.ruleId === id)).toEqual([]);
    expect(report.notEvaluated.filter((n) => n.ruleId === id)).toEqual([]);
  });
});

describe.each(['ccr-health-en', 'ccr-health-de', 'ccr-intern-de'])('the facts %s passes on are known', (sample) => {
  const snapshot = collectBundle(readBundle(join(ROOT, sample)));
  test('every CCR storage group has its dial limit, every mailbox database a backup age, every node its checks', () => {
    const groups = snapshot.servers.flatMap((s) => s.storageGroups ?? []).filter((g) => g.replication === 'cluster');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.copyStatus!.copyQueueLength!).toBeLessThanOrEqual(g.acceptedCopyQueueLength!);
    const databases = groups.flatMap((g) => g.databases ?? []).filter((d) => d.kind === 'mailbox');
    expect(databases.length).toBeGreaterThan(0);
    for (const d of databases) expect(d.lastFullBackupAgeDays!).toBeLessThanOrEqual(7);
    const nodes = snapshot.servers.filter((s) => s.role === 'clusterNode');
    expect(nodes).toHaveLength(2);
    for (const n of nodes) expect(n.replicationHealth!.notPassed).toEqual([]);
  });
});

describe('the facts of samples/ccr-backlog-en behind the findings', () => {
  const snapshot = collectBundle(readBundle(join(ROOT, 'ccr-backlog-en')));
  const cms = snapshot.servers.find((s) => s.name === 'MBX-CMS01')!;

  test('the dial GoodAvailability accepts 3 logs, with its basis', () => {
    const first = cms.storageGroups!.find((g) => g.name === 'First Storage Group')!;
    expect(first.autoDatabaseMountDial).toBe('GoodAvailability');
    expect(first.acceptedCopyQueueLength).toBe(3);
    expect(first.acceptedCopyQueueLengthBasis!.en).toBe(
      'AutoDatabaseMountDial GoodAvailability of MBX-CMS01 (ex-mailbox-server.txt): Exchange 2007 mounts automatically after a failover with at most 3 logs lost',
    );
  });

  test('the backup ages: 9.4 days, and never', () => {
    const databases = cms.storageGroups!.flatMap((g) => g.databases ?? []).filter((d) => d.kind === 'mailbox');
    expect(databases.map((d) => [d.name, d.lastFullBackup, d.lastFullBackupAgeDays])).toEqual([
      ['Mailbox Database', '2010-06-05T23:30:05', 9.4],
      ['Mailbox Database 2', 'never', undefined],
    ]);
  });

  test('each node has its own Test-ReplicationHealth', () => {
    const health = (name: string) => snapshot.servers.find((s) => s.name === name)!.replicationHealth!;
    expect(health('MBX-NODE-A').notPassed).toEqual([]);
    expect(health('MBX-NODE-A').checks).toHaveLength(12);
    expect(health('MBX-NODE-B').notPassed).toEqual(['SGCopyQueueLength']);
  });
});

import { acceptedCopyQueue } from '../../src/snapshot/assemble/mount-dial';
import { backupAge } from '../../src/snapshot/assemble/backup-age';
import { replicationHealthOf } from '../../src/snapshot/assemble/replication-health';

/** The derived facts of STO-007, STO-008 and STO-012, each with its boundaries and its basis. */
describe('acceptedCopyQueue: the copy queue an AutoDatabaseMountDial accepts (Exchange 2007 values)', () => {
  it.each([
    ['Lossless', 0],
    ['GoodAvailability', 3],
    ['BestAvailability', 6],
    ['goodavailability', 3],
  ])('%s accepts %i logs', (dial, logs) => {
    const accepted = acceptedCopyQueue(dial, 'CMS1')!;
    expect(accepted.logs).toBe(logs);
    expect(accepted.basis.en).toContain(`AutoDatabaseMountDial ${dial.charAt(0).toUpperCase()}`);
    expect(accepted.basis.en).toContain(`at most ${logs} `);
    expect(accepted.basis.de).toContain(`höchstens ${logs} verlorenen Protokollen`);
  });

  it('never gives Exchange 2010 values (6 for GoodAvailability, 12 for BestAvailability)', () => {
    expect(acceptedCopyQueue('GoodAvailability', 'CMS1')!.logs).not.toBe(6);
    expect(acceptedCopyQueue('BestAvailability', 'CMS1')!.logs).not.toBe(12);
  });

  it('leaves an unknown dial unknown and says which value it was', () => {
    const accepted = acceptedCopyQueue('BestEffort', 'CMS1')!;
    expect(accepted.logs).toBeUndefined();
    expect(accepted.basis.en).toBe(
      "AutoDatabaseMountDial of CMS1 is 'BestEffort', none of Lossless, GoodAvailability, BestAvailability (ex-mailbox-server.txt)",
    );
    expect(accepted.basis.de).toContain('„BestEffort“');
  });

  it('gives nothing without a dial (the missing source explains it)', () => {
    expect(acceptedCopyQueue(undefined, 'CMS1')).toBeUndefined();
  });
});

describe('backupAge: days from the last full backup to the collection, rounded down to 0.1', () => {
  const collected = '2010-06-15T09:42:17-07:00';
  it.each([
    ['exactly 7 days', '2010-06-08T09:42:17', 7],
    ['7 days and one second', '2010-06-08T09:42:16', 7],
    ['7 days, 2 hours, 23 minutes (below 7.1)', '2010-06-08T07:19:17', 7],
    ['7 days and 2.4 hours: 7.1', '2010-06-08T07:18:17', 7.1],
    ['half a day', '2010-06-14T21:42:17', 0.5],
    ['the backup at the very moment of collection', '2010-06-15T09:42:17', 0],
    ['a backup two hours after the collection (a time zone between them): 0', '2010-06-15T11:42:17', 0],
    ['a year', '2009-06-15T09:42:17', 365],
    ['across a leap day', '2008-02-28T09:42:17', 838],
  ])('%s', (_, backup, days) => {
    const age = backupAge(backup, collected)!;
    expect(age.days).toBe(days);
    expect(age.basis.en).toBe(
      `last full backup ${backup.replace('T', ' ')}, collected 2010-06-15 09:42:17: ${days} days before the collection`,
    );
    const de = `${backup.slice(8, 10)}.${backup.slice(5, 7)}.${backup.slice(0, 4)} ${backup.slice(11)}`;
    expect(age.basis.de).toBe(
      `letzte Vollsicherung ${de}, erfasst 15.06.2010 09:42:17: ${String(days).replace('.', ',')} Tage vor der Erfassung`,
    );
  });

  it('is unknown without a collection time, and says so', () => {
    const age = backupAge('2010-06-14T23:30:05', undefined)!;
    expect(age.days).toBeUndefined();
    expect(age.basis.en).toContain('the collection time (collectedAt in bundle.json) is not known');
  });

  it('is unknown when the backup is dated more than a day after the collection (a wrong clock)', () => {
    const age = backupAge('2010-06-16T09:42:18', collected)!;
    expect(age.days).toBeUndefined();
    expect(age.basis.en).toContain('more than a day after the collection');
  });

  it('is unknown for a collection time that is no date', () => {
    expect(backupAge('2010-06-14T23:30:05', 'yesterday')!.days).toBeUndefined();
  });

  it.each([['never'], [undefined], ['14.06.2010']])('has no age for %s', (backup) => {
    expect(backupAge(backup, collected)).toBeUndefined();
  });
});

describe('replicationHealthOf: the checks that did not pass', () => {
  const passed = (check: string) => ({ check, result: 'Passed' });
  it.each([
    ['every check passed', [passed('QuorumGroup'), passed('ReplayService')], [], undefined],
    [
      'a failed check with its error',
      [passed('QuorumGroup'), { check: 'FileShareQuorum', result: 'Failed', error: 'Access is denied.' }],
      ['FileShareQuorum'],
      { en: 'FileShareQuorum Failed: Access is denied', de: 'FileShareQuorum Fehlgeschlagen: Access is denied' },
    ],
    [
      'a warning without an error',
      [{ check: 'SGCopyQueueLength', result: 'Warning' }],
      ['SGCopyQueueLength'],
      { en: 'SGCopyQueueLength Warning', de: 'SGCopyQueueLength Warnung' },
    ],
    [
      'a failure beside an unknown word: the failure decides, the word is named',
      [
        { check: 'ReplayService', result: 'Fehler' },
        { check: 'QuorumGroup', result: 'Failed', error: 'offline' },
      ],
      ['QuorumGroup'],
      {
        en: "QuorumGroup Failed: offline; ReplayService 'Fehler'",
        de: "QuorumGroup Fehlgeschlagen: offline; ReplayService 'Fehler'",
      },
    ],
  ])('%s', (_, checks, notPassed, text) => {
    const health = replicationHealthOf(checks)!;
    expect(health.checks).toEqual(checks);
    expect(health.notPassed).toEqual(notPassed);
    expect(health.notPassedText).toEqual(text);
    expect(health.notPassedBasis).toBeUndefined();
  });

  it.each([
    ['an unknown result word', { check: 'ReplayService', result: 'Bestanden' }, "ReplayService 'Bestanden'"],
    ['a blank result', { check: 'ReplayService' }, "ReplayService ''"],
  ])('%s and nothing failed: unknown, naming the check', (_, check, named) => {
    const health = replicationHealthOf([passed('QuorumGroup'), check])!;
    expect(health.notPassed).toBeUndefined();
    expect(health.notPassedBasis!.en).toContain(named);
    expect(health.notPassedBasis!.de).toContain(named);
  });

  it('gives nothing without the file', () => {
    expect(replicationHealthOf(undefined)).toBeUndefined();
  });
});

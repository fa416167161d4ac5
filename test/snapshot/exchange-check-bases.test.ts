import { backupAge } from '../../src/snapshot/assemble/backup-age';
import { passwordExpiry } from '../../src/snapshot/assemble/identity/password-expiry';
import { DAY_MS, localMs } from '../../src/snapshot/assemble/local-time';
import { acceptedCopyQueue } from '../../src/snapshot/assemble/mount-dial';

/** The Exchange checks' facts (STO-007, STO-012) and the local time under them, word for word in both languages. */

describe('acceptedCopyQueue: each Exchange 2007 dial, its basis in both languages', () => {
  it.each([
    ['Lossless', 'Lossless', 0],
    ['GOODAVAILABILITY', 'GoodAvailability', 3],
    ['BestAvailability', 'BestAvailability', 6],
  ])('%s', (dial, known, logs) => {
    expect(acceptedCopyQueue(dial, 'CMS1')).toEqual({
      logs,
      basis: {
        en: `AutoDatabaseMountDial ${known} of CMS1 (ex-mailbox-server.txt): Exchange 2007 mounts automatically after a failover with at most ${logs} logs lost`,
        de: `AutoDatabaseMountDial ${known} von CMS1 (ex-mailbox-server.txt): Exchange 2007 bindet nach einem Failover mit höchstens ${logs} verlorenen Protokollen automatisch ein`,
      },
    });
  });

  it.each([['BestEffort'], ['3'], ['']])('an unknown dial %j: no limit, the basis says which value it was', (dial) => {
    expect(acceptedCopyQueue(dial, 'CMS2')).toStrictEqual({
      basis: {
        en: `AutoDatabaseMountDial of CMS2 is '${dial}', none of Lossless, GoodAvailability, BestAvailability (ex-mailbox-server.txt)`,
        de: `AutoDatabaseMountDial von CMS2 ist „${dial}“, keiner der Werte Lossless, GoodAvailability, BestAvailability (ex-mailbox-server.txt)`,
      },
    });
  });
});

describe('backupAge: the boundaries of the contradiction and the unknown bases in both languages', () => {
  const collected = '2010-06-15T09:42:17+02:00';
  it.each([
    ['exactly one day after the collection: 0 days', '2010-06-16T09:42:17', 0],
    ['7.0 days exactly', '2010-06-08T09:42:17', 7],
    ['one day less a second after the collection: 0 days', '2010-06-16T09:42:16', 0],
    ['just before midnight a week earlier: 6.4 days', '2010-06-08T23:59:59', 6.4],
    ['just after midnight a week earlier: 7.4 days', '2010-06-08T00:00:01', 7.4],
  ])('%s', (_name, backup, days) => {
    expect(backupAge(backup, collected)?.days).toBe(days);
  });

  it('one second more than a day after the collection: one of the clocks is wrong', () => {
    expect(backupAge('2010-06-16T09:42:18', collected)).toStrictEqual({
      basis: {
        en: 'the last full backup (2010-06-16 09:42:18) is dated more than a day after the collection (2010-06-15 09:42:17): one of the clocks is wrong',
        de: 'die letzte Vollsicherung (16.06.2010 09:42:18) ist mehr als einen Tag nach der Erfassung (15.06.2010 09:42:17) datiert: eine der Uhren geht falsch',
      },
    });
  });

  it('no collection time', () => {
    expect(backupAge('2010-06-14T23:30:05', undefined)).toStrictEqual({
      basis: {
        en: 'the last full backup was at 2010-06-14 23:30:05, but the collection time (collectedAt in bundle.json) is not known',
        de: 'die letzte Vollsicherung war am 14.06.2010 23:30:05, aber der Erfassungszeitpunkt (collectedAt in bundle.json) ist unbekannt',
      },
    });
  });

  it.each([['yesterday'], ['2010-02-30T09:42:17']])('a collection time %j that is no date', (at) => {
    expect(backupAge('2010-06-14T23:30:05', at)).toStrictEqual({
      basis: {
        en: `the collection time '${at}' (bundle.json) is not a date`,
        de: `der Erfassungszeitpunkt „${at}“ (bundle.json) ist kein Datum`,
      },
    });
  });

  it.each([['never'], ['Never'], ['2010-13-01T00:00:00']])('no age for %j', (backup) => {
    expect(backupAge(backup, collected)).toBeUndefined();
  });
});

describe('passwordExpiry: a text that is no date has no expiry', () => {
  it.each([['never'], ['Never'], ['2008-11-31T00:00:00']])('%j', (expires) => {
    expect(passwordExpiry(expires, '2008-11-20T02:15:07')).toBeUndefined();
  });
  it('a collection time that is no date', () => {
    expect(passwordExpiry('2008-12-15T10:15:00', 'never')).toBeUndefined();
  });
});

describe('localMs: local date-times of the servers, days the calendar has', () => {
  const utc = (...p: [number, number, number, number, number, number]) => Date.UTC(p[0], p[1] - 1, p[2], p[3], p[4], p[5]);
  it.each<[string, number | undefined]>([
    ['2008-12-15T10:15:00', utc(2008, 12, 15, 10, 15, 0)],
    ['2008-12-15T10:15', utc(2008, 12, 15, 10, 15, 0)],
    ['2008-12-15T10:15:07+01:00', utc(2008, 12, 15, 10, 15, 7)],
    ['2008-02-29T00:00:00', utc(2008, 2, 29, 0, 0, 0)],
    ['2008-12-31T23:59:59', utc(2008, 12, 31, 23, 59, 59)],
    // a day the month does not have: both month and day roll over
    ['2007-02-29T00:00:00', undefined],
    ['2008-04-31T00:00:00', undefined],
    // a 13th month rolls into January of the next year on the same day: the month alone tells
    ['2008-13-15T00:00:00', undefined],
    // hour 24 rolls into the next day of the same month: the day alone tells
    ['2008-12-15T24:00:00', undefined],
    ['15.12.2008 10:15', undefined],
    ['never', undefined],
  ])('%s', (text, ms) => {
    expect(localMs(text)).toBe(ms);
  });

  it('a day is 86 400 000 ms', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

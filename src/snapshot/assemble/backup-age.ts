import { DAY_MS, localMs } from './local-time';

/**
 * How old a database's last full backup was when the bundle was collected: days between `LastFullBackup`
 * (Get-MailboxDatabase -Status, the server's local time) and `collectedAt` of bundle.json (the same servers'
 * local time; its offset is left aside, as for the password expiry), rounded down to a tenth of a day, so
 * that exactly 7 days is 7 and 7 days and 2.4 hours is 7.1. bpa never measures against its own clock: without
 * a collection time the age is unknown. A backup dated more than a day after the collection contradicts it
 * (a wrong clock on one side) and leaves the age unknown; up to a day after counts as 0 (a backup that ended
 * while the collection ran, or a time zone between the two).
 */
export interface BackupAge {
  /** Days, rounded down to 0.1; undefined when unknown (the basis says why). */
  days?: number;
  basis: { en: string; de: string };
}

/** Undefined when no backup date is known (`never`, like any text that is no date, and an absent value have no age). */
export function backupAge(lastFullBackup: string | undefined, collectedAt: string | undefined): BackupAge | undefined {
  if (lastFullBackup === undefined) return undefined;
  const backup = localMs(lastFullBackup);
  if (backup === undefined) return undefined;
  const shown = { en: shownEn(lastFullBackup), de: shownDe(lastFullBackup) };
  if (collectedAt === undefined) {
    return {
      basis: {
        en: `the last full backup was at ${shown.en}, but the collection time (collectedAt in bundle.json) is not known`,
        de: `die letzte Vollsicherung war am ${shown.de}, aber der Erfassungszeitpunkt (collectedAt in bundle.json) ist unbekannt`,
      },
    };
  }
  const collected = localMs(collectedAt);
  const at = { en: shownEn(collectedAt), de: shownDe(collectedAt) };
  if (collected === undefined) {
    return {
      basis: {
        en: `the collection time '${collectedAt}' (bundle.json) is not a date`,
        de: `der Erfassungszeitpunkt „${collectedAt}“ (bundle.json) ist kein Datum`,
      },
    };
  }
  const diff = collected - backup;
  if (diff < -DAY_MS) {
    return {
      basis: {
        en: `the last full backup (${shown.en}) is dated more than a day after the collection (${at.en}): one of the clocks is wrong`,
        de: `die letzte Vollsicherung (${shown.de}) ist mehr als einen Tag nach der Erfassung (${at.de}) datiert: eine der Uhren geht falsch`,
      },
    };
  }
  const days = Math.floor((Math.max(diff, 0) / DAY_MS) * 10 + 1e-9) / 10;
  return {
    days,
    basis: {
      en: `last full backup ${shown.en}, collected ${at.en}: ${days} days before the collection`,
      de: `letzte Vollsicherung ${shown.de}, erfasst ${at.de}: ${String(days).replace('.', ',')} Tage vor der Erfassung`,
    },
  };
}

/** `2010-06-05T23:30:05` as the report languages write it: `2010-06-05 23:30:05`, `05.06.2010 23:30:05`. */
const shownEn = (iso: string) => iso.slice(0, 19).replace('T', ' ');
const shownDe = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 19)}`;

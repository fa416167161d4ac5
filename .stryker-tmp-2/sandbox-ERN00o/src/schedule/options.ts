// @ts-nocheck
import { UserError } from '../shared/errors';

export interface ScheduleOptions {
  /** The share the servers write to and the analysis host reads, `\\FS01\bpa$`. */
  share: string;
  /** The history folder on the analysis host. */
  history: string;
  analysisHost: 'linux' | 'windows';
  /** Where the share is mounted on a Linux analysis host. */
  mount: string;
  collectAt: string;
  scanAt: string;
  /** The account the scheduled tasks run as. */
  runAs?: string;
  /** The cluster service account, for collect.cmd where it cannot find it (Windows 2008 clusters). */
  clusterAccount?: string;
  /** The local folder on each Exchange server that holds collect-exchange.ps1. */
  localDir: string;
  retention: string;
  format: string;
  /** The folder the reports of the latest scan go to; default: beside the history. */
  reports?: string;
  failOn: string;
  waivers?: string;
  baseline?: string;
  lang?: string;
  /** How the analysis host runs bpa. */
  bpa: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks what would make a printed command wrong: a share that is no UNC path, a bad time, a double quote. */
export function checkScheduleOptions(o: ScheduleOptions): void {
  if (!/^\\\\[^\\/:*?"<>|\s]+\\[^\\/:*?"<>|]+/.test(o.share)) {
    throw new UserError(`--share: "${o.share}" is not a UNC share (\\\\SERVER\\share)`);
  }
  for (const [option, value] of [
    ['--collect-at', o.collectAt],
    ['--scan-at', o.scanAt],
  ] as const) {
    if (!TIME.test(value)) throw new UserError(`${option}: "${value}" is not a time of day (HH:MM, 24 hours)`);
  }
  if (o.collectAt === o.scanAt) throw new UserError('--scan-at: the scan must run after the collection (--collect-at)');
  for (const [key, value] of Object.entries(o)) {
    if (typeof value === 'string' && value.includes('"')) {
      throw new UserError(
        `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: a value with a double quote cannot be scheduled`,
      );
    }
  }
}

/** `02:00` plus -15 minutes is `01:45` (around midnight too). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = (((h! * 60 + m! + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The reports folder as --output takes it: several formats make it a folder; one format needs a trailing
 * separator, a slash also on Windows (Node takes it, and a backslash before a closing quote would escape it).
 */
export function reportsFolder(o: ScheduleOptions, trailing: RegExp): string {
  const bare = (o.reports ?? `${o.history.replace(trailing, '')}-reports`).replace(/[\\/]+$/, '');
  return o.format.includes(',') ? bare : `${bare}/`;
}

// @ts-nocheck
import { mkdirSync, renameSync, rmSync } from 'fs';
import { join } from 'path';
import { UserError } from '../shared/errors';
import type { HistoryEntry } from './entry';
import { readIndex, writeIndex } from './index-file';
import { TRASH, entryDir, openHistory } from './layout';

/** How long a history keeps scans: the newest N scans, or the scans of the last N days. */
export type Retention = { keep: 'scans'; count: number } | { keep: 'days'; count: number };

/** `730d` → the last 730 days; `100` → the newest 100 scans. */
export function parseRetention(text: string): Retention {
  const m = /^\s*(\d+)\s*(d|days?)?\s*$/i.exec(text);
  const count = m ? Number(m[1]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1) {
    throw new UserError(`--retention: "${text}" is neither a number of scans (e.g. 100) nor of days (e.g. 730d)`);
  }
  return m[2] ? { keep: 'days', count } : { keep: 'scans', count };
}

/** The entries a retention removes. The newest scan is always kept: a history never empties itself. */
export function expiredEntries(entries: HistoryEntry[], retention: Retention, now: Date): HistoryEntry[] {
  const older = entries.slice(0, -1);
  if (retention.keep === 'scans') return entries.slice(0, Math.max(0, entries.length - retention.count));
  const cutoff = now.getTime() - retention.count * 86_400_000;
  return older.filter((e) => new Date(e.startedAt).getTime() < cutoff);
}

/**
 * Removes expired scans. Their folders are first moved into `.trash/` (one rename each), then the index is
 * rewritten, then the trash is deleted: a prune killed at any point leaves every remaining entry whole.
 */
export function pruneHistory(dir: string, retention: Retention, now: Date): HistoryEntry[] {
  openHistory(dir, { create: false });
  const entries = readIndex(dir);
  const expired = expiredEntries(entries, retention, now);
  if (expired.length === 0) return [];
  const trash = join(dir, TRASH);
  mkdirSync(trash, { recursive: true });
  try {
    for (const e of expired) renameSync(entryDir(dir, e.id), join(trash, `${e.id}.${process.pid}`));
    const gone = new Set(expired.map((e) => e.id));
    writeIndex(
      dir,
      entries.filter((e) => !gone.has(e.id)),
    );
    rmSync(trash, { recursive: true, force: true });
  } catch (e) {
    throw new UserError(`${dir}: cannot remove old scans (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return expired;
}

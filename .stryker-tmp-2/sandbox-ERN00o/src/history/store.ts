// @ts-nocheck
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'fs';
import { join } from 'path';
import { gunzipSync, gzipSync } from 'zlib';
import type { Report } from '../report/report-schema';
import { validateReport } from '../report/validate-report';
import type { Snapshot } from '../snapshot/schema';
import { validateSnapshot } from '../snapshot/validate';
import { UserError } from '../shared/errors';
import { baseIdOf, entryOf, type HistoryEntry } from './entry';
import { readIndex, writeIndex } from './index-file';
import { ENTRY_FILES, STAGING, TRASH, entryDir, openHistory } from './layout';

/**
 * Adds a scan to a history. The entry is written in a staging folder and moved into `entries/` in one
 * rename, so a scan killed half-way leaves no entry at all (its staging folder is removed by the next
 * scan); then the index gets the entry's row.
 */
export function addScan(dir: string, report: Report, snapshot: Snapshot, since?: string): HistoryEntry {
  openHistory(dir, { create: true });
  removeLeftovers(dir);
  const stagingRoot = join(dir, STAGING);
  mkdirSync(stagingRoot, { recursive: true });
  const staging = join(stagingRoot, `${baseIdOf(report.scan.startedAt)}.${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    writeDurably(join(staging, ENTRY_FILES.report), gzipSync(JSON.stringify(report)));
    writeDurably(join(staging, ENTRY_FILES.snapshot), gzipSync(JSON.stringify(snapshot)));
    const entry = moveIntoPlace(dir, staging, baseIdOf(report.scan.startedAt), (id) => {
      const row = entryOf(id, report, since);
      writeDurably(join(staging, ENTRY_FILES.meta), `${JSON.stringify(row, null, 2)}\n`);
      return row;
    });
    writeIndex(dir, [...readIndex(dir).filter((e) => e.id !== entry.id), entry]);
    return entry;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${dir}: cannot add the scan to the history (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/** Renames the staging folder to the first free id of its start second (`…-2` when taken). */
function moveIntoPlace(dir: string, staging: string, base: string, rowFor: (id: string) => HistoryEntry): HistoryEntry {
  for (let n = 1; n <= 100; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (existsSync(entryDir(dir, id))) continue;
    const row = rowFor(id);
    try {
      renameSync(staging, entryDir(dir, id));
      return row;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw e;
    }
  }
  throw new UserError(`${dir}: more than 100 scans started in the same second`);
}

/** A stored scan: its row, report and snapshot, validated as bpa validates any input. */
export function readScan(dir: string, entry: HistoryEntry): { entry: HistoryEntry; report: Report; snapshot: Snapshot } {
  const base = entryDir(dir, entry.id);
  const report = validateReport(readGzipJson(join(base, ENTRY_FILES.report)), join(base, ENTRY_FILES.report));
  const snapshot = readGzipJson(join(base, ENTRY_FILES.snapshot));
  validateSnapshot(snapshot, join(base, ENTRY_FILES.snapshot));
  return { entry, report, snapshot: snapshot as Snapshot };
}

/** Only the report of a stored scan. */
export function readStoredReport(dir: string, entry: HistoryEntry): Report {
  const file = join(entryDir(dir, entry.id), ENTRY_FILES.report);
  return validateReport(readGzipJson(file), file);
}

export function readGzipJson(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch (e) {
    throw new UserError(`${file}: damaged (${(e as Error).message})`);
  }
}

/** Writes a file and flushes it to the disk, so that the rename that publishes it never publishes an empty file. */
function writeDurably(path: string, content: string | Buffer): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Staging folders of scans that died (their process is gone), and trash a killed prune left behind. */
export function removeLeftovers(dir: string): void {
  const staging = join(dir, STAGING);
  if (existsSync(staging)) {
    for (const name of readdirSync(staging)) {
      const pid = Number(/\.(\d+)$/.exec(name)?.[1]);
      if (!pid || !isAlive(pid)) rmSync(join(staging, name), { recursive: true, force: true });
    }
  }
  rmSync(join(dir, TRASH), { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

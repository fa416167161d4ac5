// @ts-nocheck
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { UserError } from '../shared/errors';

/**
 * A history folder: no server, just files.
 *
 * ```
 * <history>/
 *   bpa-history.json                 marks the folder as a bpa history
 *   index.json                       one row per scan: what `bpa history list` reads, and all it reads
 *   entries/<id>/meta.json           the scan's row of the index
 *   entries/<id>/report.json.gz      the JSON report
 *   entries/<id>/snapshot.json.gz    the snapshot the report came from
 *   .staging/                        entries being written (moved into entries/ when complete)
 *   .trash/                          entries being deleted by retention
 * ```
 */
export const MARKER = 'bpa-history.json';
export const INDEX = 'index.json';
export const ENTRIES = 'entries';
export const STAGING = '.staging';
export const TRASH = '.trash';
export const ENTRY_FILES = { meta: 'meta.json', report: 'report.json.gz', snapshot: 'snapshot.json.gz' } as const;

export const entriesDir = (dir: string) => join(dir, ENTRIES);
export const entryDir = (dir: string, id: string) => join(dir, ENTRIES, id);

/**
 * Checks that a folder is a bpa history, creating one when asked and the folder is new or empty.
 * Never writes into a folder that holds something else.
 */
export function openHistory(dir: string, options: { create: boolean }): void {
  const exists = existsSync(dir);
  if (exists && !statSync(dir).isDirectory()) throw new UserError(`${dir}: not a folder (--history wants a folder)`);
  if (exists && existsSync(join(dir, MARKER))) return checkMarker(dir);
  if (!options.create) {
    throw new UserError(exists ? `${dir}: not a bpa history folder (no ${MARKER})` : `${dir}: no such history folder`);
  }
  if (exists && readdirSync(dir).length > 0) {
    throw new UserError(`${dir}: not a bpa history folder (no ${MARKER}), and not empty: give a new or empty folder`);
  }
  try {
    mkdirSync(entriesDir(dir), { recursive: true });
    const marker = { kind: 'bpa-history', version: 1, createdAt: new Date().toISOString() };
    writeFileSync(join(dir, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  } catch (e) {
    throw new UserError(
      `${dir}: cannot create the history folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

function checkMarker(dir: string): void {
  let marker: { kind?: unknown; version?: unknown };
  try {
    marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as typeof marker;
  } catch (e) {
    throw new UserError(`${join(dir, MARKER)}: unreadable (${(e as Error).message})`);
  }
  if (marker.kind !== 'bpa-history' || marker.version !== 1) {
    throw new UserError(`${join(dir, MARKER)}: not a bpa history of version 1`);
  }
  mkdirSync(entriesDir(dir), { recursive: true });
}

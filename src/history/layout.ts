import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
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
 * Checks that a folder is a bpa history, creating one when asked and the folder is new or empty. A folder
 * whose set-up was interrupted (an empty `entries/`, the marker missing or empty, no scan in it) is set up
 * anew when asked to create, and the returned warning says so. Never writes into a folder that holds
 * something else.
 */
export function openHistory(dir: string, options: { create: boolean }): string | undefined {
  const exists = existsSync(dir);
  if (exists && !statSync(dir).isDirectory()) throw new UserError(`${dir}: not a folder (--history wants a folder)`);
  const halfSetUp = exists && isHalfSetUp(dir);
  if (exists && !halfSetUp && existsSync(join(dir, MARKER))) return checkMarker(dir);
  if (!options.create) {
    if (halfSetUp) throw new UserError(`${dir}: a history folder whose set-up was interrupted (${MARKER} missing or empty)`);
    throw new UserError(exists ? `${dir}: not a bpa history folder (no ${MARKER})` : `${dir}: no such history folder`);
  }
  if (exists && !halfSetUp && readdirSync(dir).length > 0) {
    throw new UserError(`${dir}: not a bpa history folder (no ${MARKER}), and not empty: give a new or empty folder`);
  }
  setUp(dir);
  return halfSetUp
    ? `${dir}: the history folder's set-up had been interrupted (${MARKER} missing or empty); it is set up now`
    : undefined;
}

/**
 * Sets a history folder up: `entries/` first, then the marker, written to a temporary file and renamed, so
 * that a folder with a marker is always complete and an interrupted set-up is recognised as such.
 */
function setUp(dir: string): void {
  try {
    mkdirSync(entriesDir(dir), { recursive: true });
    const marker = { kind: 'bpa-history', version: 1, createdAt: new Date().toISOString() };
    const temp = join(dir, `${MARKER}.${process.pid}.tmp`);
    writeFileSync(temp, `${JSON.stringify(marker, null, 2)}\n`);
    renameSync(temp, join(dir, MARKER));
    for (const name of readdirSync(dir)) if (isMarkerTemp(name)) rmSync(join(dir, name), { force: true });
  } catch (e) {
    throw new UserError(
      `${dir}: cannot create the history folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

const isMarkerTemp = (name: string) => name.startsWith(`${MARKER}.`) && name.endsWith('.tmp');

/**
 * A set-up that was interrupted: the folder holds nothing but what set-up writes (`entries/` without any
 * scan, an empty marker, a marker's temporary file), and at least one of them, and no complete marker.
 */
function isHalfSetUp(dir: string): boolean {
  const names = readdirSync(dir);
  if (names.length === 0) return false;
  for (const name of names) {
    const path = join(dir, name);
    if (name === ENTRIES) {
      if (!statSync(path).isDirectory() || readdirSync(path).length > 0) return false;
    } else if (name === MARKER) {
      if (!statSync(path).isFile() || readFileSync(path, 'utf8').trim() !== '') return false;
    } else if (!isMarkerTemp(name)) return false;
  }
  return true;
}

function checkMarker(dir: string): undefined {
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
  return undefined;
}

// @ts-nocheck
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { writeAtomically } from '../cli/output';
import { byId, ID_PATTERN, isEntry, type HistoryEntry } from './entry';
import { ENTRY_FILES, INDEX, entriesDir, entryDir } from './layout';

/**
 * The index is a cache of the entries' meta.json files, so that listing two years of nightly scans reads
 * one file. The entries folder is the truth: an entry whose row is missing (a scan killed between moving
 * its entry into place and writing the index) is added back from its meta.json, and a row whose entry is
 * gone is dropped. Reading lists the entries folder (names only) to notice either.
 */
export function readIndex(dir: string): HistoryEntry[] {
  const cached = loadIndexFile(dir);
  const ids = entryIds(dir);
  if (cached && sameIds(cached, ids)) return cached;
  const known = new Map((cached ?? []).map((e) => [e.id, e]));
  const entries = ids.map((id) => known.get(id) ?? readMeta(dir, id)).filter((e): e is HistoryEntry => e !== undefined);
  entries.sort(byId);
  tryWriteIndex(dir, entries);
  return entries;
}

/** Replaces the index, atomically: a reader sees the old index or the new one, never half of one. */
export function writeIndex(dir: string, entries: HistoryEntry[]): void {
  const sorted = [...entries].sort(byId);
  writeAtomically(join(dir, INDEX), `${JSON.stringify({ kind: 'bpa-history-index', version: 1, entries: sorted })}\n`);
}

/** The ids of the entries folder: complete entries only (staging and trash live elsewhere). */
export function entryIds(dir: string): string[] {
  const root = entriesDir(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((name) => ID_PATTERN.test(name));
}

function loadIndexFile(dir: string): HistoryEntry[] | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as { kind?: unknown; entries?: unknown };
    if (data.kind !== 'bpa-history-index' || !Array.isArray(data.entries) || !data.entries.every(isEntry)) return undefined;
    return data.entries;
  } catch {
    return undefined;
  }
}

function sameIds(entries: HistoryEntry[], ids: string[]): boolean {
  if (entries.length !== ids.length) return false;
  const set = new Set(ids);
  return entries.every((e) => set.has(e.id));
}

function readMeta(dir: string, id: string): HistoryEntry | undefined {
  try {
    const meta: unknown = JSON.parse(readFileSync(join(entryDir(dir, id), ENTRY_FILES.meta), 'utf8'));
    return isEntry(meta) && meta.id === id ? meta : undefined;
  } catch {
    return undefined;
  }
}

/** Rewrites a repaired index when the folder is writable; a read-only history is still listed. */
function tryWriteIndex(dir: string, entries: HistoryEntry[]): void {
  try {
    writeIndex(dir, entries);
  } catch {
    // read-only history (a share mounted read-only): the repaired list is returned all the same
  }
}

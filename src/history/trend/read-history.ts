import { existsSync } from 'fs';
import { join, relative, resolve, sep } from 'path';
import { UserError } from '../../shared/errors';
import type { Snapshot } from '../../snapshot/schema';
import { validateSnapshot } from '../../snapshot/validate';
import { entryIds, readIndex } from '../index-file';
import { ENTRIES, ENTRY_FILES, entryDir, openHistory } from '../layout';
import { readGzipJson } from '../store';
import { validateStoredReport } from './stored-report';
import type { StoredScan } from './build-trend';
import { startOfId } from './nights';

/**
 * The scans of a history folder for the trend, each read only when the trend asks for it. An entry folder
 * the index does not list (its meta.json lost or damaged) is a damaged scan, placed on its night by its id.
 *
 * Links to stored reports are relative: from `pageDir` (the folder the page is written to) to the entry's
 * report.json.gz, so the page keeps its links when it is written into the history folder or next to it and
 * the two are moved together. Without `pageDir` (standard output) they are relative to the history folder.
 */
export function storedScans(dir: string, pageDir?: string): StoredScan[] {
  openHistory(dir, { create: false });
  const index = readIndex(dir);
  const listed = new Set(index.map((e) => e.id));
  const scans: StoredScan[] = index.map((entry) => ({
    id: entry.id,
    startedAt: entry.startedAt,
    readReport: () => readReport(dir, entry.id),
    readSnapshot: () => readSnapshot(dir, entry.id),
    ...hrefOf(dir, entry.id, pageDir),
  }));
  for (const id of entryIds(dir)) {
    if (listed.has(id)) continue;
    const meta = join(entryDir(dir, id), ENTRY_FILES.meta);
    scans.push({
      id,
      startedAt: startOfId(id)!,
      readReport: () => {
        throw new UserError(`${meta}: missing or damaged, so the scan is not listed in the history`);
      },
      readSnapshot: () => readSnapshot(dir, id),
    });
  }
  return scans;
}

function readReport(dir: string, id: string) {
  const file = join(entryDir(dir, id), ENTRY_FILES.report);
  return validateStoredReport(readGzipJson(file), file);
}

function readSnapshot(dir: string, id: string): Snapshot {
  const file = join(entryDir(dir, id), ENTRY_FILES.snapshot);
  const data = readGzipJson(file);
  validateSnapshot(data, file);
  return data as Snapshot;
}

function hrefOf(dir: string, id: string, pageDir: string | undefined): { reportHref?: string } {
  if (!existsSync(join(entryDir(dir, id), ENTRY_FILES.report))) return {};
  const rel = relative(resolve(pageDir ?? dir), resolve(dir, ENTRIES, id, ENTRY_FILES.report));
  return { reportHref: rel.split(sep).map(encodeURIComponent).join('/') };
}

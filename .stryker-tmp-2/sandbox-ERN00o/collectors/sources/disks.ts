/**
 * disks.txt: the output of `wmic logicaldisk get Caption,FreeSpace,Size,DriveType` (UTF-16LE). wmic sorts
 * the columns by name (`Caption  DriveType  FreeSpace  Size`); drives without a medium (CD, floppy) have
 * empty FreeSpace and Size cells (see `wmic-table.ts`).
 */
// @ts-nocheck

import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseWmicTable } from '../shapes/wmic-table';

export interface Volume {
  /** The drive letter with its colon (`C:`). */
  caption: string;
  /** Win32_LogicalDisk DriveType: 2 removable, 3 local disk, 4 network, 5 CD/DVD. */
  driveType?: number;
  freeSpaceBytes?: number;
  sizeBytes?: number;
  line: number;
}

export interface DisksFacts {
  volumes?: Volume[];
}

export const parseDisks: Parser<DisksFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !table.columns.includes('Caption')) {
    return {
      facts: {},
      diagnostics: [...diagnostics, diagnostic(file, 'error', 'not wmic logicaldisk output: no Caption column')],
    };
  }
  const volumes: Volume[] = [];
  for (const row of table.rows) {
    const caption = row.cells['Caption'];
    if (!caption) continue;
    const volume: Volume = { caption, line: row.line };
    const driveType = count(row.cells['DriveType']);
    if (driveType !== undefined) volume.driveType = driveType;
    const free = count(row.cells['FreeSpace']);
    if (free !== undefined) volume.freeSpaceBytes = free;
    const size = count(row.cells['Size']);
    if (size !== undefined) volume.sizeBytes = size;
    volumes.push(volume);
  }
  return { facts: { volumes }, diagnostics };
};

function count(cell: string | undefined): number | undefined {
  return cell !== undefined && /^\d+$/.test(cell) ? Number(cell) : undefined;
}

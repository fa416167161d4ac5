/**
 * partitions.txt: the output of `wmic partition get DiskIndex,Index,Name,Size,StartingOffset` (UTF-16LE), the
 * Win32_DiskPartition class of Windows Server 2003 and later: one row per partition (a logical drive of an
 * extended partition included), `Name` `Disk #1, Partition #0`, `StartingOffset` and `Size` in bytes.
 * Windows Server 2003 starts a partition it creates at sector 63, `StartingOffset` 32256 (31.5 KB), unless
 * diskpart created it with `align=`; Server 2008 starts it at 1 MB (1048576). Property names and values are
 * never translated; wmic's own messages are (see `wmic-table.ts`).
 */
import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseWmicTable } from '../shapes/wmic-table';

export interface DiskPartition {
  /** `Disk #1, Partition #0`: the DeviceID Win32_LogicalDiskToPartition names. */
  name: string;
  diskIndex?: number;
  index?: number;
  sizeBytes?: number;
  startingOffsetBytes?: number;
  line: number;
}

export interface PartitionsFacts {
  partitions?: DiskPartition[];
}

export const parsePartitions: Parser<PartitionsFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !table.columns.includes('Name')) {
    return { facts: {}, diagnostics: [...diagnostics, diagnostic(file, 'error', 'not wmic partition output: no Name column')] };
  }
  const partitions: DiskPartition[] = [];
  for (const row of table.rows) {
    const name = row.cells['Name'];
    if (!name) continue;
    const partition: DiskPartition = { name, line: row.line };
    const put = (key: 'diskIndex' | 'index' | 'sizeBytes' | 'startingOffsetBytes', column: string) => {
      const cell = row.cells[column];
      if (cell !== undefined && /^\d+$/.test(cell)) partition[key] = Number(cell);
    };
    put('diskIndex', 'DiskIndex');
    put('index', 'Index');
    put('sizeBytes', 'Size');
    put('startingOffsetBytes', 'StartingOffset');
    if (partition.startingOffsetBytes === undefined && !row.partial)
      diagnostics.push(diagnostic(file, 'warning', `${name}: no StartingOffset`, row.line));
    partitions.push(partition);
  }
  return { facts: { partitions }, diagnostics };
};

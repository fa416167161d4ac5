/**
 * partition-drives.txt: the output of `wmic path Win32_LogicalDiskToPartition get Antecedent,Dependent`
 * (UTF-16LE): which partition holds which drive letter. Each cell is a WMI object path,
 * `\\NODE1\root\cimv2:Win32_DiskPartition.DeviceID="Disk #1, Partition #0"` and
 * `\\NODE1\root\cimv2:Win32_LogicalDisk.DeviceID="M:"`. The association knows drive letters only: a volume
 * mounted in a folder and nowhere else has no row, so its partition stays unknown (Windows Server 2003 and
 * 2008 have no WMI class that links a mount point to its partition).
 */
import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseWmicTable } from '../shapes/wmic-table';

export interface PartitionDrive {
  /** `Disk #1, Partition #0`. */
  partition: string;
  /** `M:`. */
  drive: string;
  line: number;
}

export interface PartitionDrivesFacts {
  partitionDrives?: PartitionDrive[];
}

const DEVICE_ID = /\.DeviceID="([^"]+)"\s*$/i;

export const parsePartitionDrives: Parser<PartitionDrivesFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !(table.columns.includes('Antecedent') && table.columns.includes('Dependent'))) {
    return {
      facts: {},
      diagnostics: [
        ...diagnostics,
        diagnostic(file, 'error', 'not Win32_LogicalDiskToPartition output: no Antecedent and Dependent'),
      ],
    };
  }
  const partitionDrives: PartitionDrive[] = [];
  for (const row of table.rows) {
    if (row.partial) continue;
    const partition = DEVICE_ID.exec(row.cells['Antecedent'] ?? '')?.[1];
    const drive = DEVICE_ID.exec(row.cells['Dependent'] ?? '')?.[1];
    if (!partition || !drive) {
      diagnostics.push(diagnostic(file, 'warning', 'a row without a partition and a drive DeviceID', row.line));
      continue;
    }
    partitionDrives.push({ partition, drive: drive.toUpperCase(), line: row.line });
  }
  return { facts: { partitionDrives }, diagnostics };
};

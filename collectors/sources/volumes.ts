/**
 * volumes.txt: the output of `wmic path Win32_Volume get BlockSize,Capacity,Caption,DeviceID,DriveLetter,
 * FileSystem,FreeSpace,Label,Name` (UTF-16LE). Win32_Volume exists from Windows Server 2003 on; unlike
 * `wmic logicaldisk` (disks.txt) it lists the volumes mounted in a folder (`M:\SG1\`), so the volume a path
 * is on can be told by its mount point, not only by its drive letter.
 *
 * Layout: a wmic table (see `wmic-table.ts`), the columns sorted by name. `Name` (and `Caption`) is the
 * drive root (`C:\`), the folder the volume is mounted at (`M:\Logs\SG1\`), or the volume GUID path
 * (`\\?\Volume{…}\`) of a volume mounted nowhere; `DeviceID` is always the volume GUID path; `DriveLetter`
 * is empty for a volume without one; `BlockSize` is the allocation unit in bytes; `Capacity` and
 * `FreeSpace` are bytes, empty for a drive without a medium. Property names are never translated.
 */
import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseWmicTable } from '../shapes/wmic-table';

export interface MountedVolume {
  /** Where the volume is mounted: `C:\`, `M:\Logs\SG1\`, or its `\\?\Volume{…}\` path when nowhere. */
  name: string;
  /** The volume GUID path, `\\?\Volume{…}\`: the same for every place one volume is mounted at. */
  deviceId?: string;
  driveLetter?: string;
  label?: string;
  fileSystem?: string;
  /** NTFS allocation unit in bytes (4096, 65536). */
  blockSize?: number;
  capacityBytes?: number;
  freeSpaceBytes?: number;
  line: number;
}

export interface VolumesFacts {
  volumes?: MountedVolume[];
}

export const parseVolumes: Parser<VolumesFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !table.columns.includes('Name') && !table.columns.includes('Caption')) {
    return { facts: {}, diagnostics: [...diagnostics, diagnostic(file, 'error', 'not wmic volume output: no Name column')] };
  }
  const volumes: MountedVolume[] = [];
  for (const row of table.rows) {
    const name = row.cells['Name'] || row.cells['Caption'];
    if (!name) continue;
    const volume: MountedVolume = { name, line: row.line };
    const text = (column: string) => row.cells[column] || undefined;
    assign(volume, 'deviceId', text('DeviceID'));
    assign(volume, 'driveLetter', text('DriveLetter'));
    assign(volume, 'label', text('Label'));
    assign(volume, 'fileSystem', text('FileSystem'));
    assign(volume, 'blockSize', count(row.cells['BlockSize']));
    assign(volume, 'capacityBytes', count(row.cells['Capacity']));
    assign(volume, 'freeSpaceBytes', count(row.cells['FreeSpace']));
    volumes.push(volume);
  }
  return { facts: { volumes }, diagnostics };
};

function assign<K extends keyof MountedVolume>(volume: MountedVolume, key: K, value: MountedVolume[K] | undefined): void {
  if (value !== undefined) volume[key] = value;
}

function count(cell: string | undefined): number | undefined {
  return cell !== undefined && /^\d+$/.test(cell) ? Number(cell) : undefined;
}

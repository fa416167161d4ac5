/**
 * file-versions.txt: the output of
 * `wmic datafile where "name='C:\\WINDOWS\\system32\\drivers\\tcpip.sys' or name='C:\\WINDOWS\\system32\\mmc.exe'" get Name,Version`
 * (UTF-16LE). A `Name` / `Version` table (see `wmic-table.ts`); wmic prints the path in lower case
 * (`c:\windows\system32\drivers\tcpip.sys`). When no file matched, wmic writes `No Instance(s) Available.`.
 */
// @ts-nocheck

import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseWmicTable } from '../shapes/wmic-table';

export interface FileVersion {
  /** The path as wmic writes it, in lower case (`c:\windows\system32\drivers\tcpip.sys`). */
  path: string;
  /** The file name in lower case (`tcpip.sys`). */
  name: string;
  /** The file version (`5.2.3790.4573`); absent when the file has none. */
  version?: string;
  line: number;
}

export interface FileVersionsFacts {
  files?: FileVersion[];
}

export const parseFileVersions: Parser<FileVersionsFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !table.columns.includes('Name')) {
    return { facts: {}, diagnostics: [...diagnostics, diagnostic(file, 'error', 'not wmic datafile output: no Name column')] };
  }
  const files: FileVersion[] = [];
  for (const row of table.rows) {
    const path = row.cells['Name']?.toLowerCase();
    if (!path) continue;
    const entry: FileVersion = { path, name: path.slice(path.lastIndexOf('\\') + 1), line: row.line };
    const version = row.cells['Version'];
    if (version && /^\d+(\.\d+)+$/.test(version)) entry.version = version;
    files.push(entry);
  }
  return { facts: { files }, diagnostics };
};

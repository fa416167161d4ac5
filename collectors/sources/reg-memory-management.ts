/**
 * reg-memory-management.txt: the output of `reg query "HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\
 * Memory Management" /v PagingFiles` (see `reg-query.ts`). `PagingFiles` is a REG_MULTI_SZ with one item per
 * page file, `<path> <initial MB> <maximum MB>`, as the System Properties dialog writes it on Windows Server
 * 2003 and 2008:
 * - `C:\pagefile.sys 2048 4096`: a custom size, initial and maximum in MB;
 * - `C:\pagefile.sys 0 0` (or the path alone): "System managed size" for that drive;
 * - `?:\pagefile.sys`: Server 2008's "Automatically manage paging file size for all drives"
 *   (Win32_ComputerSystem.AutomaticManagedPagefile TRUE);
 * - an empty value: "No paging file".
 * The value is read rather than `wmic pagefileset`, which lists nothing at all when Server 2008 manages the
 * page file, and `wmic computersystem get AutomaticManagedPagefile`, which Server 2003 does not know.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { findValue, parseRegQuery, pathBelow } from '../shapes/reg-query';

export interface PageFileSetting {
  /** As written: `C:\pagefile.sys`, or `?:\pagefile.sys` for every drive. */
  path: string;
  /** Absent when the system manages the size. */
  initialMb?: number;
  maximumMb?: number;
  systemManaged: boolean;
}

export interface RegMemoryManagementFacts {
  /** The page files as configured; an empty list is "No paging file". Absent when the value was not read. */
  pageFiles?: PageFileSetting[];
}

const ITEM = /^(.*?\.sys)(?:\s+(\d+)\s+(\d+))?\s*$/i;

export const parseRegMemoryManagement: Parser<RegMemoryManagementFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const diagnostics: Diagnostic[] = [...reg.diagnostics];
  const language = reg.language ? { language: reg.language } : {};
  const key = reg.keys.find((k) => pathBelow(k, 'Session Manager\\Memory Management')?.length === 0);
  const value = findValue(key, 'PagingFiles');
  if (!value) {
    if (key) diagnostics.push(diagnostic(file, 'warning', 'no PagingFiles value under Memory Management', key.line));
    return { facts: {}, diagnostics, ...language };
  }
  const items = Array.isArray(value.data) ? value.data : typeof value.data === 'string' ? [value.data] : undefined;
  if (!items) {
    diagnostics.push(diagnostic(file, 'warning', `PagingFiles is ${value.type}, not a list of page files`, value.line));
    return { facts: {}, diagnostics, ...language };
  }
  const pageFiles: PageFileSetting[] = [];
  for (const item of items.map((i) => i.trim()).filter((i) => i !== '')) {
    const m = ITEM.exec(item);
    if (!m) {
      diagnostics.push(diagnostic(file, 'warning', `unreadable page file entry: ${item.slice(0, 60)}`, value.line));
      continue;
    }
    const [initial, maximum] = [m[2], m[3]].map((n) => (n === undefined ? undefined : Number(n)));
    const managed = initial === undefined || maximum === undefined || (initial === 0 && maximum === 0) || m[1]!.startsWith('?');
    pageFiles.push(
      managed
        ? { path: m[1]!, systemManaged: true }
        : { path: m[1]!, initialMb: initial, maximumMb: maximum, systemManaged: false },
    );
  }
  return { facts: { pageFiles }, diagnostics, ...language };
};

/**
 * qfe.txt: the output of `wmic qfe list` (UTF-16LE, decoded before it gets here).
 *
 * Layout based on the real captures `test/fixtures/corpus/qfe/xp_sp3_x86_professional_en-us_qfe.txt` and
 * `…/srv_2012r2_u1_qfe.txt` (see `wmic-table.ts`). The column names are WMI property names, the same in every
 * language. What the captures teach:
 * - On XP / Server 2003 most rows have `HotFixID` `File 1` and carry the KB number in `ServicePackInEffect`
 *   (`KB2115168`); other rows carry it in `HotFixID` with a suffix (`KB2510531-IE8`, `KB975558_WM8`).
 * - `InstalledOn` is a date in the machine's format (`12/31/2016`, German `14.03.2008`); some Vista/2008 rows
 *   hold a hexadecimal FILETIME instead (`01c8e5b1b8e5c7a0`), read as its UTC date.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { parseLocalizedDateTime } from '../shapes/dates';
import { unreadableInput } from '../shapes/preflight';
import { normalizeKb } from '../shapes/windows-ids';
import { parseWmicTable } from '../shapes/wmic-table';

export interface QfeHotfix {
  /** `KB2115168` (or `Q147222`). */
  kb: string;
  /** The `Description` column (`Security Update for Windows XP (KB2115168)`, `Update`), when not empty. */
  description?: string;
  /** ISO date (or date-time) from `InstalledOn`, when it holds one. */
  installedOn?: string;
  /** The row's first line; a KB listed twice keeps its first row. */
  line: number;
}

export interface QfeFacts {
  hotfixes?: QfeHotfix[];
  /** Rows with no KB number in `HotFixID` nor, for `File 1` rows, in `ServicePackInEffect`. */
  rowsWithoutKb?: number;
}

export const parseQfe: Parser<QfeFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const { table, diagnostics } = parseWmicTable(text, file, QFE_COLUMNS);
  if (!table) return { facts: {}, diagnostics };
  if (table.rows.length > 0 && !table.columns.includes('HotFixID')) {
    return { facts: {}, diagnostics: [...diagnostics, diagnostic(file, 'error', 'not wmic qfe output: no HotFixID column')] };
  }
  const byKb = new Map<string, QfeHotfix>();
  let rowsWithoutKb = 0;
  for (const row of table.rows) {
    const hotfix = readRow(row.cells, row.line, file, diagnostics);
    if (!hotfix) {
      if (!row.partial) rowsWithoutKb++;
      continue;
    }
    const known = byKb.get(hotfix.kb);
    if (known) byKb.set(hotfix.kb, { ...hotfix, ...known });
    else byKb.set(hotfix.kb, hotfix);
  }
  return { facts: { hotfixes: [...byKb.values()], rowsWithoutKb }, diagnostics };
};

/** The columns readRow reads: the others of the table's 11 are not cut from its rows. */
const QFE_COLUMNS = ['HotFixID', 'ServicePackInEffect', 'Description', 'InstalledOn'];

function readRow(cells: Record<string, string>, line: number, file: string, diagnostics: Diagnostic[]): QfeHotfix | undefined {
  const id = cells['HotFixID'];
  if (id === undefined) return undefined;
  const kb = /^File \d+$/i.test(id) ? normalizeKb(cells['ServicePackInEffect'] ?? '') : normalizeKb(id);
  if (!kb) return undefined;
  const hotfix: QfeHotfix = { kb, line };
  if (cells['Description']) hotfix.description = cells['Description'];
  const installed = cells['InstalledOn'];
  if (installed) {
    const date = parseLocalizedDateTime(installed) ?? fileTimeDate(installed);
    if (date) hotfix.installedOn = date;
    else diagnostics.push(diagnostic(file, 'info', `unreadable InstalledOn "${installed}" for ${kb}`, line));
  }
  return hotfix;
}

/** A FILETIME written as 16 hex digits (100 ns since 1601-01-01 UTC) → its UTC date. */
export function fileTimeDate(text: string): string | undefined {
  if (!/^[0-9a-f]{15,16}$/i.test(text)) return undefined;
  const ms = Number(BigInt(`0x${text}`) / 10000n) - 11644473600000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) || ms < 0 ? undefined : date.toISOString().slice(0, 10);
}

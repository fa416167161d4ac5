/**
 * The fixed-width table that `wmic <alias> list` and `wmic <alias> get A,B` write.
 *
 * Layout (based on the corpus captures `qfe/xp_sp3_x86_professional_en-us_qfe.txt` and
 * `qfe/srv_2012r2_u1_qfe.txt`, and wmic's documented behaviour):
 * - a header line of WMI property names (never translated, sorted by name for `get`), each column as wide
 *   as its longest value or name plus two blanks, so a column starts where a name follows two blanks;
 * - one line per instance, every value left-aligned at its column start and padded with blanks; a value may
 *   hold single blanks (`Security Update for Windows XP (KB2115168)`); an empty cell is all blanks;
 * - lines end in CRLF, or in `\r\r\n` when wmic's output went through a pipe or `cmd` redirection, which
 *   puts a blank line after every row; the file is UTF-16LE with a BOM (decoded before it gets here);
 * - `No Instance(s) Available.` (German `Keine Instanzen verfügbar.`) instead of a table when nothing
 *   matched, and `ERROR:` / `FEHLER:` with a `Description = …` / `Beschreibung = …` line when the query
 *   failed; `<alias> - Alias not found.` for an alias this wmic lacks (Wine's wmic: `Error: Alias not found`).
 * A console copy wraps every line at 80 columns, so the header and each row span the same number of screen
 * lines; that count is found by trying it and checking that every row then lines up with the header.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { CONSOLE_WIDTH, endsMidLine } from './console-wrap';
import { isBlank, splitLines, trimmedSlice, type Line } from './lines';

export interface WmicRow {
  line: number;
  /** Cell text by column name, trimmed; '' for an empty cell. A cell the file was cut inside is absent. */
  cells: Record<string, string>;
  /** Set on the last row when the file ends inside it. */
  partial?: true;
}

export interface WmicTable {
  columns: string[];
  rows: WmicRow[];
}

export interface WmicTableResult {
  /** Absent when the text holds no table (an error, or not wmic output); empty rows for "No Instance(s)". */
  table?: WmicTable;
  diagnostics: Diagnostic[];
}

export interface Column {
  name: string;
  start: number;
}

const NO_INSTANCES = /^(No Instance\(s\) Available|Keine Instanzen verf\S*gbar)\.?$/i;
const ERROR_LINE = /^(ERROR|FEHLER)\s*:\s*$/i;
const ERROR_DESCRIPTION = /^(Description|Beschreibung)\s*=\s*(.*)$/i;
/** An error on one line: `qfe - Alias not found.` (an alias this wmic lacks), Wine's `Error: Alias not found`. */
const ERROR_IN_LINE = /^(?:(?:ERROR|FEHLER)\s*:\s*(\S.*)|(\S+ - Alias not found\.?))$/i;

/**
 * Reads a wmic table. With `wanted`, each row holds the cells of those columns only (the columns the caller
 * reads): `wmic qfe` prints 11 columns of which `qfe.ts` reads 4, and cutting a cell costs a slice, a trim and a
 * property of a table without a prototype per row, in baseline code for a fleet scan's first bundles. Everything
 * else (the columns, the layout, the diagnostics, which cells a cut row loses) is the same as without it.
 */
export function parseWmicTable(text: string, file: string, wanted?: readonly string[]): WmicTableResult {
  const lines = splitLines(text);
  const first = lines.findIndex((l) => !isBlank(l));
  const head = lines[first];
  if (head === undefined) return { diagnostics: [diagnostic(file, 'warning', 'empty file: wmic wrote nothing')] };
  if (NO_INSTANCES.test(head.text.trim())) {
    return { table: { columns: [], rows: [] }, diagnostics: [diagnostic(file, 'info', 'wmic found no instances', head.no)] };
  }
  const error = wmicError(lines.slice(first));
  if (error) return { diagnostics: [diagnostic(file, 'error', error.message, error.line)] };
  const layout = findLayout(lines.slice(first));
  if (!layout)
    return { diagnostics: [diagnostic(file, 'error', 'no wmic table: the first line is not a row of property names', head.no)] };
  const diagnostics: Diagnostic[] = [];
  if (!layout.aligned) diagnostics.push(diagnostic(file, 'warning', 'rows do not line up with the header columns', head.no));
  const cells = cellsOf(layout.columns, wanted);
  const rows = layout.rows.map((row) => ({ line: row.no, cells: cutRow(row.text, cells) }));
  const last = rows[rows.length - 1];
  if (last && endsMidLine(text)) {
    markPartial(last, layout.columns, layout.rows[layout.rows.length - 1]!.text);
    diagnostics.push(diagnostic(file, 'warning', `truncated: the last row is cut (line ${last.line})`, last.line));
  }
  return { table: { columns: layout.columns.map((c) => c.name), rows }, diagnostics };
}

function wmicError(lines: Line[]): { message: string; line: number } | undefined {
  const inLine = ERROR_IN_LINE.exec(lines[0]!.text.trim());
  if (inLine) return { message: `wmic reported an error: ${inLine[1] ?? inLine[2]}`, line: lines[0]!.no };
  const at = lines.slice(0, 4).find((l) => ERROR_LINE.test(l.text.trim()));
  if (!at) return undefined;
  const description = lines.map((l) => ERROR_DESCRIPTION.exec(l.text.trim())).find((m) => m !== null);
  const what = description ? `: ${description[2]!.trim()}` : '';
  return { message: `wmic reported an error${what}`, line: at.no };
}

/**
 * Column starts: position 0 and every name that follows two or more blanks. Undefined when not a header.
 * What `/(?:^|\s{2,})(\S+(?: \S+)*)/g` finds (words joined by single blanks), read word by word: the regex
 * retries every blank of a long run, which costs the square of its length.
 */
export function headerColumns(text: string): Column[] | undefined {
  const names: Column[] = [];
  let current: Column | undefined;
  let end = 0;
  for (const word of text.matchAll(/\S+/g)) {
    const gap = word.index - end;
    if (current && gap === 1 && text[end] === ' ') current.name += ` ${word[0]}`;
    else {
      current = word.index === 0 || gap >= 2 ? { name: word[0], start: word.index } : undefined;
      if (current) names.push(current);
    }
    end = word.index + word[0].length;
  }
  if (names.some((c) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.name))) return undefined;
  return names.length > 0 && names[0]!.start === 0 ? names : undefined;
}

interface Layout {
  columns: Column[];
  rows: Line[];
  aligned: boolean;
}

/**
 * Tries one screen line per row, then 2, 3… for a console copy, and keeps the longest span that lines up with the most
 * columns: a first column wider than the console (`Antecedent` of an association) leaves its name alone on the
 * first screen line, under which the wrapped rest lines up as well, as one column.
 */
function findLayout(lines: Line[]): Layout | undefined {
  let fallback: Layout | undefined;
  let best: Layout | undefined;
  for (let span = 1; span <= 8; span++) {
    const header = joinSpan(lines.slice(0, span));
    const columns = header === undefined ? undefined : headerColumns(header);
    if (!columns) break;
    const rows = span === 1 ? lines.slice(1).filter((l) => !isBlank(l)) : groupRows(lines.slice(span), span);
    const layout = { columns, rows, aligned: rows.every((r) => linesUp(r.text, columns)) };
    if (layout.aligned && (!best || (rows.length > 0 && columns.length >= best.columns.length))) best = layout;
    fallback ??= layout;
    if (lines[span] === undefined || isBlank(lines[span]!)) break;
  }
  return best ?? fallback;
}

/** The screen lines of one wrapped line put back together: every part but the last filled the width. */
function joinSpan(parts: Line[]): string | undefined {
  if (parts.length === 0 || parts.some((p) => p.text.length > CONSOLE_WIDTH && parts.length > 1)) return undefined;
  return parts.map((p, i) => (i < parts.length - 1 ? p.text.padEnd(CONSOLE_WIDTH) : p.text)).join('');
}

function groupRows(lines: Line[], span: number): Line[] {
  const rows: Line[] = [];
  for (let i = 0; i < lines.length; i += span) {
    const parts = lines.slice(i, i + span);
    if (parts.every((p) => isBlank(p))) continue;
    rows.push({ no: parts[0]!.no, text: joinSpan(parts) ?? parts.map((p) => p.text).join(' ') });
  }
  return rows;
}

/** A row lines up when the two characters before every column start are blanks (or past its end). */
function linesUp(text: string, columns: Column[]): boolean {
  for (const c of columns) {
    if (c.start === 0 || text.length < c.start - 1) continue;
    // Two blanks, as wmic pads: no need to cut them out and trim them.
    if (text.charCodeAt(c.start - 2) === 32 && text.charCodeAt(c.start - 1) === 32) continue;
    if (text.slice(c.start - 2, c.start).trim() !== '') return false;
  }
  return true;
}

interface CellSpan {
  name: string;
  start: number;
  /** The next column's start (Infinity for the last column). */
  end: number;
}

/** The columns to cut from each row, in order, each with where it ends: all of them, or the wanted ones. */
function cellsOf(columns: Column[], wanted: readonly string[] | undefined): CellSpan[] {
  const spans = columns.map((c, i) => ({ name: c.name, start: c.start, end: columns[i + 1]?.start ?? Infinity }));
  return wanted ? spans.filter((s) => wanted.includes(s.name)) : spans;
}

function cutRow(text: string, columns: CellSpan[]): Record<string, string> {
  // A table without a prototype, as Object.create(null) makes, but built as an ordinary object first: the
  // engine keeps the rows' few cells as fast properties shared by every row, where Object.create(null) starts
  // a hash table per row. `__proto__` would set the prototype of an ordinary object, so such a header keeps
  // to Object.create(null).
  const plain = !columns.some((c) => c.name === '__proto__');
  const cells: Record<string, string> = plain ? {} : (Object.create(null) as Record<string, string>);
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    cells[c.name] = trimmedSlice(text, c.start, c.end);
  }
  if (plain) Object.setPrototypeOf(cells, null);
  return cells;
}

/** In a row the file was cut inside, the cell holding the cut and every cell after it are not known. */
function markPartial(row: WmicRow, columns: Column[], text: string): void {
  row.partial = true;
  const cutAt = text.trimEnd().length;
  for (const c of columns) if (c.start + (row.cells[c.name]?.length ?? 0) >= cutAt || c.start >= cutAt) delete row.cells[c.name];
}

/**
 * The column tables cluster.exe prints: `cluster node`, `cluster group`, `cluster res`, `cluster netint`,
 * `cluster /quorum`, `cluster /listnetpri`, and (through `cluster-properties.ts`) the property listings.
 *
 * Layout, from the Windows Server 2003 cluster.exe message file (cmderror.mc: MSG_RESOURCE_STATUS_HEADER
 * and `%1!-20s! %2!-20s! %3!-15s! %4`) and captures pasted into admin scripts:
 *
 *     Listing status for all available resources:                      <- intro (none for /quorum)
 *
 *     Resource             Group                Node            Status <- header
 *     -------------------- -------------------- --------------- ------ <- the dash runs give the columns
 *     Disks K:             Disk Group           BJMSAPG1A       Online
 *     SQL Network Name (RVT1DB1) RVT1DB1              RST1DB2         Online
 *
 * Every cell but the last is padded to its width and followed by one blank, so a value wider than its
 * column pushes the rest of its row to the right (the second row above). `cluster node` right-aligns its
 * Node ID (`%2!6s!`). Rows are therefore not cut at fixed columns: a row's words are grouped into cells by
 * the grouping that best fits that printf model (values where their columns say, no double blanks inside a
 * value). A console copy wraps rows at 80 columns; the piece on the next line is joined back.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { CONSOLE_WIDTH, endsMidLine } from './console-wrap';
import { isBlank, splitLines, type Line } from './lines';

export interface TableColumn {
  /** The header text above the column (`Node ID`, `Status`). */
  name: string;
  /** 0-based start of the column's dash run. */
  start: number;
  /** Length of the dash run. */
  width: number;
}

export interface TableRow {
  /** Line of the row (its first line when a console copy wrapped it). */
  line: number;
  /** One trimmed value per column; '' where the row leaves a column empty. */
  cells: string[];
  /** False when the row has too few values to fill every column. */
  complete: boolean;
  /** True for the last line of a text that ends without a line break (cut off mid-line). */
  cut: boolean;
}

export interface ClusterTable {
  /** The first non-blank line above the header (`Listing status for all available nodes:`). */
  intro?: Line;
  header: Line;
  columns: TableColumn[];
  rows: TableRow[];
  /** True when the capture ends in the middle of a line below the header: rows may be missing. */
  truncated: boolean;
}

export interface ClusterTableResult {
  table?: ClusterTable;
  diagnostics: Diagnostic[];
}

/** A wrapped line keeps at least this many characters (a cut inside a long blank run leaves fewer). */
const WRAPPED_MIN_LENGTH = 70;
/** Rows with more words than this are cut at the dash columns instead of searched (hostile input). */
const MAX_WORDS = 30;
/** A best grouping that misses the printf model by more than this is no grouping: cut at the columns. */
const MAX_MISALIGNMENT = 3;
/** Weight of the double blanks inside the last value, which is free text. */
const LAST_GAP_WEIGHT = 0.1;

const DASH_RULE = /^-+(?: +-+)*$/;
/** The rest of a dash rule wrapped at 80 columns (it may start with the blank between two runs). */
const DASH_PIECE = /^ ?-+(?: +-+)*$/;

/**
 * Finds the header and dash rule of the first table in the lines; undefined when there is none. `rule` is the
 * index of the rule's last line: a console copy wraps a header and rule wider than 80 columns, and their
 * pieces are joined back.
 */
export function findTableHeader(lines: Line[]): { intro?: Line; header: Line; rule: number; columns: TableColumn[] } | undefined {
  for (let i = 1; i < lines.length; i++) {
    if (!DASH_RULE.test(lines[i]!.text) || isBlank(lines[i - 1]!)) continue;
    let rule = lines[i]!.text;
    let last = i;
    while (isWrappedLength(rule) && DASH_PIECE.test(lines[last + 1]?.text ?? '')) rule = joinPiece(rule, lines[++last]!.text);
    let header = lines[i - 1]!;
    let above = i - 2;
    const start = lines[i - 2];
    if (rule.length > CONSOLE_WIDTH && start && !isBlank(start) && isWrappedLength(start.text)) {
      header = { no: start.no, text: joinPiece(start.text, header.text) };
      above--;
    }
    const columns = columnsOf(rule, header.text);
    if (columns.length === 0) continue;
    const intro = lines.slice(0, above + 1).find((l) => !isBlank(l));
    return { intro, header, rule: last, columns };
  }
  return undefined;
}

/** True when a line may have been wrapped by an 80-column console: it ends at or just before a row end. */
export function isWrappedLength(text: string): boolean {
  const rest = text.length % CONSOLE_WIDTH;
  return text.length > 0 && (rest === 0 || rest >= WRAPPED_MIN_LENGTH);
}

/** Joins the piece a console wrapped back to its line, restoring the blanks the break fell on. */
export function joinPiece(start: string, piece: string): string {
  return start.padEnd(Math.ceil(start.length / CONSOLE_WIDTH) * CONSOLE_WIDTH) + piece;
}

/** Reads the first table of a cluster.exe capture: its header, columns and rows up to the next blank line. */
export function parseClusterTable(text: string, file: string, lines: Line[] = splitLines(text)): ClusterTableResult {
  const found = findTableHeader(lines);
  const cutLine = endsMidLine(text) ? lines[lines.length - 1]?.no : undefined;
  const missing = headerMissing(found?.rule === undefined ? undefined : lines[found.rule], cutLine, file);
  if (missing || !found) return { diagnostics: [missing ?? diagnostic(file, 'error', 'no table found')] };
  const body = lines.slice(found.rule + 1);
  const end = body.findIndex(isBlank);
  const rowLines = joinWrappedRows(end === -1 ? body : body.slice(0, end), found.columns);
  const rows = rowLines.map(({ line, text: rowText }) => {
    const { cells, complete } = splitRow(rowText, found.columns);
    return { line: line.no, cells, complete, cut: line.no === cutLine };
  });
  const diagnostics = rows
    .filter((r) => !r.complete && !r.cut)
    .map((r) =>
      diagnostic(file, 'warning', `row has ${r.cells.filter((c) => c !== '').length} of ${found.columns.length} values`, r.line),
    );
  if (cutLine !== undefined && !rows.some((r) => r.cut)) {
    diagnostics.push(diagnostic(file, 'warning', `truncated: line ${cutLine} is cut off, rows may be missing`, cutLine));
  }
  const table: ClusterTable = { header: found.header, columns: found.columns, rows, truncated: cutLine !== undefined };
  if (found.intro) table.intro = found.intro;
  return { table, diagnostics };
}

/**
 * An error when there is no complete header: none at all, or the capture is cut off before the dash rule
 * ends. Undefined when the header can be used.
 */
export function headerMissing(rule: Line | undefined, cutLine: number | undefined, file: string): Diagnostic | undefined {
  if (cutLine !== undefined && (!rule || rule.no >= cutLine)) {
    return diagnostic(
      file,
      'error',
      `truncated: the capture ends at line ${cutLine}, inside or before the table header`,
      cutLine,
    );
  }
  return rule ? undefined : diagnostic(file, 'error', 'no table found: no header line above a dash rule');
}

function columnsOf(rule: string, header: string): TableColumn[] {
  const columns: TableColumn[] = [];
  const runs = /-+/g;
  for (let m = runs.exec(rule); m; m = runs.exec(rule)) columns.push({ name: '', start: m.index, width: m[0].length });
  columns.forEach((c, k) => {
    const next = columns[k + 1];
    c.name = header.slice(c.start, next ? next.start : undefined).trim();
  });
  return columns;
}

interface RowText {
  line: Line;
  text: string;
}

/** Joins the pieces of rows a console copy wrapped at 80 columns back onto their rows. */
export function joinWrappedRows(lines: Line[], columns: TableColumn[]): RowText[] {
  const rows: RowText[] = [];
  for (const line of lines) {
    const prev = rows[rows.length - 1];
    if (prev && isWrappedPiece(prev.text, line.text, columns.length)) {
      prev.text = joinPiece(prev.text, line.text);
    } else {
      rows.push({ line, text: line.text });
    }
  }
  return rows;
}

/**
 * A wrapped piece holds fewer values than a row, and follows a line that filled the console, or (when the
 * break fell inside a run of blanks, which the line lost) starts with the rest of those blanks.
 */
function isWrappedPiece(prev: string, text: string, columnCount: number): boolean {
  const filled = isWrappedLength(prev) || (/^\s/.test(text) && prev.length >= CONSOLE_WIDTH / 2);
  return filled && wordsOf(text).length < columnCount;
}

interface Word {
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ start: m.index, end: m.index + m[0].length });
  return words;
}

/**
 * Splits one row into one value per column. With `lastMayBeEmpty` a row may also leave its last column
 * empty (a property listing's empty string value); the grouping that fits best wins.
 */
export function splitRow(text: string, columns: TableColumn[], lastMayBeEmpty = false): { cells: string[]; complete: boolean } {
  const words = wordsOf(text);
  const full = words.length <= MAX_WORDS ? bestGrouping(words, columns) : undefined;
  const short =
    lastMayBeEmpty && columns.length > 1 && words.length <= MAX_WORDS ? bestGrouping(words, columns.slice(0, -1)) : undefined;
  const best = short && (!full || isBetter(short, full)) ? short : full;
  if (!best || best.cost > MAX_MISALIGNMENT) return cutAtColumns(text, columns, lastMayBeEmpty);
  const firsts = firstsOf(best);
  const cells = firsts.map((first, k) => {
    const next = firsts[k + 1] ?? words.length;
    return text.slice(words[first]!.start, words[next - 1]!.end);
  });
  while (cells.length < columns.length) cells.push('');
  return { cells, complete: true };
}

function cutAtColumns(text: string, columns: TableColumn[], lastMayBeEmpty: boolean): { cells: string[]; complete: boolean } {
  const cells = columns.map((c, k) => text.slice(c.start, columns[k + 1]?.start).trim());
  const needed = lastMayBeEmpty ? cells.slice(0, -1) : cells;
  return { cells, complete: needed.length > 0 && needed[needed.length - 1] !== '' && cells[0] !== '' };
}

interface Grouping {
  /** Index of the first word of this column. */
  first: number;
  /** How far this column and the ones after it miss the printf model. */
  cost: number;
  /** The grouping of the columns after this one. */
  rest?: Grouping;
}

/**
 * The grouping of words into columns that best fits the printf model. The best rest of a row depends only on
 * the column, its first word and where that column is expected to start, so those results are remembered:
 * the search stays polynomial for any row. Exact when the best grouping misses by at most MAX_MISALIGNMENT (the
 * only case splitRow uses it in); otherwise a grouping that misses by more, or none.
 */
function bestGrouping(words: Word[], columns: TableColumn[]): Grouping | undefined {
  if (columns.length === 0 || words.length < columns.length) return undefined;
  const memo = new Map<number, Grouping | null>();
  const solve = (k: number, i: number, expected: number): Grouping | undefined => {
    const key = (expected * (MAX_WORDS + 1) + i) * columns.length + k;
    const known = memo.get(key);
    if (known !== undefined) return known ?? undefined;
    let best: Grouping | undefined;
    if (k === columns.length - 1) {
      // The last value may hold double blanks (free text); they only decide between equally good groupings.
      best = { first: i, cost: Math.abs(words[i]!.start - expected) + LAST_GAP_WEIGHT * extraBlanks(words, i, words.length) };
    } else {
      const width = columns[k + 1]!.start - columns[k]!.start - 1;
      // Longer values first: of two equally good groupings the one with the longer first values wins (a long
      // name can hold a prefix that fills its column exactly, `Exchange Information` of a resource name).
      for (let j = words.length - (columns.length - k - 1); j > i; j--) {
        // No cost is negative, so a grouping costs at least its first cell. One whose first cell already misses by
        // more than any row may (a row that misses by more is cut at the columns, whatever its best grouping), or
        // by more than the best grouping found here, is never chosen: its rest is not searched.
        const own = cellCost(words, i, j, expected, width);
        if (own > MAX_MISALIGNMENT + EPSILON || (best && own > best.cost + EPSILON)) continue;
        const rest = solve(k + 1, j, Math.max(expected + width, words[j - 1]!.end) + 1);
        if (!rest) continue;
        // `isBetter({ first: i, cost, rest }, best)` without building the candidate first (both start at word i).
        const cost = own + rest.cost;
        if (!best || restIsBetter(cost, rest, best)) best = { first: i, cost, rest };
      }
    }
    memo.set(key, best ?? null);
    return best;
  };
  return solve(0, 0, columns[0]!.start);
}

/** The index of each column's first word. */
function firstsOf(grouping: Grouping): number[] {
  const firsts: number[] = [];
  for (let g: Grouping | undefined = grouping; g; g = g.rest) firsts.push(g.first);
  return firsts;
}

const EPSILON = 1e-9;

/** Cheaper, or as cheap with longer first values. */
function isBetter(a: Grouping, b: Grouping): boolean {
  return restIsBetter(a.cost, a.rest, b);
}

/** isBetter for a grouping given by its cost and rest (its first word is compared by the caller, or equal). */
function restIsBetter(cost: number, rest: Grouping | undefined, b: Grouping): boolean {
  if (Math.abs(cost - b.cost) > EPSILON) return cost < b.cost;
  for (let x = rest, y = b.rest; x && y; x = x.rest, y = y.rest) {
    if (x.first !== y.first) return x.first > y.first;
  }
  return false;
}

/** How far words [i, j) miss a cell of `width` expected at `expected`, plus the double blanks inside them. */
function cellCost(words: Word[], i: number, j: number, expected: number, width: number): number {
  const start = words[i]!.start;
  const end = words[j - 1]!.end;
  let cost: number;
  if (end - start > width) cost = Math.abs(start - expected);
  else if (start < expected) cost = expected - start;
  else cost = Math.max(0, end - (expected + width));
  return cost + extraBlanks(words, i, j);
}

/** The blanks between words [i, j) beyond one per gap: padding, which no value holds. */
function extraBlanks(words: Word[], i: number, j: number): number {
  let extra = 0;
  for (let m = i; m < j - 1; m++) extra += words[m + 1]!.start - words[m]!.end - 1;
  return extra;
}

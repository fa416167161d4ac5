/**
 * What the cluster.exe and net.exe sources share: refusing input that is no command output, telling the
 * language from a source's own label table, naming the languages no source knows, reading cluster.exe's
 * status tables. The localized words themselves stay in each source's `LABELS` table.
 */
import type { Language, SourceInput } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { parseClusterProperties, type ClusterPropertyListing } from '../shapes/cluster-properties';
import { parseClusterTable, type TableRow } from '../shapes/cluster-table';
import { isBlank, splitLines, type Line } from '../shapes/lines';
import { unreadableInput } from '../shapes/preflight';

/**
 * A marker `first … then` on one line: the words (regex sources, whole words, any case) in that order. The
 * lookahead takes the first `first` once and for all: `/\bfirst\b.*\bthen\b/` tries every `first` of the line
 * against the rest of it, which costs the square of a hostile line's length.
 */
export function wordsInOrder(first: string, then: string): RegExp {
  return new RegExp(`^(?=([^]*?\\b(?:${first})\\b))\\1[^]*\\b(?:${then})\\b`, 'i');
}

/** The language whose markers match most lines (at least one), or undefined. */
export function languageByMarkers(lines: Line[], markers: Record<Language, RegExp[]>): Language | undefined {
  let best: Language | undefined;
  let bestScore = 0;
  for (const language of ['en', 'de'] as const) {
    const score = markers[language].filter((re) => lines.some((l) => re.test(l.text))).length;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** The name of the first language whose markers appear in the lines (`French`), or undefined. */
export function foreignLanguage(lines: Line[], markers: Record<string, RegExp[]>): string | undefined {
  return Object.keys(markers).find((name) => markers[name]!.some((re) => lines.some((l) => re.test(l.text))));
}

/** Words of cluster.exe headers and intros in languages bpa does not read. */
export const CLUSTER_FOREIGN: Record<string, RegExp[]> = {
  French: [/\bN(?:œ|oe)ud\b/i, /\b[ÉE]tat\b/, /^Liste (?:de|des)\b/i, /\bValeur\b/],
  Spanish: [/\bEstado\b/, /\bRecurso\b/, /^Mostrando\b/i],
  Italian: [/\bStato\b/, /\bRisorsa\b/, /\bValore\b/],
  Dutch: [/\bKnooppunt\b/i, wordsInOrder('Bron', 'Groep'), /\bWaarde\b/],
  Russian: [/Узел|Состояние|Ресурс|Группа|Значение/],
};

/** Diagnostics for `System error 1722 has occurred (0x000006ba).` and the explanation that follows it. */
export function clusterErrors(lines: Line[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:System error|Systemfehler) (\d+)/i.exec(line.text);
    if (!m) return;
    const explanation = lines
      .slice(i + 1)
      .find((l) => !isBlank(l))
      ?.text.trim();
    const message = `cluster.exe reported system error ${m[1]}${explanation ? `: ${explanation}` : ''}`;
    out.push(diagnostic(file, 'error', message, line.no));
  });
  return out;
}

/** Folds a state word for lookup: lower case, single blanks, letters outside ASCII dropped (a wrong code page). */
function foldState(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The state a status word names, looked up in the given language first, then in the other one. */
export function stateOf<S extends string>(
  text: string,
  tables: Record<Language, Record<string, S>>,
  language?: Language,
): S | undefined {
  const word = foldState(text);
  const order: Language[] = language === 'de' ? ['de', 'en'] : ['en', 'de'];
  for (const l of order) {
    const hit = Object.entries(tables[l]).find(([k]) => foldState(k) === word);
    if (hit) return hit[1];
  }
  return undefined;
}

export interface StatusTableLabels<S extends string> {
  /** Patterns of the intro and header lines, to tell the language. */
  markers: RegExp[];
  /** Status words as cluster.exe prints them → the state. */
  states: Record<string, S>;
}

export interface StatusTableSpec<S extends string> {
  detectLanguage: (lines: Line[]) => Language | undefined;
  states: Record<Language, Record<string, S>>;
  /** How many columns the table has, status included. */
  columns: number;
}

export interface StatusRow<S extends string> {
  line: number;
  /** The cells before the status column. */
  cells: string[];
  state?: S;
  stateText: string;
}

export interface StatusTable<S extends string> {
  /** Undefined when no table could be read (the facts stay unknown). */
  rows?: StatusRow<S>[];
  /** True when the capture ends in the middle of a row: the list may miss entries. */
  truncated: boolean;
  language?: Language;
  diagnostics: Diagnostic[];
}

/** Reads a cluster.exe status table whose last column is a status word (`cluster node`, `group`, `res`, `netint`). */
export function readStatusTable<S extends string>(
  input: SourceInput,
  spec: StatusTableSpec<S>,
  lines: Line[] = splitLines(input.text),
): StatusTable<S> {
  const bad = unreadableInput(input);
  if (bad) return { truncated: false, diagnostics: [bad] };
  const language = spec.detectLanguage(lines);
  const columnCount = spec.columns;
  const foreign = language ? undefined : foreignLanguage(lines, CLUSTER_FOREIGN);
  const diagnostics = foreign ? [diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`)] : [];
  const { table, diagnostics: tableDiagnostics } = parseClusterTable(input.text, input.file, lines);
  const errors = clusterErrors(lines, input.file);
  if (!table)
    return { truncated: false, language, diagnostics: [...diagnostics, ...(errors.length > 0 ? errors : tableDiagnostics)] };
  if (table.columns.length !== columnCount) {
    const names = table.columns.map((c) => c.name).join(', ');
    const message = `unexpected table: ${table.columns.length} columns (${names}) where ${columnCount} were expected`;
    return {
      truncated: false,
      language,
      diagnostics: [...diagnostics, diagnostic(input.file, 'error', message, table.header.no)],
    };
  }
  diagnostics.push(...tableDiagnostics, ...errors);
  const tables = spec.states;
  const rows: StatusRow<S>[] = [];
  for (const row of table.rows) {
    const read = statusRow(row, tables, language);
    if (row.cut && (read.state === undefined || !row.complete)) {
      diagnostics.push(
        diagnostic(input.file, 'warning', `truncated: line ${row.line} is cut off, its entry is not read`, row.line),
      );
    } else if (row.cut) {
      diagnostics.push(
        diagnostic(input.file, 'warning', `truncated: line ${row.line} is cut off, entries may be missing after it`, row.line),
      );
      rows.push(read);
    } else if (!row.complete) {
      continue;
    } else {
      if (read.state === undefined && !foreign) {
        diagnostics.push(diagnostic(input.file, 'warning', `unknown status "${read.stateText}"`, row.line));
      }
      rows.push(read);
    }
  }
  return { rows, truncated: table.truncated, language, diagnostics };
}

function statusRow<S extends string>(
  row: TableRow,
  tables: Record<Language, Record<string, S>>,
  language?: Language,
): StatusRow<S> {
  const stateText = row.cells[row.cells.length - 1] ?? '';
  const out: StatusRow<S> = { line: row.line, cells: row.cells.slice(0, -1), stateText };
  const state = stateOf(stateText, tables, language);
  if (state !== undefined) out.state = state;
  return out;
}

export interface PropertyListingRead {
  /** Undefined when no listing could be read (the facts stay unknown). */
  listing?: ClusterPropertyListing;
  language?: Language;
  diagnostics: Diagnostic[];
}

/** Reads a cluster.exe property listing (`/prop`, `/priv`): input checks, language, errors, the listing. */
export function readPropertyListing(
  input: SourceInput,
  detectLanguage: (lines: Line[]) => Language | undefined,
): PropertyListingRead {
  const bad = unreadableInput(input);
  if (bad) return { diagnostics: [bad] };
  const lines = splitLines(input.text);
  const language = detectLanguage(lines);
  const foreign = language ? undefined : foreignLanguage(lines, CLUSTER_FOREIGN);
  const diagnostics = foreign ? [diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`)] : [];
  const { listing, diagnostics: listingDiagnostics } = parseClusterProperties(input.text, input.file, lines);
  const errors = clusterErrors(lines, input.file);
  diagnostics.push(...(listing || errors.length === 0 ? listingDiagnostics : []), ...errors);
  const read: PropertyListingRead = { diagnostics };
  if (listing) read.listing = listing;
  if (language) read.language = language;
  return read;
}

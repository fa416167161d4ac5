/**
 * The property listings of cluster.exe: `cluster /prop`, `cluster network /prop`, `cluster res "<name>" /priv`
 * (and any other `/prop` or `/priv` listing).
 *
 * Layout, from the Windows Server 2003 cluster.exe sources (util.cpp PrintProperty, cmderror.mc
 * MSG_PROPERTY_HEADER_*_ALL, MSG_PROPERTY_*_WITH_OWNER):
 *
 *     Listing private properties for 'Majority Node Set':
 *
 *     T  Resource             Name                           Value
 *     -- -------------------- ------------------------------ -----------------------
 *     S  Majority Node Set    MNSFileShare                   \\FSW01\MNS_FSW_CCR1
 *     D  Majority Node Set    MNSFileShareCheckInterval      240 (0xf0)
 *     M  Cluster Group        ...                            first string      <- a multi-string repeats its
 *     M  Cluster Group        ...                            second string     <- row once per string
 *     B  CLUSTER1             Security Descriptor            01 00 14 80 ... (136 bytes)
 *
 * The first column is the format letter (B binary, D DWORD, S string, E expandable string, M multi-string,
 * I unsigned 64-bit, L signed 32-bit, X expanded string, U user) followed by `R` for a read-only property.
 * Numbers print as `240 (0xf0)`. Between the type and the name stand the owner columns (cluster, network,
 * resource; node and network for interfaces); a listing of one object may have none. Owner names longer
 * than their column push the row right, like every cluster.exe table (see `cluster-table.ts`).
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { findTableHeader, headerMissing, isWrappedLength, joinPiece, splitRow } from './cluster-table';
import { endsMidLine } from './console-wrap';
import { isBlank, splitLines, type Line } from './lines';

export type ClusterPropertyType =
  | 'binary'
  | 'dword'
  | 'string'
  | 'expandString'
  | 'multiString'
  | 'ulargeInteger'
  | 'long'
  | 'expandedString'
  | 'user'
  | 'unknown';

/** A number for D, L and I; the strings for M; the text as printed for everything else. */
export type ClusterPropertyValue = string | number | string[];

export interface ClusterProperty {
  name: string;
  type: ClusterPropertyType;
  readOnly: boolean;
  value: ClusterPropertyValue;
  /** Line of the property (its first line for a multi-string). */
  line: number;
}

export interface ClusterPropertyObject {
  /** The owner cells joined by ' / ' (one cell for a cluster, network or resource). */
  name: string;
  owner: string[];
  properties: ClusterProperty[];
}

export interface ClusterPropertyListing {
  intro?: Line;
  /** The name quoted in the intro line (`Listing properties for 'CLUSTER1':`), in any language. */
  introName?: string;
  /** Headers of the owner columns (`Cluster`, `Network`, `Resource`; `Node`, `Network`). */
  ownerColumns: string[];
  objects: ClusterPropertyObject[];
  /** True when the capture is cut off inside a row that could not be read: properties may be missing. */
  truncated?: boolean;
}

const TYPES: Record<string, ClusterPropertyType> = {
  B: 'binary',
  D: 'dword',
  S: 'string',
  E: 'expandString',
  M: 'multiString',
  I: 'ulargeInteger',
  L: 'long',
  X: 'expandedString',
  U: 'user',
};

const ROW_START = /^[BDSEMILXU ][R ] /;
/** The only property names with a blank in them. */
const SPACED_NAMES = new Set(['security descriptor']);
const NUMBER_VALUE = /^(-?\d+) \(0x([0-9a-f]+)\)$/i;
const BINARY_VALUE = /\(\d+ bytes\)$|^(?:[0-9A-F]{2}(?: [0-9A-F]{2})*)?$/;

/** Reads a cluster.exe property listing into objects and their properties. */
export function parseClusterProperties(
  text: string,
  file: string,
  lines: Line[] = splitLines(text),
): { listing?: ClusterPropertyListing; diagnostics: Diagnostic[] } {
  const found = findTableHeader(lines);
  const cutLine = endsMidLine(text) ? lines[lines.length - 1]?.no : undefined;
  const missing = headerMissing(found ? lines[found.rule] : undefined, cutLine, file);
  if (missing) return { diagnostics: [missing] };
  if (!found || found.columns.length < 3 || found.columns[0]!.name !== 'T') {
    return {
      diagnostics: [diagnostic(file, 'error', 'no property listing found: no "T  Name  Value" header above a dash rule')],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const listing: ClusterPropertyListing = { ownerColumns: found.columns.slice(1, -2).map((c) => c.name), objects: [] };
  if (found.intro) {
    listing.intro = found.intro;
    const quoted = /'(.+)'/.exec(found.intro.text);
    if (quoted) listing.introName = quoted[1];
  }
  for (const row of joinWrappedProperties(lines.slice(found.rule + 1), file, diagnostics)) {
    const property = readRow(row, found.columns, file, row.line.no === cutLine, diagnostics);
    if (property === 'cut') listing.truncated = true;
    else if (property) addProperty(listing.objects, property.owner, property.property);
  }
  return { listing, diagnostics };
}

/** The property of an object by name, ignoring case; undefined when the listing does not hold it. */
export function propertyOf(object: ClusterPropertyObject | undefined, name: string): ClusterProperty | undefined {
  const wanted = name.toLowerCase();
  return object?.properties.find((p) => p.name.toLowerCase() === wanted);
}

interface RowText {
  line: Line;
  text: string;
}

function joinWrappedProperties(lines: Line[], file: string, diagnostics: Diagnostic[]): RowText[] {
  const rows: RowText[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const prev = rows[rows.length - 1];
    if (ROW_START.test(line.text) && !/^ {3}/.test(line.text)) {
      rows.push({ line, text: line.text });
    } else if (prev && isWrappedLength(prev.text)) {
      prev.text = joinPiece(prev.text, line.text);
    } else {
      diagnostics.push(diagnostic(file, 'warning', 'line is not a property row', line.no));
    }
  }
  return rows;
}

function readRow(
  row: RowText,
  columns: { name: string; start: number; width: number }[],
  file: string,
  cut: boolean,
  diagnostics: Diagnostic[],
): { owner: string[]; property: ClusterProperty } | 'cut' | undefined {
  const { cells, complete } = nameAsOneWord(row.text, splitRow(row.text, columns, true));
  const name = cells[cells.length - 2] ?? '';
  if (!complete || name === '') {
    diagnostics.push(
      diagnostic(
        file,
        'warning',
        cut ? `truncated: line ${row.line.no} is cut off` : 'property row has no property name',
        row.line.no,
      ),
    );
    return cut ? 'cut' : undefined;
  }
  const type = TYPES[row.text[0] ?? ''] ?? 'unknown';
  const raw = cells[cells.length - 1] ?? '';
  const value = valueOf(type, raw);
  if (cut && typeof value !== 'number') {
    diagnostics.push(
      diagnostic(file, 'warning', `truncated: line ${row.line.no} is cut off, property ${name} not read`, row.line.no),
    );
    return 'cut';
  }
  if (value === undefined) {
    diagnostics.push(diagnostic(file, 'warning', `property ${name} has an unreadable ${type} value "${raw}"`, row.line.no));
  }
  const property: ClusterProperty = { name, type, readOnly: row.text[1] === 'R', value: value ?? raw, line: row.line.no };
  return { owner: cells.slice(1, -2), property };
}

/**
 * Property names are single words (but for `Security Descriptor`): when a name longer than its column pushed
 * the value right, the words after the name belong to the value (`DisableGroupPreferredOwnerRandomization 0 (0x0)`).
 */
function nameAsOneWord(text: string, split: { cells: string[]; complete: boolean }): { cells: string[]; complete: boolean } {
  const cells = [...split.cells];
  const name = cells[cells.length - 2] ?? '';
  const blank = name.indexOf(' ');
  if (blank < 0 || SPACED_NAMES.has(name.toLowerCase())) return split;
  const value = cells[cells.length - 1] ?? '';
  const valueAt = value === '' ? text.length : text.lastIndexOf(value);
  const nameAt = text.lastIndexOf(name, valueAt);
  cells[cells.length - 2] = name.slice(0, blank);
  cells[cells.length - 1] = text.slice(nameAt + blank, valueAt + value.length).trim();
  return { cells, complete: split.complete };
}

function valueOf(type: ClusterPropertyType, raw: string): ClusterPropertyValue | undefined {
  if (type === 'dword' || type === 'long' || type === 'ulargeInteger') {
    const m = NUMBER_VALUE.exec(raw);
    if (!m) return undefined;
    const n = Number(m[1]);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (type === 'multiString') return raw === '' ? [] : [raw];
  if (type === 'binary') return BINARY_VALUE.test(raw) ? raw : undefined;
  return raw;
}

function addProperty(objects: ClusterPropertyObject[], owner: string[], property: ClusterProperty): void {
  const name = owner.join(' / ');
  let object = objects.find((o) => o.name === name);
  if (!object) {
    object = { name, owner, properties: [] };
    objects.push(object);
  }
  const last = object.properties[object.properties.length - 1];
  if (
    property.type === 'multiString' &&
    last?.type === 'multiString' &&
    last.name === property.name &&
    Array.isArray(last.value)
  ) {
    last.value.push(...(property.value as string[]));
    return;
  }
  object.properties.push(property);
}

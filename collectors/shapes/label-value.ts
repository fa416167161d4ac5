/**
 * `Label:   value` lists, in the two layouts Windows tools print them:
 *
 * - systeminfo: labels at column 0, every value starting in one column (27 in English, 47 in German, 44 in
 *   French), labels that may themselves hold `: ` (`Page File: Max Size:`); multi-line fields (`Hotfix(s)`,
 *   `Network Card(s)`, `Processor(s)`) continue on lines indented to the value column or deeper, as numbered
 *   items `[01]: …` with their own nested lines.
 * - ipconfig /all: a title line, then sections whose headings start at column 0 (`Ethernet adapter LAN:`),
 *   fields indented (3 blanks since Vista, 8 on XP/2003) with leader dots (`Host Name . . . . : EX1`), more
 *   values of a field (DNS servers, addresses) on lines indented to the value column without a label.
 *
 * Layout based on the captures in `test/fixtures/corpus/` (systeminfo of Server 2003 SP1/R2 SP2, Windows 7
 * German, Server 2012 R2; ipconfig of XP and Server 2008) and on pasted German ipconfig output of XP and
 * Windows 7 (ubuntuforums/askubuntu posts: `Verbindungsspezifisches DNS-Suffix:` without leader dots,
 * `IPv4-Adresse (Auto. Konfiguration): …`, a description wrapped at 80 columns onto column 0).
 *
 * A console copy wraps lines longer than 80 columns: the rest starts at column 0 right below. Such a line is
 * joined back (see `joinWrapped`) before anything else looks at it.
 */
import { joinWrapped } from './console-wrap';
import { isBlank, isSpace, leadingBlanks, splitLines, trimEndWhere, type Line } from './lines';

/** One labelled field: its label as printed (without leader dots and colon), its value, and what follows it. */
export interface LabelValueField {
  label: string;
  /** The text after the label on its own line, trimmed; '' when the line has none. */
  value: string;
  line: number;
  /** The lines after the field that belong to it (more values, nested items), with their indentation. */
  more: Line[];
}

export interface LabelValueSection {
  /** The heading line (ipconfig), without its colon; absent for the fields before any heading. */
  heading?: string;
  line?: number;
  fields: LabelValueField[];
}

export interface LabelValueList {
  sections: LabelValueSection[];
  /** The column where the values start (the most common one), when any field was found. */
  valueColumn?: number;
  /** Lines that fit nowhere (text before the first field, junk). */
  stray: Line[];
}

export interface LabelValueOptions {
  /**
   * ipconfig: lines at column 0 are section headings and fields are indented. systeminfo (false): fields
   * start at column 0 and there are no headings.
   */
  headings: boolean;
}

/** Reads a label/value list. Never throws; anything it cannot place goes to `stray`. */
export function parseLabelValue(text: string, options: LabelValueOptions, raw: Line[] = splitLines(text)): LabelValueList {
  const valueColumn = findValueColumn(raw, options);
  const lines = unwrapConsoleLines(raw, (line) => !options.headings && splitField(line.text, valueColumn) !== undefined);
  const result: LabelValueList = { sections: [{ fields: [] }], stray: [] };
  if (valueColumn !== undefined) result.valueColumn = valueColumn;
  let section = result.sections[0]!;
  let field: LabelValueField | undefined;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const indent = indentOf(line.text);
    if (options.headings && indent === 0) {
      const heading = line.text.trim();
      section = { heading: heading.endsWith(':') ? heading.slice(0, -1).trimEnd() : heading, line: line.no, fields: [] };
      result.sections.push(section);
      field = undefined;
      continue;
    }
    const mayBeField = (options.headings || indent === 0) && (valueColumn === undefined || indent < valueColumn);
    const split = mayBeField ? splitField(line.text, valueColumn) : undefined;
    if (split) {
      field = { label: split.label, value: split.value, line: line.no, more: [] };
      section.fields.push(field);
    } else if (field) {
      field.more.push(line);
    } else {
      result.stray.push(line);
    }
  }
  result.sections = result.sections.filter((s, i) => i > 0 || s.fields.length > 0);
  return result;
}

/**
 * Splits `Label . . . :   value` at the value column; a label that runs past the column (or text without a
 * known column) is split at its first colon followed by a blank. Undefined when the line has no label (a
 * numbered item `[01]: …` has none).
 */
export function splitField(text: string, valueColumn?: number): { label: string; value: string } | undefined {
  if (valueColumn !== undefined) {
    const head = text.slice(0, valueColumn).trimEnd();
    if (head.endsWith(':') && head.trim().length > 1) {
      return { label: cleanLabel(head.slice(0, -1)), value: text.slice(valueColumn).trim() };
    }
  }
  // What /^(\s*[^:\s[][^:]*?)\s*:(?:\s+(.*))?$/ matches, without its cost (the square of a long blank run).
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1);
  if (label === '' || label.startsWith('[') || (rest !== '' && !isSpace(rest[0]!))) return undefined;
  if (/[\n\r\u2028\u2029]/.test(rest.trimStart())) return undefined;
  return { label: cleanLabel(label), value: rest.trim() };
}

/** Leader dots and blanks removed: `Host Name . . . . .` → `Host Name`, `DNS Suffix  .` → `DNS Suffix`. */
function cleanLabel(text: string): string {
  return trimEndWhere(text.trim(), (c) => c === '.' || isSpace(c)).replace(/\s+/g, ' ');
}

/** The most common column where the value of a labelled line starts. */
function findValueColumn(lines: Line[], options: LabelValueOptions): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const indent = indentOf(line.text);
    if (options.headings ? indent === 0 : indent > 0) continue;
    const m = /^(\s*[^:\s][^:]*?:)(\s+)\S/.exec(line.text);
    if (!m) continue;
    const column = m[1]!.length + m[2]!.length;
    counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [column, count] of counts) if (best === undefined || count > counts.get(best)!) best = column;
  return best;
}

/**
 * Joins the rest of lines that a console wrapped: a line at column 0 right below a non-blank line continues
 * it, unless it is a field of its own (`isField`, for layouts whose fields start at column 0). A line at
 * column 0 after a blank line is a heading or a field, never a rest.
 */
function unwrapConsoleLines(lines: Line[], isField: (line: Line) => boolean): Line[] {
  const out: Line[] = [];
  // Whether the last line out is blank, kept aside: testing a line that grows by every rest joined to it
  // would cost quadratic time on a long run of rests (hostile or junk input).
  let previousBlank = true;
  for (const line of lines) {
    const previous = out[out.length - 1];
    const blank = isBlank(line);
    const isRest = previous !== undefined && !previousBlank && !blank && indentOf(line.text) === 0 && !isField(line);
    if (isRest) out[out.length - 1] = { no: previous.no, text: joinWrapped(previous.text, line.text) };
    else {
      out.push(line);
      previousBlank = blank;
    }
  }
  return out;
}

function indentOf(text: string): number {
  return leadingBlanks(text);
}

/** A numbered item `[01]: text` of a multi-line field, with the lines nested below it. */
export interface NestedItem {
  index: number;
  text: string;
  line: number;
  children: Line[];
}

/**
 * The numbered items of a field's `more` lines (systeminfo's hotfixes, network cards and their addresses):
 * items at the indentation of the first one, deeper lines as the children of the item above them. Lines at
 * the items' indentation that are no item (a copy cut in `[24`) come back in `others`.
 */
export function nestedItems(more: Line[]): { items: NestedItem[]; others: Line[] } {
  const items: NestedItem[] = [];
  const others: Line[] = [];
  let itemIndent: number | undefined;
  for (const line of more) {
    const indent = indentOf(line.text);
    const m = /^\s*\[(\d+)\]\s*:\s?(.*)$/.exec(line.text);
    const current = items[items.length - 1];
    if (m && (itemIndent === undefined || indent <= itemIndent)) {
      itemIndent ??= indent;
      items.push({ index: Number(m[1]), text: m[2]!.trim(), line: line.no, children: [] });
    } else if (current && itemIndent !== undefined && indent > itemIndent) {
      current.children.push(line);
    } else {
      others.push(line);
    }
  }
  return { items, others };
}

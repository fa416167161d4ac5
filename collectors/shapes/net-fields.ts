/**
 * The label/value output of `net user <name> /domain` and `net localgroup <name>` (net.exe).
 *
 * Layout, from captures of net.exe on Windows XP/2003 to 11, English and German (CP850):
 *
 *     The request will be processed at a domain controller for domain contoso.com.   <- with /domain only
 *
 *     User name                    clusadmin                    <- label, blanks, value at a fixed column
 *     Full Name                                                 <- an empty value: the label alone
 *     Logon hours allowed          Sonntag 13:00:00 - 19:00:00
 *                                  Montag 13:00:00 - 15:00:00   <- a value continued at the value column
 *     Local Group Memberships      *Administrators       *Users <- '*'-names in slots of 22 characters
 *     Global Group memberships     *Domain Users
 *     The command completed successfully.
 *
 * The value column is 29 in English (2003 to 11) and 36 in German; it is found per file. `net localgroup`
 * ends with `Members`, a dash rule and one member per line. German lines end `Der Befehl wurde erfolgreich
 * ausgeführt.`. Failures read `System error 2221 has occurred.` / `Systemfehler 2221 aufgetreten.`.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { isWrappedLength, joinPiece } from './cluster-table';
import { CONSOLE_WIDTH, endsMidLine } from './console-wrap';
import { isBlank, leadingBlanks, splitLines, type Line } from './lines';

export interface NetField {
  /** The label as written (`Account active`, `Kennwort läuft ab`). */
  label: string;
  /** The value on the label's line, trimmed ('' when the line holds the label alone). */
  value: string;
  /** Values continued on the following lines, each trimmed. */
  more: string[];
  line: number;
}

export interface NetFields {
  /** Domain named by the "request will be processed at a domain controller" preamble. */
  domain?: string;
  fields: NetField[];
  /** The lines after the dash rule (the members of a local group), when there is a rule. */
  members?: string[];
  /** Line of the dash rule. */
  membersLine?: number;
  /** True when net.exe's closing line (`The command completed successfully.`) was read. */
  completed: boolean;
  /** `System error <n> has occurred.` and the lines that explain it. */
  errors: { line: number; code?: number; text: string }[];
}

/** net.exe's own sentences, which frame every output; the field labels belong to the sources. */
const NET_MESSAGES = {
  completed: [
    /^The command completed successfully\.?$/i,
    /^Der Befehl wurde erfolgreich ausgef\S*hrt\.?$/i,
    // Other languages, so that what needs no label (the members of a group) is still read whole.
    /^La commande s.est termin\S*e correctement\.?$/i,
    /^Se ha completado el comando correctamente\.?$/i,
    /^Esecuzione comando riuscita\.?$/i,
    /^De opdracht is voltooid\.?$/i,
    /^Команда выполнена успешно\.?$/i,
  ],
  completedWithErrors: [
    /^The command completed with one or more errors\.?$/i,
    /^Der Befehl wurde mit einem oder mehreren Fehlern ausgef\S*hrt\.?$/i,
  ],
  preamble: [
    /^The request will be processed at a domain controller for domain (\S+?)\.?$/i,
    /^Die Anforderung wird (?:bei|auf|von) einem Dom\S*nencontroller f\S*r (?:die )?Dom\S*ne (\S+?) bearbeitet\.?$/i,
  ],
  systemError: [/^System error (\d+) has occurred\.?$/i, /^Systemfehler (\d+) aufgetreten\.?$/i],
  helpMessage: [/NET HELPMSG \d+/i],
};

const DASH_RULE = /^-{10,}$/;
/** Continuation lines are indented to the value column (14 and more); a wrapped piece starts with fewer blanks. */
const MIN_INDENT = 10;

/** What foldLabel changes: a character outside printable ASCII, a run of blanks, a blank at either end. */
const FOLD_WORK = /[^\x20-\x7e]|\x20\x20|^\x20|\x20$/;

/** Folds a label for comparison: lower case, letters outside ASCII dropped (so `läuft`, `l„uft` and `luft` meet). */
export function foldLabel(label: string): string {
  const lower = label.toLowerCase();
  // Most labels and line starts are printable ASCII with single blanks inside: nothing to drop, fold or trim.
  // This test is cheaper than the three passes below, which run for every line of every net.exe file.
  if (!FOLD_WORK.test(lower)) return lower;
  return lower
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The '*'-prefixed names of a group membership value (`*Domain Users         *Exchange Servers`). */
export function starredNames(values: string[]): string[] {
  return values
    .join(' ')
    .split('*')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Reads net.exe label/value output. `labels` are the labels the caller knows, in every language it reads. */
export function parseNetFields(
  text: string,
  file: string,
  labels: string[] = [],
  lines: Line[] = splitLines(text),
): { fields: NetFields; diagnostics: Diagnostic[] } {
  const known = new Set(labels.map(foldLabel));
  const valueColumn = findValueColumn(lines, known);
  const result: NetFields = { fields: [], completed: false, errors: [] };
  const diagnostics: Diagnostic[] = [];
  let current: NetField | undefined;
  for (const line of joinWrapped(lines, known, valueColumn)) {
    if (isBlank(line)) {
      current = undefined;
    } else if (matchAny(NET_MESSAGES.completed, line.text)) {
      result.completed = true;
      current = undefined;
    } else if (matchAny(NET_MESSAGES.completedWithErrors, line.text)) {
      result.completed = true;
      diagnostics.push(diagnostic(file, 'warning', 'net.exe reported errors', line.no));
      current = undefined;
    } else if (readFrame(line, result)) {
      current = undefined;
    } else if (result.members) {
      result.members.push(line.text.trim());
    } else if (DASH_RULE.test(line.text.trim())) {
      result.members = [];
      result.membersLine = line.no;
    } else if (/^\s/.test(line.text)) {
      if (current) current.more.push(line.text.trim());
      else diagnostics.push(diagnostic(file, 'info', 'indented line belongs to no field', line.no));
    } else {
      current = splitField(line, valueColumn, known);
      result.fields.push(current);
    }
  }
  dropCutTail(result, lines, endsMidLine(text), file, diagnostics);
  return { fields: result, diagnostics };
}

function matchAny(patterns: RegExp[], text: string): RegExpExecArray | undefined {
  const trimmed = text.trim();
  for (const p of patterns) {
    const m = p.exec(trimmed);
    if (m) return m;
  }
  return undefined;
}

/** Preamble, system errors and help hints: true when the line is one of them. */
function readFrame(line: Line, result: NetFields): boolean {
  const preamble = matchAny(NET_MESSAGES.preamble, line.text);
  if (preamble) {
    result.domain = preamble[1];
    return true;
  }
  const error = matchAny(NET_MESSAGES.systemError, line.text);
  if (error) {
    result.errors.push({ line: line.no, code: Number(error[1]), text: line.text.trim() });
    return true;
  }
  if (result.errors.length > 0 && result.fields.length === 0 && !result.members) {
    result.errors.push({ line: line.no, text: line.text.trim() });
    return true;
  }
  return matchAny(NET_MESSAGES.helpMessage, line.text) !== undefined;
}

/** The column most values start at: after a known label, else after the first run of two blanks. */
function findValueColumn(lines: Line[], known: Set<string>): number | undefined {
  const counts = new Map<number, number>();
  for (const { text } of lines) {
    const m = /^(\S(?:.*?\S)?)(\s{2,})\S/.exec(text);
    if (!m || (known.size > 0 && !known.has(foldLabel(m[1]!)))) continue;
    const column = m[1]!.length + m[2]!.length;
    counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [column, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = column;
  return best;
}

function splitField(line: Line, valueColumn: number | undefined, known: Set<string>): NetField {
  const text = line.text;
  const sizes = known.size > 0 ? [valueColumn, ...labelEnds(text, longestLabel(known))] : [valueColumn];
  for (const size of sizes) {
    if (size === undefined || size > text.length + 1) continue;
    const label = text.slice(0, size).trim();
    if (
      label !== '' &&
      (known.size === 0 || known.has(foldLabel(label))) &&
      (size >= text.length || /\s/.test(text[size - 1] ?? ''))
    ) {
      return { label, value: text.slice(size).trim(), more: [], line: line.no };
    }
  }
  // `s`: a line separator (U+2028) in the value would stop `.` and make the search retry every split: quadratic.
  const m = /^(\S(?:.*?\S)?)\s{2,}(\S.*)$/s.exec(text);
  if (m) return { label: m[1]!, value: m[2]!.trim(), more: [], line: line.no };
  return { label: text.trim(), value: '', more: [], line: line.no };
}

/**
 * Positions after each word of the line where a label followed by one blank could end: no further than a known
 * label can reach (twice the longest folded label, for the letters and blanks folding drops), so that a long
 * line of hostile input costs linear time, not quadratic.
 */
function labelEnds(text: string, longest: number): number[] {
  const limit = 2 * longest + 8;
  const ends: number[] = text.length <= limit ? [text.length] : [];
  const words = /\S+/g;
  for (let m = words.exec(text); m && m.index + m[0].length < limit; m = words.exec(text)) ends.push(m.index + m[0].length + 1);
  return ends.sort((a, b) => b - a);
}

function longestLabel(known: Set<string>): number {
  let longest = 0;
  for (const label of known) longest = Math.max(longest, label.length);
  return longest;
}

/**
 * Joins the piece of a line that a console copy wrapped at 80 columns back onto its line. net.exe keeps its
 * own lines under 80 columns and pads little, so only a line that reaches column 79 can have been wrapped.
 */
function joinWrapped(lines: Line[], known: Set<string>, valueColumn = MIN_INDENT): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wrapped = prev && prev.text.length >= CONSOLE_WIDTH - 2 && isWrappedLength(prev.text) && !DASH_RULE.test(prev.text);
    if (prev && wrapped && isPiece(line, known, valueColumn)) {
      out[out.length - 1] = { no: prev.no, text: joinPiece(prev.text, line.text) };
    } else {
      out.push(line);
    }
  }
  return out;
}

/** The rest of a wrapped line: no label, no frame; blanks before it only when the break fell on them. */
function isPiece(line: Line, known: Set<string>, valueColumn: number): boolean {
  const indent = leadingBlanks(line.text);
  if (isBlank(line) || indent >= Math.min(valueColumn, MIN_INDENT) || DASH_RULE.test(line.text)) return false;
  if (matchAny(NET_MESSAGES.completed, line.text) || matchAny(NET_MESSAGES.systemError, line.text)) return false;
  const first = /^(\S(?:.*?\S)?)(?:\s{2,}|$)/.exec(line.text);
  return !first || !known.has(foldLabel(first[1]!));
}

/** Without the closing line the last field or member may have lost lines: it is not reported. */
function dropCutTail(result: NetFields, lines: Line[], cut: boolean, file: string, diagnostics: Diagnostic[]): void {
  if (result.completed || result.errors.length > 0) return;
  const last = lines.filter((l) => !isBlank(l)).pop();
  if (!last) return;
  if (result.members) {
    diagnostics.push(
      diagnostic(file, 'warning', `truncated: no closing line after line ${last.no}, the member list may be incomplete`, last.no),
    );
    return;
  }
  const field = result.fields[result.fields.length - 1];
  const reason = cut ? `truncated: line ${last.no} is cut off` : `truncated: no closing line after line ${last.no}`;
  if (field && field.line + field.more.length >= last.no) {
    result.fields.pop();
    diagnostics.push(diagnostic(file, 'warning', `${reason}, "${field.label}" not read`, last.no));
  } else {
    diagnostics.push(diagnostic(file, 'warning', reason, last.no));
  }
}

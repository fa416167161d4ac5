/**
 * The output of `reg query <key> [/s] [/v <name>]`, in both layouts reg.exe has had:
 *
 * - reg.exe 3.0 (Windows XP / Server 2003): a `! REG.EXE VERSION 3.0` line first, then each key as its full
 *   path (`HKEY_LOCAL_MACHINE\…`) and its values as `    <name>\t<REG_TYPE>\t<data>` (four blanks, then TABs:
 *   a name may hold blanks), `<NO NAME>` for the default value, REG_MULTI_SZ items joined with a literal `\0`
 *   and ended with `\0\0`.
 * - Vista / Server 2008 and later: no version line, values as `    <name>    <REG_TYPE>    <data>` (runs of
 *   four blanks), `(Default)` (German `(Standard)`) for the default value, REG_MULTI_SZ items joined with `\0`,
 *   and `End of search: N match(es) found.` after a `/f` or `/v … /s` search.
 * REG_DWORD and REG_QWORD print as `0x…` hex. A key that does not exist gives one line,
 * `ERROR: The system was unable to find the specified registry key or value.` (German
 * `FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.`; XP's reg 3.0 writes
 * `Error:  The system was unable to find …`).
 *
 * Layout based on Microsoft's PowerShell documentation (`reg query … /v DevicePath` sample output of reg 3.0,
 * with the TABs shown as tab stops), Wine's reimplementation of `reg query` (`programs/reg/query.c`, which
 * follows the modern layout) and the reg.exe messages quoted above. Lines that a console copy wrapped at 80
 * columns are joined back before parsing.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language } from '../types';
import { CONSOLE_WIDTH, endsMidLine, joinWrapped } from './console-wrap';
import { isBlank, splitLines, trimBlanksEnd, type Line } from './lines';

export type RegData = string | number | string[];

export interface RegValue {
  /** The value's name; '' for the default value (`<NO NAME>`, `(Default)`, `(Standard)`). */
  name: string;
  /** `REG_SZ`, `REG_DWORD`, … as printed. */
  type: string;
  /** REG_DWORD/REG_QWORD as a number, REG_MULTI_SZ as its items, anything else as the printed text. */
  data: RegData;
  line: number;
}

export interface RegKey {
  /** The full path as printed (`HKEY_LOCAL_MACHINE\SOFTWARE\…`). */
  path: string;
  line: number;
  values: RegValue[];
}

export interface RegQuery {
  keys: RegKey[];
  layout?: 'reg3' | 'modern';
  /** True when reg.exe said the key or value does not exist. */
  notFound?: true;
  /** The language of reg.exe's own words (error text, default value name), when the text has any. */
  language?: Language;
  diagnostics: Diagnostic[];
}

/** reg.exe's localized words. Everything else in its output (paths, names, types, data) is never translated. */
const LABELS = {
  en: { defaultName: ['(Default)'], error: /^ERROR:|^Error:/, endOfSearch: /^End of search:/i },
  de: { defaultName: ['(Standard)'], error: /^FEHLER:|^Fehler:/, endOfSearch: /^Suchvorgang abgeschlossen:/i },
} as const;

/** reg.exe error prefixes in languages bpa does not read, so the message can name the language. */
const FOREIGN_ERRORS: Array<[RegExp, string]> = [
  [/^ERREUR\s*:/i, 'French'],
  [/^ERRORE\s*:/i, 'Italian'],
  [/^FOUT\s*:/i, 'Dutch'],
  [/^ERRO\s*:/i, 'Portuguese'],
  [/^ОШИБКА\s*:/i, 'Russian'],
];

const NOT_FOUND = /unable to find|nicht gefunden|not found|introuvable|n'a pas trouv/i;
const KEY_LINE = /^HKEY_[A-Z_]+(?:\\.*)?$|^HK(?:LM|CU|CR|U|CC)(?:\\.*)?$/;
const VALUE_START = /^(?: {2,}|\t)\S/;

export function parseRegQuery(text: string, file: string): RegQuery {
  return concluded(readByRegex(text, file) ?? readByLines(text, file));
}

/** The plain reading, line by line after unwrapping: what `parseRegQuery` answers, its fast path included. */
export function parseRegQueryByLines(text: string, file: string): RegQuery {
  return concluded(readByLines(text, file));
}

/** The fast path alone (REG_LINE over the whole text); undefined when it leaves the text to the plain reading. */
export function parseRegQueryByRegex(text: string, file: string): RegQuery | undefined {
  const reading = readByRegex(text, file);
  return reading && concluded(reading);
}

function concluded(reading: Reading): RegQuery {
  const result = reading.result;
  const saidWhy = result.notFound || result.diagnostics.some((d) => d.severity === 'error');
  if (result.keys.length === 0 && !saidWhy) {
    result.diagnostics.push(diagnostic(reading.file, 'error', 'not reg query output: no registry key in the text'));
  }
  return result;
}

/** The state of a reading: the result so far and the key the next value lines belong to. */
interface Reading {
  result: RegQuery;
  file: string;
  key: RegKey | undefined;
}

function readByLines(text: string, file: string): Reading {
  const reading: Reading = { result: { keys: [], diagnostics: [] }, file, key: undefined };
  const lines = unwrap(splitLines(text));
  const cutLine = endsMidLine(text) ? lines[lines.length - 1] : undefined;
  for (const line of lines) readLine(line, line === cutLine, reading);
  return reading;
}

function readLine(line: Line, isCut: boolean, reading: Reading): void {
  if (isBlank(line)) return;
  const { result, file } = reading;
  const t = line.text;
  if (isCut) {
    result.diagnostics.push(
      diagnostic(file, 'warning', `truncated: the file ends inside line ${line.no}, which is ignored`, line.no),
    );
  } else if (!indented(t) && /^! REG\.EXE VERSION/i.test(t)) {
    result.layout = 'reg3';
  } else if (!indented(t) && KEY_LINE.test(t)) {
    reading.key = { path: t.trim(), line: line.no, values: [] };
    result.keys.push(reading.key);
  } else if (readValueLine(line, reading.key, result, file)) {
    // a value line (isValueLine), read or noted as unreadable
  } else if (!readMessage(line, result, file)) {
    result.diagnostics.push(diagnostic(file, 'warning', `unrecognized line: ${t.trim().slice(0, 60)}`, line.no));
  }
}

// ---- the fast path: one sticky regex over the whole text ---------------------------------------------

const EOL = String.raw`(?:\r\n|\n|\r)`;

/**
 * One line of reg.exe's output at `lastIndex`, whichever it is: (1) blank; (2) a key candidate, `HK…` (its
 * text in group 1); (3) a value in reg 3.0's TAB layout (name, type, data with its trailing blanks: groups 2–4);
 * (4) a value in Vista's four-blank layout, no TAB before its data (groups 5–7; data with a TAB is left to
 * readLine); (5) any other line (group 8).
 * Alternatives 3 and 4 find the same name, type and data as VALUE_LAYOUTS[0] and [2] on the line without its
 * trailing blanks, TABs and NULs (what splitLines leaves): their name is as lazy, and what follows the type is
 * accepted exactly when the trimmed line has nothing after it or a TAB (four blanks). Data runs greedily to the
 * line end and is trimmed afterwards, so no alternative backtracks over a long blank run.
 */
const REG_LINE = new RegExp(
  [
    String.raw`[ \t]*${EOL}`,
    String.raw`(HK[^\r\n]*)${EOL}`,
    String.raw` {2,}(?=\S)([^\r\n]*?)\t(REG_[A-Z_]+)(?:\t([^\r\n]*))?[ \t]*${EOL}`,
    String.raw` {4}(?= *\S)([^\t\r\n]*?) {4}(REG_[A-Z_]+)(?: {4}([^\r\n]*))?[ ]*${EOL}`,
    String.raw`([^\r\n]*)${EOL}`,
  ].join('|'),
  'y',
);

/**
 * The whole text read by REG_LINE, line after line, without a line object per line (a fleet scan's first
 * bundles run in baseline code, where the engine's regex is fast and JavaScript per line is not; reg-updates
 * alone has ≈ 650 lines). Keys and well-formed values are read from the match; every other line (reg.exe's
 * messages, the version line, unreadable values, a value before any key) goes through `readLine` as in the plain
 * reading. Undefined, and the plain reading decides, when the text does not end with a line break (a cut last
 * line) or a line that is no key, value or blank follows a line long enough to have been wrapped by a console
 * (`unwrap` would join them; the test is looser than unwrap's: both cases are rare).
 */
function readByRegex(text: string, file: string): Reading | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 10 && last !== 13) return undefined;
  const reading: Reading = { result: { keys: [], diagnostics: [] }, file, key: undefined };
  const re = REG_LINE;
  re.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let no = 0;
  let previousLength = 0;
  while (re.lastIndex < text.length) {
    // Every line matches (alternative 5), and every alternative ends at a line end, which the text ends with.
    const m = re.exec(text)!;
    no++;
    let other: string | undefined;
    if (m[3] !== undefined) {
      if (!readValue(reading, m[2]!, m[3], m[4], no, 'reg3')) other = withoutLineEnd(m[0]);
      previousLength = m[0].length;
    } else if (m[1] !== undefined) {
      const t = trimBlanksEnd(m[1]);
      if (KEY_LINE.test(t)) {
        reading.key = { path: t.trim(), line: no, values: [] };
        reading.result.keys.push(reading.key);
        previousLength = t.length;
      } else other = m[1];
    } else if (m[6] !== undefined) {
      // A TAB in the data: VALUE_LAYOUTS' TAB layouts come first for such a line, readLine decides.
      if (m[7]?.includes('\t') || !readValue(reading, m[5]!, m[6], m[7], no, 'modern')) other = withoutLineEnd(m[0]);
      previousLength = m[0].length;
    } else if (m[8] !== undefined) {
      other = m[8];
    } else {
      previousLength = 0;
    }
    if (other !== undefined) {
      if (previousLength >= CONSOLE_WIDTH - 2) return undefined;
      const line = { no, text: trimBlanksEnd(other) };
      readLine(line, false, reading);
      previousLength = line.text.length;
    }
  }
  return reading;
}

function withoutLineEnd(text: string): string {
  return text.slice(0, text.endsWith('\r\n') ? -2 : -1);
}

/** A value matched by REG_LINE, added to the current key; false when readLine must decide (no key, bad data). */
function readValue(
  reading: Reading,
  rawName: string,
  type: string,
  rawData: string | undefined,
  no: number,
  layout: 'reg3' | 'modern',
): boolean {
  const key = reading.key;
  if (key === undefined) return false;
  const data = convertData(type, rawData === undefined ? '' : trimBlanksEnd(rawData));
  if (data === undefined) return false;
  const parsed = namedValue(rawName.trim(), type, data, no);
  const result = reading.result;
  result.layout ??= layout;
  if (parsed.defaultLanguage) result.language ??= parsed.defaultLanguage;
  key.values.push(parsed.value);
  return true;
}

/**
 * Reads a value line; false when the line is none (`isValueLine`). A line that a layout reads always holds a
 * whole word `REG_…` (every layout has one between blanks or TABs, at the end or before a blank or TAB), so
 * that search only runs for the lines no layout reads.
 */
function readValueLine(line: Line, key: RegKey | undefined, result: RegQuery, file: string): boolean {
  if (!VALUE_START.test(line.text)) return false;
  const parsed = parseValueLine(line);
  if (!parsed && !REG_TYPE_WORD.test(line.text)) return false;
  if (!parsed) {
    result.diagnostics.push(diagnostic(file, 'warning', `unreadable value line: ${line.text.trim().slice(0, 60)}`, line.no));
  } else if (!key) {
    result.diagnostics.push(diagnostic(file, 'warning', `value ${parsed.value.name || '(default)'} before any key`, line.no));
  } else {
    result.layout ??= line.text.includes('\t') ? 'reg3' : 'modern';
    if (parsed.defaultLanguage) result.language ??= parsed.defaultLanguage;
    key.values.push(parsed.value);
  }
  return true;
}

/** True for a line reg.exe writes about the query rather than the registry: an error, the end of a search. */
function isMessage(text: string): boolean {
  const t = text.trim();
  return Object.values(LABELS).some((l) => l.error.test(t) || l.endOfSearch.test(t)) || FOREIGN_ERRORS.some(([re]) => re.test(t));
}

/** Errors, the end-of-search line and other words of reg.exe itself. False when the line is none of them. */
function readMessage(line: Line, result: RegQuery, file: string): boolean {
  const t = line.text.trim();
  for (const language of ['en', 'de'] as const) {
    if (LABELS[language].endOfSearch.test(t)) {
      result.language ??= language;
      return true;
    }
    if (LABELS[language].error.test(t)) {
      result.language ??= language;
      reportError(t, line.no, result, file);
      return true;
    }
  }
  const foreign = FOREIGN_ERRORS.find(([re]) => re.test(t));
  if (!foreign) return false;
  result.diagnostics.push(diagnostic(file, 'warning', `unsupported language (${foreign[1]} messages)`, line.no));
  reportError(t, line.no, result, file);
  return true;
}

function reportError(text: string, no: number, result: RegQuery, file: string): void {
  if (NOT_FOUND.test(text)) {
    result.notFound = true;
    result.diagnostics.push(diagnostic(file, 'info', `the registry key or value does not exist (reg.exe: ${text})`, no));
  } else {
    result.diagnostics.push(diagnostic(file, 'error', `reg.exe reported an error: ${text}`, no));
  }
}

/**
 * Value lines in the layouts reg.exe prints, tried in order. Each layout reads the name from its first
 * non-blank (the caller trims it) and, only when that fails, a blank name. Written so that the search costs
 * linear time: `^\s+(.*?)\s+REG_` retried every split of a long blank run (cubic), and `.` stopped at a line
 * separator (U+2028), restarting the search (`s`).
 */
export const VALUE_LAYOUTS = [
  /^\s+(?=\S)(.*?)\t(REG_[A-Z_]+)(?:\t(.*))?$/s, // reg 3.0: TABs
  /^\s(.*?)\t(REG_[A-Z_]+)(?:\t(.*))?$/s,
  /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/s, // Vista and later: four blanks
  /^\s+(?=\S)(.*?)\s(REG_[A-Z_]+)(?:\s+(.*))?$/s, // TABs expanded to blanks by a copy
  /^\s(.*?)\s(REG_[A-Z_]+)(?:\s+(.*))?$/s,
];

/**
 * The default value's name and its language (LABELS' `defaultName`, the first language of a name first), for
 * a comparison per name: `===` tells most names apart by their length, where a map would hash every name.
 */
const DEFAULT_NAMES: ReadonlyArray<readonly [string, Language]> = (['en', 'de'] as const).flatMap((language) =>
  LABELS[language].defaultName.map((name) => [name, language] as const),
);

function defaultNameLanguage(printedName: string): Language | undefined {
  // An index loop: a for-of with destructuring goes through the iterator protocol, which the baseline code of a
  // fleet scan's first bundles does not inline (one call per value line, ≈ 1,000 per bundle).
  for (let i = 0; i < DEFAULT_NAMES.length; i++) if (DEFAULT_NAMES[i]![0] === printedName) return DEFAULT_NAMES[i]![1];
  return undefined;
}

/** How many of VALUE_LAYOUTS (the first ones) need a TAB in the line: a line without one skips them. */
const TAB_LAYOUTS = 2;

function parseValueLine(line: Line): { value: RegValue; defaultLanguage?: Language } | undefined {
  // Most captures are Vista's layout, without TABs: the two TAB layouts would scan the line to its end for one.
  for (let at = line.text.includes('\t') ? 0 : TAB_LAYOUTS; at < VALUE_LAYOUTS.length; at++) {
    const layout = VALUE_LAYOUTS[at]!;
    const m = layout.exec(line.text);
    if (!m) continue;
    const data = convertData(m[2]!, m[3] ?? '');
    if (data === undefined) return undefined;
    return namedValue(m[1]!.trim(), m[2]!, data, line.no);
  }
  return undefined;
}

function namedValue(
  printedName: string,
  type: string,
  data: RegData,
  no: number,
): { value: RegValue; defaultLanguage?: Language } {
  const defaultLanguage = defaultNameLanguage(printedName);
  // reg 3.0 writes the default value's name in angle brackets (`<NO NAME>`), which no real name uses.
  const isDefault = defaultLanguage !== undefined || (printedName.charCodeAt(0) === 0x3c && /^<[^<>]+>$/.test(printedName));
  const value = { name: isDefault ? '' : printedName, type, data, line: no };
  return defaultLanguage ? { value, defaultLanguage } : { value };
}

function convertData(type: string, text: string): RegData | undefined {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
    case 'REG_DWORD_BIG_ENDIAN': {
      const m = /^0x([0-9a-f]+)$/i.exec(text.trim());
      if (!m) return undefined;
      const n = Number.parseInt(m[1]!, 16);
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case 'REG_MULTI_SZ':
      return text.split('\\0').filter((item) => item !== '');
    default:
      return text;
  }
}

/**
 * Joins the rest of lines a console wrapped at 80 columns: a line right below a key or value line that
 * filled the row (80 characters, or 78–79 when the break fell on blanks that `splitLines` stripped) and that
 * is neither a key, nor a value, nor one of reg.exe's messages continues the line above. The rest starts at
 * column 0 with whatever followed the break, a blank included (a long REG_MULTI_SZ list wraps anywhere).
 */
function unwrap(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const isRest =
      previous !== undefined &&
      previous.text.length >= CONSOLE_WIDTH - 2 &&
      !isBlank(line) &&
      !isValueLine(line.text) &&
      !KEY_LINE.test(line.text) &&
      !/^! REG\.EXE/i.test(line.text) &&
      !isMessage(line.text) &&
      (KEY_LINE.test(previous.text) || VALUE_START.test(previous.text));
    if (isRest) out[out.length - 1] = { no: previous.no, text: joinWrapped(previous.text, line.text) };
    else out.push(line);
  }
  return out;
}

/** A line that starts with a blank or TAB, as value lines do: neither the version line nor a key (a quick test first). */
function indented(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 32 || first === 9;
}

function isValueLine(text: string): boolean {
  return VALUE_START.test(text) && REG_TYPE_WORD.test(text);
}

const REG_TYPE_WORD = /\bREG_[A-Z_]+\b/;

// ---- reading the keys -------------------------------------------------------------------------------

/** The parts of a key's path below `ancestor` (matched case-insensitively on whole parts), or undefined. */
export function pathBelow(key: RegKey, ancestor: string): string[] | undefined {
  const path = key.path;
  const lower = path.toLowerCase();
  // Fast path: find the ancestor in the lower-cased path as a whole run of parts, instead of splitting and
  // lower-casing every part of every key. Only when lower-casing kept the length, so positions correspond.
  const wanted = ancestor.toLowerCase();
  if (lower.length === path.length && wanted !== '') {
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      if ((at === 0 || lower[at - 1] === '\\') && (end === lower.length || lower[end] === '\\')) {
        return end === lower.length ? [] : path.slice(end + 1).split('\\');
      }
    }
    return undefined;
  }
  return pathBelowByParts(key, ancestor);
}

function pathBelowByParts(key: RegKey, ancestor: string): string[] | undefined {
  const parts = key.path.split('\\').map((p) => p.toLowerCase());
  const wanted = ancestor.split('\\').map((p) => p.toLowerCase());
  for (let i = 0; i + wanted.length <= parts.length; i++) {
    if (wanted.every((w, j) => parts[i + j] === w)) return key.path.split('\\').slice(i + wanted.length);
  }
  return undefined;
}

/** A value by name (case-insensitive, as the registry compares names); '' is the default value. */
export function findValue(key: RegKey | undefined, name: string): RegValue | undefined {
  const wanted = name.toLowerCase();
  return key?.values.find((v) => v.name.toLowerCase() === wanted);
}

export function dwordValue(key: RegKey | undefined, name: string): number | undefined {
  const data = findValue(key, name)?.data;
  return typeof data === 'number' ? data : undefined;
}

export function stringValue(key: RegKey | undefined, name: string): string | undefined {
  const data = findValue(key, name)?.data;
  return typeof data === 'string' ? data : undefined;
}

export function multiStringValue(key: RegKey | undefined, name: string): string[] | undefined {
  const data = findValue(key, name)?.data;
  return Array.isArray(data) ? data : undefined;
}

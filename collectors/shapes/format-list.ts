/**
 * The output of `<cmdlet> | Format-List` as PowerShell writes it to a file with `>`.
 *
 * Layout based on PowerShell's own list writer (PowerShell/PowerShell,
 * `src/System.Management.Automation/FormatAndOutput/common/ListWriter.cs`, the same since 1.0):
 * - blank lines, then one record per object, records separated by a blank line, blank lines at the end;
 * - each property is `Name : value`, the names padded with blanks to the longest name of the record, so
 *   every `:` of a record stands in one column; an empty value is `Name : ` (its trailing blank stripped);
 * - a value longer than the line is cut into chunks of exactly the free width (no word wrap) and every
 *   chunk after the first is indented with blanks to the value column; a value holding newlines starts a
 *   new indented line at each newline;
 * - collections are printed `{a, b}` (`{}` when empty) and cut after `$FormatEnumerationLimit` (4) items
 *   with `...` (read by `exchange-values.ts`).
 * A console copy of wide output may also be hard-wrapped at 80 columns: the rest of a line then goes on
 * at column 0 of the next line.
 *
 * Joining continuation lines: whether a break fell between two words cannot be known for certain, so a
 * continuation is joined with nothing when the line before it was full, and with one blank otherwise (a
 * line ends short when its trailing blanks were stripped, or when the value held a newline). "Full" means
 * as long as the longest line of the file, which is the width PowerShell wrapped at; for a console copy,
 * the pieces of a hard-wrapped line count as one line. A file whose only wrapped line broke at a blank
 * can therefore lose that blank, and several blanks at a break become one.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language } from '../types';
import { endsMidLine } from './console-wrap';
import { isBlank, isSpace, leadingBlanks, looksBinary, splitLines, startsPrintable, startsWithNoneOf, type Line } from './lines';

/** One property of a record: its value (continuation lines joined, trimmed) and the line it starts on. */
export interface FormatListProperty {
  value: string;
  line: number;
}

/** One object of the output. `props` has no prototype: only the names the text gives are in it. */
export interface FormatListRecord {
  line: number;
  props: Record<string, FormatListProperty>;
  /** Set when the file ends inside this record (no blank line after it). */
  truncated?: true;
}

/** A PowerShell error written into the output (`Get-Foo : message`, `At line:1 char:8`, `+ …`). */
export interface CommandError {
  line: number;
  command: string;
  message: string;
}

export interface FormatList {
  records: FormatListRecord[];
  errors: CommandError[];
  /** True when the text holds nothing but blanks: the command wrote no object. */
  empty: boolean;
  /** The language of PowerShell's own messages (error positions, warnings), when the text has any. */
  language?: Language;
  diagnostics: Diagnostic[];
}

/** PowerShell's localized words in the output: the position line of an error, and the warning prefix. */
const LABELS = {
  en: { errorPosition: /^At line:\s*\d+/, warning: /^WARNING: / },
  de: { errorPosition: /^In Zeile:\s*\d+/, warning: /^WARNUNG: / },
} as const;

/** Other languages, recognised by the position line of an error so that they can be named. */
const FOREIGN_ERROR_POSITIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['French', /^Au niveau de ligne\s*:/],
  ['Spanish', /^En l[ií]nea:\s*\d+/],
  ['Italian', /^In riga:\s*\d+/],
  ['Russian', /^строка:\s*\d+/],
];

/** What LABELS' and FOREIGN_ERROR_POSITIONS' patterns start with (the Russian one is not ASCII): other lines are skipped. */
const LABEL_PREFIXES = ['At line:', 'In Zeile:', 'WARNING: ', 'WARNUNG: '];
const FOREIGN_PREFIXES = ['Au niveau de ligne', 'En l', 'In riga:'];

const PROPERTY_LINE = /^([A-Za-z_][A-Za-z0-9_]*)( +):(?: (.*))?$/;
const COMMAND_ERROR_LINE = /^([A-Z][A-Za-z]*-[A-Za-z0-9]+) : (.*)$/;

/**
 * Each of LABELS' patterns starts with one of these words, each of FOREIGN_ERROR_POSITIONS' with one of those:
 * a text that holds none of them anywhere has no line that a pattern matches. One search of the whole text by
 * the engine answers for nearly every file, where a loop over its lines runs in baseline code for a fleet scan's
 * first bundles.
 */
const ANY_LABEL = /At line:|In Zeile:|WARNING: |WARNUNG: /;
const ANY_FOREIGN_POSITION = /Au niveau de ligne|En l[ií]nea:|In riga:|строка:/;

/** The language of PowerShell's own messages in the output, from the first error position or warning. */
export function detectLanguage(lines: readonly Line[], text?: string): Language | undefined {
  if (text !== undefined && !ANY_LABEL.test(text)) return undefined;
  for (const line of lines) {
    if (startsWithNoneOf(line.text, LABEL_PREFIXES)) continue;
    const text = line.text.trim();
    for (const language of ['en', 'de'] as const) {
      const labels = LABELS[language];
      if (labels.errorPosition.test(text) || labels.warning.test(text)) return language;
    }
  }
  return undefined;
}

/** A language the collectors do not know, named from an error position line, with that line. */
function detectForeignLanguage(lines: readonly Line[], text: string): { name: string; line: number } | undefined {
  if (!ANY_FOREIGN_POSITION.test(text)) return undefined;
  for (const line of lines) {
    if (startsWithNoneOf(line.text, FOREIGN_PREFIXES)) continue;
    const found = FOREIGN_ERROR_POSITIONS.find(([, pattern]) => pattern.test(line.text.trim()));
    if (found) return { name: found[0], line: line.no };
  }
  return undefined;
}

/** The line after an error message that tells where the error happened (`At line:1 char:8`), any language. */
function isErrorPosition(text: string): boolean {
  const t = text.trim();
  const known = [LABELS.en.errorPosition, LABELS.de.errorPosition, ...FOREIGN_ERROR_POSITIONS.map(([, p]) => p)];
  return known.some((pattern) => pattern.test(t));
}

function isWarning(text: string): boolean {
  return LABELS.en.warning.test(text) || LABELS.de.warning.test(text);
}

/** Reads Format-List output into records. Never throws; anything odd becomes a diagnostic. */
export function parseFormatList(text: string, file: string): FormatList {
  if (looksBinary(text)) {
    const message = 'binary data, not the text output of Format-List';
    return { records: [], errors: [], empty: false, diagnostics: [diagnostic(file, 'error', message)] };
  }
  const lines = splitLines(text);
  const reader = new FormatListReader(
    file,
    lines.reduce((max, line) => Math.max(max, line.text.length), 0),
    endsMidLine(text) ? lines[lines.length - 1]?.no : undefined,
  );
  for (const line of lines) reader.read(line);
  const result = reader.finish(lines.every(isBlank), endsWithBlankLine(text));
  const language = detectLanguage(lines, text);
  if (language) result.language = language;
  const foreign = detectForeignLanguage(lines, text);
  if (foreign) {
    result.diagnostics.push(diagnostic(file, 'warning', `unsupported language (${foreign.name} labels)`, foreign.line));
  }
  result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

/**
 * Format-List output ends with an empty line and a line break; a file cut short does not. What
 * `/\n[ \t\u0000]*\n\s*$/` tests (NUL padding is what a cut UTF-16 capture leaves), in one pass back from the
 * end: the regex costs the square of the number of line breaks before a last word.
 */
export function endsWithBlankLine(text: string): boolean {
  // Only the blanks and NULs at the end and the character before them matter: line ends unified in that tail
  // alone (it starts at a character that is neither, so no CR LF pair is cut), not in a copy of the whole text.
  let last = text.length - 1;
  while (last > 0 && (isSpace(text[last]!) || text[last] === '\u0000')) last--;
  const t = text.slice(Math.max(last, 0)).replace(/\r\n?/g, '\n');
  const padding = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u0000';
  for (let j = t.length - 1; j >= 0 && isSpace(t[j]!); j--) {
    if (t[j] !== '\n') continue;
    let i = j - 1;
    while (i >= 0 && padding(t[i])) i--;
    if (t[i] === '\n') return true;
  }
  return false;
}

/**
 * One line's part of a value. `hard` marks the rest of a line that a console copy cut; `afterBlank` a line
 * that follows an empty line of the value. `length` is the length of the whole line it stands on.
 */
interface Segment {
  text: string;
  length: number;
  hard: boolean;
  afterBlank: boolean;
  /** For the rest of a cut line: the line before it was full, so the cut fell inside a word. */
  afterFullLine: boolean;
  /** The line a truncated file ends inside: its length says nothing about the width PowerShell wrapped at. */
  cut?: true;
}

interface OpenRecord {
  record: FormatListRecord;
  /** The segments of the record's last property (`lastName`), which continuation lines go on. */
  lastSegments: Segment[];
  /** Column of the `:` of every property line of the record; the value starts two columns after it. */
  colon: number;
  lastName: string;
}

type LineKind = 'blank' | 'property' | 'continuation' | 'error' | 'other';

class FormatListReader {
  private readonly records: FormatListRecord[] = [];
  private readonly segments: Array<{ property: FormatListProperty; segments: Segment[] }> = [];
  private readonly errors: CommandError[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private open?: OpenRecord;
  private error?: { entry: CommandError; messageDone: boolean };
  private previous?: { line: Line; kind: LineKind };
  /** The last line that was not blank. */
  private lastContent?: { line: Line; kind: LineKind };

  constructor(
    private readonly file: string,
    /** The longest line of the file: the width of the console (or of PowerShell's wrap, the same without a copy). */
    private readonly consoleWidth: number,
    /** The line a truncated file ends inside, if it does. */
    private readonly cutLine?: number,
  ) {}

  read(line: Line): void {
    this.previous = { line, kind: this.classify(line) };
    if (this.previous.kind !== 'blank') this.lastContent = this.previous;
  }

  private classify(line: Line): LineKind {
    if (isBlank(line)) {
      this.error = undefined;
      return 'blank';
    }
    const property = PROPERTY_LINE.exec(line.text);
    if (this.error && !(this.error.messageDone && property)) return this.continueError(line);
    this.error = undefined;
    if (!startsPrintable(line.text) && /^\s/.test(line.text)) return this.continuation(line);
    if (property && !this.isHardWrap(property)) return this.property(line, property);
    const error = COMMAND_ERROR_LINE.exec(line.text);
    if (error) return this.startError(line, error[1]!, error[2]!);
    if (this.isHardWrap(property) && !isWarning(line.text)) return this.addSegment(line.text, line, true);
    return this.other(line);
  }

  /**
   * True when the line goes on with the value of the line before it: PowerShell never starts a line of a
   * record at column 0 with anything but a property, so such a line (or a property whose `:` is not in
   * the record's column after a full line) is the rest of a line that a console copy cut.
   */
  private isHardWrap(property: RegExpExecArray | null): boolean {
    const previous = this.previous;
    if (!this.open || !previous || (previous.kind !== 'property' && previous.kind !== 'continuation')) return false;
    if (!property) return true;
    return previous.line.text.length >= this.consoleWidth && colonOf(property) !== this.open.colon;
  }

  private property(line: Line, match: RegExpExecArray): LineKind {
    const name = match[1]!;
    const afterBlank = this.previous === undefined || this.previous.kind === 'blank';
    // The record's names are the keys of its props (a table without a prototype): no second table of them.
    const repeated = this.open !== undefined && name in this.open.record.props;
    if (repeated && !afterBlank) {
      const message = `record without a blank line before it: ${name} repeats`;
      this.diagnostics.push(diagnostic(this.file, 'warning', message, line.no));
    }
    if (!this.open || afterBlank || repeated) {
      const record: FormatListRecord = { line: line.no, props: Object.create(null) as FormatListRecord['props'] };
      this.records.push(record);
      this.open = { record, lastSegments: [], colon: colonOf(match), lastName: name };
    }
    const property: FormatListProperty = { value: '', line: line.no };
    const first: Segment = {
      text: match[3] ?? '',
      length: line.text.length,
      hard: false,
      afterBlank: false,
      afterFullLine: false,
    };
    const segments: Segment[] = [first];
    this.open.record.props[name] = property;
    this.open.lastSegments = segments;
    this.segments.push({ property, segments });
    this.open.lastName = name;
    return 'property';
  }

  /** An indented line: the rest of the last property's value (PowerShell's own wrap, or a newline in it). */
  private continuation(line: Line): LineKind {
    if (!this.open) {
      this.diagnostics.push(diagnostic(this.file, 'warning', 'indented line outside any property', line.no));
      return 'other';
    }
    const valueColumn = this.open.colon + 2;
    const indent = leadingBlanks(line.text);
    if (indent >= valueColumn) return this.addSegment(line.text.slice(valueColumn), line, false);
    // Less indented than the value: the rest of a console-cut line that happened to start with a blank.
    return this.addSegment(line.text, line, this.previous?.kind !== 'blank');
  }

  private addSegment(text: string, line: Line, hard: boolean): LineKind {
    const segments = this.open?.lastSegments;
    if (!segments) return 'other';
    const afterBlank = this.previous?.kind === 'blank';
    const afterFullLine = (this.previous?.line.text.length ?? 0) >= this.consoleWidth;
    const segment: Segment = { text, length: line.text.length, hard, afterBlank, afterFullLine };
    if (line.no === this.cutLine) segment.cut = true;
    segments.push(segment);
    return 'continuation';
  }

  private startError(line: Line, command: string, message: string): LineKind {
    const entry: CommandError = { line: line.no, command, message: message.trim() };
    this.errors.push(entry);
    this.error = { entry, messageDone: false };
    this.open = undefined;
    return 'error';
  }

  /** The message of an error goes on until its position line (`At line:1 char:8`) or a `+ ` line. */
  private continueError(line: Line): LineKind {
    const error = this.error!;
    const text = line.text.trim();
    if (isErrorPosition(text) || text.startsWith('+')) error.messageDone = true;
    if (!error.messageDone) {
      const full = (this.previous?.line.text.length ?? 0) >= this.consoleWidth;
      error.entry.message += full ? line.text : ` ${text}`;
    }
    return 'error';
  }

  private other(line: Line): LineKind {
    if (this.previous?.kind === 'blank') this.open = undefined;
    const warning = isWarning(line.text);
    const text = warning ? line.text.slice(line.text.indexOf(':') + 1) : line.text;
    const message = warning ? `PowerShell warning: ${shorten(text, 200)}` : `unrecognised line: ${shorten(text)}`;
    this.diagnostics.push(diagnostic(this.file, warning ? 'info' : 'warning', message, line.no));
    return 'other';
  }

  finish(empty: boolean, complete: boolean): FormatList {
    // An error block may end the file without the blank lines that end Format-List's own output.
    if (!empty && !complete && this.lastContent?.kind !== 'error') this.closeTruncatedRecord();
    let width = 0;
    for (const { segments } of this.segments) {
      // Most values are one line: their one length, without a list of lengths.
      if (segments.length === 1) width = segments[0]!.cut ? width : Math.max(width, segments[0]!.length);
      else for (const length of logicalLineLengths(segments, this.consoleWidth)) width = Math.max(width, length);
    }
    for (const { property, segments } of this.segments) {
      property.value = segments.length === 1 ? segments[0]!.text.trim() : joinSegments(segments, width, this.consoleWidth);
    }
    for (const error of this.errors) {
      const message = `the command failed: ${error.command}: ${shorten(error.message, 200)}`;
      this.diagnostics.push(diagnostic(this.file, 'error', message, error.line));
    }
    if (!empty && this.records.length === 0 && this.errors.length === 0) {
      const message = 'no Format-List records found (not the output of Format-List?)';
      this.diagnostics.push(diagnostic(this.file, 'error', message));
    }
    return { records: this.records, errors: this.errors, empty, diagnostics: this.diagnostics };
  }

  /** The file was cut: the last property it shows may be incomplete, so it is dropped. */
  private closeTruncatedRecord(): void {
    const last = this.lastContent;
    const inValue = last !== undefined && (last.kind === 'property' || last.kind === 'continuation');
    if (!last || !this.open || !inValue) {
      const message = 'truncated: the file does not end with the blank lines Format-List writes';
      this.diagnostics.push(diagnostic(this.file, 'warning', message, last?.line.no));
      return;
    }
    const { record, lastName } = this.open;
    record.truncated = true;
    delete record.props[lastName];
    const message = `truncated: the file ends inside property ${lastName}, which is ignored`;
    this.diagnostics.push(diagnostic(this.file, 'warning', message, last.line.no));
  }
}

/**
 * The lengths of the lines PowerShell wrote for a value, before any console copy cut them: every piece of
 * a cut line but the last was as wide as the console (its trailing blanks are gone from the text).
 */
function logicalLineLengths(segments: readonly Segment[], consoleWidth: number): number[] {
  const lengths: number[] = [];
  let lastPiece = 0;
  for (const segment of segments) {
    if (segment.cut) continue;
    if (segment.hard && lengths.length > 0) lengths[lengths.length - 1]! += consoleWidth - lastPiece + segment.length;
    else lengths.push(segment.length);
    lastPiece = segment.length;
  }
  return lengths;
}

function joinSegments(segments: readonly Segment[], width: number, consoleWidth: number): string {
  let value = '';
  const lengths = logicalLineLengths(segments, consoleWidth);
  let line = -1;
  for (const segment of segments) {
    if (line === -1) {
      value = segment.text;
      line = 0;
    } else if (segment.hard) {
      value = segment.afterFullLine ? value + segment.text : `${value.trimEnd()} ${segment.text.trimStart()}`;
    } else {
      const full = !segment.afterBlank && (lengths[line] ?? 0) >= width;
      value = full ? value + segment.text : `${value.trimEnd()} ${segment.text.trimStart()}`;
      line++;
    }
  }
  return value.trim();
}

function colonOf(property: RegExpExecArray): number {
  return property[1]!.length + property[2]!.length;
}

function shorten(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

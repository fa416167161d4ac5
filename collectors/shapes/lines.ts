/** One line of a decoded source file, with its 1-based line number and its trailing blanks removed. */
export interface Line {
  no: number;
  text: string;
}

/** Splits decoded text into lines: CRLF, LF and lone CR all end a line; trailing blanks are dropped. */
export function splitLines(text: string): Line[] {
  // The engine's split is faster than a loop over the characters; a plain loop then builds the lines
  // (no BOM replace copying the whole text when there is none, no callback per line). A single pass that
  // finds each line end with indexOf and cuts each line with one slice was tried: a fifth slower.
  const raw = lineTexts(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines: Line[] = new Array<Line>(raw.length);
  for (let i = 0; i < raw.length; i++) lines[i] = { no: i + 1, text: trimBlanksEnd(raw[i]!) };
  return lines;
}

/**
 * `text.split(/\r\n|\n|\r/)`. Captures end their lines all in CRLF (cmd, wmic, PowerShell) or all in LF:
 * splitting at a string is a third faster than at the regex, and when no piece holds a CR or LF any more, the
 * pieces are the same. Mixed line ends go to the regex.
 */
function lineTexts(text: string): string[] {
  if (text.indexOf('\r') === -1) return text.split('\n');
  const pieces = text.split('\r\n');
  for (const piece of pieces) if (piece.indexOf('\r') !== -1 || piece.indexOf('\n') !== -1) return text.split(LINE_END);
  return pieces;
}

const LINE_END = /\r\n|\n|\r/;

/** The text up to `end` without the blanks, tabs and NULs before `end`. */
function sliceWithoutBlanksEnd(text: string, end: number): string {
  while (end > 0 && isBlankEnd(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** A blank, tab or NUL: what trimBlanksEnd drops. */
function isBlankEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 0;
}

/**
 * The line without its trailing blanks, tabs and NULs (NUL padding is what truncated UTF-16 captures end
 * in). A loop, not `/[ \t\u0000]+$/`: that regex retries at every blank of a long run inside the line, which
 * costs the square of the run's length.
 */
export function trimBlanksEnd(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 32 && last !== 9) return last === 0 ? sliceWithoutBlanksEnd(text, text.length) : text;
  // A row padded with blanks (wmic pads every row to the table's width): the engine's trimEnd drops the run in
  // one call, where the loop runs in baseline code for a fleet scan's first bundles. trimEnd also drops other
  // white space (CR, no-break space, …) that must stay: when it took any, or a NUL is left before the blanks,
  // the loop decides.
  const trimmed = text.trimEnd();
  const before = trimmed.charCodeAt(trimmed.length - 1);
  if (before !== 0 && ONLY_BLANKS_AND_TABS.test(text.slice(trimmed.length))) return trimmed;
  return sliceWithoutBlanksEnd(text, text.length);
}

const ONLY_BLANKS_AND_TABS = /^[ \t]*$/;

/**
 * A table cell cut from its row: `text.slice(start, end).trim()`, negative positions read as 0. The engine's
 * slice and trim, not a loop over the cell's padding blanks: a fleet scan runs its first bundles in baseline
 * code, where such a loop (this function until December 2026) cost 2–7 times the two built-ins, and even
 * optimised it was slower (docs/performance.md, "Parsing").
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), Math.max(0, end)).trim();
}

/**
 * The text without the characters at its end that `drop` picks, in one pass from the end. A regex like
 * `/[\s.]+$/` costs the square of the length of a long run of such characters inside the text.
 */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A blank (white space or line end, what `\s` matches). */
export function isSpace(char: string): boolean {
  return char.trim() === '';
}

/**
 * True when `text.trim()` cannot start with any of the ASCII `prefixes`: the text starts with a printable ASCII
 * character (so trim() keeps its start) and with none of them. A cheap test that spares regexes anchored at the
 * start of the trimmed text, and the trim, for most lines; false when it cannot tell.
 */
export function startsWithNoneOf(text: string, prefixes: readonly string[]): boolean {
  const first = text.charCodeAt(0);
  if (!(first > 32 && first < 127)) return false;
  for (const prefix of prefixes) if (text.startsWith(prefix)) return false;
  return true;
}

/** True when the text starts with a printable ASCII character, so with no white space (what `/^\s/` tests). */
export function startsPrintable(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127;
}

/**
 * How many white space characters the text starts with: `text.length - text.trimStart().length` (and what
 * the regex `^\s*` matches). A line that starts with a printable ASCII character has none, without trimStart's copy.
 * (A loop over the blanks was tried: slower than trimStart for the indented lines.)
 */
export function leadingBlanks(text: string): number {
  return startsPrintable(text) ? 0 : text.length - text.trimStart().length;
}

/** True when a line holds nothing but blanks. */
export function isBlank(line: Line): boolean {
  // Most lines start with a printable ASCII character: no need to copy the line to find out.
  const first = line.text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return line.text.trim() === '';
}

/** True when the text holds control characters that no command output contains (binary input). */
export function looksBinary(text: string): boolean {
  // The scan checks a file's text and then its parser checks the same text again: the second call is
  // answered from here (comparing the same string to itself costs nothing).
  if (text === lastChecked.text) return lastChecked.binary;
  // Most texts hold no control character at all: one test, and only then the list of them.
  const control = CONTROL.test(text) ? text.match(CONTROLS) : null;
  const binary = control !== null && control.length > Math.max(4, text.length / 200);
  lastChecked = { text, binary };
  return binary;
}

let lastChecked = { text: '', binary: false };

/** Control characters no command output holds (tab, line ends, form feed and escape are not among them). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

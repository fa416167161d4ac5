/** One line of a decoded source file, with its 1-based line number and its trailing blanks removed. */
export interface Line {
  no: number;
  text: string;
}

/** Splits decoded text into lines: CRLF, LF and lone CR all end a line; trailing blanks are dropped. */
export function splitLines(text: string): Line[] {
  // A source's parser often splits its text twice (the source, then a shape it reads the text with): the
  // second call copies the first one's list (the Line objects are never changed, only read or replaced).
  if (text === lastSplit.text) return lastSplit.lines.slice();
  const lines = splitLinesOnce(text);
  lastSplit = { text, lines: lines.slice() };
  return lines;
}

let lastSplit: { text: string; lines: Line[] } = { text: '', lines: [] };

/**
 * `text.split(/\r\n|\n|\r/)` (after a BOM), a last empty piece dropped, each piece without its trailing blanks:
 * in one pass that finds each line end with the engine's indexOf and cuts each line with one slice, rather than
 * a split into pieces that are then trimmed (a second copy) and tested for a CR or LF left inside.
 */
function splitLinesOnce(text: string): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The next CR and LF at or after `start` (-1: none left); each is searched again only once passed.
  let cr = text.indexOf('\r', start);
  let lf = text.indexOf('\n', start);
  while (cr !== -1 || lf !== -1) {
    const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
    lines.push({ no: lines.length + 1, text: sliceWithoutBlanksEnd(text, start, end) });
    start = end === cr && lf === cr + 1 ? cr + 2 : end + 1;
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
  }
  // The piece after the last line end, unless it is empty.
  if (start < length) lines.push({ no: lines.length + 1, text: sliceWithoutBlanksEnd(text, start, length) });
  return lines;
}

/** `trimBlanksEnd(text.slice(start, end))` with one copy. */
function sliceWithoutBlanksEnd(text: string, start: number, end: number): string {
  while (end > start && isBlankEnd(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
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
  return sliceWithoutBlanksEnd(text, 0, text.length);
}

/**
 * `text.slice(start, end).trim()` without the intermediate copy (a table cell cut from its row). Blanks
 * outside ASCII (no-break space, …) at either end are left to trim(), so the result is the same.
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.min(end, text.length);
  while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return '';
  const piece = text.slice(from, to);
  return text.charCodeAt(from) > 127 || text.charCodeAt(to - 1) > 127 ? piece.trim() : piece;
}

/** Tab, line feed, vertical tab, form feed, carriage return, blank: the ASCII characters trim() removes. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
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
 * True when `text.trim()` cannot start with any of the ASCII characters `firsts`: the text starts with a
 * printable ASCII character (which trim() keeps) that is not one of them. A cheap test that spares a regex
 * anchored at the start of the trimmed text, and the trim, for most lines; false when it cannot tell.
 */
export function startsWithNoneOf(text: string, firsts: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127 && !firsts.includes(text[0]!);
}

/** True when the text starts with a printable ASCII character, so with no white space (what `/^\s/` tests). */
export function startsPrintable(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127;
}

/**
 * How many white space characters the text starts with: `text.length - text.trimStart().length` (and what
 * `/^\s* /` matches), counted without a copy of the rest of the line. Indented lines (hotfix items, values
 * under a label) are common, and trimStart() copies every one of them.
 */
export function leadingBlanks(text: string): number {
  let at = 0;
  while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
  // Past ASCII only trimStart() knows which characters are white space (no-break space, line separator…).
  if (at < text.length && text.charCodeAt(at) > 127) return text.length - text.trimStart().length;
  return at;
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

/** One line of a decoded source file, with its 1-based line number and its trailing blanks removed. */
export interface Line {
  no: number;
  text: string;
}

/** Splits decoded text into lines: CRLF, LF and lone CR all end a line; trailing blanks are dropped. */
export function splitLines(text: string): Line[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((t, i) => ({ no: i + 1, text: trimBlanksEnd(t) }));
}

/**
 * The line without its trailing blanks, tabs and NULs (NUL padding is what truncated UTF-16 captures end
 * in). A loop, not `/[ \t\u0000]+$/`: that regex retries at every blank of a long run inside the line, which
 * costs the square of the run's length.
 */
export function trimBlanksEnd(text: string): string {
  return trimEndWhere(text, (c) => c === ' ' || c === '\t' || c === '\u0000');
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

/** True when a line holds nothing but blanks. */
export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** True when the text holds control characters that no command output contains (binary input). */
export function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g);
  return control !== null && control.length > Math.max(4, text.length / 200);
}

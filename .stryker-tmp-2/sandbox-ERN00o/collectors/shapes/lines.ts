/** One line of a decoded source file, with its 1-based line number and its trailing blanks removed. */
// @ts-nocheck

export interface Line {
  no: number;
  text: string;
}

/** Splits decoded text into lines: CRLF, LF and lone CR all end a line; trailing blanks are dropped. */
export function splitLines(text: string): Line[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  // eslint-disable-next-line no-control-regex -- NUL padding is what truncated UTF-16 captures end in
  return raw.map((t, i) => ({ no: i + 1, text: t.replace(/[ \t\u0000]+$/, '') }));
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

/**
 * Text from a bundle as a terminal may show it: control characters (C0, DEL, C1: an ESC would start a
 * terminal escape sequence), the bidirectional overrides and isolates (which reorder what follows) and
 * invisible format characters are written as `\u{…}`, so a host name cannot rewrite the screen or hide.
 * A newline or tab inside a name is shown the same way: every item stays on its line.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

export function displayText(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

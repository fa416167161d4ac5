/**
 * Text from a bundle shown as it is. A host name can hold characters that show nothing or change how the
 * text around them reads: a right-to-left override (U+202E) makes `EX1‮txt.exe` read `EX1exe.txt`, a
 * zero-width space makes two names look alike, a control character moves a terminal's cursor. Such
 * characters are shown escaped, as their code point (`⟨U+202E⟩`), in every report and on the terminal.
 * Long names are shown shortened around an ellipsis; long unbroken runs get break opportunities, so that
 * a renderer never measures one 10,000-character word again and again.
 */

/**
 * Controls (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates U+202A–202E and
 * U+2066–2069, the marks U+200E/200F and U+061C, zero-width space and joiners, BOM, soft hyphen, tags), and the
 * line and paragraph separators U+2028/2029.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `⟨U+202E⟩`: how an invisible character is shown. */
export function codePointLabel(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** The text with every invisible character shown as its code point; the characters in `keep` stay. */
export function escapeInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (c) => (keep.includes(c) ? c : codePointLabel(c)));
}

/**
 * The text cut to at most `max` characters (code points, never half a surrogate pair): its start and end around
 * an ellipsis, so that two long names that differ at the end still look different.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`;
}

/** Text for a terminal: every invisible character escaped but line breaks and tabs (no escape sequence gets through). */
export function printable(text: string): string {
  return escapeInvisible(text, '\n\t');
}

export interface DisplayOptions {
  /** At most this many characters, shortened around an ellipsis (after escaping). */
  max?: number;
  /** Invisible characters that stay as they are (a terminal keeps its line breaks and tabs). */
  keep?: string;
}

/** A value from a bundle as a report or a terminal shows it: invisible characters escaped, then shortened. */
export function displayText(value: string, options: DisplayOptions = {}): string {
  const escaped = escapeInvisible(value, options.keep);
  return options.max === undefined ? escaped : shorten(escaped, options.max);
}

/**
 * The text with `mark` (a zero-width space, say) after every `every` characters of a run of characters without
 * a blank that is longer than twice that: where a renderer may break a line that has no other place to break.
 * No word of a language is that long, so words are never broken; a host name of 10,000 characters is.
 */
export function breakLongRuns(text: string, mark: string, every = 32): string {
  if (text.length <= 2 * every) return text;
  return text.replace(new RegExp(`\\S{${2 * every + 1},}`, 'gu'), (run) => {
    const chars = Array.from(run);
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += every) parts.push(chars.slice(i, i + every).join(''));
    return parts.join(mark);
  });
}

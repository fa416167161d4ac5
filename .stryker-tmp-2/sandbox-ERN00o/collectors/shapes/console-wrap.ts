/**
 * Console copies: when someone copies command output from a console window instead of redirecting it to a
 * file, every line longer than the window is cut at the window width and continues at column 0 of the next
 * line. The consoles of Windows Server 2003/2008 are 80 columns wide.
 */
// @ts-nocheck

export const CONSOLE_WIDTH = 80;

/**
 * Joins the rest of a wrapped line back to its start. When the start filled the row, the break fell inside
 * the text and nothing is inserted; a shorter start lost trailing blanks to `splitLines` (the break fell on a
 * blank), so one blank is put back. (A break that fell on several blanks comes back with one.)
 */
export function joinWrapped(start: string, rest: string, width = CONSOLE_WIDTH): string {
  return start.length >= width ? start + rest : `${start} ${rest}`;
}

/**
 * True when the text stops in the middle of a line: the commands bpa reads end every line, so a last line
 * without its line break was cut (a truncated copy or an interrupted transfer).
 */
export function endsMidLine(text: string): boolean {
  return text.length > 0 && !/[\r\n]$/.test(text);
}

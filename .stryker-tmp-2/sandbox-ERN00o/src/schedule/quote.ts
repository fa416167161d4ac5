/** Quoting for the command lines `bpa schedule` prints. */
// @ts-nocheck


/**
 * A word for cmd.exe: in double quotes when it has blanks or cmd's special characters. A trailing
 * backslash inside quotes is doubled, or the program would read it as an escaped quote (`"D:\x\"`).
 */
export function cmdWord(word: string): string {
  if (word.includes('"')) throw new Error(`a double quote cannot be passed to cmd.exe: ${word}`);
  return /[\s&|<>^(),;=]/.test(word) ? `"${word.replace(/(\\+)$/, '$1$1')}"` : word;
}

/**
 * The value of `schtasks /tr`: the whole command in double quotes, as the C runtime parses an argument:
 * each inner quote written as \" and the backslashes before it doubled.
 */
export function schtasksRun(command: string): string {
  return `"${command.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}

/** A word for a POSIX shell: single-quoted unless it is plainly safe. */
export function shWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A crontab line runs through sh after cron turns % into newlines: every % is escaped. */
export function cronCommand(command: string): string {
  return command.replace(/%/g, '\\%');
}

/**
 * Reading the generated collection scripts back as text: which file each writes, with which command. The
 * agreement test compares this with the source list, so it checks what the scripts really say, not what the
 * generator meant them to say.
 */

export interface WrittenFile {
  /** The file name as the script writes it (`net-user-%BPA_ACCOUNT%.txt`, `ex-server.txt`). */
  file: string;
  /** The command or pipeline that writes it. */
  command: string;
  /** collect.cmd: the machine's folder; collect-exchange.ps1: the folder expression (`$name`, `'_organization'`). */
  folder: string;
  line: number;
}

/** `<command> > "%BPA_OUT%\<file>" 2>&1` lines of collect.cmd. */
export function filesOfCmd(script: string): WrittenFile[] {
  return script.split('\r\n').flatMap((text, i) => {
    const m = /^(.*\S) > "%BPA_OUT%\\([^"\\]+)" 2>&1$/.exec(text);
    return m ? [{ file: m[2]!, command: m[1]!, folder: '%BPA_OUT%', line: i + 1 }] : [];
  });
}

/** `Save-BpaOutput <folder> '<file>' { <pipeline> }` lines of collect-exchange.ps1. */
export function filesOfPs1(script: string): WrittenFile[] {
  return script.split('\r\n').flatMap((text, i) => {
    const m = /^\s*Save-BpaOutput (\S+) '([^']+)' \{ (.*) \}$/.exec(text);
    return m ? [{ file: m[2]!, command: m[3]!, folder: m[1]!, line: i + 1 }] : [];
  });
}

/** The registry's placeholders for what the script has as variables, so that commands can be compared. */
export function asRegistryCommand(command: string): string {
  return command
    .replace(/ <nul$/, '')
    .replace('"%BPA_ACCOUNT%"', '<account>')
    .replace('"%BPA_ADMINS_GROUP%"', '<name of S-1-5-32-544>')
    .split('%BPA_WMIC_SYSTEMROOT%')
    .join('C:\\\\WINDOWS');
}

/** The cmdlets (and script functions) a read-only collection script may call besides Get-*. */
export const ALLOWED_POWERSHELL_COMMANDS = new Set([
  'Add-PSSnapin',
  'Format-List',
  'Out-File',
  'Out-Null',
  'Test-Path',
  'New-Item',
  'Join-Path',
  'Write-Host',
  'Where-Object',
  // Reads only: it tests the replication of the node it runs on and reports, changing nothing.
  'Test-ReplicationHealth',
]);

/**
 * What cmd.exe on a plain Windows Server 2003 SP1 needs of collect.cmd, checked on the commands its lines run
 * (`cmd-lines.ts`), not on its text: line length, the commands it may run, no parenthesized blocks, values
 * from outside expanded only inside double quotes, every `%` a variable the script or Windows sets, and every
 * `reg query` a key whose output a bpa parser reads into the file that parser reads.
 */
import { SOURCES } from '../../collectors/registry';
import type { SourceDefinition } from '../../collectors/source-definition';
import { charStates, commandsOfLine, isCommentOrLabel, tokenize, type CmdCommand } from './cmd-lines';

export interface CmdProblem {
  check: string;
  line: number;
  text: string;
}

/** The longest command line cmd.exe reads (Windows XP and later; KB830473). */
export const CMD_LINE_LIMIT = 8191;

/** The commands collect.cmd may run, each with why a plain Windows Server 2003 SP1 has it. */
export const SERVER_2003_COMMANDS: Record<string, string> = {
  echo: 'cmd.exe built-in',
  set: 'cmd.exe built-in (/a and "name=value" with command extensions, which setlocal turns on)',
  setlocal: 'cmd.exe built-in',
  endlocal: 'cmd.exe built-in',
  goto: 'cmd.exe built-in',
  call: 'cmd.exe built-in',
  exit: 'cmd.exe built-in (/b with command extensions)',
  mkdir: 'cmd.exe built-in (creates the missing parent folders with command extensions)',
  chcp: 'chcp.com, in every Windows NT',
  find: 'find.exe, in every Windows NT',
  ipconfig: 'ipconfig.exe, in every Windows NT with TCP/IP',
  net: 'net.exe, in every Windows NT',
  systeminfo: 'systeminfo.exe, in Windows XP Professional and Windows Server 2003 on',
  reg: 'reg.exe, in the box from Windows XP and Windows Server 2003 on (a Resource Kit tool before)',
  sc: 'sc.exe, in the box from Windows XP and Windows Server 2003 on',
  wmic: 'wmic.exe, in Windows XP and Windows Server 2003 on (its first run installs it)',
  cluster: 'cluster.exe, installed with the Cluster service (Enterprise and Datacenter Edition); run only where it is',
};

/** Commands a script writer reaches for that collect.cmd must not use, and why. */
export const LATER_COMMANDS: Record<string, string> = {
  robocopy: 'a Windows Server 2003 Resource Kit tool; in the box only from Windows Vista and Server 2008 on',
  icacls: 'from Windows Server 2003 SP2 on; SP1 has only cacls',
  powershell: 'not part of Windows Server 2003 (a separate download); collect.cmd is the cmd.exe half of the collection',
  setx: 'a Windows Server 2003 Support Tools program (a separate install); in the box from Windows Vista on',
  choice: 'waits for a key, and the script runs unattended in a maintenance window (Windows XP has no choice.exe)',
  timeout: 'waits, and the script runs unattended (Windows XP has no timeout.exe)',
  pause: 'waits for a key, and the script runs unattended',
  where: 'not in Windows XP or Windows 2000; a file is tested with "if exist" and its full path',
  forfiles: 'not in Windows XP or Windows 2000; the script walks no folders',
  dsquery: 'only on domain controllers and with the Administration Tools Pack (adminpak.msi)',
  nltest: 'a Windows Server 2003 Support Tools program (a separate install)',
  wevtutil: 'from Windows Vista and Server 2008 on',
  bcdedit: 'from Windows Vista and Server 2008 on',
  mklink: 'a cmd.exe built-in from Windows Vista on',
  curl: 'from Windows 10 1803 on',
};

/** The variables Windows sets that collect.cmd reads. */
export const WINDOWS_VARIABLES: Record<string, string> = {
  COMPUTERNAME: 'the NetBIOS name of the server (it may hold & ( ) ^, which NetBIOS allows)',
  SystemRoot: 'the Windows folder',
  PROCESSOR_ARCHITEW6432: 'set only in a 32-bit process on 64-bit Windows',
};

/** Every place where collect.cmd asks more of cmd.exe on Windows Server 2003 SP1 than it gives. */
export function cmdProblems(script: string, sources: readonly SourceDefinition[] = SOURCES): CmdProblem[] {
  const lines = script.split(/\r?\n/);
  const problems: CmdProblem[] = [];
  const add = (check: string, line: number, text: string) => problems.push({ check, line, text: text.slice(0, 80) });
  const variables = variablesOf(lines);
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.length > CMD_LINE_LIMIT) add(`line longer than ${CMD_LINE_LIMIT} characters`, line, text);
    if (isCommentOrLabel(text)) return;
    if (charStates(text).filter((s) => s.char === '"' && !s.escaped).length % 2 === 1) add('unbalanced double quote', line, text);
    for (const command of commandsOfLine(text, line)) problems.push(...commandProblems(command, text, sources));
    problems.push(...blockProblems(text, line), ...percentProblems(text, line, variables));
  });
  return problems.sort((a, b) => a.line - b.line);
}

function commandProblems(command: CmdCommand, text: string, sources: readonly SourceDefinition[]): CmdProblem[] {
  const at = { line: command.line, text: text.slice(0, 80) };
  if (LATER_COMMANDS[command.name]) return [{ check: `${command.name}: ${LATER_COMMANDS[command.name]}`, ...at }];
  if (!SERVER_2003_COMMANDS[command.name]) {
    return [{ check: `${command.name}: not on the list of commands a plain Windows Server 2003 SP1 has`, ...at }];
  }
  return command.name === 'reg' ? regQueryProblems(command, sources).map((check) => ({ check, ...at })) : [];
}

/** `reg query <key>` of a key a source of the registry reads, into that source's file. */
function regQueryProblems(command: CmdCommand, sources: readonly SourceDefinition[]): string[] {
  if (command.args[0]?.toLowerCase() !== 'query') return [`reg ${command.args[0] ?? ''}: collect.cmd only reads the registry`];
  const key = (command.args[1] ?? '').replace(/"/g, '');
  const readers = sources.filter((s) =>
    commandsOfLine(s.command, 0).some(
      (c) => c.name === 'reg' && (c.args[1] ?? '').replace(/"/g, '').toLowerCase() === key.toLowerCase(),
    ),
  );
  if (readers.length === 0) return [`reg query ${key}: no bpa parser reads the output of this key`];
  const targets = command.redirects.map((r) => r.replace(/"/g, ''));
  if (!readers.some((s) => targets.some((t) => t.endsWith(`\\${s.file}`)))) {
    return [
      `reg query ${key}: written to ${targets.join(', ') || 'the console'}, but bpa reads it from ${readers.map((s) => s.file).join(', ')}`,
    ];
  }
  return [];
}

/** A `(` or `)` outside quotes that is no `for … in (…)` set: a block, which the script does without. */
function blockProblems(text: string, line: number): CmdProblem[] {
  const tokens = tokenize(text);
  const sets = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'open' || tokens[i - 1]?.text.toLowerCase() !== 'in') return;
    const close = tokens.findIndex((c, j) => j > i && c.kind === 'close' && tokens[j + 1]?.text.toLowerCase() === 'do');
    if (close > i) sets.add(i).add(close);
  });
  if (!tokens.some((t, i) => (t.kind === 'open' || t.kind === 'close') && !sets.has(i))) return [];
  const check =
    'parenthesis outside quotes: a block expands its %variables% when it is read, and a ) in an expanded path (C:\\Program Files (x86)) ends it';
  return [{ check, line, text: text.slice(0, 80) }];
}

interface Variables {
  /** Every variable the script or Windows sets, lower case. */
  known: Set<string>;
  /** The ones whose value comes from outside (an argument, a command's output, Windows), lower case. */
  outside: Set<string>;
}

/** The variables `set` assigns, and which of them carry a value from outside the script. */
function variablesOf(lines: string[]): Variables {
  const assignments: Array<[string, string]> = [];
  lines.forEach((text, i) => {
    for (const command of commandsOfLine(text, i + 1)) {
      if (command.name !== 'set') continue;
      const args = command.args.filter((a) => a.toLowerCase() !== '/a').map((a) => a.replace(/^"|"$/g, ''));
      const body = args.join(' ');
      const targets = command.args[0]?.toLowerCase() === '/a' ? body.split(',') : [body];
      for (const t of targets) {
        const m = /^\s*([A-Za-z_][\w#$@.-]*)=(.*)$/s.exec(t);
        if (m) assignments.push([m[1]!.toLowerCase(), m[2]!]);
      }
    }
  });
  const known = new Set([...assignments.map(([n]) => n), ...Object.keys(WINDOWS_VARIABLES).map((n) => n.toLowerCase())]);
  const outside = new Set(Object.keys(WINDOWS_VARIABLES).map((n) => n.toLowerCase()));
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, value] of assignments) {
      const fromOutside = /%~?[0-9*]|%%[A-Za-z]/.test(value) || referencedVariables(value).some((v) => outside.has(v));
      if (fromOutside && !outside.has(name)) {
        outside.add(name);
        changed = true;
      }
    }
  }
  return { known, outside };
}

const PERCENT = /%%|%~[a-z]*[0-9*]|%[0-9*]|%([A-Za-z_][\w#$@.-]*)(:[^%]*)?%/y;

function referencedVariables(text: string): string[] {
  const names: string[] = [];
  for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
    PERCENT.lastIndex = i;
    const m = PERCENT.exec(text);
    if (m?.[1]) names.push(m[1].toLowerCase());
    if (m) i += m[0].length - 1;
  }
  return names;
}

/** Every `%` of a line: a variable that is set, expanded inside quotes when its value comes from outside. */
function percentProblems(text: string, line: number, variables: Variables): CmdProblem[] {
  const problems: CmdProblem[] = [];
  const states = charStates(text);
  // charStates gives one state per character of the line, a ^ and the character it escapes included.
  const quotedAt = (offset: number) => states[offset]?.quoted === true;
  const add = (check: string) => problems.push({ check, line, text: text.slice(0, 80) });
  for (const m of text.matchAll(/\bif\s+(?:not\s+)?defined\s+(\S+)/gi)) {
    if (!variables.known.has(m[1]!.toLowerCase())) add(`${m[1]} is set nowhere (if defined)`);
  }
  for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
    PERCENT.lastIndex = i;
    const m = PERCENT.exec(text);
    if (!m) {
      add('a % that is no variable: cmd.exe drops it (write %% for a percent sign)');
      continue;
    }
    const name = m[1]?.toLowerCase();
    if (name && !variables.known.has(name)) add(`%${m[1]}% is set nowhere`);
    else if (name && variables.outside.has(name) && !quotedAt(i)) {
      add(`%${m[1]}% expanded outside double quotes: its value comes from outside and may hold & | < > ( ) ^`);
    }
    i += m[0].length - 1;
  }
  return problems;
}

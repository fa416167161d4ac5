/**
 * collect.cmd read as cmd.exe splits its lines into commands, against what a plain Windows Server 2003 SP1
 * gives: each check proven on a small script that breaks it, then the generated script passing them all.
 * The real proof that cmd.exe runs it is `collect-cmd-wine.test.ts`.
 */
import { SOURCES } from '../../collectors/registry';
import { COLLECT_CMD, generateCollectorScripts } from '../../collectors/windows/generate';
import { toolVersion } from '../../src/shared/package-root';
import { CMD_LINE_LIMIT, cmdProblems, LATER_COMMANDS, SERVER_2003_COMMANDS } from './cmd-checks';
import { commandsOfLine } from './cmd-lines';

const cmd = generateCollectorScripts(toolVersion())[COLLECT_CMD]!;

/** A script whose third line is `line`; BPA_X holds the first argument, a value from outside. */
const script = (line: string) => ['@echo off', 'set "BPA_X=%~1"', line, 'exit /b 0', ''].join('\r\n');

describe('cmd.exe splits a line into the commands it runs', () => {
  it.each([
    ['a plain command', 'ipconfig /all', [['ipconfig', '/all']]],
    ['@ and .exe', '@Reg.exe query HKLM\\X', [['reg', 'query', 'HKLM\\X']]],
    ['a redirection first', '> "%BPA_X%\\a.txt" echo {"a": 1}', [['echo', '{"a":', '1}']]],
    [
      '& and |',
      'echo a & sc query x | find "y"',
      [
        ['echo', 'a'],
        ['sc', 'query', 'x'],
        ['find', '"y"'],
      ],
    ],
    ['escaped operators', 'echo ^<a^> ^& ^(b^)', [['echo', '<a>', '&', '(b)']]],
    ['quoted operators', 'echo "a & b | c (d)"', [['echo', '"a & b | c (d)"']]],
    ['if with two conditions', 'if not errorlevel 1 if exist "C:\\x" set "A=1"', [['set', '"A=1"']]],
    ['if a==b', 'if "%~1"=="/?" goto usage', [['goto', 'usage']]],
    [
      'a for /f set and its do',
      `for /f "tokens=1,* delims=:" %%A in ('sc qc ClusSvc 2^>nul ^| find "NAME"') do set "B=%%B"`,
      [
        ['sc', 'qc', 'ClusSvc'],
        ['find', '"NAME"'],
        ['set', '"B=%%B"'],
      ],
    ],
  ])('%s', (_, line, expected) => {
    expect(commandsOfLine(line, 1).map((c) => [c.name, ...c.args])).toEqual(expected);
  });

  it('takes the redirections out of the arguments, 2>&1 and <nul included', () => {
    expect(commandsOfLine('wmic qfe list <nul > "%BPA_OUT%\\qfe.txt" 2>&1', 1)).toEqual([
      { name: 'wmic', args: ['qfe', 'list'], redirects: ['nul', '"%BPA_OUT%\\qfe.txt"'], line: 1 },
    ]);
  });

  it('runs nothing from a comment or a label', () => {
    expect(commandsOfLine('rem robocopy a b', 1)).toEqual([]);
    expect(commandsOfLine(':skip_2_node', 1)).toEqual([]);
  });
});

describe('each cmd.exe check names what breaks it, with its line', () => {
  const examples: Array<[string, string, string]> = [
    ['a line too long for cmd.exe', `echo ${'x'.repeat(CMD_LINE_LIMIT)}`, `line longer than ${CMD_LINE_LIMIT} characters`],
    ['an unknown command', 'frobnicate.exe /all', 'frobnicate: not on the list of commands a plain Windows Server 2003 SP1 has'],
    ['a command behind if', 'if exist "C:\\x" robocopy a b', `robocopy: ${LATER_COMMANDS.robocopy}`],
    ['a command after &', 'echo a & icacls x', `icacls: ${LATER_COMMANDS.icacls}`],
    ['a command after |', 'ipconfig /all | choice', `choice: ${LATER_COMMANDS.choice}`],
    [
      'a command in a for /f set',
      `for /f "delims=" %%A in ('where cluster.exe') do set "BPA_Y=%%A"`,
      `where: ${LATER_COMMANDS.where}`,
    ],
    ['a block', 'if defined BPA_X (echo x)', 'parenthesis outside quotes'],
    ['a value from outside, unquoted', 'echo %BPA_X%', '%BPA_X% expanded outside double quotes'],
    ['the computer name, unquoted', 'echo %COMPUTERNAME%', '%COMPUTERNAME% expanded outside double quotes'],
    ['a stray percent sign', 'echo 100% sure', 'a % that is no variable'],
    ['a variable set nowhere', 'echo "%BPA_Y%"', '%BPA_Y% is set nowhere'],
    ['a variable tested but set nowhere', 'if defined BPA_Y goto x', 'BPA_Y is set nowhere (if defined)'],
    ['an unbalanced double quote', 'echo "abc', 'unbalanced double quote'],
    [
      'a key no parser reads',
      'reg query HKLM\\SOFTWARE\\Foo > "%BPA_X%\\reg-foo.txt" 2>&1',
      'no bpa parser reads the output of this key',
    ],
    [
      'a key written to another file',
      'reg query "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP" /s > "%BPA_X%\\reg-updates.txt" 2>&1',
      'but bpa reads it from reg-ndp.txt',
    ],
    ['a registry change', 'reg add HKLM\\SOFTWARE\\Foo /v x /d 1 /f', 'reg add: collect.cmd only reads the registry'],
    ...Object.entries(LATER_COMMANDS).map(([name, why]): [string, string, string] => [name, `${name} x`, `${name}: ${why}`]),
  ];

  it.each(examples)('%s', (_, line, check) => {
    const problems = cmdProblems(script(line));
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(problems[0]!.check).toContain(check);
  });

  it.each([
    ['escaped angle brackets and parentheses', 'echo Usage: collect.cmd ^<bundle folder^> ^(a^)'],
    ['parentheses in quotes', 'echo "C:\\Program Files (x86)"'],
    ['a value from outside in quotes', 'if not exist "%BPA_X%\\" mkdir "%BPA_X%"'],
    ['%% in set /a', 'set /a "BPA_Y=7 %% 2"'],
    ['substrings and replacements', 'set "BPA_Y=%BPA_X:~0,-1%" & set "BPA_Z=%SystemRoot:\\=\\\\%"'],
    [
      'a for /f over a command',
      `for /f "tokens=1,* delims==" %%A in ('wmic os get LocalDateTime /value 2^>nul ^<nul ^| find "="') do set "BPA_Y=%%B"`,
    ],
    ['a comment', 'rem robocopy and powershell are not used (%BPA_X%)'],
    ['the arguments', 'if "%~1"=="" goto usage'],
  ])('leaves alone %s', (_, line) => {
    expect(cmdProblems(script(line))).toEqual([]);
  });
});

describe('collect.cmd as cmd.exe of a plain Windows Server 2003 SP1 reads it', () => {
  const lines = cmd.split('\r\n');
  const commands = lines.flatMap((text, i) => commandsOfLine(text, i + 1));

  it('passes every check', () => {
    expect(cmdProblems(cmd)).toEqual([]);
  });

  it('runs commands of the Windows Server 2003 list only, and each of them', () => {
    const used = new Set(commands.map((c) => c.name));
    expect([...used].filter((n) => !SERVER_2003_COMMANDS[n])).toEqual([]);
    expect(used).toEqual(
      new Set([
        'echo',
        'setlocal',
        'goto',
        'set',
        'mkdir',
        'sc',
        'find',
        'wmic',
        'chcp',
        'systeminfo',
        'ipconfig',
        'reg',
        'cluster',
        'net',
        'endlocal',
        'exit',
      ]),
    );
  });

  it('queries every registry key the source list reads, each into the file its parser reads', () => {
    const keyOf = (args: string[]) => (args[1] ?? '').replace(/"/g, '');
    const expected = SOURCES.flatMap((s) =>
      commandsOfLine(s.command, 0)
        .filter((c) => c.name === 'reg')
        .map((c) => `${keyOf(c.args)} > ${s.file}`),
    );
    const queried = commands
      .filter((c) => c.name === 'reg')
      .map((c) => `${keyOf(c.args)} > ${c.redirects.map((r) => r.replace(/^"%BPA_OUT%\\|"$/g, '')).join()}`);
    expect(queried.sort()).toEqual(expected.sort());
    expect(queried.length).toBeGreaterThanOrEqual(8);
  });

  it('fails once the generator writes a command Windows Server 2003 lacks, or a block', () => {
    const robocopy = cmd.replace('ipconfig /all >', 'robocopy C:\\ D:\\ >');
    expect(cmdProblems(robocopy)).toEqual([expect.objectContaining({ check: `robocopy: ${LATER_COMMANDS.robocopy}` })]);
    const block = cmd.replace('if not exist "%BPA_OUT%\\" mkdir "%BPA_OUT%"', 'if not exist "%BPA_OUT%\\" (mkdir "%BPA_OUT%")');
    expect(cmdProblems(block)).toEqual([
      expect.objectContaining({ check: expect.stringContaining('parenthesis outside quotes') }),
    ]);
  });
});

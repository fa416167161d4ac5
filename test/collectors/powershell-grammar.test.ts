/**
 * collect-exchange.ps1 read by a real PowerShell grammar (tree-sitter-powershell): it must parse without an
 * ERROR or MISSING node, and its syntax tree must hold nothing PowerShell 1.0 (Exchange 2007's shell) lacks.
 * Each check is proven on a small script that has the construct.
 */
import { COLLECT_EXCHANGE_PS1, generateCollectorScripts } from '../../collectors/windows/generate';
import { toolVersion } from '../../src/shared/package-root';
import { constructsAbovePowerShell1, LATER_CMDLETS, LATER_CONSTRUCTS } from './powershell-1-constructs';
import { parsePowerShell, syntaxProblems } from './powershell-grammar';
import { ALLOWED_POWERSHELL_COMMANDS } from './script-text';

const ps1 = generateCollectorScripts(toolVersion())[COLLECT_EXCHANGE_PS1]!;

/** A script whose third line is `line`, CRLF like the generated one. */
const script = (line: string) => ['# a small script', '$ok = 1', line, 'Write-Host $ok', ''].join('\r\n');
const check = (text: string) => constructsAbovePowerShell1(parsePowerShell(text));

describe('collect-exchange.ps1 in the PowerShell grammar', () => {
  const tree = parsePowerShell(ps1);

  it('parses without an ERROR or MISSING node', () => {
    expect(syntaxProblems(tree)).toEqual([]);
    expect(tree.rootNode.type).toBe('program');
  });

  it('uses nothing PowerShell 1.0 lacks', () => {
    expect(constructsAbovePowerShell1(tree)).toEqual([]);
  });

  it('is read as statements, not as one comment or string: the tree has its functions, loops and commands', () => {
    const types = new Map<string, number>();
    const count = (node: typeof tree.rootNode): void => {
      types.set(node.type, (types.get(node.type) ?? 0) + 1);
      node.children.forEach(count);
    };
    count(tree.rootNode);
    expect(types.get('function_statement')).toBe(1);
    expect(types.get('foreach_statement')).toBe(1);
    expect(types.get('trap_statement')).toBe(1);
    expect(types.get('command_name')).toBeGreaterThan(20);
  });

  it('calls no command but Get-* cmdlets, its own function and the few that write its files', () => {
    const functions = new Set(tree.rootNode.descendantsOfType('function_name').map((n) => n.text));
    const commands = tree.rootNode.descendantsOfType('command_name').map((n) => n.text);
    const others = commands.filter((c) => !c.startsWith('Get-') && !functions.has(c) && !ALLOWED_POWERSHELL_COMMANDS.has(c));
    expect(others).toEqual([]);
    expect(functions).toEqual(new Set(['Save-BpaOutput']));
  });

  it('fails once the generator writes PowerShell 2.0: try/catch instead of trap, splatting', () => {
    const withTry = ps1.replace('& { trap { $_; continue }; & $Command }', '& { try { & $Command } catch { $_ } }');
    expect(withTry).not.toBe(ps1);
    expect(check(withTry)).toEqual([expect.objectContaining({ construct: 'try/catch/finally', since: '2.0' })]);
    const splat = ps1.replace('New-Item -ItemType Directory -Path $dir', 'New-Item @newItem');
    expect(check(splat)).toEqual([expect.objectContaining({ construct: 'splatting (@variable)' })]);
  });
});

describe('the grammar check finds what PowerShell cannot read', () => {
  it.each([
    ['an unclosed block', 'if ($ok) { Write-Host 1', 3],
    ['an unclosed string', "Write-Host 'no end", 3],
    ['a ternary operator (7.0)', '$x = $ok ? 1 : 2', 3],
    ['a null-coalescing operator (7.0)', '$x = $a ?? $b', 3],
  ])('%s', (_, line, at) => {
    const problems = syntaxProblems(parsePowerShell(script(line)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(at);
  });

  it('finds nothing in a correct script', () => {
    expect(syntaxProblems(parsePowerShell(script('if ($ok) { Write-Host 1 } else { Write-Host 2 }')))).toEqual([]);
  });
});

describe('each construct PowerShell 1.0 lacks is named, with its line', () => {
  const examples: Array<[string, string]> = [
    ['try/catch/finally', 'try { Get-Item x } catch { $_ }'],
    ['splatting (@variable)', 'Get-ChildItem @arguments'],
    ['data section', "data texts { 'x' }"],
    ['advanced function ([CmdletBinding()], [Parameter()], [OutputType()])', 'function F { [CmdletBinding()] param($x) }'],
    ['-split / -join', "$parts = $ok -split ','"],
    ['[ordered]', '$h = [ordered]@{ a = 1 }'],
    ['[pscustomobject]', '$o = [pscustomobject]@{ a = 1 }'],
    ['-in / -notin', 'if ($ok -notin $list) { }'],
    ['$PSScriptRoot', '$here = $PSScriptRoot'],
    ['$PSCommandPath', '$me = $PSCommandPath'],
    ['$PSItem', 'Get-Item x | Where-Object { $PSItem.Length }'],
    ['$using: scope', '$remote = $using:ok'],
    ['-ErrorAction Ignore', 'Get-Item x -ErrorAction Ignore'],
    ['redirection of other streams (3> … 6>, *>)', 'Get-Item x *> $null'],
    ['workflow', "workflow W { 'x' }"],
    ['.Where() / .ForEach()', '$big = $list.Where({ $_ -gt 1 })'],
    ['::new()', '$l = [System.Collections.ArrayList]::new()'],
    ['class / enum', 'class Server { }'],
    ['pipeline chain (&&, ||)', 'Get-Item a && Get-Item b'],
    ['#requires above version 1', '#requires -version 2'],
    ...Object.keys(LATER_CMDLETS).map((cmdlet): [string, string] => [cmdlet, `${cmdlet} x`]),
  ];

  it('every construct of the list has an example here', () => {
    const named = new Set(examples.map(([name]) => name));
    expect(LATER_CONSTRUCTS.map((c) => c.name).filter((n) => !named.has(n))).toEqual([]);
  });

  it.each(examples)('%s', (construct, line) => {
    const text = script(line);
    expect(syntaxProblems(parsePowerShell(text))).toEqual([]);
    expect(check(text).map((f) => ({ construct: f.construct, line: f.line }))).toEqual([{ construct, line: 3 }]);
  });

  it.each([
    ['-ea:Ignore', 'Get-Item x -ea:Ignore'],
    ["-WarningAction 'Ignore'", "Get-Item x -WarningAction 'Ignore'"],
    ['${PSScriptRoot}', '$here = "in $(${PSScriptRoot})"'],
    ['#Requires -Version 3.0', '#Requires -Version 3.0'],
    ['#requires -Modules', '#requires -Modules ActiveDirectory'],
    ['an alias', 'icm { 1 }'],
  ])('also in another spelling: %s', (_, line) => {
    expect(check(script(line)).map((f) => f.line)).toEqual([3]);
  });

  it.each([
    ['-ErrorAction SilentlyContinue', 'Get-Item x -ErrorAction SilentlyContinue'],
    ['#requires -version 1', '#requires -version 1'],
    ['a construct in a comment', '# try { } catch { } -in $PSScriptRoot [ordered]'],
    ['a construct in a string', "Write-Host 'try { Get-CimInstance } catch { } @splat $PSScriptRoot'"],
    ['trap', 'trap { $_; continue }'],
    ['an array and a hash table', '$a = @(1, 2); $h = @{ a = 1 }'],
    ['a static method that is not new', "[regex]::Escape('a.b')"],
    ['error into output', 'Get-Item x 2>&1 | Out-Null'],
    ['-replace, -match, -contains', "if ('a' -match 'a' -and @(1) -contains 1) { 'a' -replace 'a', 'b' }"],
  ])('leaves PowerShell 1.0 alone: %s', (_, line) => {
    expect(check(script(line))).toEqual([]);
  });
});

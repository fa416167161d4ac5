/**
 * What PowerShell 1.0, the Exchange Management Shell of Exchange 2007, cannot run, found in the syntax tree
 * of a script (never in its text, where a word in a string or a comment would look the same). Each construct
 * names the PowerShell version that brought it, from Microsoft's "What's new" pages of each version
 * (about_Windows_PowerShell_2.0, _3.0, _4.0, _5.0, _7.0) and the cmdlet reference's "introduced in".
 */
import Parser from 'tree-sitter';
import { allNodes, excerpt, lineOf, type SyntaxNode } from './powershell-grammar';

export interface LaterConstruct {
  /** The construct as a reader knows it. */
  name: string;
  /** The PowerShell version that brought it. */
  since: string;
  /** True for the node where the construct is. */
  is: (node: SyntaxNode) => boolean;
}

export interface LaterConstructFound {
  construct: string;
  since: string;
  line: number;
  text: string;
}

/** Cmdlets (and their aliases) that PowerShell 1.0 does not have, with the version that brought each. */
export const LATER_CMDLETS: Record<string, string> = {
  'Invoke-Command': '2.0',
  'Import-Module': '2.0',
  'Add-Type': '2.0',
  'Set-StrictMode': '2.0',
  'Start-Job': '2.0',
  'New-PSSession': '2.0',
  'Enter-PSSession': '2.0',
  'Get-WinEvent': '2.0',
  'Test-Connection': '2.0',
  'Send-MailMessage': '2.0',
  'Out-GridView': '2.0',
  'Select-Xml': '2.0',
  'ConvertTo-Csv': '2.0',
  'ConvertFrom-Csv': '2.0',
  'Get-Random': '2.0',
  'Get-CimInstance': '3.0',
  'Get-CimClass': '3.0',
  'Invoke-CimMethod': '3.0',
  'New-CimSession': '3.0',
  'ConvertTo-Json': '3.0',
  'ConvertFrom-Json': '3.0',
  'Invoke-WebRequest': '3.0',
  'Invoke-RestMethod': '3.0',
  'Get-FileHash': '4.0',
  'Write-Information': '5.0',
  'Compress-Archive': '5.0',
  'Get-ComputerInfo': '5.1',
  icm: '2.0 (alias of Invoke-Command)',
  ipmo: '2.0 (alias of Import-Module)',
  sajb: '2.0 (alias of Start-Job)',
  nsn: '2.0 (alias of New-PSSession)',
  etsn: '2.0 (alias of Enter-PSSession)',
  ogv: '2.0 (alias of Out-GridView)',
  gcim: '3.0 (alias of Get-CimInstance)',
  iwr: '3.0 (alias of Invoke-WebRequest)',
  irm: '3.0 (alias of Invoke-RestMethod)',
};

/** `#requires` parameters: PowerShell 1.0 knows -Version, -ShellId and -PSSnapin. */
const LATER_REQUIRES: Record<string, string> = {
  modules: '3.0',
  runasadministrator: '4.0',
  assembly: '5.0',
  pseditions: '5.1',
  psedition: '5.1',
};

const child = (node: SyntaxNode, type: string) => node.children.find((c) => c.type === type);
const unquote = (text: string) => text.replace(/^(['"])(.*)\1$/s, '$2');

/** `$name`, `${name}`, `@name` → `name`, lower case. */
function variableName(node: SyntaxNode): string {
  return node.text
    .replace(/^[$@]/, '')
    .replace(/^\{(.*)\}$/s, '$1')
    .toLowerCase();
}

function typeLiteralName(node: SyntaxNode): string | undefined {
  return node.type === 'type_literal' ? child(node, 'type_spec')?.text.toLowerCase() : undefined;
}

function memberCall(node: SyntaxNode, operator: string, members: string[]): boolean {
  if (node.type !== 'invokation_expression' && node.type !== 'invokation_foreach_expression') return false;
  const member = child(node, 'member_name')?.text.toLowerCase();
  return child(node, operator) !== undefined && member !== undefined && members.includes(member);
}

/** `-ErrorAction Ignore`, `-ea:Ignore`, `-WarningAction 'Ignore'`: the value after an *Action parameter. */
function ignoresAction(node: SyntaxNode): boolean {
  if (node.type !== 'command_parameter') return false;
  if (!/^-(ea|wa|erroraction|warningaction):?$/i.test(node.text)) return false;
  let value = node.nextSibling;
  while (value && value.type === 'command_argument_sep') value = value.nextSibling;
  return value !== null && unquote(value.text.trim()).toLowerCase() === 'ignore';
}

function requiresAbove1(node: SyntaxNode): string | undefined {
  if (node.type !== 'comment') return undefined;
  const m = /^#requires\s+(.*)$/i.exec(node.text.trim());
  if (!m) return undefined;
  const version = /-version\s+(\d+)/i.exec(m[1]!);
  if (version && Number(version[1]) > 1) return `${version[1]}.0`;
  const later = [...m[1]!.matchAll(/-(\w+)/g)].map((p) => LATER_REQUIRES[p[1]!.toLowerCase()]).find((v) => v);
  return later;
}

const ADVANCED_ATTRIBUTES = ['cmdletbinding', 'parameter', 'outputtype'];
/** The redirections PowerShell 1.0 has: output and error streams, and error into output. */
const V1_REDIRECTION = /^([12]?>>?|2>&1)$/;

export const LATER_CONSTRUCTS: LaterConstruct[] = [
  { name: 'try/catch/finally', since: '2.0', is: (n) => n.type === 'try_statement' },
  { name: 'splatting (@variable)', since: '2.0', is: (n) => n.type === 'variable' && n.text.startsWith('@') },
  { name: 'data section', since: '2.0', is: (n) => n.type === 'data_statement' },
  {
    name: 'advanced function ([CmdletBinding()], [Parameter()], [OutputType()])',
    since: '2.0',
    is: (n) => n.type === 'attribute' && ADVANCED_ATTRIBUTES.includes(child(n, 'attribute_name')?.text.toLowerCase() ?? ''),
  },
  {
    name: '-split / -join',
    since: '2.0',
    is: (n) =>
      (n.type === 'comparison_operator' || n.type === 'expression_with_unary_operator') &&
      /^-[ci]?(split|join)$/i.test(n.children[0]?.text ?? ''),
  },
  { name: '[ordered]', since: '3.0', is: (n) => typeLiteralName(n) === 'ordered' },
  { name: '[pscustomobject]', since: '3.0', is: (n) => typeLiteralName(n) === 'pscustomobject' },
  {
    name: '-in / -notin',
    since: '3.0',
    is: (n) => n.type === 'comparison_operator' && /^-[ci]?(not)?in$/i.test(n.text),
  },
  {
    name: '$PSScriptRoot',
    since: '3.0 (2.0 in modules only)',
    is: (n) => n.type === 'variable' && variableName(n) === 'psscriptroot',
  },
  { name: '$PSCommandPath', since: '3.0', is: (n) => n.type === 'variable' && variableName(n) === 'pscommandpath' },
  { name: '$PSItem', since: '3.0', is: (n) => n.type === 'variable' && variableName(n) === 'psitem' },
  { name: '$using: scope', since: '3.0', is: (n) => n.type === 'variable' && variableName(n).startsWith('using:') },
  { name: '-ErrorAction Ignore', since: '3.0', is: ignoresAction },
  {
    name: 'redirection of other streams (3> … 6>, *>)',
    since: '3.0',
    is: (n) =>
      (n.type === 'file_redirection_operator' || n.type === 'merging_redirection_operator') && !V1_REDIRECTION.test(n.text),
  },
  {
    name: 'workflow',
    since: '3.0',
    is: (n) => n.type === 'function_statement' && n.children[0]?.text.toLowerCase() === 'workflow',
  },
  { name: '.Where() / .ForEach()', since: '4.0', is: (n) => memberCall(n, '.', ['where', 'foreach']) },
  { name: '::new()', since: '5.0', is: (n) => memberCall(n, '::', ['new']) },
  { name: 'class / enum', since: '5.0', is: (n) => n.type === 'class_statement' || n.type === 'enum_statement' },
  { name: 'pipeline chain (&&, ||)', since: '7.0', is: (n) => n.type === 'pipeline_chain_tail' },
  ...Object.entries(LATER_CMDLETS).map(([cmdlet, since]): LaterConstruct => ({
    name: cmdlet,
    since,
    is: (n) => n.type === 'command_name' && n.text.toLowerCase() === cmdlet.toLowerCase(),
  })),
];

/** Every construct of the script that PowerShell 1.0 lacks, in source order, each with its line. */
export function constructsAbovePowerShell1(tree: Parser.Tree): LaterConstructFound[] {
  const found: LaterConstructFound[] = [];
  for (const node of allNodes(tree.rootNode)) {
    const requires = requiresAbove1(node);
    if (requires)
      found.push({ construct: '#requires above version 1', since: requires, line: lineOf(node), text: excerpt(node) });
    for (const construct of LATER_CONSTRUCTS) {
      if (construct.is(node)) {
        found.push({ construct: construct.name, since: construct.since, line: lineOf(node), text: excerpt(node) });
      }
    }
  }
  return found;
}

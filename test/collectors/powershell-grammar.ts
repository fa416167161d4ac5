/**
 * PowerShell read by a real grammar: tree-sitter with tree-sitter-powershell (the grammar of PowerShell 7,
 * which accepts all of PowerShell 1.0). The grammar package is an ES module with top-level await, which
 * jest's CommonJS cannot import, so its native binding is loaded directly, as its own index does.
 */
import { dirname } from 'path';
import Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;

/** A place where the grammar could not read the script: an ERROR node, or a MISSING token it had to assume. */
export interface SyntaxProblem {
  kind: 'ERROR' | 'MISSING';
  line: number;
  text: string;
}

let parser: Parser | undefined;

function powershellParser(): Parser {
  if (!parser) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeGypBuild = require('node-gyp-build') as (dir: string) => Parser.Language;
    const language = nodeGypBuild(dirname(require.resolve('tree-sitter-powershell/package.json')));
    parser = new Parser();
    parser.setLanguage(language);
  }
  return parser;
}

/**
 * tree-sitter-powershell lexes a parameter name that ends in digits (`-IncludePreExchange2007`, a switch of
 * Exchange 2007's Get-PublicFolderDatabase) as a name followed by a redirection of stream 7 (`7>`) and reports
 * a MISSING `>`; PowerShell 1.0 reads it as the one parameter it is. Such digits are read as letters here.
 */
const maskParameterDigits = (text: string) =>
  text.replace(/(\s-[A-Za-z][A-Za-z]*)(\d+)\b/g, (_m, name: string, digits: string) => name + 'x'.repeat(digits.length));

export function parsePowerShell(text: string): Parser.Tree {
  return powershellParser().parse(maskParameterDigits(text));
}

/** Every node of the tree, depth first, in source order. */
export function* allNodes(node: SyntaxNode): Generator<SyntaxNode> {
  yield node;
  for (const child of node.children) yield* allNodes(child);
}

export const lineOf = (node: SyntaxNode): number => node.startPosition.row + 1;

/** The ERROR and MISSING nodes, outermost first: what the grammar could not read as PowerShell. */
export function syntaxProblems(tree: Parser.Tree): SyntaxProblem[] {
  if (!tree.rootNode.hasError) return [];
  const problems: SyntaxProblem[] = [];
  for (const node of allNodes(tree.rootNode)) {
    if (node.isError && !insideError(node)) problems.push({ kind: 'ERROR', line: lineOf(node), text: excerpt(node) });
    else if (node.isMissing) problems.push({ kind: 'MISSING', line: lineOf(node), text: node.type });
  }
  return problems;
}

function insideError(node: SyntaxNode): boolean {
  for (let up = node.parent; up; up = up.parent) if (up.isError) return true;
  return false;
}

export function excerpt(node: SyntaxNode): string {
  const text = node.text.split(/\r?\n/)[0]!.trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

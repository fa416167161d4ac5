import type { Condition, ConditionLeafT } from '../rule-schema';
import { isLeaf } from '../rule-values';
import type { EvaluatedNode } from '../three-valued';
import { FALSE, TRUE, UNKNOWN, type Leaves, type Truth3 } from './leaf-state';

/** A condition tree compiled: its truth from the leaves' truths, and, when a verdict needs words, its evaluated tree. */
export interface CompiledCondition {
  truth: (leaves: Leaves) => Truth3;
  /** For a leaf: its place among the scope's leaves (a list asks the leaves for it directly). */
  leaf?: number;
  /** The tree as json-rules-engine returns it on a rule result, for evidence and for what was not evaluated. */
  evaluated: (leaves: Leaves) => EvaluatedNode;
}

/**
 * Compiles a condition tree into closures, once per rule: `all` and `any` in Kleene logic as truthOf
 * (three-valued.ts) defines them over the engine's results, `not` swapping true and false. A list stops at
 * the first part that decides it (the truth cannot change; the leaves it skips are evaluated when the tree
 * is built). `leafIndex` gives each leaf its place among the scope's leaves. Like json-rules-engine's
 * `Rule`, the root must be a boolean node.
 */
export function compileRoot(tree: Condition, leafIndex: (leaf: ConditionLeafT) => number): CompiledCondition {
  if (!['all', 'any', 'not'].some((key) => Object.prototype.hasOwnProperty.call(tree, key))) {
    throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
  }
  return compileNode(tree, leafIndex);
}

function compileNode(node: Condition | ConditionLeafT, leafIndex: (leaf: ConditionLeafT) => number): CompiledCondition {
  if (isLeaf(node)) return compileLeaf(node, leafIndex(node));
  if ('all' in node) return compileList('all', node.all, leafIndex);
  if ('any' in node) return compileList('any', node.any, leafIndex);
  const inner = compileNode(node.not, leafIndex);
  return {
    truth: (leaves) => {
      const v = inner.truth(leaves);
      return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE;
    },
    evaluated: (leaves) => ({ not: inner.evaluated(leaves) }),
  };
}

function compileLeaf(leaf: ConditionLeafT, i: number): CompiledCondition {
  const { fact, path, operator, value, params } = leaf;
  // A constant value is its own `valueResult`, as json-rules-engine has it: this condition's, also when its leaf is
  // shared with another rule's condition of equal value (scope-program.ts `sameLeafKey`).
  const constant = !(typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value);
  return {
    truth: (leaves) => leaves.truth(i),
    leaf: i,
    evaluated: (leaves) => {
      const { factResult, valueResult, result } = leaves.result(i);
      return {
        fact,
        path,
        operator,
        value,
        params,
        factResult,
        valueResult: constant ? value : valueResult,
        result: result as boolean,
      };
    },
  };
}

/** `all`: false when a part is false, else unknown when a part is, else true; `any` the other way round. */
function compileList(
  kind: 'all' | 'any',
  nodes: (Condition | ConditionLeafT)[],
  leafIndex: (leaf: ConditionLeafT) => number,
): CompiledCondition {
  const parts = nodes.map((n) => compileNode(n, leafIndex));
  const truths = parts.map((p) => p.truth);
  // A part that is a leaf is asked of the leaves directly (-1: a nested list or `not`, asked through its closure):
  // one call less per leaf, and a call the compiler can inline.
  const leafOf = parts.map((p) => p.leaf ?? -1);
  const dominant: Truth3 = kind === 'all' ? FALSE : TRUE;
  const otherwise: Truth3 = kind === 'all' ? TRUE : FALSE;
  return {
    truth: (leaves) => {
      let open = false;
      for (let i = 0; i < truths.length; i++) {
        const l = leafOf[i]!;
        const v = l >= 0 ? leaves.truth(l) : truths[i]!(leaves);
        if (v === dominant) return dominant;
        if (v === UNKNOWN) open = true;
      }
      return open ? UNKNOWN : otherwise;
    },
    evaluated: (leaves) =>
      kind === 'all' ? { all: parts.map((p) => p.evaluated(leaves)) } : { any: parts.map((p) => p.evaluated(leaves)) },
  };
}

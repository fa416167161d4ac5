import { isLeaf } from './rule-values';
import type { Condition, ConditionLeafT } from './rule-schema';

export interface LeafAt {
  leaf: ConditionLeafT;
  /** JSON pointer of the leaf inside the rule file. */
  pointer: string;
}

/** Every leaf of a condition tree, with its JSON pointer. */
export function leavesOf(tree: Condition | ConditionLeafT, pointer: string): LeafAt[] {
  if (isLeaf(tree)) return [{ leaf: tree, pointer }];
  if ('all' in tree) return tree.all.flatMap((c, i) => leavesOf(c, `${pointer}/all/${i}`));
  if ('any' in tree) return tree.any.flatMap((c, i) => leavesOf(c, `${pointer}/any/${i}`));
  return leavesOf(tree.not, `${pointer}/not`);
}

/** Rebuilds a tree with each leaf replaced. */
export function mapLeaves(tree: Condition, fn: (leaf: ConditionLeafT) => ConditionLeafT): Condition;
export function mapLeaves(
  tree: Condition | ConditionLeafT,
  fn: (leaf: ConditionLeafT) => ConditionLeafT,
): Condition | ConditionLeafT {
  if (isLeaf(tree)) return fn(tree);
  if ('all' in tree) return { all: tree.all.map((c) => mapLeaves(c as Condition, fn)) };
  if ('any' in tree) return { any: tree.any.map((c) => mapLeaves(c as Condition, fn)) };
  return { not: mapLeaves(tree.not as Condition, fn) };
}

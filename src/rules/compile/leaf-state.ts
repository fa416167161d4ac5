import type { ConditionLeafT } from '../rule-schema';
import type { Operator } from './operator-table';

/** Three-valued truth as a small number, so that combining it allocates nothing. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth3 = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** One condition leaf of a scope's rules, compiled: where its fact and value come from, and its operator. */
export interface CompiledLeaf {
  condition: ConditionLeafT;
  factSlot: number;
  /** The slot of a fact-valued comparison value (`{ "fact": … }`), or -1 for a constant. */
  valueSlot: number;
  /**
   * The condition's value when it is a constant: kept here so that the per-entity path reads it from one shape of
   * object, not from the rules' condition objects of many shapes.
   */
  constant: unknown;
  op: Operator;
  /** The operator can throw on some value (see operator-table.ts): the leaf is evaluated for every entity. */
  mayThrow: boolean;
}

/** What a leaf gave for the current entity, as json-rules-engine records it on a condition. */
export interface LeafResult {
  factResult: unknown;
  valueResult: unknown;
  result: unknown;
}

/** The leaves of a scope for the current entity, each evaluated when first asked for. */
export interface Leaves {
  truth(i: number): Truth3;
  result(i: number): LeafResult;
}

import { compareVersions } from '../shared/version';
import { matchesPattern } from './patterns';
import { sortedSetsDiffer } from './sorted-sets';
import { upperCased } from './upper-case';

/**
 * bpa's custom json-rules-engine operators, each a line or two. `fact` is the value at the condition's
 * path, `value` the condition's value. Operators never throw: a value of the wrong type is false, and a
 * missing fact never reaches them as a verdict (the evaluator treats it as unknown).
 */
export const OPERATORS: Record<string, (fact: unknown, value: unknown) => boolean> = {
  /** Dotted version strictly below `value` (`5.2.3790.3959` below `5.2.3790.4331`). */
  versionBelow: (fact, value) => isStr(fact) && isStr(value) && compareVersions(fact, value) < 0,
  /** Dotted version at or above `value`. */
  versionAtLeast: (fact, value) => isStr(fact) && isStr(value) && compareVersions(fact, value) >= 0,
  /** A hotfix list holds the KB (`KB921181`, `921181`, any case). */
  hasHotfix: (fact, value) => Array.isArray(fact) && hasKb(fact, value),
  /** A hotfix list lacks the KB. */
  lacksHotfix: (fact, value) => Array.isArray(fact) && !hasKb(fact, value),
  /** A number inside `[min, max]`, both inclusive. */
  inRange: (fact, value) => isNum(fact) && isRange(value) && fact >= value[0] && fact <= value[1],
  /** A number below `min` or above `max` of `[min, max]`. */
  outsideRange: (fact, value) => isNum(fact) && isRange(value) && (fact < value[0] || fact > value[1]),
  /** A string matching a case-insensitive pattern (RE2 syntax: linear time, no backreferences, no lookaround). */
  matches: (fact, value) => isStr(fact) && isStr(value) && matchesPattern(fact, value),
  /** A string not matching a case-insensitive pattern (RE2 syntax). */
  notMatches: (fact, value) => isStr(fact) && isStr(value) && !matchesPattern(fact, value),
  /** A list of strings that holds `value`, compared without regard to case. */
  containsIgnoreCase: (fact, value) =>
    Array.isArray(fact) && isStr(value) && fact.some((x) => isStr(x) && x.toLowerCase() === value.toLowerCase()),
  /** A list of strings with an item that is not in the list `value`, compared without regard to case. */
  anyNotIn: (fact, value) =>
    Array.isArray(fact) &&
    Array.isArray(value) &&
    fact.some((x) => isStr(x) && !value.some((v) => isStr(v) && v.toLowerCase() === x.toLowerCase())),
  /** An array (or string) with fewer than `value` items. */
  countBelow: (fact, value) => (Array.isArray(fact) || isStr(fact)) && isNum(value) && fact.length < value,
  /** An array (or string) with more than `value` items. */
  countAbove: (fact, value) => (Array.isArray(fact) || isStr(fact)) && isNum(value) && fact.length > value,
  /** Per-node values (`cluster.nodeValues.*`) that are not all equal, compared as `value` says: `set`, `ordered` or `value`. */
  differsBetweenNodes: (fact, value) => isNodeShape(value) && Array.isArray(fact) && differ(fact, value),
};

/** json-rules-engine's own operators, which rules may use too. */
export const ENGINE_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

export const KNOWN_OPERATORS: ReadonlySet<string> = new Set([...ENGINE_OPERATORS, ...Object.keys(OPERATORS)]);

function isStr(x: unknown): x is string {
  return typeof x === 'string';
}
function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
function isRange(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length === 2 && isNum(x[0]) && isNum(x[1]);
}
/** How per-node values compare: a set (no order, no case), an ordered list, or a single text. */
export const NODE_SHAPES = ['set', 'ordered', 'value'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];
const isNodeShape = (x: unknown): x is NodeShape => NODE_SHAPES.includes(x as NodeShape);

/**
 * True when two nodes' values differ; a node without a value of the shape makes it false (not a difference). As
 * comparing one canonical form per node would decide it (the text; the list written out in order; the set
 * upper-cased, without duplicates, sorted), but without writing the forms out: each node against the first.
 */
function differ(nodes: unknown[], shape: NodeShape): boolean {
  const values = nodes.map((n) => (typeof n === 'object' && n !== null ? (n as { value?: unknown }).value : undefined));
  if (shape === 'set') return setsDiffer(values);
  if (shape === 'value') return values.every(isStr) && values.some((v) => v !== values[0]);
  if (!values.every((v) => Array.isArray(v) && v.every(isStr))) return false;
  const lists = values as string[][];
  return lists.some((list) => list.length !== lists[0]!.length || list.some((x, i) => x !== lists[0]![i]));
}

/**
 * `differ` for sets, as the canonical forms would decide it (upper-cased, without duplicates, in any order) but
 * without sorting and writing out each node's list, and with one map: the first node's members, each marked
 * with the last node found holding it. A node differs when it holds a member the first has not, or fewer
 * distinct members than the first. Every consistency rule on hotfixes asks this for every cluster.
 */
function setsDiffer(values: unknown[]): boolean {
  for (const v of values) if (!Array.isArray(v) || !v.every(isStr)) return false;
  const lists = values as string[][];
  if (lists.length < 2) return false;
  // The same items in the same order on every node (the usual case when nothing differs): the same set.
  const head = lists[0]!;
  if (lists.every((list) => list.length === head.length && list.every((x, i) => x === head[i]))) return false;
  // Lists in order (hotfix lists are written sorted): each node against the first by one walk, no map.
  let inOrder = true;
  for (let n = 1; n < lists.length && inOrder; n++) {
    const d = sortedSetsDiffer(head, lists[n]!);
    if (d === true) return true;
    inOrder = d === false;
  }
  if (inOrder) return false;
  const first = new Map<string, number>();
  for (const x of lists[0]!) first.set(upperCased(x), 0);
  for (let n = 1; n < lists.length; n++) {
    let distinct = 0;
    for (const x of lists[n]!) {
      const member = upperCased(x);
      const mark = first.get(member);
      if (mark === undefined) return true;
      if (mark !== n) {
        first.set(member, n);
        distinct++;
      }
    }
    if (distinct !== first.size) return true;
  }
  return false;
}

const normKb = (x: unknown) => (isStr(x) ? x.toUpperCase().replace(/^KB/, '') : undefined);

/** Each hotfix list normalized once into a set: every rule that asks for a KB looks it up, not through the list. */
const kbSets = new WeakMap<readonly unknown[], ReadonlySet<string>>();

/** The KBs rules ask for, normalized once each (bounded: a KB can also come from a fact). */
const wantedKbs = new Map<string, string>();

function hasKb(list: readonly unknown[], kb: unknown): boolean {
  let wanted = isStr(kb) ? wantedKbs.get(kb) : undefined;
  if (wanted === undefined && isStr(kb)) {
    wanted = normKb(kb)!;
    if (wantedKbs.size >= 1000) wantedKbs.clear();
    wantedKbs.set(kb, wanted);
  }
  if (wanted === undefined) return false;
  // The rules of one server ask for several KBs of the same list in a row: the last list's set is at hand.
  let set = list === lastList ? lastSet : kbSets.get(list);
  if (!set) {
    set = new Set(list.map(normKb).filter((x): x is string => x !== undefined));
    kbSets.set(list, set);
  }
  lastList = list;
  lastSet = set;
  return set.has(wanted);
}

let lastList: readonly unknown[] | undefined;
let lastSet: ReadonlySet<string> | undefined;

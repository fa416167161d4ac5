import { upperCased } from './upper-case';

/**
 * Two nodes' lists compared as sets of upper-cased members, by one walk through both, when both are in order (each
 * member, upper-cased, not below the one before: hotfix lists are written sorted). No map, no list, no text per
 * member: every consistency rule on a set asks this of every two-node cluster, and its words ask which members differ.
 * Undefined when a list is not in order: the caller then decides with a map, as for any other lists.
 */

/** Whether the members of `a` and of `b` differ as sets (duplicates and case aside); undefined when not in order. */
export function sortedSetsDiffer(a: readonly string[], b: readonly string[]): boolean | undefined {
  const inA = new Members(a);
  const inB = new Members(b);
  for (;;) {
    const x = inA.next();
    const y = inB.next();
    if (x === OUT_OF_ORDER || y === OUT_OF_ORDER) return undefined;
    if (x === undefined || y === undefined) return x !== y ? restInOrder(inA, inB) : false;
    if (x !== y) return restInOrder(inA, inB);
  }
}

/**
 * The items of `a` whose member `b` does not hold, and the items of `b` whose member `a` does not hold, each in list
 * order and as written (all the items of a member, whatever their case); undefined when a list is not in order.
 */
export function sortedExtras(a: readonly string[], b: readonly string[]): [string[], string[]] | undefined {
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const inA = new Members(a);
  const inB = new Members(b);
  let x = inA.next();
  let y = inB.next();
  for (;;) {
    if (x === OUT_OF_ORDER || y === OUT_OF_ORDER) return undefined;
    if (x === y) {
      // The same member on both (the usual case; both undefined at the end of both lists).
      if (x === undefined) return [onlyA, onlyB];
      x = inA.next();
      y = inB.next();
    } else if (y === undefined || (x !== undefined && x < y)) {
      inA.pushRun(onlyA);
      x = inA.next();
    } else {
      inB.pushRun(onlyB);
      y = inB.next();
    }
  }
}

const OUT_OF_ORDER = 0;

/** A walk through the distinct upper-cased members of one list in order, remembering where each member's items start. */
class Members {
  private at = 0;
  private last: string | undefined;
  /** Where the items of the current member start. */
  private run = 0;

  constructor(private readonly list: readonly string[]) {}

  /** The next distinct member, undefined at the end, OUT_OF_ORDER for a member below the one before. */
  next(): string | undefined | typeof OUT_OF_ORDER {
    const { list } = this;
    while (this.at < list.length) {
      const start = this.at;
      const m = upperCased(list[this.at++]!);
      if (this.last !== undefined && m < this.last) return OUT_OF_ORDER;
      if (m !== this.last) {
        this.last = m;
        this.run = start;
        return m;
      }
    }
    return undefined;
  }

  /** The items of the current member (the run of equal members from where it starts), as written. */
  pushRun(out: string[]): void {
    const { list, run, last } = this;
    for (let k = run; k < list.length; k++) {
      const item = list[k]!;
      if (k > run && upperCased(item) !== last) return;
      out.push(item);
    }
  }

  /** Whether the rest of the list is in order. */
  restInOrder(): boolean {
    for (;;) {
      const m = this.next();
      if (m === OUT_OF_ORDER) return false;
      if (m === undefined) return true;
    }
  }
}

/** True when the rest of both lists is in order too (a difference found counts only then), else undefined. */
function restInOrder(inA: Members, inB: Members): true | undefined {
  return inA.restInOrder() && inB.restInOrder() ? true : undefined;
}

import { upperCased } from './upper-case';

/**
 * Two nodes' lists compared as sets of upper-cased members, by one walk through both, when both are in order (each
 * member, upper-cased, not below the one before: hotfix lists are written sorted). No map, no list, no text per
 * member: every consistency rule on a set asks this of every two-node cluster, and its words ask which members differ.
 * Undefined when a list is not in order: the caller then decides with a map, as for any other lists.
 */

/** Whether the members of `a` and of `b` differ as sets (duplicates and case aside); undefined when not in order. */
export function sortedSetsDiffer(a: readonly string[], b: readonly string[]): boolean | undefined {
  const walk = new Walk(a, b);
  for (;;) {
    const x = walk.nextA();
    const y = walk.nextB();
    if (x === OUT_OF_ORDER || y === OUT_OF_ORDER) return undefined;
    if (x === undefined || y === undefined) return x !== y ? walk.restInOrder() : false;
    if (x !== y) return walk.restInOrder();
  }
}

/**
 * The items of `a` whose member `b` does not hold, and the items of `b` whose member `a` does not hold, each in list
 * order and as written (all the items of a member, whatever their case); undefined when a list is not in order.
 */
export function sortedExtras(a: readonly string[], b: readonly string[]): [string[], string[]] | undefined {
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const walk = new Walk(a, b);
  let x = walk.nextA();
  let y = walk.nextB();
  for (;;) {
    if (x === OUT_OF_ORDER || y === OUT_OF_ORDER) return undefined;
    if (x === y) {
      // The same member on both (the usual case; both undefined at the end of both lists).
      if (x === undefined) return [onlyA, onlyB];
      x = walk.nextA();
      y = walk.nextB();
    } else if (y === undefined || (x !== undefined && x < y)) {
      walk.pushRunA(onlyA);
      x = walk.nextA();
    } else {
      walk.pushRunB(onlyB);
      y = walk.nextB();
    }
  }
}

const OUT_OF_ORDER = 0;

/** A walk through the distinct upper-cased members of two lists in order, remembering where each member's items start. */
class Walk {
  private i = 0;
  private j = 0;
  private lastA: string | undefined;
  private lastB: string | undefined;
  /** Where the items of the current member of each list start. */
  private runA = 0;
  private runB = 0;

  constructor(
    private readonly a: readonly string[],
    private readonly b: readonly string[],
  ) {}

  /** The next distinct member of `a`, undefined at the end, OUT_OF_ORDER for a member below the one before. */
  nextA(): string | undefined | typeof OUT_OF_ORDER {
    const { a } = this;
    while (this.i < a.length) {
      const start = this.i;
      const m = upperCased(a[this.i++]!);
      if (this.lastA !== undefined && m < this.lastA) return OUT_OF_ORDER;
      if (m !== this.lastA) {
        this.lastA = m;
        this.runA = start;
        return m;
      }
    }
    return undefined;
  }

  nextB(): string | undefined | typeof OUT_OF_ORDER {
    const { b } = this;
    while (this.j < b.length) {
      const start = this.j;
      const m = upperCased(b[this.j++]!);
      if (this.lastB !== undefined && m < this.lastB) return OUT_OF_ORDER;
      if (m !== this.lastB) {
        this.lastB = m;
        this.runB = start;
        return m;
      }
    }
    return undefined;
  }

  /** The items of `a`'s current member (the run of equal members from where it starts). */
  pushRunA(out: string[]): void {
    pushRun(this.a, this.runA, this.lastA!, out);
  }

  pushRunB(out: string[]): void {
    pushRun(this.b, this.runB, this.lastB!, out);
  }

  /** True when the rest of both lists is in order too (a difference found counts only then), else undefined. */
  restInOrder(): true | undefined {
    for (;;) {
      const x = this.nextA();
      if (x === OUT_OF_ORDER) return undefined;
      if (x === undefined) break;
    }
    for (;;) {
      const y = this.nextB();
      if (y === OUT_OF_ORDER) return undefined;
      if (y === undefined) return true;
    }
  }
}

function pushRun(list: readonly string[], start: number, member: string, out: string[]): void {
  for (let k = start; k < list.length; k++) {
    const item = list[k]!;
    if (k > start && upperCased(item) !== member) return;
    out.push(item);
  }
}

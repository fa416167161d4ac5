import type { Facts, FactSlots } from './fact-slots';
import { FALSE, TRUE, UNKNOWN, type CompiledLeaf, type LeafResult, type Leaves, type Truth3 } from './leaf-state';

/**
 * The leaves of a scope for one entity at a time: a slot is read, and a leaf evaluated, when first asked for
 * (a generation counter forgets the previous entity without clearing anything). A leaf records what
 * json-rules-engine records on a condition: the fact's value, the comparison value, the operator's answer;
 * it is unknown when the fact, or a fact-valued comparison value, is absent (three-valued.ts `isUnknownLeaf`).
 * Leaves whose operator can throw are evaluated as soon as the entity starts, as the engine evaluates them all.
 */
export class EntityLeaves implements Leaves {
  private generation = 0;
  private facts: Facts = {};
  private readonly slotGeneration: number[];
  private readonly slotValue: unknown[];
  private readonly leafGeneration: number[];
  private readonly leafTruth: Uint8Array;
  private readonly results: LeafResult[];
  private readonly eager: number[];

  constructor(
    private readonly leaves: CompiledLeaf[],
    private readonly slots: FactSlots,
  ) {
    this.slotGeneration = new Array<number>(slots.size).fill(0);
    this.slotValue = new Array<unknown>(slots.size).fill(undefined);
    this.leafGeneration = new Array<number>(leaves.length).fill(0);
    this.leafTruth = new Uint8Array(leaves.length);
    this.results = leaves.map(() => ({ factResult: undefined, valueResult: undefined, result: undefined }));
    this.eager = leaves.flatMap((leaf, i) => (leaf.mayThrow ? [i] : []));
  }

  start(facts: Facts): void {
    this.generation++;
    this.facts = facts;
    const eager = this.eager;
    for (let k = 0; k < eager.length; k++) this.evaluate(eager[k]!);
  }

  truth(i: number): Truth3 {
    if (this.leafGeneration[i] !== this.generation) this.evaluate(i);
    return this.leafTruth[i] as Truth3;
  }

  result(i: number): LeafResult {
    if (this.leafGeneration[i] !== this.generation) this.evaluate(i);
    return this.results[i]!;
  }

  private readonly readSlot = (s: number): unknown => this.slot(s);

  private slot(s: number): unknown {
    if (this.slotGeneration[s] !== this.generation) {
      this.slotValue[s] = this.slots.read(s, this.facts, this.readSlot);
      this.slotGeneration[s] = this.generation;
    }
    return this.slotValue[s];
  }

  private evaluate(i: number): void {
    const leaf = this.leaves[i]!;
    const fact = this.slot(leaf.factSlot);
    const value = leaf.valueSlot < 0 ? leaf.constant : this.slot(leaf.valueSlot);
    const answer = leaf.op(fact, value);
    const r = this.results[i]!;
    r.factResult = fact;
    r.valueResult = value;
    r.result = answer;
    this.leafTruth[i] =
      fact === undefined || (leaf.valueSlot >= 0 && value === undefined) ? UNKNOWN : answer === true ? TRUE : FALSE;
    this.leafGeneration[i] = this.generation;
  }
}

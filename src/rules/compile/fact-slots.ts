import { pathSegments, readStep } from '../fact-paths';

export type Facts = Record<string, unknown>;

/** A slot: an entity's fact (no parent), or one step further along a path from its parent slot. */
interface SlotDef {
  fact: string;
  parent: number;
  /** The slot of the fact itself, whose kind decides whether a path is followed at all. */
  root: number;
  seg: string | number;
}

/**
 * The distinct facts and fact paths the rules of a scope name, as a tree of slots: `$.os.version` and
 * `$.os.servicePack` share the slot of `$.os`, so each step is taken at most once per entity however many
 * conditions pass through it. A path is read as json-rules-engine's almanac reads it with bpa's resolver:
 * the entity's fact (absent when the entity has none); when the fact is an object, the path through own
 * data properties (`readPath`: one `readStep` per segment); when it is not an object, the fact itself.
 */
export class FactSlots {
  private readonly index = new Map<string, number>();
  private readonly defs: SlotDef[] = [];

  /** The slot of a fact path, added (with its prefixes) on first use. */
  slotOf(fact: string, path: string | undefined): number {
    const root = this.add(`${fact}\u0000`, { fact, parent: -1, root: -1, seg: '' });
    let slot = root;
    let key = `${fact}\u0000`;
    for (const seg of path ? pathSegments(path) : []) {
      key += typeof seg === 'number' ? `[${seg}]` : `.${seg}`;
      slot = this.add(key, { fact, parent: slot, root, seg });
    }
    return slot;
  }

  private add(key: string, def: SlotDef): number {
    let slot = this.index.get(key);
    if (slot === undefined) {
      slot = this.defs.length;
      this.defs.push(def);
      this.index.set(key, slot);
    }
    return slot;
  }

  get size(): number {
    return this.defs.length;
  }

  /** Reads one slot, given the reader of the other slots (cached by the caller). */
  read(slot: number, facts: Facts, readSlot: (s: number) => unknown): unknown {
    const def = this.defs[slot]!;
    if (def.parent < 0) return Object.hasOwn(facts, def.fact) ? facts[def.fact] : undefined;
    const root = readSlot(def.root);
    if (root === null || typeof root !== 'object') return root;
    return readStep(readSlot(def.parent), def.seg);
  }
}

import { pathSegments, readSegments } from '../fact-paths';

export type Facts = Record<string, unknown>;
type Reader = (facts: Facts) => unknown;

/**
 * The distinct (fact, path) pairs the rules of a scope name, each read once per entity however many
 * conditions name it. A pair is read as the reference engine's almanac reads it: the entity's fact (absent
 * when the entity has none), then, when there is a path and the fact is an object, the path through its own
 * data properties (`readPath`); a fact that is not an object is the value itself.
 */
export class FactSlots {
  private readonly index = new Map<string, number>();
  private readonly readers: Reader[] = [];

  /** The slot of a pair, added on first use. */
  slotOf(fact: string, path: string | undefined): number {
    const key = `${fact}\u0000${path ?? ''}`;
    let slot = this.index.get(key);
    if (slot === undefined) {
      slot = this.readers.length;
      this.readers.push(readerOf(fact, path));
      this.index.set(key, slot);
    }
    return slot;
  }

  get size(): number {
    return this.readers.length;
  }

  /** Reads every slot for one entity into `into`. */
  readAll(facts: Facts, into: unknown[]): void {
    const readers = this.readers;
    for (let i = 0; i < readers.length; i++) into[i] = readers[i]!(facts);
  }
}

function readerOf(fact: string, path: string | undefined): Reader {
  const own = (facts: Facts) => (Object.hasOwn(facts, fact) ? facts[fact] : undefined);
  if (!path) return own;
  const segments = pathSegments(path);
  return (facts) => {
    const root = own(facts);
    return root !== null && typeof root === 'object' ? readSegments(root, segments) : root;
  };
}

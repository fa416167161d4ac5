import type { Parser } from './types';

/** Where a source is collected: which machines run its command. */
export type SourcePlace = 'every server' | 'cluster node' | 'clustered mailbox server' | 'organization';

/**
 * One capture source: the file name the collection script writes, the command that writes it, and the
 * parser that reads it. The collection scripts and the collectors are both generated from this one list.
 */
export interface SourceDefinition<T = unknown> {
  /** The fixed file name, or a pattern for a family (`net-user-<account>.txt`). */
  file: string;
  /** How to recognise the family's files, when `file` is a pattern. */
  matches?: RegExp;
  /** The command, as design.md names it. */
  command: string;
  /** Which program writes it, and so its encoding: cmd tools the OEM code page, wmic and PowerShell UTF-16LE. */
  writer: 'cmd' | 'wmic' | 'powershell';
  place: SourcePlace;
  /**
   * A source added after bundles were first written: a folder without it is no less complete (it is not
   * listed as missing), and the rules that need its facts name it when they cannot decide without it.
   */
  optional?: true;
  parse: Parser<T>;
}

export function definitionFor(sources: readonly SourceDefinition[], fileName: string): SourceDefinition | undefined {
  const lower = fileName.toLowerCase();
  // `sources.find((s) => (s.matches ? s.matches.test(lower) : s.file === lower))`: the fixed names from a map,
  // and only the families listed before that name are tested (a scan looks up every file of every folder).
  let index = indexes.get(sources);
  if (!index) indexes.set(sources, (index = indexOf(sources)));
  const exact = index.byName.get(lower);
  for (const { at, source } of index.families) {
    if (exact !== undefined && at > exact) break;
    if (source.matches!.test(lower)) return source;
  }
  return exact === undefined ? undefined : sources[exact];
}

interface SourceIndex {
  /** The position of the first source with each fixed name. */
  byName: Map<string, number>;
  /** The sources that name a family by a pattern, with their positions, in order. */
  families: Array<{ at: number; source: SourceDefinition }>;
}

const indexes = new WeakMap<readonly SourceDefinition[], SourceIndex>();

function indexOf(sources: readonly SourceDefinition[]): SourceIndex {
  const index: SourceIndex = { byName: new Map(), families: [] };
  sources.forEach((source, at) => {
    if (source.matches) index.families.push({ at, source });
    else if (!index.byName.has(source.file)) index.byName.set(source.file, at);
  });
  return index;
}

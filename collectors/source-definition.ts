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
  return sources.find((s) => (s.matches ? s.matches.test(lower) : s.file === lower));
}

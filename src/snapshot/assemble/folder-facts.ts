import type { CollectedFolder, CollectedSource } from '../../collect/collect-folder';
import type { SourceStatus } from '../schema';

/** Read access to the parsed sources of one bundle folder. */
export class FolderFacts {
  constructor(readonly folder: CollectedFolder) {}

  get name(): string {
    return this.folder.name;
  }

  /** The facts of a source that parsed, or undefined (missing or failed: the fact stays unknown). */
  facts<T>(file: string): T | undefined {
    const source = this.folder.sources.get(file);
    return source && source.status.status === 'parsed' ? (source.facts as T) : undefined;
  }

  /** Every parsed source whose file name matches, with its name (for `net-user-<account>.txt`). */
  all<T>(pattern: RegExp): { file: string; facts: T }[] {
    return [...this.folder.sources]
      .filter(([file, s]) => pattern.test(file) && s.status.status === 'parsed')
      .map(([file, s]) => ({ file, facts: s.facts as T }));
  }

  has(file: string): boolean {
    return this.folder.sources.has(file);
  }

  hasAny(pattern: RegExp): boolean {
    return [...this.folder.sources.keys()].some((f) => pattern.test(f));
  }

  /** The statuses of every source read, plus `missing` for each expected one that is not there. */
  statuses(expected: string[]): Record<string, SourceStatus> {
    const out: Record<string, SourceStatus> = {};
    collate ??= new Intl.Collator().compare;
    for (const [file, source] of [...this.folder.sources].sort(([a], [b]) => collate!(a, b))) out[file] = source.status;
    for (const file of expected) {
      if (!out[file] && !(file.includes('<') && this.hasAny(patternOf(file)))) out[file] = { status: 'missing', diagnostics: [] };
    }
    return out;
  }
}

/** `a.localeCompare(b)` with the default locale, made once: the same order, without a collator per comparison. */
let collate: Intl.Collator['compare'] | undefined;

/** `net-user-<account>.txt` → /^net-user-.+\.txt$/ */
export function patternOf(file: string): RegExp {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\<[^>]*\\>|<[^>]*>/g, '.+');
  return new RegExp(`^${escaped}$`);
}

export type { CollectedSource };

import type { CollectedSource } from '../../src/collect/collect-folder';
import { FolderFacts } from '../../src/snapshot/assemble/folder-facts';

/**
 * A bundle folder whose sources parsed to the facts given, for the unit tests of the facts assembled from a
 * folder; a source given as `'failed'` or `'missing'` is there but unread (its facts stay unknown).
 */
export function folderOf(name: string, sources: Record<string, unknown>): FolderFacts {
  const map = new Map<string, CollectedSource>();
  for (const [file, facts] of Object.entries(sources)) {
    map.set(
      file,
      facts === 'failed'
        ? { file, status: { status: 'failed', diagnostics: [] } }
        : { file, status: { status: 'parsed', diagnostics: [] }, facts },
    );
  }
  return new FolderFacts({ name, sources: map, diagnostics: [] });
}

import type { Snapshot } from '../snapshot/schema';

/**
 * The problems of bundle.json, for standard error: the scan goes on without what the file would have given,
 * and says so at once rather than only in the report's diagnostics.
 */
export function manifestWarnings(snapshot: Snapshot): string[] {
  return snapshot.diagnostics
    .filter((d) => d.file === 'bundle.json' && d.severity !== 'info')
    .map((d) => `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.message}; the scan goes on`);
}

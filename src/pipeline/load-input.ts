import { existsSync, readFileSync, statSync } from 'fs';
import { notABundle } from '../bundle/bundle-help';
import { readBundle } from '../bundle/read-bundle';
import { NOT_A_SOURCE } from '../collect/collect-folder';
import { collectBundle } from '../collect/collect-bundle';
import { UserError } from '../shared/errors';
import { atPosition, parseJsonText } from '../shared/json-text';
import { nodeValuesOf } from '../snapshot/assemble/node-values/node-values';
import { validateSnapshot } from '../snapshot/validate';
import type { Snapshot } from '../snapshot/schema';
import type { Progress } from '../cli/progress';

/** A bundle folder, a bundle .zip, or a saved snapshot .json: whatever it is, a validated snapshot. */
export function loadInput(path: string, progress?: Progress): Snapshot {
  if (path.toLowerCase().endsWith('.json') && existsSync(path) && statSync(path).isFile()) return readSnapshotFile(path);
  return assertSomethingRead(collectBundle(readBundle(path), progress), path);
}

/**
 * A bundle in which no file could be read as a source (random bytes, only unknown files, every file damaged)
 * is not one: exit 2 with what a bundle looks like, rather than a report that found nothing in nothing.
 */
export function assertSomethingRead(snapshot: Snapshot, path: string): Snapshot {
  const sources = [...snapshot.servers.map((s) => s.sources), snapshot.organization.sources];
  if (sources.some((byFile) => Object.values(byFile).some((s) => s.status === 'parsed'))) return snapshot;
  const files = snapshot.diagnostics.filter((d) => d.message === NOT_A_SOURCE).length;
  const failed = sources.flatMap((byFile) => Object.values(byFile)).filter((s) => s.status === 'failed').length;
  const seen = [files > 0 ? `${files} unknown file(s)` : '', failed > 0 ? `${failed} damaged source file(s)` : '']
    .filter(Boolean)
    .join(' and ');
  throw notABundle(path, `not a capture bundle: no file in it could be read${seen ? ` (${seen})` : ''}`);
}

export function readSnapshotFile(path: string): Snapshot {
  const data = readJsonFile(path);
  validateSnapshot(data, path);
  return withNodeValues(data as Snapshot);
}

/**
 * A snapshot saved before `cluster.nodeValues` existed gets it derived from its own servers, as a bundle's
 * assembly derives it, so that the consistency rules compare its nodes rather than report them not evaluated.
 */
function withNodeValues(snapshot: Snapshot): Snapshot {
  for (const cluster of snapshot.clusters) cluster.nodeValues ??= nodeValuesOf(cluster, snapshot.servers);
  return snapshot;
}

/** Reads a JSON file or throws a UserError naming the file (and the line and column of a syntax error). */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UserError(`${atPosition(path, parsed.position)}: not valid JSON (${parsed.message})`);
  return parsed.value;
}

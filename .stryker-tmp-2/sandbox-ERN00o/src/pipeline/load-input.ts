// @ts-nocheck
import { existsSync, readFileSync, statSync } from 'fs';
import { readBundle } from '../bundle/read-bundle';
import { collectBundle } from '../collect/collect-bundle';
import { UserError } from '../shared/errors';
import { validateSnapshot } from '../snapshot/validate';
import type { Snapshot } from '../snapshot/schema';
import type { Progress } from '../cli/progress';

/** A bundle folder, a bundle .zip, or a saved snapshot .json: whatever it is, a validated snapshot. */
export function loadInput(path: string, progress?: Progress): Snapshot {
  if (path.toLowerCase().endsWith('.json') && existsSync(path) && statSync(path).isFile()) return readSnapshotFile(path);
  return collectBundle(readBundle(path), progress);
}

export function readSnapshotFile(path: string): Snapshot {
  const data = readJsonFile(path);
  validateSnapshot(data, path);
  return data as Snapshot;
}

/** Reads a JSON file or throws a UserError naming the file (and the position of a syntax error). */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new UserError(`${path}${line ? `:${line}` : ''}: not valid JSON (${message})`);
  }
}

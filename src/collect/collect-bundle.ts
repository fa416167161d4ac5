import { createHash } from 'crypto';
import type { RawBundle } from '../bundle/read-bundle';
import { parseManifest } from '../bundle/manifest';
import { SOURCES } from '../../collectors/registry';
import { assembleSnapshot } from '../snapshot/assemble';
import { validateSnapshot } from '../snapshot/validate';
import type { Snapshot } from '../snapshot/schema';
import type { Progress } from '../cli/progress';
import { collectFolder, type CollectedFolder } from './collect-folder';

/** Turns a capture bundle into a validated snapshot: decode and parse every source, then assemble. */
export function collectBundle(raw: RawBundle, progress?: Progress): Snapshot {
  const { manifest, diagnostics } = parseManifest(raw.manifest);
  for (const stray of raw.strays) {
    diagnostics.push({ file: stray, severity: 'info', message: 'not in a server folder; ignored' });
  }
  for (const { file, message } of raw.skipped ?? []) diagnostics.push({ file, severity: 'warning', message });
  progress?.start(raw.folders.length, 'collecting');
  const folders: CollectedFolder[] = raw.folders.map((folder) => {
    const collected = collectFolder(folder, SOURCES);
    progress?.tick(folder.name);
    return collected;
  });
  progress?.stop();
  const snapshot = assembleSnapshot(folders, {
    source: raw.source,
    sha256: bundleHash(raw),
    manifest,
    diagnostics,
  });
  validateSnapshot(snapshot, `snapshot of ${raw.source}`);
  return snapshot;
}

/** A hash over every file of the bundle, so a report can be traced to the data it came from. */
export function bundleHash(raw: RawBundle): string {
  const hash = createHash('sha256');
  if (raw.manifest) hash.update(raw.manifest);
  for (const folder of raw.folders) {
    for (const file of folder.files) hash.update(`${folder.name}/${file.name}\u0000`).update(file.bytes);
  }
  return hash.digest('hex');
}

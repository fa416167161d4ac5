// @ts-nocheck
import { join } from 'path';
import type { RawBundle } from '../../bundle/read-bundle';
import { writeAtomically } from '../../cli/output';

/**
 * Writes a captured bundle as the collection scripts would have: `<dir>/bundle.json` and one folder per
 * machine, each file's bytes as the command wrote them, so that it can be archived and scanned again.
 */
export function saveBundle(raw: RawBundle, dir: string): string[] {
  const written: string[] = [];
  const write = (path: string, bytes: Uint8Array) => {
    writeAtomically(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    written.push(path);
  };
  if (raw.manifest) write(join(dir, 'bundle.json'), raw.manifest);
  for (const folder of raw.folders) for (const file of folder.files) write(join(dir, folder.name, file.name), file.bytes);
  return written;
}

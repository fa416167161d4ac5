import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

/** Writes `text` to `path` below `root`, making the folders on the way (a project tree laid out for a test). */
export function writeBelow(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

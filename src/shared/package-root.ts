import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

let root: string | undefined;

/** The folder of bpa's own package.json, found from this file whether it runs from src/ or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'bpa') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bpa: cannot find its own package.json');
    dir = parent;
  }
}

let version: string | undefined;

/** bpa's version from its package.json, read once per process (every scanned bundle's snapshot and report name it). */
export function toolVersion(): string {
  return (version ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string);
}

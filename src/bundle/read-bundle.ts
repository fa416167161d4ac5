import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { basename, join } from 'path';
import { unzipSync } from 'fflate';
import { UserError } from '../shared/errors';
import { notABundle } from './bundle-help';

/** One file of a capture bundle, undecoded. */
export interface BundleFile {
  name: string;
  bytes: Uint8Array;
}

/** One folder of a capture bundle: a machine, a clustered mailbox server, or `_organization`. */
export interface BundleFolder {
  name: string;
  files: BundleFile[];
}

export interface RawBundle {
  /** The path as the user gave it. */
  source: string;
  /** `bundle.json` bytes when present. */
  manifest?: Uint8Array;
  folders: BundleFolder[];
  /** Files at the top level other than bundle.json, and other oddities, for diagnostics. */
  strays: string[];
}

/** A capture file larger than this is not command output; it is reported, not read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a bundle folder or a `.zip` of one into memory. Throws a UserError when it is unusable. */
export function readBundle(path: string): RawBundle {
  if (!existsSync(path)) throw new UserError(`${path}: no such file or folder`);
  const stat = statSync(path);
  const bundle = stat.isDirectory() ? readFolder(path) : readZip(path);
  if (bundle.folders.length === 0) {
    throw notABundle(path, 'not a capture bundle: no server folders found');
  }
  return bundle;
}

function readFolder(root: string): RawBundle {
  const bundle: RawBundle = { source: root, folders: [], strays: [] };
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path)
        .sort()
        .filter((f) => statSync(join(path, f)).isFile())
        .map((f) => ({ name: f, bytes: readCapped(join(path, f)) }));
      bundle.folders.push({ name, files });
    } else if (name === 'bundle.json') bundle.manifest = readFileSync(path);
    else bundle.strays.push(name);
  }
  return bundle;
}

function readCapped(path: string): Uint8Array {
  return statSync(path).size > MAX_FILE_BYTES ? new Uint8Array(0) : readFileSync(path);
}

function readZip(path: string): RawBundle {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path), { filter: (f) => f.originalSize <= MAX_FILE_BYTES });
  } catch (e) {
    throw notABundle(path, `not a readable bundle folder or zip file (${(e as Error).message})`);
  }
  const names = Object.keys(entries).filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX/'));
  const prefix = commonTopFolder(names);
  const bundle: RawBundle = { source: path, folders: [], strays: [] };
  const byFolder = new Map<string, BundleFile[]>();
  for (const full of names.sort()) {
    const parts = full.slice(prefix.length).split('/');
    if (parts.length === 1 && parts[0] === 'bundle.json') bundle.manifest = entries[full];
    else if (parts.length === 2) {
      const list = byFolder.get(parts[0]!) ?? [];
      list.push({ name: parts[1]!, bytes: entries[full]! });
      byFolder.set(parts[0]!, list);
    } else bundle.strays.push(basename(full));
  }
  bundle.folders = [...byFolder].map(([name, files]) => ({ name, files }));
  return bundle;
}

/** A zip made of the bundle folder itself holds one top folder around everything: look inside it. */
function commonTopFolder(names: string[]): string {
  const tops = new Set(names.map((n) => n.split('/')[0]));
  if (tops.size !== 1 || names.some((n) => !n.includes('/'))) return '';
  const top = `${[...tops][0]}/`;
  const deep = names.some((n) => n.slice(top.length).includes('/'));
  return deep ? top : '';
}

import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'fs';
import { basename, join } from 'path';
import { UserError } from '../shared/errors';
import { notABundle } from './bundle-help';
import { inflateEntry, zipEntries } from './zip-entries';

/** One file of a capture bundle, undecoded. */
export interface BundleFile {
  name: string;
  bytes: Uint8Array;
  /** Set, with the file's size in bytes, when the file is over MAX_FILE_BYTES: it is not read (`bytes` empty). */
  tooLarge?: number;
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
  /** Zip entries left out, each with the reason (a path outside the bundle, too large, damaged). */
  skipped?: { file: string; message: string }[];
}

/** A capture file larger than this is not command output; it is reported, not read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** All the entries of a zip together inflate to at most this; the entries past it are skipped. */
export const MAX_ZIP_BYTES = 16 * MAX_FILE_BYTES;

/** `too large: 80 MB, the limit is 64 MB`. */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
  return `too large: ${mb(bytes)} MB, the limit is ${mb(MAX_FILE_BYTES)} MB`;
}

/** Reads a bundle folder or a `.zip` of one into memory. Throws a UserError when it is unusable. */
export function readBundle(path: string): RawBundle {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UserError(`${path}: no such file or folder`);
  const bundle = stat.isDirectory() ? readFolder(path) : readZip(path);
  if (bundle.folders.length === 0) {
    throw notABundle(path, 'not a capture bundle: no server folders found');
  }
  return bundle;
}

function readFolder(root: string): RawBundle {
  const bundle: RawBundle = { source: root, folders: [], strays: [] };
  for (const entry of sortedEntries(root)) {
    const path = join(root, entry.name);
    if (isKind(entry, path, 'directory')) {
      const files = sortedEntries(path)
        .filter((f) => isKind(f, join(path, f.name), 'file'))
        .map((f) => readCapped(f.name, join(path, f.name)));
      bundle.folders.push({ name: entry.name, files });
    } else if (entry.name === 'bundle.json') bundle.manifest = readFileSync(path);
    else bundle.strays.push(entry.name);
  }
  return bundle;
}

/**
 * A folder's entries with their types from one readdir, in the order of their names (as `readdirSync().sort()`
 * gives them): a fleet scan reads thousands of files, and a stat per file to learn its type cost as much as
 * reading it.
 */
function sortedEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether the entry is a folder (a file): a symbolic link, or an entry the file system gave no type, is followed with stat. */
function isKind(entry: Dirent, path: string, kind: 'directory' | 'file'): boolean {
  const typed =
    entry.isFile() ||
    entry.isDirectory() ||
    entry.isBlockDevice() ||
    entry.isCharacterDevice() ||
    entry.isFIFO() ||
    entry.isSocket();
  const what = typed ? entry : statSync(path);
  return kind === 'directory' ? what.isDirectory() : what.isFile();
}

/**
 * Reads a file unless it is over MAX_FILE_BYTES: its size from the open file (fstat), not another stat by path,
 * and then `size` bytes into a buffer of that size, as `readFileSync(fd)` does, without its second fstat.
 */
function readCapped(name: string, path: string): BundleFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return { name, bytes: new Uint8Array(0), tooLarge: size };
    return { name, bytes: readOpenFile(fd, size) };
  } finally {
    closeSync(fd);
  }
}

/** The first `size` bytes of the open file (fewer when it ends sooner); a size of 0 (as /proc reports) reads to its end. */
function readOpenFile(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, buffer, filled, size - filled, null);
    if (read === 0) return buffer.subarray(0, filled);
    filled += read;
  }
  return buffer;
}

function readZip(path: string): RawBundle {
  const data = readFileSync(path);
  let listed;
  try {
    listed = zipEntries(data);
  } catch (e) {
    throw notABundle(path, `not a readable bundle folder or zip file (${(e as Error).message})`);
  }
  const bundle: RawBundle = { source: path, folders: [], strays: [], skipped: [] };
  const skip = (file: string, message: string) => bundle.skipped!.push({ file, message: `zip entry ${message}; skipped` });
  // Windows tools write `SERVER\systeminfo.txt`: a backslash separates folders as a slash does.
  const entries = listed
    .map((entry) => ({ entry, name: entry.name.replace(/\\/g, '/') }))
    .filter(({ name }) => !name.endsWith('/') && !name.startsWith('__MACOSX/'));
  const inside = entries.filter(({ name }) => {
    const outside = leavesBundle(name);
    if (outside) skip(name, outside);
    return !outside;
  });
  const prefix = commonTopFolder(inside.map((e) => e.name));
  const byFolder = new Map<string, BundleFile[]>();
  let total = 0;
  for (const { entry, name: full } of inside.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parts = full
      .slice(prefix.length)
      .split('/')
      .filter((p) => p !== '' && p !== '.');
    const isManifest = parts.length === 1 && parts[0] === 'bundle.json';
    if (!isManifest && parts.length !== 2) {
      bundle.strays.push(basename(full));
      continue;
    }
    if (entry.size > MAX_FILE_BYTES) {
      if (isManifest) skip(full, tooLargeMessage(entry.size));
      else addFile(byFolder, parts[0]!, { name: parts[1]!, bytes: new Uint8Array(0), tooLarge: entry.size });
      continue;
    }
    if (total + entry.size > MAX_ZIP_BYTES) {
      skip(full, `would take the bundle past ${MAX_ZIP_BYTES / 1048576} MB inflated`);
      continue;
    }
    const inflated = inflateEntry(data, entry);
    if ('problem' in inflated) {
      skip(full, `cannot be read: ${inflated.problem}`);
      continue;
    }
    total += inflated.bytes.length;
    if (isManifest) bundle.manifest = inflated.bytes;
    else addFile(byFolder, parts[0]!, { name: parts[1]!, bytes: inflated.bytes });
  }
  bundle.folders = [...byFolder].map(([name, files]) => ({ name, files }));
  return bundle;
}

function addFile(byFolder: Map<string, BundleFile[]>, folder: string, file: BundleFile): void {
  const list = byFolder.get(folder) ?? [];
  list.push(file);
  byFolder.set(folder, list);
}

/**
 * Why a zip entry's path leaves the bundle (`..`, an absolute path, a drive letter), or undefined when it
 * stays inside. Such an entry is never read: no server is named `..`.
 */
export function leavesBundle(name: string): string | undefined {
  if (name.startsWith('/')) return 'has an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'has a path with a drive letter';
  if (name.split('/').includes('..')) return 'has a path that leaves the bundle (..)';
  return undefined;
}

/** A zip made of the bundle folder itself holds one top folder around everything: look inside it. */
function commonTopFolder(names: string[]): string {
  const tops = new Set(names.map((n) => n.split('/')[0]));
  if (tops.size !== 1 || names.some((n) => !n.includes('/'))) return '';
  const top = `${[...tops][0]}/`;
  const deep = names.some((n) => n.slice(top.length).includes('/'));
  return deep ? top : '';
}

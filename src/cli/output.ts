import { lstatSync, mkdirSync, realpathSync, renameSync, statSync, writeFileSync, type Stats } from 'fs';
import { dirname, join } from 'path';
import { UserError } from '../shared/errors';
import { freeBaseName } from './report-name';

export interface RenderedOutput {
  format: string;
  extension: string;
  binary: boolean;
  content: string | Buffer;
}

/**
 * Writes rendered outputs: `-` is standard output (one format only); a folder (or several formats) gets
 * `<baseName>.<extension>` per format, `<baseName>-2.<extension>`… when one of those names is taken, so that
 * nothing in the folder is overwritten; otherwise the path is the file. Each is written by writeFileSafely:
 * a regular file atomically (temporary file, then rename), so an interrupted run never leaves half a report;
 * a device or a named pipe through.
 */
export function writeOutputs(outputs: RenderedOutput[], output: string | undefined, baseName: string): string[] {
  const target = output ?? '-';
  if (target === '-') {
    if (outputs.length !== 1) throw new UserError('--output - writes one format only; give a folder for several formats');
    const only = outputs[0]!;
    if (only.binary && process.stdout.isTTY) throw new UserError(`${only.format} output is binary: give --output <file>`);
    process.stdout.write(only.content);
    return [];
  }
  const isDir = outputs.length > 1 || target.endsWith('/') || target.endsWith('\\') || isDirectory(target);
  const base = isDir
    ? freeBaseName(
        target,
        baseName,
        outputs.map((o) => o.extension),
      )
    : baseName;
  const written: string[] = [];
  for (const out of outputs) {
    const path = isDir ? join(target, `${base}.${out.extension}`) : target;
    writeFileSafely(path, out.content);
    written.push(path);
  }
  return written;
}

/**
 * Writes a file the user named. A regular file (or a new one) is replaced atomically; anything else is
 * written through, never replaced: a character device (`/dev/null`, a terminal), a named pipe read by
 * another program, a block device. A symbolic link is followed: what it points to is written that way, and
 * the link stays.
 */
export function writeFileSafely(path: string, content: string | Buffer): void {
  const own = lstatOrUndefined(path);
  const target = own?.isSymbolicLink() ? resolvedLink(path) : path;
  // A dangling link: writing through it creates the file it names.
  if (target === undefined) return writeThrough(path, content);
  const stat = target === path ? own : lstatOrUndefined(target);
  // Absent, or a regular file: a temporary file renamed over it is the same thing, only never half written.
  if (stat === undefined || stat.isFile()) writeAtomically(target, content);
  else writeThrough(target, content);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    // An absent file (every report of a fleet scan into a new folder) without an exception made and thrown.
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function resolvedLink(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function writeThrough(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content);
  } catch (e) {
    throw new UserError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function writeAtomically(path: string, content: string | Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    throw new UserError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

import { mkdirSync, renameSync, statSync, writeFileSync } from 'fs';
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
 * nothing in the folder is overwritten; otherwise the path is the file. Files are written atomically
 * (temporary file, then rename), so an interrupted run never leaves half a report.
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
    writeAtomically(path, out.content);
    written.push(path);
  }
  return written;
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

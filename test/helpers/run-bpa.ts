import { spawnSync } from 'child_process';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bpa.js');

export interface BpaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `bpa` binary (the build `npm test` makes first), as a user would: a new Node process, about a
 * second each. Only the smoke tests use it (the binary starts, its exit code reaches the shell, a binary format
 * reaches a pipe intact); every other command-line test runs bpa in process (test/helpers/bpa-in-process.ts).
 */
export function runBpa(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): BpaRun & { stdoutBytes: Buffer } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stdoutBytes: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

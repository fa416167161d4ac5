// @ts-nocheck
import { spawnSync } from 'child_process';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bpa.js');

export interface BpaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bpa` binary (the build `npm test` makes first), as a user would. */
export function runBpa(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): BpaRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

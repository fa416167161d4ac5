// @ts-nocheck
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { COLLECT_EXCHANGE_PS1, generateCollectorScripts } from '../../../collectors/windows/generate';
import type { BundleFolder } from '../../bundle/read-bundle';
import { decodeCapture } from '../../bundle/decode';
import type { CommandRunner, CommandSpec } from './run-command';

/** The Exchange outputs take long in a large organization: one limit for the whole script. */
const EXCHANGE_TIMEOUT_MS = 30 * 60_000;

export interface ExchangeCapture {
  folders: BundleFolder[];
  /** What the script said (which servers it collected or skipped), for the user. */
  messages: string[];
}

/**
 * Runs the generated collect-exchange.ps1 (the same script a consultant runs by hand) into a temporary
 * bundle folder and reads back what it wrote. PowerShell writes the files itself (UTF-16LE, as Out-File
 * does), so they are read from disk and the temporary folder is removed.
 */
export async function captureExchangeOutputs(
  run: CommandRunner,
  env: CommandSpec['env'],
  version: string,
): Promise<ExchangeCapture> {
  const work = mkdtempSync(join(tmpdir(), 'bpa-live-'));
  try {
    const script = join(work, COLLECT_EXCHANGE_PS1);
    const bundle = join(work, 'bundle');
    writeFileSync(script, generateCollectorScripts(version)[COLLECT_EXCHANGE_PS1]!);
    const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script, bundle];
    const result = await run({ program: 'powershell.exe', args, verbatim: false, env, timeoutMs: EXCHANGE_TIMEOUT_MS });
    const said = decodeCapture(result.stdout)
      .text.split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => `${COLLECT_EXCHANGE_PS1}: ${l.trim().replace(/^bpa: /, '')}`);
    if (result.startError) return { folders: [], messages: [`Exchange outputs skipped: no PowerShell (${result.startError})`] };
    if (result.timedOut) said.push(`collect-exchange.ps1 stopped after ${EXCHANGE_TIMEOUT_MS / 60_000} minutes`);
    return { folders: readFolders(bundle), messages: said };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readFolders(bundle: string): BundleFolder[] {
  let names: string[];
  try {
    names = readdirSync(bundle).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => statSync(join(bundle, name)).isDirectory())
    .map((name) => ({
      name,
      files: readdirSync(join(bundle, name))
        .sort()
        .map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(bundle, name, file))) })),
    }));
}

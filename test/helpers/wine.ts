/**
 * Windows programs under Wine (Debian's `wine` and `wine64`): a fresh 64-bit Wine prefix in a folder of its
 * own, booted headless, and the programs of collect.cmd (cmd.exe, reg.exe, ipconfig, wmic, chcp) run in it.
 * Without Wine the tests that need it are skipped on a developer's machine; `.ci/run` sets
 * BPA_REQUIRE_WINE=1, which turns a missing Wine into a failure.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';

const WINE = '/usr/bin/wine';
const WINEBOOT = '/usr/bin/wineboot';
const WINESERVER = '/usr/bin/wineserver';

export const WINE_INSTALL_HINT = 'apt-get install wine wine64';

export function wineInstalled(): boolean {
  return [WINE, WINEBOOT, WINESERVER].every((p) => existsSync(p));
}

/** True in CI (`.ci/run`), where a test that needs Wine must run, not be skipped. */
export function wineRequired(): boolean {
  return process.env.BPA_REQUIRE_WINE === '1';
}

export interface WineRun {
  status: number | null;
  /** Raw bytes: Wine's programs write the ANSI or OEM code page, or UTF-16LE, as Windows does. */
  stdout: Buffer;
  stderr: string;
  ms: number;
}

/** A Windows machine of its own: one Wine prefix, its registry, its programs. */
export class WinePrefix {
  readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(parent: string) {
    this.dir = join(parent, 'wineprefix');
    const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
    this.env = {
      ...rest,
      WINEPREFIX: this.dir,
      WINEARCH: 'win64',
      // No debug output; no .NET (mono) or HTML (gecko) installer dialogs; no desktop menu entries.
      WINEDEBUG: '-all',
      WINEDLLOVERRIDES: 'mscoree,mshtml=;winemenubuilder.exe=d',
      // Wine's language and code pages follow the Unix locale: English Windows, ANSI 1252, OEM 437.
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
    };
  }

  /** `wineboot -i`: creates the prefix (the C: drive and the registry of a fresh Windows). */
  boot(): WineRun {
    return this.spawn(WINEBOOT, ['-i']);
  }

  /** Runs a Windows program: `run(['cmd', '/c', 'collect.cmd', …])`. */
  run(args: string[], cwd?: string): WineRun {
    return this.spawn(WINE, args, cwd);
  }

  /**
   * The same, without blocking: several programs run in the prefix at once (one wineserver serves them all).
   * A Wine program spends much of its time starting up and waiting on the wineserver, so two runs side by side
   * take little more than the longer one.
   */
  runAsync(args: string[], cwd?: string): Promise<WineRun> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(WINE, args, { env: this.env, cwd, timeout: 240_000 });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (status) =>
        resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started }),
      );
    });
  }

  /**
   * Writes the values into the registry with one `reg import` (one Wine start; a `reg add` per value took a
   * start each, 1 to 5 s apiece). Types and data as `reg add` takes them: REG_SZ, REG_DWORD (decimal), and
   * REG_MULTI_SZ with its items separated by a literal `\0`. Throws when reg.exe refuses.
   */
  regImport(values: ReadonlyArray<readonly [key: string, name: string, type: string, data: string]>): WineRun {
    const file = join(this.dir, '..', 'seed.reg');
    writeFileSync(file, Buffer.from(`\ufeff${regFile(values)}`, 'utf16le'));
    const result = this.run(['reg', 'import', this.windowsPath(file)]);
    if (result.status !== 0) throw new Error(`wine reg import failed (${result.status}): ${result.stderr}`);
    return result;
  }

  /** The Windows path of a Unix path (Wine maps / to drive Z:). */
  windowsPath(unixPath: string): string {
    return `Z:${unixPath.replace(/\//g, '\\')}`;
  }

  /** Ends the wineserver of this prefix, and with it every Wine process it started. */
  stop(): void {
    if (!existsSync(this.dir)) return;
    spawnSync(WINESERVER, ['-k'], { env: this.env, timeout: 30_000 });
    // -k only signals it: wait until it has saved the registry and exited, so that the prefix can be removed.
    spawnSync(WINESERVER, ['-w'], { env: this.env, timeout: 30_000 });
  }

  private spawn(program: string, args: string[], cwd?: string): WineRun {
    const started = Date.now();
    const result = spawnSync(program, args, { env: this.env, cwd, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8'), ms: Date.now() - started };
  }
}

const HIVES: Record<string, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER' };

/** A .reg file (the format regedit exports, version 5: UTF-16LE) that sets the values. */
export function regFile(values: ReadonlyArray<readonly [key: string, name: string, type: string, data: string]>): string {
  const byKey = new Map<string, string[]>();
  for (const [key, name, type, data] of values) {
    const [hive, ...rest] = key.split('\\');
    const full = [HIVES[hive!] ?? hive, ...rest].join('\\');
    byKey.set(full, [...(byKey.get(full) ?? []), `${regString(name)}=${regData(type, data)}`]);
  }
  const sections = [...byKey].map(([key, lines]) => `[${key}]\r\n${lines.join('\r\n')}\r\n`);
  return `Windows Registry Editor Version 5.00\r\n\r\n${sections.join('\r\n')}`;
}

const regString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function regData(type: string, data: string): string {
  switch (type) {
    case 'REG_SZ':
      return regString(data);
    case 'REG_DWORD':
      return `dword:${Number(data).toString(16).padStart(8, '0')}`;
    case 'REG_MULTI_SZ': {
      const bytes = Buffer.from(
        data
          .split('\\0')
          .map((item) => `${item}\0`)
          .join('') + '\0',
        'utf16le',
      );
      return `hex(7):${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
    }
    default:
      throw new Error(`regFile: type ${type} is not supported`);
  }
}

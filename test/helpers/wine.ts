/**
 * Windows programs under Wine (Debian's `wine` and `wine64`): a fresh 64-bit Wine prefix in a folder of its
 * own, booted headless, and the programs of collect.cmd (cmd.exe, reg.exe, ipconfig, wmic, chcp) run in it.
 * Without Wine the tests that need it are skipped on a developer's machine; `.ci/run` sets
 * BPA_REQUIRE_WINE=1, which turns a missing Wine into a failure.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
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

  /** `reg add <key> /v <name> /t <type> /d <data> /f`; throws when reg.exe refuses. */
  regAdd(key: string, name: string, type: string, data: string): void {
    const result = this.run(['reg', 'add', key, '/v', name, '/t', type, '/d', data, '/f']);
    if (result.status !== 0) throw new Error(`wine reg add ${key} /v ${name} failed (${result.status}): ${result.stderr}`);
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

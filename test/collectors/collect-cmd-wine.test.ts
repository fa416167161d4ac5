/**
 * collect.cmd run by a real cmd.exe, reg.exe, wmic and chcp: Wine's, in a fresh Wine prefix whose registry is
 * seeded with what a Windows Server 2003 cluster node holds (a hotfix, .NET 2.0 SP1, PowerShell 1.0, two
 * network connections, one named with umlauts, in a binding order, NetBIOS off on one). The script is written
 * by `bpa collector-script`, run into a bundle folder whose path holds blanks, parentheses, &, ^, ! and umlauts, and
 * the bundle read back by `bpa collect`: every seeded fact must come back. Where Wine's tools differ from
 * Windows (chcp without a console, wmic without the qfe alias, an empty systeminfo), bpa must say so for that
 * file and go on. Expectations come from what the script announces and from the source list, not from a list
 * of files written here.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { definitionFor } from '../../collectors/source-definition';
import type { RegNetbtInterfacesFacts } from '../../collectors/sources/reg-netbt-interfaces';
import type { RegNetworkConnectionsFacts } from '../../collectors/sources/reg-network-connections';
import type { RegTcpipLinkageFacts } from '../../collectors/sources/reg-tcpip-linkage';
import type { RegUpdatesFacts } from '../../collectors/sources/reg-updates';
import { cmdSteps, SKIP_REASONS, type Requirement } from '../../collectors/windows/commands';
import { COLLECT_CMD } from '../../collectors/windows/generate';
import { decodeCapture } from '../../src/bundle/decode';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectFolder, type CollectedFolder } from '../../src/collect/collect-folder';
import type { Snapshot } from '../../src/snapshot/schema';
import { toolVersion } from '../../src/shared/package-root';
import { bpa } from '../helpers/bpa-in-process';
import { WINE_INSTALL_HINT, WinePrefix, wineInstalled, wineRequired, type WineRun } from '../helpers/wine';

const available = wineInstalled();
if (!available && !wineRequired()) {
  console.warn(`collect-cmd-wine.test.ts skipped: Wine is not installed (${WINE_INSTALL_HINT}); in CI it runs.`);
}
const describeUnderWine = available || wineRequired() ? describe : describe.skip;

/** Booting a fresh prefix takes 5 to 60 s, the first time on a slow machine the most. */
const WINE_TIMEOUT_MS = 300_000;

// ---- what the registry is seeded with, and what must come back
const PUBLIC = '{6D2D9C8A-3B1E-4F6A-9C1D-0E5F7A8B9C01}';
const HEARTBEAT = '{B4E7F1A2-5C3D-4E8F-A1B2-C3D4E5F60718}';
const PUBLIC_NAME = 'Öffentliches Netz';
const NETWORK_CLASS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Network\\{4D36E972-E325-11CE-BFC1-08002BE10318}';
const NETBT = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\NetBT\\Parameters\\Interfaces';

const SEED: Array<[key: string, name: string, type: string, data: string]> = [
  [
    'HKLM\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP2\\KB921181',
    'Description',
    'REG_SZ',
    'Hotfix for Windows Server 2003 (KB921181)',
  ],
  ['HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727', 'Install', 'REG_DWORD', '1'],
  ['HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727', 'SP', 'REG_DWORD', '1'],
  ['HKLM\\SOFTWARE\\Microsoft\\PowerShell\\1', 'Install', 'REG_DWORD', '1'],
  ['HKLM\\SOFTWARE\\Microsoft\\PowerShell\\1\\PowerShellEngine', 'PowerShellVersion', 'REG_SZ', '1.0'],
  // REG_MULTI_SZ items are separated by a literal \0, reg.exe's default separator.
  [
    'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage',
    'Bind',
    'REG_MULTI_SZ',
    `\\Device\\${PUBLIC}\\0\\Device\\${HEARTBEAT}`,
  ],
  [`${NETBT}\\Tcpip_${PUBLIC}`, 'NetbiosOptions', 'REG_DWORD', '0'],
  [`${NETBT}\\Tcpip_${HEARTBEAT}`, 'NetbiosOptions', 'REG_DWORD', '2'],
  [`${NETWORK_CLASS}\\${PUBLIC}\\Connection`, 'Name', 'REG_SZ', PUBLIC_NAME],
  [`${NETWORK_CLASS}\\${HEARTBEAT}\\Connection`, 'Name', 'REG_SZ', 'Heartbeat'],
];

/**
 * Where Wine's programs write what Windows' do not: the file, how to tell from its text, and what bpa must
 * say about it. A source that fails or warns must be one of these, with its text showing why.
 */
const WINE_DIFFERENCES: Array<{ file: RegExp; wine: string; when: RegExp; says: RegExp }> = [
  {
    file: /^chcp\.txt$/,
    wine: 'chcp prints code page 0 without a console',
    when: /code page: 0/,
    says: /code page 0 is no code page/,
  },
  { file: /^systeminfo\.txt$/, wine: 'systeminfo writes nothing', when: /^$/, says: /^empty file$/ },
  {
    file: /^(qfe|file-versions|partitions)\.txt$/,
    wine: 'wmic knows none of the qfe, datafile and partition aliases',
    when: /^Error: Alias not found/,
    says: /^wmic reported an error: Alias not found$/,
  },
  { file: /^volumes\.txt$/, wine: 'wmic writes nothing for the Win32_Volume class', when: /^$/, says: /^empty file$/ },
  {
    file: /^reg-oc-manager\.txt$/,
    wine: 'reg.exe words a missing key its own way',
    when: /^reg: Unable to find the specified registry key/,
    says: /^unrecognized line: reg: Unable to find the specified registry key$/,
  },
  {
    file: /^reg-eventlog-application\.txt$/,
    wine: 'reg.exe prints a blank line for a key without values or subkeys',
    when: /^\s*$/,
    says: /^holds only blanks$/,
  },
  {
    file: /^net-user-.+\.txt$/,
    wine: 'net.exe knows only HELP, START, STOP and USE',
    when: /^The syntax of this command is/,
    says: /^no net user fields found$/,
  },
  {
    file: /^net-config-workstation\.txt$/,
    wine: 'net.exe has no "config" command',
    when: /^The syntax of this command is/,
    says: /^net\.exe printed its usage instead of the configuration/,
  },
];

interface Announced {
  /** `bpa: collecting into "<folder>"`. */
  folder: string;
  /** The files it says it writes, as the source list names them (`net-user-<account>.txt`), and bundle.json. */
  written: string[];
  /** The files it says it skips, each with the reason. */
  skipped: Map<string, string>;
  withoutTime: boolean;
}

/** What collect.cmd says on the console, read back. */
function announced(stdout: string): Announced {
  const lines = stdout.split(/\r?\n/);
  const folder = /^bpa: collecting into "(.*)"$/.exec(lines.find((l) => l.startsWith('bpa: collecting')) ?? '')?.[1] ?? '';
  const written = lines.flatMap((l) => /^ {2}([\w<>.-]+\.(?:txt|json))(,.*)?$/.exec(l)?.[1] ?? []);
  const skipped = new Map<string, string>();
  for (const l of lines) {
    const m = /^ {2}skipped (.+?\.txt): (.+)$/.exec(l);
    if (m) for (const file of m[1]!.split(', ')) skipped.set(file, m[2]!);
  }
  return { folder, written, skipped, withoutTime: lines.some((l) => l.startsWith('  bundle.json, without the collection time')) };
}

/** The registry name of a file a script wrote (`net-user-svc-cluster.txt` → `net-user-<account>.txt`). */
const registryName = (file: string) => definitionFor(SOURCES, file)?.file ?? file;

/** The cmd sources and the requirements of each, from the source list. */
const STEPS = new Map(cmdSteps().map((s) => [s.definition.file, s.requires]));

interface CollectRun {
  status: number | null;
  stdout: string;
  says: Announced;
  bundle: string;
  machine: string;
  ms: number;
}

describeUnderWine('collect.cmd under Wine, read back by bpa', () => {
  let work: string;
  let wine: WinePrefix;
  let scripts: string;
  /** A server that is no cluster node (no account given): the hub server that holds the file share witness. */
  let hub: CollectRun;
  /** A node planned for a cluster: the cluster service account given. */
  let planned: CollectRun;
  let snapshot: Snapshot;
  let folder: CollectedFolder;

  const collect = async (bundle: string, ...args: string[]): Promise<CollectRun> => {
    const run = await wine.runAsync(['cmd', '/c', COLLECT_CMD, wine.windowsPath(bundle), ...args], scripts);
    const stdout = run.stdout.toString('latin1');
    const machines = readdirSync(bundle, { withFileTypes: true }).filter((d) => d.isDirectory());
    return { status: run.status, stdout, says: announced(stdout), bundle, machine: machines[0]?.name ?? '', ms: run.ms };
  };
  /** collect.cmd without arguments. */
  let usage: WineRun;

  // One prefix, booted once; the three runs of collect.cmd side by side in it (about the time of the longest).
  beforeAll(async () => {
    if (!available) throw new Error(`BPA_REQUIRE_WINE=1, but Wine is not installed: ${WINE_INSTALL_HINT}`);
    const started = Date.now();
    work = mkdtempSync(join(tmpdir(), 'bpa-wine-'));
    wine = new WinePrefix(work);
    const boot = wine.boot();
    if (boot.status !== 0) throw new Error(`wineboot -i failed (${boot.status}): ${boot.stderr}`);
    const seed = wine.regImport(SEED);

    scripts = join(work, 'scripts');
    mkdirSync(scripts);
    const written = await bpa(['collector-script', '--output', scripts]);
    if (written.status !== 0) throw new Error(`bpa collector-script failed: ${written.stderr}`);

    const hubBundle = join(work, 'Kunde (Müller & Söhne) ^!', '2008-11');
    mkdirSync(hubBundle, { recursive: true });
    const plannedBundle = join(work, 'planned');
    mkdirSync(plannedBundle);
    [hub, planned, usage] = await Promise.all([
      collect(hubBundle),
      collect(plannedBundle, 'svc-cluster'),
      wine.runAsync(['cmd', '/c', COLLECT_CMD], scripts),
    ]);

    const out = join(work, 'snapshot.json');
    const read = await bpa(['collect', hub.bundle, '--output', out, '--no-progress']);
    if (read.status !== 0) throw new Error(`bpa collect failed (${read.status}): ${read.stderr}`);
    snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    folder = collectFolder(readBundle(hub.bundle).folders[0]!, SOURCES);
    console.log(
      `Wine: wineboot -i ${boot.ms} ms, reg import ${seed.ms} ms, collect.cmd side by side ${hub.ms} ms (hub), ` +
        `${planned.ms} ms (planned node), ${usage.ms} ms (usage); set-up ${Date.now() - started} ms in all`,
    );
  }, WINE_TIMEOUT_MS);

  afterAll(() => {
    wine?.stop();
    if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  describe.each([
    ['a server that is no node', () => hub],
    ['a node planned for a cluster', () => planned],
  ])('on %s', (_, run) => {
    it('runs to the end with exit code 0, into <bundle folder>\\<COMPUTERNAME>', () => {
      const { status, stdout, says, bundle, machine } = run();
      expect({ status, end: stdout.includes('bpa: done.') }).toEqual({ status: 0, end: true });
      expect(readdirSync(bundle, { withFileTypes: true }).filter((d) => d.isDirectory())).toHaveLength(1);
      expect(says.folder).toBe(`${wine.windowsPath(bundle)}\\${machine}`);
    });

    it('writes exactly the files it announces, and bundle.json', () => {
      const { says, bundle, machine } = run();
      const onDisk = readdirSync(join(bundle, machine)).map(registryName);
      expect(onDisk.sort()).toEqual(says.written.filter((f) => f !== 'bundle.json').sort());
      expect(says.written).toContain('bundle.json');
      expect(readdirSync(bundle).filter((f) => f !== machine)).toEqual(['bundle.json']);
    });

    it('announces every cmd source of the source list as written or skipped, never both, chcp.txt first', () => {
      const { says } = run();
      const sources = says.written.filter((f) => f !== 'bundle.json');
      expect([...sources, ...says.skipped.keys()].sort()).toEqual([...STEPS.keys()].sort());
      expect(sources.filter((f) => says.skipped.has(f))).toEqual([]);
      expect(sources[0]).toBe('chcp.txt');
    });

    it('skips each source for a reason it has, and the cluster.exe sources because there is no Cluster service', () => {
      const { says } = run();
      for (const [file, reason] of says.skipped) {
        const requirement = (Object.keys(SKIP_REASONS) as Requirement[]).find((r) => SKIP_REASONS[r] === reason);
        expect({ file, requirement: requirement && STEPS.get(file)!.includes(requirement) }).toEqual({ file, requirement: true });
      }
      const clusterSources = [...STEPS].filter(([, requires]) => requires.includes('clusterService')).map(([f]) => f);
      expect(clusterSources.length).toBeGreaterThan(5);
      for (const file of clusterSources) expect(says.skipped.get(file)).toBe(SKIP_REASONS.clusterService);
    });

    it('writes bundle.json with the collector, and says so when wmic gave no collection time', () => {
      const { says, bundle } = run();
      const manifest = JSON.parse(readFileSync(join(bundle, 'bundle.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.collector).toEqual({ name: 'bpa-collect', version: toolVersion() });
      // Wine's wmic ignores /value, so the script finds no LocalDateTime=… line; Windows' gives one.
      if (says.withoutTime) expect(manifest.collectedAt).toBeUndefined();
      else expect(manifest.collectedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    });
  });

  it('skips the node sources on a server given no account, and runs them on a planned node', () => {
    const nodeSources = [...STEPS].filter(([, requires]) => requires.includes('node')).map(([f]) => f);
    expect(nodeSources).toContain('net-user-<account>.txt');
    for (const file of nodeSources) expect(hub.says.skipped.get(file)).toBe(SKIP_REASONS.node);
    expect(planned.says.written).toContain('net-user-<account>.txt');
    expect(readdirSync(join(planned.bundle, planned.machine))).toContain('net-user-svc-cluster.txt');
  });

  it('shows usage and exits 2 without a bundle folder', () => {
    expect(usage.status).toBe(2);
    expect(usage.stdout.toString('latin1')).toContain('Usage: collect.cmd <bundle folder> [cluster service account]');
  });

  describe('every seeded fact comes back', () => {
    const server = () => snapshot.servers[0]!;
    const facts = <T>(file: string) => folder.sources.get(file)?.facts as T;

    it('the hotfix KB921181 from reg-updates.txt', () => {
      expect(server().hotfixes?.ids).toContain('KB921181');
      expect(facts<RegUpdatesFacts>('reg-updates.txt').hotfixes).toEqual([
        expect.objectContaining({
          kb: 'KB921181',
          product: 'Windows Server 2003',
          servicePackLevel: 'SP2',
          description: 'Hotfix for Windows Server 2003 (KB921181)',
        }),
      ]);
    });

    it('.NET Framework 2.0 SP1 from reg-ndp.txt', () => {
      expect(server().dotnet).toMatchObject({ v2Installed: true, v2ServicePack: 1 });
      expect(server().dotnet?.frameworks).toEqual([expect.objectContaining({ version: '2.0', installed: true, servicePack: 1 })]);
    });

    it('PowerShell 1.0 from reg-powershell.txt', () => {
      expect(server().powershell).toMatchObject({ installed: true, version: '1.0' });
    });

    it('the binding order with the connection names, the umlauts intact', () => {
      const names = new Map(
        facts<RegNetworkConnectionsFacts>('reg-network-connections.txt').connections!.map((c) => [c.guid, c.name]),
      );
      const order = facts<RegTcpipLinkageFacts>('reg-tcpip-linkage.txt').bindOrder!;
      expect(order).toEqual([PUBLIC, HEARTBEAT]);
      expect(order.map((guid) => names.get(guid))).toEqual([PUBLIC_NAME, 'Heartbeat']);
      expect(server().firstBoundConnection?.name).toBe(PUBLIC_NAME);
    });

    it('NetBIOS disabled on the heartbeat connection, and only there', () => {
      const names = new Map(
        facts<RegNetworkConnectionsFacts>('reg-network-connections.txt').connections!.map((c) => [c.guid, c.name]),
      );
      const interfaces = facts<RegNetbtInterfacesFacts>('reg-netbt-interfaces.txt').interfaces!;
      const options = Object.fromEntries(interfaces.map((i) => [names.get(i.guid), i.netbiosOptions]));
      expect(options).toEqual({ [PUBLIC_NAME]: 0, Heartbeat: 2 });
    });

    it('the seeded sources parse without a diagnostic', () => {
      const seeded = [
        'reg-updates.txt',
        'reg-ndp.txt',
        'reg-powershell.txt',
        'reg-tcpip-linkage.txt',
        'reg-network-connections.txt',
        'reg-netbt-interfaces.txt',
      ];
      for (const file of seeded)
        expect({ file, ...server().sources[file] }).toMatchObject({ file, status: 'parsed', diagnostics: [] });
    });
  });

  describe("where Wine's programs differ from Windows, bpa says so for that file and goes on", () => {
    const raw = (run: CollectRun, file: string) =>
      decodeCapture(readFileSync(join(run.bundle, run.machine, file))).text.trimStart();

    it.each([
      ['a server that is no node', () => hub],
      ['a node planned for a cluster', () => planned],
    ])('on %s: every source that fails or warns is a known difference, shown by its text', (_, run) => {
      const read = collectFolder(readBundle(run().bundle).folders[0]!, SOURCES);
      const unexplained: string[] = [];
      for (const [file, source] of read.sources) {
        const problems = source.status.diagnostics.filter((d) => d.severity !== 'info');
        if (source.status.status !== 'failed' && problems.length === 0) continue;
        const difference = WINE_DIFFERENCES.find((d) => d.file.test(file));
        const explained =
          difference !== undefined &&
          difference.when.test(raw(run(), file)) &&
          source.status.diagnostics.some((d) => d.file.endsWith(`/${file}`) && difference.says.test(d.message));
        if (!explained) unexplained.push(`${file}: ${source.status.status} ${JSON.stringify(source.status.diagnostics)}`);
      }
      expect(unexplained).toEqual([]);
    });

    // The hub runs no node source (net user, net config workstation): the planned node's test above covers them.
    const hubDifferences = WINE_DIFFERENCES.filter(
      (d) => !d.file.test('net-user-x.txt') && !d.file.test('net-config-workstation.txt'),
    );
    it.each(hubDifferences.map((d) => [d.wine, d] as const))('%s: the diagnostic names the file', (_, difference) => {
      const files = Object.keys(snapshot.servers[0]!.sources).filter((f) => difference.file.test(f));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        if (!difference.when.test(raw(hub, file))) continue; // a later Wine that behaves like Windows
        const diagnostics = snapshot.servers[0]!.sources[file]!.diagnostics;
        expect(diagnostics).toContainEqual(
          expect.objectContaining({ file: `${hub.machine}/${file}`, message: expect.stringMatching(difference.says) }),
        );
      }
    });

    it('still reads the rest: ipconfig and the wmic disk table parse', () => {
      expect(snapshot.servers[0]!.sources['ipconfig-all.txt']?.status).toBe('parsed');
      expect(snapshot.servers[0]!.sources['disks.txt']?.status).toBe('parsed');
      expect(snapshot.servers[0]!.volumes?.length).toBeGreaterThan(0);
    });
  });
});

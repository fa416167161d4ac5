/**
 * `bpa collect --live`: the message on other systems through the real binary, and the Windows logic with an
 * injected command runner that answers every command line with the bytes a sample server recorded for it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { definitionFor } from '../../collectors/source-definition';
import { cmdSteps, VARIABLES } from '../../collectors/windows/commands';
import { COLLECT_CMD, COLLECT_EXCHANGE_PS1, generateCollectorScripts } from '../../collectors/windows/generate';
import { readBundle, type RawBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { captureLive, cmdCommand, childProcessRunner, isoWithOffset, type CommandSpec } from '../../src/collect/live';
import { collectInput } from '../../src/collect/live/cli';
import { serviceAccount, valueOf } from '../../src/collect/live/probe';
import { toolVersion } from '../../src/shared/package-root';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from './seeds';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

const VERSION = toolVersion();
const NOW = new Date(2008, 10, 20, 2, 15, 7);

interface FakeMachine {
  /** The sample bundle and the machine folder whose files answer the commands. */
  bundle: string;
  folder: string;
  clusterService: boolean;
  /** `SERVICE_START_NAME` of the Cluster service. */
  serviceLogon?: string;
  adminsGroup?: string;
  /** Sample folders collect-exchange.ps1 writes on this machine; undefined: no PowerShell. */
  exchangeFolders?: string[];
  /** Commands whose run hits the time limit (their output cut in half). */
  timeouts?: string[];
}

/** A command runner that plays back a sample server: the recorded file of every command line collect.cmd runs. */
function fakeRunner(machine: FakeMachine) {
  const calls: CommandSpec[] = [];
  const sample = (...parts: string[]) => join(ROOT, 'samples', machine.bundle, ...parts);
  const runner = async (spec: CommandSpec) => {
    calls.push(spec);
    const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
    if (spec.program === 'powershell.exe') {
      if (!machine.exchangeFolders)
        return { stdout: bytes(''), exitCode: null, timedOut: false, startError: 'spawn powershell.exe ENOENT' };
      const script = spec.args[spec.args.indexOf('-File') + 1]!;
      const bundle = spec.args[spec.args.indexOf('-File') + 2]!;
      expect(readFileSync(script, 'latin1')).toBe(generateCollectorScripts(VERSION)[COLLECT_EXCHANGE_PS1]);
      for (const folder of machine.exchangeFolders) cpSync(sample(folder), join(bundle, folder), { recursive: true });
      // The script's test of the node it runs on (Test-ReplicationHealth) goes into the node's own folder.
      const own = readdirSync(sample(machine.folder)).filter((f) => definitionFor(SOURCES, f)?.writer === 'powershell');
      if (machine.exchangeFolders.length > 0 && !machine.exchangeFolders.includes(machine.folder))
        for (const file of own) cpSync(sample(machine.folder, file), join(bundle, machine.folder, file));
      return { stdout: bytes('bpa: collecting the Exchange outputs\r\nbpa: done.\r\n'), exitCode: 0, timedOut: false };
    }
    expect(spec).toMatchObject({
      program: 'cmd.exe',
      verbatim: true,
      args: ['/d', '/s', '/c', expect.stringMatching(/^".* 2>&1"$/)],
    });
    const line = spec.args[3]!.slice(1, -' 2>&1"'.length);
    if (line.startsWith('if exist "%SystemRoot%\\system32\\cluster.exe" (sc query ClusSvc)')) {
      return { stdout: bytes(''), exitCode: machine.clusterService ? 0 : 1060, timedOut: false };
    }
    // The probe and the sc-qc-clussvc.txt step run the same command: the recorded file answers both, with the
    // machine's logon account.
    const recordedQc = sample(machine.folder, 'sc-qc-clussvc.txt');
    if (line === 'sc qc ClusSvc' && existsSync(recordedQc)) {
      const text = readFileSync(recordedQc, 'latin1').replace(
        /(SERVICE_START_NAME : )\S+/,
        `$1${machine.serviceLogon ?? 'LocalSystem'}`,
      );
      return { stdout: bytes(text), exitCode: 0, timedOut: false };
    }
    if (line === 'sc qc ClusSvc') {
      return {
        stdout: bytes(
          `[SC] QueryServiceConfig SUCCESS\r\n\r\n        SERVICE_START_NAME : ${machine.serviceLogon ?? 'LocalSystem'}\r\n`,
        ),
        exitCode: 0,
        timedOut: false,
      };
    }
    if (line.startsWith('wmic group where')) {
      const found = machine.adminsGroup && line.includes('LocalAccount=TRUE');
      return {
        stdout: bytes(found ? `\r\r\n\r\r\nName=${machine.adminsGroup}\r\r\n\r\r\n` : 'No Instance(s) Available.\r\n'),
        exitCode: 0,
        timedOut: false,
      };
    }
    const step = cmdSteps().find((s) => s.commandLine === line);
    if (!step) throw new Error(`the fake server does not know the command ${line}`);
    const file = step.file.replace(`%${VARIABLES.account}%`, String(spec.env[VARIABLES.account]));
    const recorded = new Uint8Array(readFileSync(sample(machine.folder, file)));
    if (machine.timeouts?.includes(file))
      return { stdout: recorded.subarray(0, recorded.length >> 1), exitCode: null, timedOut: true };
    return { stdout: recorded, exitCode: 0, timedOut: false };
  };
  return { runner, calls };
}

async function live(machine: FakeMachine, account?: string) {
  const { runner, calls } = fakeRunner(machine);
  const messages: string[] = [];
  const raw = await captureLive({
    version: VERSION,
    ...(account ? { account } : {}),
    runner,
    platform: 'win32',
    env: { COMPUTERNAME: machine.folder.toLowerCase(), SystemRoot: 'C:\\WINDOWS', ComSpec: 'cmd.exe' },
    now: () => NOW,
    onMessage: (m) => messages.push(m),
  });
  return { raw, calls, messages };
}

/** The bundle the collection scripts would have written: the same folders on disk, read by the bundle reader. */
function asWrittenByTheScripts(raw: RawBundle, bundle: string): RawBundle {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-live-bundle-'));
  writeFileSync(join(dir, 'bundle.json'), raw.manifest!);
  for (const folder of raw.folders)
    cpSync(join(ROOT, 'samples', bundle, folder.name), join(dir, folder.name), { recursive: true });
  return readBundle(dir);
}

const node1: FakeMachine = {
  bundle: 'ccr-health-de',
  folder: 'EX2007-NODE1',
  clusterService: true,
  serviceLogon: 'MUELLER\\clusdienst',
  adminsGroup: 'Administratoren',
  exchangeFolders: ['CCR-CLUSTER001', '_organization'],
};

describe('bpa collect --live on Windows (a recorded server plays back every command)', () => {
  it('collects a cluster node and its clustered mailbox server, and the pipeline reads it like the bundle', async () => {
    const { raw, messages } = await live(node1);
    expect(raw.folders.map((f) => f.name)).toEqual(['EX2007-NODE1', 'CCR-CLUSTER001', '_organization']);
    const own = readdirSync(join(ROOT, 'samples', 'ccr-health-de', 'EX2007-NODE1')).sort();
    expect(raw.folders[0]!.files.map((f) => f.name).sort()).toEqual(own);
    expect(JSON.parse(Buffer.from(raw.manifest!).toString('utf8'))).toEqual({
      collectedAt: isoWithOffset(NOW),
      collector: { name: 'bpa-collect-live', version: VERSION },
    });
    expect(messages).toEqual(['collect-exchange.ps1: collecting the Exchange outputs', 'collect-exchange.ps1: done.']);

    const snapshot = collectBundle(raw);
    const fromDisk = collectBundle(asWrittenByTheScripts(raw, 'ccr-health-de'));
    expect(snapshot.servers).toEqual(fromDisk.servers);
    expect(snapshot.organization).toEqual(fromDisk.organization);
    const node = snapshot.servers.find((s) => s.name === 'EX2007-NODE1')!;
    expect(Object.values(node.sources).filter((s) => s.status !== 'parsed')).toEqual([]);
  });

  it('runs the command lines of collect.cmd, with its variables in the environment', async () => {
    const { calls } = await live(node1);
    const script = generateCollectorScripts(VERSION)[COLLECT_CMD]!;
    const lines = calls.filter((c) => c.program === 'cmd.exe').map((c) => c.args[3]!.slice(1, -' 2>&1"'.length));
    // The probes: the same sc and wmic queries, which the script runs inside `if` and `for /f`.
    const probe = /^if exist "%SystemRoot%\\system32\\cluster\.exe" \((sc query ClusSvc)\) else exit \/b 1$/;
    for (const line of lines) expect(script).toContain(probe.exec(line)?.[1] ?? line);
    expect(lines.filter((l) => !probe.test(l) && !/^(sc qc|wmic group)/.test(l))).toHaveLength(32);
    expect(lines).toContain('net user "%BPA_ACCOUNT%" /domain');
    expect(lines).toContain('net localgroup "%BPA_ADMINS_GROUP%"');
    const env = calls.find((c) => c.args[3]?.includes('net user'))!.env;
    expect(env).toMatchObject({
      BPA_ACCOUNT: 'clusdienst',
      BPA_ADMINS_GROUP: 'Administratoren',
      BPA_WMIC_SYSTEMROOT: 'C:\\\\WINDOWS',
    });
    expect(calls.every((c) => c.timeoutMs > 0)).toBe(true);
  });

  it('on a hub server skips the cluster and account sources, says why, and keeps its own ex-server.txt', async () => {
    const hub: FakeMachine = {
      bundle: 'ccr-health-de',
      folder: 'EX2007-HUB1',
      clusterService: false,
      adminsGroup: 'Administratoren',
      exchangeFolders: ['EX2007-HUB1', '_organization'],
    };
    const { raw, calls, messages } = await live(hub);
    expect(calls.some((c) => c.args[3]?.includes('sc qc'))).toBe(false);
    expect(messages).toEqual(
      expect.arrayContaining([
        'skipped cluster-prop.txt: no Cluster service (ClusSvc) or cluster.exe on this server, so it is no cluster node',
        'skipped net-user-<account>.txt: neither a cluster node nor a planned one (a planned node is given the cluster service account)',
        'skipped net-localgroup-administrators.txt: neither a cluster node nor a planned one (a planned node is given the cluster service account)',
      ]),
    );
    expect(raw.folders.map((f) => f.name)).toEqual(['EX2007-HUB1', '_organization']);
    const names = raw.folders[0]!.files.map((f) => f.name).sort();
    expect(names).toEqual(readdirSync(join(ROOT, 'samples', 'ccr-health-de', 'EX2007-HUB1')).sort());
    expect(collectBundle(raw).servers.find((s) => s.name === 'EX2007-HUB1')?.role).toBe('server');
  });

  it('on a planned node takes the account it is given, and leaves the cluster out', async () => {
    const mbx2: FakeMachine = { bundle: 'readiness-de', folder: 'MBX2', clusterService: false, adminsGroup: 'Administratoren' };
    const { raw, messages } = await live(mbx2, 'svc-cluster');
    const names = raw.folders[0]!.files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['net-user-svc-cluster.txt', 'net-localgroup-administrators.txt']));
    expect(names.some((n) => n.startsWith('cluster-'))).toBe(false);
    expect(messages).toContain('Exchange outputs skipped: no PowerShell (spawn powershell.exe ENOENT)');
    expect(raw.folders).toHaveLength(1);
  });

  it('on a Windows 2008 cluster (Cluster service as LocalSystem) says the account is missing', async () => {
    const { raw, messages } = await live({ ...node1, serviceLogon: 'LocalSystem', exchangeFolders: [] });
    expect(messages).toContain(
      'skipped net-user-<account>.txt: no cluster service account: give it as the second argument (the Cluster service runs as no domain account)',
    );
    expect(raw.folders[0]!.files.map((f) => f.name)).toContain('net-localgroup-administrators.txt');
  });

  it('keeps what a command wrote before its time ran out, says so, and the parser reports the cut', async () => {
    const { raw, messages } = await live({ ...node1, timeouts: ['systeminfo.txt'] });
    expect(messages).toContain('systeminfo.txt: stopped after the time limit; its output is cut');
    const systeminfo = collectBundle(raw).servers.find((s) => s.name === 'EX2007-NODE1')!.sources['systeminfo.txt']!;
    expect(systeminfo.diagnostics.map((d) => d.message).join('\n')).toMatch(/truncated|incomplete/);
  });

  it('leaves the local Administrators group out when wmic does not find it by its SID', async () => {
    const { raw, messages } = await live({ ...node1, adminsGroup: undefined });
    expect(messages).toContain(
      'skipped net-localgroup-administrators.txt: the local Administrators group (SID S-1-5-32-544) was not found with wmic',
    );
    expect(raw.folders[0]!.files.map((f) => f.name)).not.toContain('net-localgroup-administrators.txt');
  });
});

describe('bpa collect --live --save-bundle (the command, with the recorded server)', () => {
  it('writes what it collected as a bundle folder that scans like the live snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-saved-'));
    const { runner } = fakeRunner(node1);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const silent = { start() {}, tick() {}, stop() {} };
    const options = { runner, platform: 'win32' as const, env: { COMPUTERNAME: 'EX2007-NODE1' }, now: () => NOW };
    try {
      const snapshot = await collectInput(undefined, { live: true, saveBundle: dir }, silent, options);
      expect(readdirSync(dir).sort()).toEqual(['CCR-CLUSTER001', 'EX2007-NODE1', '_organization', 'bundle.json']);
      expect(readFileSync(join(dir, 'EX2007-NODE1', 'net-user-clusdienst.txt'))).toEqual(
        readFileSync(join(ROOT, 'samples', 'ccr-health-de', 'EX2007-NODE1', 'net-user-clusdienst.txt')),
      );
      expect(collectBundle(readBundle(dir)).servers).toEqual(snapshot.servers);
      expect(stderr).toHaveBeenCalledWith(`bpa: bundle saved, 47 files in ${dir}
`);
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('what live collection reads from its probes', () => {
  it.each([
    ['        SERVICE_START_NAME : MUELLER\\clusdienst\r\n', 'clusdienst'],
    ['SERVICE_START_NAME : FABRIKAM\\clus svc  \r\n', 'clus svc'],
    ['        SERVICE_START_NAME : LocalSystem\r\n', undefined],
    ['[SC] OpenService FAILED 1060:\r\n', undefined],
  ])('the account of %j is %j', (text, account) => {
    expect(serviceAccount(text)).toBe(account);
  });

  it.each([
    ['\r\r\n\r\r\nName=Administratoren\r\r\n\r\r\n', 'Administratoren'],
    ['Name=Administrators\r\n', 'Administrators'],
    ['No Instance(s) Available.\r\n', undefined],
  ])('the group of %j is %j', (text, group) => {
    expect(valueOf(text)).toBe(group);
  });

  it('writes the collection time with its offset, the same instant', () => {
    const iso = isoWithOffset(NOW);
    expect(iso).toMatch(/^2008-11-20T02:15:07[+-]\d\d:\d\d$/);
    expect(new Date(iso).getTime()).toBe(NOW.getTime());
  });

  it('runs a command line through cmd.exe as collect.cmd does: /d, /s /c, the line as written, errors in the output', () => {
    expect(cmdCommand('net user "%BPA_ACCOUNT%" /domain', { ComSpec: 'C:\\WINDOWS\\system32\\cmd.exe' }, 1000)).toEqual({
      program: 'C:\\WINDOWS\\system32\\cmd.exe',
      args: ['/d', '/s', '/c', '"net user "%BPA_ACCOUNT%" /domain 2>&1"'],
      verbatim: true,
      env: { ComSpec: 'C:\\WINDOWS\\system32\\cmd.exe' },
      timeoutMs: 1000,
    });
  });
});

describe('the child process runner', () => {
  const spec = (args: string[], timeoutMs = 60_000): CommandSpec => ({
    program: process.execPath,
    args,
    verbatim: false,
    env: {},
    timeoutMs,
  });

  it('gives the raw bytes and the exit code', async () => {
    const result = await childProcessRunner(
      spec(['-e', 'process.stdout.write(Buffer.from([0xff, 0xfe, 0x41, 0])); process.exit(3)']),
    );
    expect(result).toEqual({ stdout: new Uint8Array([0xff, 0xfe, 0x41, 0]), exitCode: 3, timedOut: false });
  });

  it('stops a command at its time limit and says so', async () => {
    const result = await childProcessRunner(spec(['-e', 'process.stdout.write("a"); setInterval(() => {}, 1000)'], 300));
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('says when a program cannot be started, without throwing', async () => {
    const result = await childProcessRunner({ ...spec([]), program: join(tmpdir(), 'no-such-program-bpa') });
    expect(result.startError).toMatch(/ENOENT/);
    expect(existsSync(join(tmpdir(), 'no-such-program-bpa'))).toBe(false);
  });
});

(process.platform === 'win32' ? describe.skip : describe)('bpa collect --live elsewhere (the command line)', () => {
  it('exits 2 and says that live collection needs Windows, and what to do instead', async () => {
    const run = await bpa(['collect', '--live']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `bpa: live collection needs Windows (this is ${process.platform}); run collectors/windows/collect.cmd on each server and scan the bundle\n`,
    );
    expect(run.stdout).toBe('');
  });

  it('refuses a bundle together with --live, and --account without it', async () => {
    expect(await bpa(['collect', 'samples/ccr-health-en', '--live'])).toMatchObject({
      status: 2,
      stderr: 'bpa: give either a bundle (samples/ccr-health-en) or --live, not both\n',
    });
    expect(await bpa(['collect', 'samples/ccr-health-en', '--account', 'x'])).toMatchObject({
      status: 2,
      stderr: 'bpa: --account and --save-bundle go with --live\n',
    });
    expect((await bpa(['collect'])).stderr).toBe(
      'bpa: give a capture bundle (folder or .zip), or --live to collect this machine\n',
    );
  });
});

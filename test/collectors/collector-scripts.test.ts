/**
 * The collection scripts against the parsers: generated from the same source list, committed current, and in
 * agreement file by file in both directions (every source a parser reads is written by a script with the
 * registry's command, every file a script writes is a source a parser reads). Plus what the scripts promise
 * (read only, chcp first, the Administrators group by SID). What cmd.exe of Windows Server 2003 and PowerShell
 * 1.0 can run is checked on the commands and the syntax tree: `cmd-checks.test.ts`, `powershell-grammar.test.ts`.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { definitionFor, type SourceDefinition } from '../../collectors/source-definition';
import { cmdSteps } from '../../collectors/windows/commands';
import { COLLECT_CMD, COLLECT_EXCHANGE_PS1, generateCollectorScripts } from '../../collectors/windows/generate';
import { toolVersion } from '../../src/shared/package-root';
import { parseNetUser } from '../../collectors/sources/net-user';
import { bpa } from '../helpers/bpa-in-process';
import { asRegistryCommand, filesOfCmd, filesOfPs1 } from './script-text';
import { ROOT } from './seeds';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

const DIR = join(ROOT, 'collectors', 'windows');
const committed = (name: string) => readFileSync(join(DIR, name), 'latin1');
const generated = generateCollectorScripts(toolVersion());
const cmd = generated[COLLECT_CMD]!;
const ps1 = generated[COLLECT_EXCHANGE_PS1]!;

/** Every disagreement between a source list and the scripts' text, as readable lines. */
function disagreements(sources: readonly SourceDefinition[], scripts: Record<string, string>): string[] {
  const problems: string[] = [];
  const written = [
    ...filesOfCmd(scripts[COLLECT_CMD]!).map((w) => ({ ...w, script: COLLECT_CMD })),
    ...filesOfPs1(scripts[COLLECT_EXCHANGE_PS1]!).map((w) => ({ ...w, script: COLLECT_EXCHANGE_PS1 })),
  ];
  for (const w of written) {
    const definition = definitionFor(sources, w.file.replace('%BPA_ACCOUNT%', 'clusadmin'));
    if (!definition) problems.push(`${w.script}:${w.line} writes ${w.file}, which no parser reads`);
  }
  for (const definition of sources) {
    const script = definition.writer === 'powershell' ? COLLECT_EXCHANGE_PS1 : COLLECT_CMD;
    const mine = written.filter(
      (w) =>
        w.script === script &&
        definitionFor([definition], w.file.replace('%BPA_ACCOUNT%', 'x')) &&
        writtenFor(definition, w.folder, sources),
    );
    if (mine.length === 0) problems.push(`${definition.file} is read by a parser but ${script} does not write it`);
    for (const w of mine) {
      const expected = definition.command.replace(/\s*\|\s*Format-List$/, '');
      const actual = script === COLLECT_CMD ? asRegistryCommand(w.command) : w.command;
      const same = script === COLLECT_CMD ? actual === expected : sameCmdlet(actual, expected);
      if (!same)
        problems.push(`${script}:${w.line} writes ${w.file} with "${w.command}", the registry says "${definition.command}"`);
    }
  }
  return problems;
}

/**
 * Whether a file written into a folder is that source's: a file name that also has a source of its own in the
 * organization folder (`ex-public-folder-databases.txt`, all of the organization's) is that source's there.
 */
function writtenFor(definition: SourceDefinition, folder: string | undefined, sources: readonly SourceDefinition[]): boolean {
  const inOrganization = folder === "'_organization'";
  if (definition.place === 'organization') return inOrganization;
  return !(inOrganization && sources.some((d) => d !== definition && d.place === 'organization' && d.file === definition.file));
}

/** `Get-StorageGroup -Server $name` is the registry's `Get-StorageGroup -Server <name>` for one server or all. */
function sameCmdlet(actual: string, expected: string): boolean {
  const forOne = expected.includes('<name>') ? expected.replace('<name>', '$name') : `${expected} -Identity $name`;
  return actual === forOne || actual === expected.replace(/\s+<name>/, '');
}

describe('the collection scripts and the parsers agree', () => {
  it('every source a parser reads is written by a script with its command, and every file written is read', () => {
    expect(disagreements(SOURCES, generated)).toEqual([]);
  });

  it('the committed scripts are current (regenerate: bpa collector-script --output collectors/windows)', () => {
    expect(committed(COLLECT_CMD)).toBe(cmd);
    expect(committed(COLLECT_EXCHANGE_PS1)).toBe(ps1);
    expect(
      disagreements(SOURCES, { [COLLECT_CMD]: committed(COLLECT_CMD), [COLLECT_EXCHANGE_PS1]: committed(COLLECT_EXCHANGE_PS1) }),
    ).toEqual([]);
  });

  it('notices a source the scripts do not write, and a file no parser reads', () => {
    const extra: SourceDefinition = {
      ...SOURCES[1]!,
      file: 'reg-lsa.txt',
      command: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa',
    };
    expect(disagreements([...SOURCES, extra], generated)).toEqual([
      `reg-lsa.txt is read by a parser but ${COLLECT_CMD} does not write it`,
    ]);
    const withExtra = generateCollectorScripts(toolVersion(), [...SOURCES, extra]);
    expect(disagreements(SOURCES, withExtra)).toEqual([
      expect.stringMatching(/collect\.cmd:\d+ writes reg-lsa\.txt, which no parser reads/),
    ]);
  });

  it('notices a script that runs another command than the registry names', () => {
    const changed = { ...generated, [COLLECT_CMD]: cmd.replace('ipconfig /all >', 'ipconfig >') };
    expect(disagreements(SOURCES, changed)).toEqual([expect.stringMatching(/writes ipconfig-all\.txt with "ipconfig"/)]);
  });

  it('bpa collector-script writes the same scripts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bpa-scripts-'));
    const run = await bpa(['collector-script', '--output', out]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([join(out, COLLECT_CMD), join(out, COLLECT_EXCHANGE_PS1)]);
    expect(readFileSync(join(out, COLLECT_CMD), 'latin1')).toBe(cmd);
    expect(readFileSync(join(out, COLLECT_EXCHANGE_PS1), 'latin1')).toBe(ps1);
  });
});

describe.each([
  [COLLECT_CMD, cmd],
  [COLLECT_EXCHANGE_PS1, ps1],
])('%s as Windows reads it', (_, text) => {
  it('is ASCII with CRLF line ends only', () => {
    expect([...text].filter((c) => !/[\t\r\n -~]/.test(c))).toEqual([]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('collect.cmd: cmd.exe of Windows Server 2003, reading only', () => {
  const lines = cmd.split('\r\n');
  const code = lines.filter((l) => l.trim() !== '' && !/^rem\b/i.test(l));

  it('writes chcp.txt before any other source, so that it names the code page of them all', () => {
    expect(filesOfCmd(cmd)[0]).toMatchObject({ file: 'chcp.txt', command: 'chcp' });
  });

  it('writes each file into the machine folder of the bundle, with the error output', () => {
    expect(cmd).toContain('set "BPA_OUT=%BPA_BUNDLE%\\%COMPUTERNAME%"');
    const redirections = code.filter((l) => / > "/.test(l) && !l.startsWith('>'));
    expect(redirections.length).toBe(filesOfCmd(cmd).length);
  });

  it('runs only commands that read (and mkdir for the bundle folder)', () => {
    const allowed =
      /^(@echo off|echo |set |setlocal |endlocal$|exit \/b \d$|goto \w+$|:\w+$|if |for \/f |mkdir |> "%BPA_BUNDLE%\\bundle\.json" echo |chcp |systeminfo |ipconfig \/all |wmic (qfe list|datafile where|logicaldisk get|path Win32_Volume get|partition get|path Win32_LogicalDiskToPartition get) |reg query |cluster (\/prop|\/quorum|node|network \/prop|\/listnetpri|netint|group|res) |net (user|localgroup|config workstation) |sc (query|qc) ClusSvc )/;
    expect(code.filter((l) => !allowed.test(l))).toEqual([]);
    expect(cmd).not.toMatch(/\/(add|delete|del|create|move|online|offline|rename|setpriv|start|stop)\b/i);
    expect(cmd).not.toMatch(/^\s*(reg (add|delete|import)|net (stop|start)|sc (config|stop|start|delete))\b/im);
  });

  it('goes only to labels that exist', () => {
    const labels = new Set(lines.filter((l) => /^:\w+$/.test(l)).map((l) => l.slice(1)));
    const targets = [...cmd.matchAll(/\bgoto (\w+)/g)].map((m) => m[1]!);
    expect(targets.filter((t) => !labels.has(t))).toEqual([]);
    expect(targets.length).toBeGreaterThan(10);
  });

  it('runs cluster.exe only where the Cluster service and cluster.exe are, and says when it skips', () => {
    expect(cmd).toContain('if not errorlevel 1 if exist "%SystemRoot%\\system32\\cluster.exe" set "BPA_CLUSTER=1"');
    const firstCluster = lines.findIndex((l) => l.startsWith('cluster '));
    expect(
      lines
        .slice(0, firstCluster)
        .reverse()
        .find((l) => l.startsWith('if not defined')),
    ).toBe('if not defined BPA_CLUSTER goto skip_2_clusterService');
    expect(cmd).toMatch(
      /echo {3}skipped cluster-prop\.txt, .*cluster-res-mns-priv\.txt, cluster-res-priv\.txt, sc-qc-clussvc\.txt: no Cluster service \^\(ClusSvc\^\)/,
    );
  });

  it('writes the Cluster service configuration where the service is, and the domain names on every node', () => {
    const requirements = (file: string) => cmdSteps().find((s) => s.definition.file === file)!.requires;
    expect(requirements('sc-qc-clussvc.txt')).toEqual(['clusterService']);
    expect(requirements('net-config-workstation.txt')).toEqual(['node']);
    expect(cmd).toContain('sc qc ClusSvc > "%BPA_OUT%\\sc-qc-clussvc.txt" 2>&1');
    expect(cmd).toContain('net config workstation > "%BPA_OUT%\\net-config-workstation.txt" 2>&1');
  });

  it('finds the local Administrators group by its SID, not by its English name', () => {
    expect(cmd).toContain(`wmic group where "LocalAccount=TRUE and SID='S-1-5-32-544'" get Name /value`);
    expect(cmd).toContain('net localgroup "%BPA_ADMINS_GROUP%" > "%BPA_OUT%\\net-localgroup-administrators.txt" 2>&1');
    expect(cmd).not.toMatch(/net localgroup "?Administrators/i);
  });

  it('takes the cluster service account as its second argument, else from the Cluster service', () => {
    expect(cmd).toContain('set "BPA_ACCOUNT=%~2"');
    expect(cmd).toContain(`('sc qc ClusSvc 2^>nul ^| find "SERVICE_START_NAME"')`);
    const netUser = cmdSteps().find((s) => s.definition.file === 'net-user-<account>.txt')!;
    expect(netUser.file).toBe('net-user-%BPA_ACCOUNT%.txt');
    // The file name the script gives the account is the one the parser takes the account from.
    expect(parseNetUser({ text: '', file: 'EX1/net-user-clusdienst.txt' }).facts).toEqual({ account: 'clusdienst' });
  });

  it('gives wmic no input, so that it cannot wait for some', () => {
    const wmic = code.filter((l) => /^wmic /.test(l) || /'wmic /.test(l));
    expect(wmic.length).toBeGreaterThanOrEqual(6);
    expect(wmic.filter((l) => !/<nul|\^<nul/.test(l))).toEqual([]);
  });

  it('writes bundle.json once, with a collection time from WMI that no locale changes', () => {
    expect(cmd).toContain('if exist "%BPA_BUNDLE%\\bundle.json" goto manifest_done');
    expect(cmd).toContain(`'wmic os get LocalDateTime /value 2^>nul ^<nul ^| find "="'`);
    expect(cmd).not.toMatch(/%DATE%|%TIME%/i);
    const json = /> "%BPA_BUNDLE%\\bundle\.json" echo (\{"collectedAt".*)$/m.exec(cmd)![1]!;
    const sample = json.replace('%BPA_COLLECTED_AT%', '2008-11-20T02:15:07+01:00');
    expect(JSON.parse(sample)).toEqual({
      collectedAt: '2008-11-20T02:15:07+01:00',
      collector: { name: 'bpa-collect', version: toolVersion() },
    });
  });

  it('works out the time zone offset of LocalDateTime (minutes, + or -) as cmd.exe computes it', () => {
    // The three `set` lines, evaluated for a few offsets with cmd.exe's rules (`1060 - 1000`, integer division).
    const offset = (ldt: string) => {
      const minutes = Number(`1${ldt.slice(22, 25)}`) - 1000;
      const h = String(Math.trunc(minutes / 60) + 100).slice(1);
      const m = String((minutes % 60) + 100).slice(1);
      return `${ldt.slice(21, 22)}${h}:${m}`;
    };
    expect(cmd).toContain('set /a "BPA_TZ=1%BPA_LDT:~22,3% - 1000"');
    expect(cmd).toContain('set /a "BPA_TZ_H=BPA_TZ / 60 + 100, BPA_TZ_M=BPA_TZ %% 60 + 100"');
    expect(offset('20081120021507.123000+060')).toBe('+01:00');
    expect(offset('20100615094217.000000-420')).toBe('-07:00');
    expect(offset('20090210112043.500000+330')).toBe('+05:30');
    expect(offset('20090210112043.500000+000')).toBe('+00:00');
  });
});

describe('collect-exchange.ps1: PowerShell 1.0, Get-* only', () => {
  const code = ps1
    .split('\r\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');

  it('writes Format-List output as UTF-16LE, wide, with every item of a collection', () => {
    expect(code).toContain('| Format-List | Out-File -FilePath (Join-Path $dir $File) -Encoding Unicode -Width 4096');
    expect(code).toContain('$global:FormatEnumerationLimit = 1000');
    expect(code).toMatch(/trap \{ \$_; continue \}/);
  });

  it('collects a clustered mailbox server on its active node into its folder, and the organization into _organization', () => {
    expect(code).toContain("if ($words) { $mark = '<Active' }");
    const files = filesOfPs1(ps1);
    const byFolder = (folder: string) => files.filter((f) => f.folder === folder).map((f) => f.file);
    expect(byFolder("'_organization'")).toEqual([
      'ex-server.txt',
      'ex-public-folder-databases.txt',
      'ex-transport-config.txt',
      'ex-receive-connectors.txt',
      'ex-send-connectors.txt',
    ]);
    expect(byFolder('$name')).toEqual(expect.arrayContaining(['ex-cms-status.txt', 'ex-sg-copy-status.txt', 'ex-server.txt']));
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import iconv from 'iconv-lite';
import { readBundle, type RawBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Profile } from '../../src/rules/rule-schema';

/**
 * OS-001 end to end, from capture files to the verdict: the real and crafted systeminfo captures in
 * test/fixtures/systeminfo as a readiness node, and the English CCR sample with its nodes moved to Windows
 * Server 2008 / 2008 R2 and its clustered mailbox server on each Exchange 2007 service pack, to pin the
 * boundaries (RTM and SP1; 2003 and R2; 2008 with Exchange RTM and SP1; 2008 R2 with SP2 and SP3;
 * Windows 10; an OS name bpa cannot classify).
 */
const ROOT = join(__dirname, '..', '..');
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => r.id === 'OS-001');
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'systeminfo', name)));

type Verdict = 'finding' | 'pass' | 'notEvaluated';

async function verdictOf(bundle: RawBundle, server: string, profile: Profile) {
  const snapshot = collectBundle(bundle);
  const { findings, notEvaluated } = await analyze(snapshot, rules, { profile, lang: 'en' });
  const finding = findings.find((f) => f.server === server);
  const skipped = notEvaluated.find((n) => n.server === server);
  const verdict: Verdict = finding ? 'finding' : skipped ? 'notEvaluated' : 'pass';
  return { verdict, finding, skipped, snapshot };
}

/** A readiness bundle of one machine whose systeminfo.txt is the given bytes. */
const oneMachine = (bytes: Uint8Array): RawBundle => ({
  source: 'memory',
  folders: [{ name: 'MBX1', files: [{ name: 'systeminfo.txt', bytes }] }],
  strays: [],
});
const cp850 = (text: string) => new Uint8Array(iconv.encode(text, 'cp850'));
const latin = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'cp850');

describe('OS-001 on a machine of its own, from its systeminfo.txt', () => {
  const rtm2003 = fixture('srv_2003_rtm_x86_standard_en-us_systeminfo.txt');
  const french2003 = fixture('srv_2003_sp2_x64_enterprise_fr_crafted_systeminfo.txt');
  const dutch10 = fixture('10_22H2_x64_pro_nl_crafted_systeminfo.txt');

  test.each<[string, Uint8Array, Verdict, string | undefined]>([
    ['real Windows Server 2003 RTM capture (no service pack named)', rtm2003, 'finding', 'Windows Server 2003 RTM'],
    [
      'the same capture on SP1 (boundary)',
      cp850(latin(rtm2003).replace('5.2.3790 Build 3790', '5.2.3790 Service Pack 1 Build 3790')),
      'pass',
      undefined,
    ],
    ['French Windows Server 2003 SP2 (labels bpa does not read)', french2003, 'pass', undefined],
    [
      'French Windows Server 2003 RTM: "5.2.3790 version 3790"',
      cp850(latin(french2003).replace('5.2.3790 Service Pack 2 version 3790', '5.2.3790 version 3790')),
      'finding',
      'Windows Server 2003 RTM',
    ],
    ['Dutch Windows 10 workstation collected by mistake', dutch10, 'finding', 'Windows 10: OS name "Microsoft Windows 10 Pro"'],
    ['real Windows 11 capture', fixture('11_24H2_x64_enterprise_systeminfo.txt'), 'finding', 'Windows 11'],
    ['real Italian Windows 10 capture', fixture('10_1803_x64_pro_it_systeminfo.txt'), 'finding', 'Windows 10'],
    [
      'real Russian Windows Server 2012 R2 capture',
      fixture('srv_2012r2_x64_standard_ru_systeminfo.txt'),
      'finding',
      'Windows Server 2012+',
    ],
    [
      'real Windows Server 2008 capture before Exchange is installed',
      fixture('srv_2008_rtm_x64_standard_en-us_systeminfo.txt'),
      'pass',
      undefined,
    ],
    [
      'an OS name bpa cannot classify',
      cp850(latin(rtm2003).replace('Microsoft(R) Windows(R) Server 2003, Standard Edition', 'Microsoft Windows Home Server')),
      'notEvaluated',
      undefined,
    ],
  ])('%s', async (_what, bytes, expected, message) => {
    const { verdict, finding } = await verdictOf(oneMachine(bytes), 'MBX1', 'readiness');
    expect(verdict).toBe(expected);
    if (message) expect(finding!.message).toContain(message);
  });

  test('an OS name bpa cannot classify is a diagnostic naming the file and line, and the reason names the fact', async () => {
    const text = latin(rtm2003).replace('Microsoft(R) Windows(R) Server 2003, Standard Edition', 'Microsoft Windows Home Server');
    const { skipped, snapshot } = await verdictOf(oneMachine(cp850(text)), 'MBX1', 'readiness');
    expect(skipped!.reason).toBe(
      'server.os.family: the OS name "Microsoft Windows Home Server" (systeminfo.txt line 3) is not one bpa can classify',
    );
    expect(snapshot.servers[0]!.sources['systeminfo.txt']!.diagnostics).toContainEqual({
      file: 'MBX1/systeminfo.txt',
      line: 3,
      severity: 'warning',
      message:
        'OS name "Microsoft Windows Home Server" is not one bpa can classify; the OS support class is unknown, so OS-001 is not evaluated',
    });
  });

  test('the Dutch capture: OS facts without labels, the language named in a diagnostic', async () => {
    const { snapshot } = await verdictOf(oneMachine(dutch10), 'MBX1', 'readiness');
    const s = snapshot.servers[0]!;
    expect(s.os).toMatchObject({ family: 'Windows 10', servicePack: 0, architecture: 'x64' });
    expect(s.hardware).toMatchObject({ manufacturer: 'Dell Inc.', model: 'OptiPlex 7050', virtualMachine: false });
    expect(s.sources['systeminfo.txt']!.diagnostics.map((d) => d.message)).toContain('unsupported language (Dutch labels)');
  });
});

describe('OS-001 on the nodes of a running CCR cluster, by the Exchange build of the clustered mailbox server', () => {
  const sample = () => readBundle(join(ROOT, 'samples', 'ccr-health-en'));
  const file = (bundle: RawBundle, folder: string, name: string) =>
    bundle.folders.find((f) => f.name === folder)!.files.find((f) => f.name === name)!;

  /** The sample with both nodes on the given Windows and the clustered mailbox server on the given build. */
  function cluster(osName: string, osVersion: string, exchange: string): RawBundle {
    const bundle = sample();
    for (const node of ['MBX-NODE-A', 'MBX-NODE-B']) {
      const info = file(bundle, node, 'systeminfo.txt');
      const text = iconv
        .decode(Buffer.from(info.bytes), 'cp437')
        .replace('Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition', osName)
        .replace('5.2.3790 Service Pack 2 Build 3790', osVersion);
      info.bytes = new Uint8Array(iconv.encode(text, 'cp437'));
    }
    const ex = file(bundle, 'MBX-CMS01', 'ex-server.txt');
    const text = iconv.decode(Buffer.from(ex.bytes), 'utf16le').replace('Version 8.3 (Build 83.6)', exchange);
    ex.bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.replace(/^\uFEFF/, ''), 'utf16le')]));
    return bundle;
  }
  const W2008 = ['Microsoftr Windows Serverr 2008 Enterprise', '6.0.6001 Service Pack 1 Build 6001'] as const;
  const W2008R2 = ['Microsoft Windows Server 2008 R2 Enterprise', '6.1.7601 Service Pack 1 Build 7601'] as const;

  test.each<[string, readonly [string, string], string, Verdict]>([
    ['Windows Server 2008 with Exchange 2007 RTM', W2008, 'Version 8.0 (Build 685.24)', 'finding'],
    ['Windows Server 2008 with Exchange 2007 SP1 (boundary)', W2008, 'Version 8.1 (Build 240.6)', 'pass'],
    ['Windows Server 2008 R2 with Exchange 2007 SP2', W2008R2, 'Version 8.2 (Build 176.2)', 'finding'],
    ['Windows Server 2008 R2 with Exchange 2007 SP3 (boundary)', W2008R2, 'Version 8.3 (Build 83.6)', 'pass'],
  ])('%s', async (_what, [osName, osVersion], exchange, expected) => {
    const { verdict, finding, snapshot } = await verdictOf(cluster(osName, osVersion, exchange), 'MBX-NODE-A', 'health');
    expect(verdict).toBe(expected);
    const node = snapshot.servers.find((s) => s.name === 'MBX-NODE-A')!;
    expect(node.exchangeBuild?.from).toBe('MBX-CMS01');
    if (finding) expect(finding.message).toContain('the clustered mailbox server MBX-CMS01 that this node hosts');
  });

  test('without the clustered mailbox server in the bundle, a 2008 node is not evaluated, never passed', async () => {
    const bundle = cluster(...W2008, 'Version 8.1 (Build 240.6)');
    bundle.folders = bundle.folders.filter((f) => f.name !== 'MBX-CMS01');
    const { verdict, skipped } = await verdictOf(bundle, 'MBX-NODE-A', 'health');
    expect(verdict).toBe('notEvaluated');
    expect(skipped!.reason).toContain('ex-server.txt');
  });
});

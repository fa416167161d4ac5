/**
 * The account facts end to end, on copies of the German CCR sample changed the way real clusters differ:
 * an old bundle without the new sources, a domain whose NetBIOS name is not the first label of its DNS name
 * (the ACC-002 that fired for an administrator), the account in another spelling, membership through a domain
 * group whose name net user cut, and a Windows Server 2008 failover cluster.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import iconv from 'iconv-lite';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Snapshot } from '../../src/snapshot/schema';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'ccr-health-de');
const NODES = ['EX2007-NODE1', 'EX2007-NODE2'];
const rules = loadRules([join(__dirname, '..', '..', 'rules')]).filter((r) => r.scope === 'account');

/** A copy of the sample, changed by `edit` (which reads and writes the CP850 files of the nodes). */
function variant(
  edit: (file: {
    read: (node: string, name: string) => string;
    write: (node: string, name: string, text: string) => void;
    remove: (node: string, name: string) => void;
  }) => void,
): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-accounts-'));
  try {
    cpSync(SAMPLE, dir, { recursive: true });
    edit({
      read: (node, name) => iconv.decode(readFileSync(join(dir, node, name)), 'cp850'),
      write: (node, name, text) => writeFileSync(join(dir, node, name), iconv.encode(text, 'cp850')),
      remove: (node, name) => rmSync(join(dir, node, name)),
    });
    return collectBundle(readBundle(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const node = (s: Snapshot, name: string) => s.servers.find((x) => x.name === name)!;
const run = (s: Snapshot) => analyze(s, rules, { profile: 'health', lang: 'en' });

describe('the German CCR sample, as collected', () => {
  const s = variant(() => {});

  it('reads the cluster service account of each node from sc qc, one identity on both nodes', () => {
    for (const name of NODES) {
      expect(node(s, name).clusterServiceAccount).toMatchObject({
        name: 'MUELLER\\clusdienst',
        identity: 'MUELLER\\clusdienst',
        kind: 'domain',
        source: 'sc-qc-clussvc.txt',
      });
      expect(node(s, name)).toMatchObject({ domainNetbiosName: 'MUELLER', domainDnsName: 'mueller.local' });
    }
  });

  it('gives ACC-001 with the days left on both nodes, and nothing else', async () => {
    const { findings, notEvaluated } = await run(s);
    expect(findings.map((f) => [f.ruleId, f.server])).toEqual([
      ['ACC-001', 'EX2007-NODE1'],
      ['ACC-001', 'EX2007-NODE2'],
    ]);
    expect(findings[0]!.message).toContain('expires on 2008-12-15 10:15, 25 days after the capture');
    expect(notEvaluated).toEqual([]);
  });
});

describe('an old bundle, without sc-qc-clussvc.txt and net-config-workstation.txt', () => {
  const s = variant((f) => {
    for (const n of NODES) {
      f.remove(n, 'sc-qc-clussvc.txt');
      f.remove(n, 'net-config-workstation.txt');
    }
  });

  it('still works from the net-user file, and says which newer source would sharpen it', async () => {
    const n1 = node(s, 'EX2007-NODE1');
    expect(n1.sources['sc-qc-clussvc.txt']).toEqual({ status: 'missing', diagnostics: [] });
    expect(n1.clusterServiceAccount).toMatchObject({
      name: 'clusdienst',
      identity: 'MUELLER\\clusdienst',
      source: 'net-user-clusdienst.txt',
    });
    expect(n1.clusterServiceAccount!.identityBasis.en).toContain('sc-qc-clussvc.txt would show the account the service runs as');
    expect(n1.accounts![0]).toMatchObject({ isClusterServiceAccount: true, localAdministrator: true });
    expect(n1.accounts![0]!.localAdministratorBasis!.en).toBe(
      'member: listed as MUELLER\\clusdienst (MUELLER presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it)',
    );
    const { findings } = await run(s);
    expect(findings.map((f) => f.ruleId)).toEqual(['ACC-001', 'ACC-001']);
  });
});

describe('a domain whose NetBIOS name is not the first label of its DNS name (MLOG, mueller.local)', () => {
  const withMlog = (keepConfig: boolean) =>
    variant((f) => {
      for (const n of NODES) {
        f.write(n, 'sc-qc-clussvc.txt', f.read(n, 'sc-qc-clussvc.txt').replace('MUELLER\\clusdienst', 'MLOG\\clusdienst'));
        f.write(
          n,
          'net-localgroup-administrators.txt',
          f.read(n, 'net-localgroup-administrators.txt').replace(/MUELLER\\/g, 'MLOG\\'),
        );
        if (keepConfig)
          f.write(n, 'net-config-workstation.txt', f.read(n, 'net-config-workstation.txt').replace(/MUELLER/g, 'MLOG'));
        else f.remove(n, 'net-config-workstation.txt');
      }
    });

  it('with net-config-workstation.txt: the administrator is one (the ACC-002 that fired is gone)', async () => {
    const s = withMlog(true);
    expect(node(s, 'EX2007-NODE1').accounts![0]).toMatchObject({ identity: 'MLOG\\clusdienst', localAdministrator: true });
    const { findings, notEvaluated } = await run(s);
    expect(findings.map((f) => f.ruleId)).toEqual(['ACC-001', 'ACC-001']);
    expect(notEvaluated).toEqual([]);
  });

  it('without it: not evaluated, naming the source that would decide, never a finding', async () => {
    const s = withMlog(false);
    const { findings, notEvaluated } = await run(s);
    expect(findings.map((f) => f.ruleId)).not.toContain('ACC-002');
    const acc002 = notEvaluated.filter((n) => n.ruleId === 'ACC-002');
    expect(acc002.map((n) => n.server)).toEqual(NODES);
    expect(acc002[0]!.reason).toContain('whether MLOG is the NetBIOS name of mueller.local is not known');
    expect(acc002[0]!.reason).toContain('net-config-workstation.txt gives the NetBIOS name');
  });
});

describe('the account in other spellings and through a domain group', () => {
  const s = variant((f) => {
    f.write(
      'EX2007-NODE2',
      'sc-qc-clussvc.txt',
      f.read('EX2007-NODE2', 'sc-qc-clussvc.txt').replace('MUELLER\\clusdienst', 'clusdienst@mueller.local'),
    );
    f.write(
      'EX2007-NODE2',
      'net-localgroup-administrators.txt',
      f
        .read('EX2007-NODE2', 'net-localgroup-administrators.txt')
        .replace('MUELLER\\clusdienst', 'MUELLER\\Exchange Cluster Admins'),
    );
    f.write(
      'EX2007-NODE2',
      'net-user-clusdienst.txt',
      f
        .read('EX2007-NODE2', 'net-user-clusdienst.txt')
        .replace('*Domänen-Benutzer     ', '*Domänen-Benutzer     *Exchange Cluster Admi'),
    );
  });

  it('keeps one identity for the nodes, and finds the membership through the cut group name', async () => {
    expect(NODES.map((n) => node(s, n).clusterServiceAccount!.identity)).toEqual(['MUELLER\\clusdienst', 'MUELLER\\clusdienst']);
    const account = node(s, 'EX2007-NODE2').accounts![0]!;
    expect(account).toMatchObject({ isClusterServiceAccount: true, localAdministrator: true });
    expect(account.localAdministratorBasis!.en).toBe(
      "member through the domain group 'Exchange Cluster Admins' (net user lists 'Exchange Cluster Admi*')",
    );
    const { findings } = await run(s);
    expect(findings.map((f) => f.ruleId)).toEqual(['ACC-001', 'ACC-001']);
  });
});

describe('a Windows Server 2008 failover cluster', () => {
  const s = variant((f) => {
    for (const n of NODES) {
      f.write(
        n,
        'systeminfo.txt',
        f
          .read(n, 'systeminfo.txt')
          .replace('Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition', 'Microsoft Windows Server 2008 Enterprise'),
      );
      f.write(n, 'sc-qc-clussvc.txt', f.read(n, 'sc-qc-clussvc.txt').replace('MUELLER\\clusdienst', 'LocalSystem'));
    }
  });

  it('runs the Cluster service as LocalSystem: the account rules are not applicable, and the report says so', async () => {
    expect(node(s, 'EX2007-NODE1').clusterServiceAccount).toMatchObject({ identity: 'LocalSystem', kind: 'builtin' });
    expect(node(s, 'EX2007-NODE1').accounts![0]!.isClusterServiceAccount).toBe(false);
    const { findings, notEvaluated } = await run(s);
    expect(findings).toEqual([]);
    expect(notEvaluated.map((n) => [n.ruleId, n.server, n.notApplicable])).toEqual([
      ['ACC-001', 'EX2007-NODE1', true],
      ['ACC-001', 'EX2007-NODE2', true],
      ['ACC-002', 'EX2007-NODE1', true],
      ['ACC-002', 'EX2007-NODE2', true],
      ['ACC-003', 'EX2007-NODE1', true],
      ['ACC-003', 'EX2007-NODE2', true],
    ]);
    expect(notEvaluated[0]!.reason).toBe(
      'not applicable: sc-qc-clussvc.txt: the Cluster service logs on as LocalSystem (the built-in account LocalSystem); there is no cluster service account',
    );
  });
});

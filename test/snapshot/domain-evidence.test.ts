import type { CollectedFolder } from '../../src/collect/collect-folder';
import { FolderFacts } from '../../src/snapshot/assemble/folder-facts';
import { buildDomainDirectory, conflictOf, lookupDomain } from '../../src/snapshot/assemble/identity/domain-directory';
import { domainEvidenceOf, domainNamed } from '../../src/snapshot/assemble/identity/domain-evidence';

/** What each source says about domains, and the directory merged from them: each source, agreeing and conflicting. */

describe('domainNamed: a name with a dot is a DNS name, without one a NetBIOS name', () => {
  test.each([
    ['mueller.local', { dns: 'mueller.local' }],
    ['mueller.local.', { dns: 'mueller.local' }],
    ['corp.example.com', { dns: 'corp.example.com' }],
    ['MUELLER', { netbios: 'MUELLER' }],
    ['WORKGROUP', { netbios: 'WORKGROUP' }],
  ])('%s', (name, expected) => {
    expect(domainNamed(name)).toStrictEqual(expected);
  });
});

describe('domainEvidenceOf: each source of a folder', () => {
  const folder = (sources: Record<string, { status?: 'parsed' | 'failed'; facts?: unknown }>) =>
    new FolderFacts({
      name: 'NODE1',
      diagnostics: [],
      sources: new Map(
        Object.entries(sources).map(([file, s]) => [
          file,
          { file, status: { status: s.status ?? 'parsed', diagnostics: [] }, facts: s.facts },
        ]),
      ),
    } as CollectedFolder);

  test.each([
    [
      'net config workstation: both names',
      { 'net-config-workstation.txt': { facts: { domainNetbiosName: 'MUELLER', domainDnsName: 'mueller.local' } } },
      [{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }],
    ],
    [
      'net config workstation in a workgroup: the NetBIOS name only',
      { 'net-config-workstation.txt': { facts: { domainNetbiosName: 'WORKGROUP' } } },
      [{ netbios: 'WORKGROUP', source: 'NODE1/net-config-workstation.txt' }],
    ],
    [
      'net config workstation with the DNS name only',
      { 'net-config-workstation.txt': { facts: { domainDnsName: 'mueller.local' } } },
      [{ dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }],
    ],
    ['net config workstation without either name', { 'net-config-workstation.txt': { facts: {} } }, []],
    [
      'net config workstation failed',
      { 'net-config-workstation.txt': { status: 'failed' as const, facts: { domainNetbiosName: 'MUELLER' } } },
      [],
    ],
    [
      'systeminfo: a DNS name',
      { 'systeminfo.txt': { facts: { domain: 'mueller.local' } } },
      [{ dns: 'mueller.local', source: 'NODE1/systeminfo.txt' }],
    ],
    ['systeminfo: a workgroup name says nothing of a domain', { 'systeminfo.txt': { facts: { domain: 'WORKGROUP' } } }, []],
    ['systeminfo without a domain', { 'systeminfo.txt': { facts: {} } }, []],
    [
      'net user /domain: each file the domain it asked',
      {
        'net-user-clusdienst.txt': { facts: { domain: 'mueller.local' } },
        'net-user-exadmin.txt': { facts: { domain: 'MUELLER' } },
        'net-user-local.txt': { facts: {} },
        'net-users.txt': { facts: { domain: 'other.local' } },
      },
      [
        { dns: 'mueller.local', source: 'NODE1/net-user-clusdienst.txt' },
        { netbios: 'MUELLER', source: 'NODE1/net-user-exadmin.txt' },
      ],
    ],
    [
      'every source, in that order',
      {
        'net-user-svc.txt': { facts: { domain: 'MUELLER' } },
        'systeminfo.txt': { facts: { domain: 'mueller.local' } },
        'net-config-workstation.txt': { facts: { domainNetbiosName: 'MUELLER', domainDnsName: 'mueller.local' } },
      },
      [
        { netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' },
        { dns: 'mueller.local', source: 'NODE1/systeminfo.txt' },
        { netbios: 'MUELLER', source: 'NODE1/net-user-svc.txt' },
      ],
    ],
  ])('%s', (_name, sources, expected) => {
    expect(domainEvidenceOf(folder(sources))).toStrictEqual(expected);
  });
});

describe('buildDomainDirectory: the domains the sources agree on, and the conflicts', () => {
  test('two machines pair the same names (one in other case): one domain, the first spelling, both sources', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/net-config-workstation.txt' },
      { netbios: 'Mueller', dns: 'MUELLER.LOCAL', source: 'B/net-config-workstation.txt' },
      { dns: 'mueller.local', source: 'A/systeminfo.txt' },
    ]);
    expect(directory).toStrictEqual({
      domains: [
        { netbios: 'MUELLER', dns: 'mueller.local', sources: ['A/net-config-workstation.txt', 'B/net-config-workstation.txt'] },
      ],
      conflicts: [],
    });
  });

  test('the same evidence twice names its source once', () => {
    const pair = { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/net-config-workstation.txt' };
    expect(buildDomainDirectory([pair, { ...pair }]).domains).toStrictEqual([
      { netbios: 'MUELLER', dns: 'mueller.local', sources: ['A/net-config-workstation.txt'] },
    ]);
  });

  test('two different domains are no conflict; names alone become domains of their own', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/net-config-workstation.txt' },
      { netbios: 'MLOG', dns: 'mlog.local', source: 'B/net-config-workstation.txt' },
      { dns: 'partner.example', source: 'A/net-user-svc.txt' },
      { netbios: 'RESOURCE', source: 'B/net-user-x.txt' },
      { netbios: 'mueller', source: 'B/net-user-y.txt' },
    ]);
    expect(directory).toStrictEqual({
      domains: [
        { netbios: 'MUELLER', dns: 'mueller.local', sources: ['A/net-config-workstation.txt'] },
        { netbios: 'MLOG', dns: 'mlog.local', sources: ['B/net-config-workstation.txt'] },
        { dns: 'partner.example', sources: ['A/net-user-svc.txt'] },
        { netbios: 'RESOURCE', sources: ['B/net-user-x.txt'] },
      ],
      conflicts: [],
    });
    expect(lookupDomain(directory, { netbios: 'mlog' })?.dns).toBe('mlog.local');
    expect(lookupDomain(directory, { dns: 'MUELLER.local' })?.netbios).toBe('MUELLER');
    expect(lookupDomain(directory, { netbios: 'OTHER' })).toBeUndefined();
  });

  test('a DNS name paired with two NetBIOS names: neither pair, the conflict named with its sources', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/net-config-workstation.txt' },
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'B/net-config-workstation.txt' },
      { netbios: 'MLOG', dns: 'mueller.local', source: 'C/net-config-workstation.txt' },
      { dns: 'mueller.local', source: 'C/systeminfo.txt' },
    ]);
    expect(directory.conflicts).toEqual([
      'mueller.local: MUELLER (A/net-config-workstation.txt, B/net-config-workstation.txt), MLOG (C/net-config-workstation.txt)',
    ]);
    expect(directory.domains).toStrictEqual([
      { netbios: 'MUELLER', sources: ['A/net-config-workstation.txt'] },
      { netbios: 'MLOG', sources: ['C/net-config-workstation.txt'] },
    ]);
    expect(conflictOf(directory, 'MUELLER.LOCAL')).toBe(directory.conflicts[0]);
    expect(conflictOf(directory, 'mueller')).toBeUndefined();
  });

  test('a NetBIOS name paired with two DNS names: the conflict names the NetBIOS name', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/net-config-workstation.txt' },
      { netbios: 'mueller', dns: 'mueller.de', source: 'B/net-config-workstation.txt' },
    ]);
    expect(directory.conflicts).toEqual([
      'MUELLER: mueller.local (A/net-config-workstation.txt), mueller.de (B/net-config-workstation.txt)',
    ]);
    expect(directory.domains).toStrictEqual([
      { dns: 'mueller.local', sources: ['A/net-config-workstation.txt'] },
      { dns: 'mueller.de', sources: ['B/net-config-workstation.txt'] },
    ]);
    expect(conflictOf(directory, 'Mueller')).toBe(directory.conflicts[0]);
    expect(conflictOf(directory, 'mueller.local')).toBeUndefined();
  });
});

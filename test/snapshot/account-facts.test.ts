/**
 * The account facts the ACC rules and the node comparison read, table by table with their boundaries:
 * membership of the local Administrators (itself, through a domain group, cut group names), the cluster
 * service account of a node and where it comes from, and the days a password had left at the capture.
 */
import type { Identity } from '../../src/snapshot/assemble/identity/account-identity';
import { administratorsMembership, groupNameMatch } from '../../src/snapshot/assemble/identity/administrators-membership';
import { clusterServiceAccount, type ClusterServiceInput } from '../../src/snapshot/assemble/identity/cluster-service-account';
import { buildDomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';
import { passwordExpiry } from '../../src/snapshot/assemble/identity/password-expiry';

const PAIRED = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const UNPAIRED = buildDomainDirectory([{ dns: 'mueller.local', source: 'NODE1/systeminfo.txt' }]);
const account: Identity = { kind: 'domain', user: 'clusdienst', netbios: 'MUELLER', dns: 'mueller.local' };
const upnOnly: Identity = { kind: 'domain', user: 'clusdienst', dns: 'mueller.local' };

describe('groupNameMatch: net user cuts group names at 21 (or 20) characters', () => {
  it.each<[string, string, 'exact' | 'cut' | undefined]>([
    ['Domain Admins', 'Domain Admins', 'exact'],
    ['domänen-admins', 'Domänen-Admins', 'exact'],
    ['Exchange Cluster Admi', 'Exchange Cluster Admins', 'cut'], // 21 of 23 characters
    ['Exchange Cluster Adm', 'Exchange Cluster Admins', 'cut'], // cut at 20
    ['Group Policy Creator', 'Group Policy Creator Owners', 'cut'], // the 21st character is a blank
    ['Remote Management Use', 'Remote Management Users', 'cut'], // as a real capture shows it
    ['Exchange Servers', 'Exchange Servers Old', undefined], // 16 characters: never cut
    ['Exchange Cluster Ad', 'Exchange Cluster Admins', undefined], // 19 characters: never cut
    ['Exchange Cluster Admi', 'Exchange Cluster Admi', 'exact'], // a name of exactly 21 characters
    ['Exchange Cluster Admi', 'Exchange Cluster Admx', undefined],
    ['Exchange Cluster Admins', 'Exchange Cluster Admins Old', undefined], // 23 printed characters: not a cut
  ])('%s ~ %s', (printed, full, expected) => {
    expect(groupNameMatch(printed, full)).toBe(expected);
  });
});

describe('administratorsMembership: the local Administrators, itself or through a domain group', () => {
  const member = (members: string[], globalGroups?: string[], who: Identity = account, directory = PAIRED) =>
    administratorsMembership({
      account: who,
      members,
      ...(globalGroups ? { globalGroups } : {}),
      context: { machine: 'NODE1', directory },
    });

  it.each<[string, string[], string[] | undefined, Identity, boolean | 'unknown', string]>([
    [
      'listed itself',
      ['Administrator', 'MUELLER\\clusdienst'],
      ['Domain Users'],
      account,
      true,
      'member: listed as MUELLER\\clusdienst',
    ],
    ['listed in other case', ['mueller\\CLUSDIENST'], [], account, true, 'member: listed as mueller\\CLUSDIENST'],
    [
      'known by its UPN, listed by NetBIOS name',
      ['MUELLER\\clusdienst'],
      [],
      { ...upnOnly },
      true,
      'member: listed as MUELLER\\clusdienst',
    ],
    [
      'through Domain Admins',
      ['Administrator', 'MUELLER\\Domain Admins'],
      ['Domain Users', 'Domain Admins'],
      account,
      true,
      "member through the domain group 'Domain Admins'",
    ],
    [
      'through Domänen-Admins',
      ['Administrator', 'MUELLER\\Domänen-Admins'],
      ['Domänen-Benutzer', 'Domänen-Admins'],
      account,
      true,
      "member through the domain group 'Domänen-Admins'",
    ],
    [
      'through a group whose name net user cut',
      ['Administrator', 'MUELLER\\Exchange Cluster Admins'],
      ['Domain Users', 'Exchange Cluster Admi'],
      account,
      true,
      "member through the domain group 'Exchange Cluster Admins' (net user lists 'Exchange Cluster Admi*')",
    ],
    [
      'a cut prefix two groups start with',
      ['MUELLER\\Exchange Cluster Admins', 'MUELLER\\Exchange Cluster Administrators'],
      ['Exchange Cluster Admi'],
      account,
      'unknown',
      "net user lists the global group 'Exchange Cluster Admi', cut short, and MUELLER\\Exchange Cluster Admins and MUELLER\\Exchange Cluster Administrators in the Administrators both start with it",
    ],
    [
      'a 21-character group and a longer one it starts',
      ['MUELLER\\Exchange Cluster Admi', 'MUELLER\\Exchange Cluster Admins'],
      ['Exchange Cluster Admi'],
      account,
      'unknown',
      "net user lists the global group 'Exchange Cluster Admi', cut short, and MUELLER\\Exchange Cluster Admi and MUELLER\\Exchange Cluster Admins in the Administrators both start with it",
    ],
    [
      'a group of that name in another domain',
      ['Administrator', 'OTHER\\Domain Admins'],
      ['Domain Users', 'Domain Admins'],
      account,
      false,
      'neither MUELLER\\clusdienst nor one of its global groups (Domain Users, Domain Admins) is among the members (Administrator, OTHER\\Domain Admins); membership through nested groups cannot be seen',
    ],
    [
      'a local account of the same name',
      ['Administrator', 'clusdienst'],
      ['Domain Users'],
      account,
      false,
      'neither MUELLER\\clusdienst nor one of its global groups (Domain Users) is among the members (Administrator, clusdienst); membership through nested groups cannot be seen',
    ],
    [
      'only Domain Users, which is not listed',
      ['Administrator', 'MUELLER\\Domain Admins'],
      ['Domain Users'],
      account,
      false,
      'neither MUELLER\\clusdienst nor one of its global groups (Domain Users) is among the members (Administrator, MUELLER\\Domain Admins); membership through nested groups cannot be seen',
    ],
    [
      'no global group line, a domain group listed',
      ['Administrator', 'MUELLER\\Domain Admins'],
      undefined,
      account,
      'unknown',
      'net user gives no global groups of the account, and MUELLER\\Domain Admins in the Administrators may hold it',
    ],
    [
      'no global group line, only local members',
      ['Administrator'],
      undefined,
      account,
      false,
      'MUELLER\\clusdienst is not among the members (Administrator)',
    ],
    [
      'an empty group',
      [],
      ['Domain Users'],
      account,
      false,
      'neither MUELLER\\clusdienst nor one of its global groups (Domain Users) is among the members (—); membership through nested groups cannot be seen',
    ],
  ])('%s', (_, members, globalGroups, who, expected, basis) => {
    const result = member(members, globalGroups, who);
    expect(result.member).toBe(expected);
    expect(result.basis.en).toBe(basis);
  });

  it('records the group that makes it a member, and says it in German', () => {
    const result = member(['MUELLER\\Exchange Cluster Admins'], ['Exchange Cluster Admi']);
    expect(result.through).toBe('MUELLER\\Exchange Cluster Admins');
    expect(result.basis.de).toBe(
      'Mitglied über die Domänengruppe „Exchange Cluster Admins“ (net user führt „Exchange Cluster Admi*“ auf)',
    );
  });

  it('without the NetBIOS name of the domain: the first label confirms, another name leaves it open', () => {
    const presumed = member(['MUELLER\\clusdienst'], [], upnOnly, UNPAIRED);
    expect(presumed.member).toBe(true);
    expect(presumed.basis.en).toBe(
      'member: listed as MUELLER\\clusdienst (MUELLER presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it)',
    );
    const open = member(['CORP\\clusdienst', 'Administrator'], [], upnOnly, UNPAIRED);
    expect(open.member).toBe('unknown');
    expect(open.basis.en).toBe(
      "whether CORP\\clusdienst is this account or holds it is not known: whether CORP is the NetBIOS name of mueller.local is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain)",
    );
    const group = member(['CORP\\Domain Admins'], ['Domain Admins'], upnOnly, UNPAIRED);
    expect(group.member).toBe('unknown');
  });

  it('a decisive path wins over an open one', () => {
    const result = member(['CORP\\clusdienst', 'MUELLER\\Domain Admins'], ['Domain Admins'], account, PAIRED);
    expect(result.member).toBe(true);
  });
});

describe('clusterServiceAccount: what each node runs its Cluster service as, and from where', () => {
  const context = {
    machine: 'NODE1',
    directory: PAIRED,
    bare: {
      kind: 'domain' as const,
      domain: { netbios: 'MUELLER', dns: 'mueller.local' },
      because: { en: "the node's domain", de: 'die Domäne des Knotens' },
    },
  };
  const os2003 = { name: 'Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition', release: '2003' };
  const os2008 = { name: 'Microsoft Windows Server 2008 Enterprise', release: '2008' };
  const netUser = (user: string) => ({ file: `net-user-${user}.txt`, identity: { ...account, user } as Identity });
  const input = (extra: Partial<ClusterServiceInput>): ClusterServiceInput => ({
    role: 'clusterNode',
    os: os2003,
    netUsers: [],
    context,
    ...extra,
  });

  it.each<[string, Partial<ClusterServiceInput>, { name: string; key?: string; kind: string; source: string } | undefined]>([
    [
      'sc qc names a domain account',
      { scQc: { startName: 'MUELLER\\clusdienst' }, plannedAccount: 'other' },
      { name: 'MUELLER\\clusdienst', key: 'MUELLER\\clusdienst', kind: 'domain', source: 'sc-qc-clussvc.txt' },
    ],
    [
      'sc qc names a user principal name',
      { scQc: { startName: 'clusdienst@mueller.local' } },
      { name: 'clusdienst@mueller.local', key: 'MUELLER\\clusdienst', kind: 'domain', source: 'sc-qc-clussvc.txt' },
    ],
    [
      'sc qc names a local account',
      { scQc: { startName: '.\\clusdienst' } },
      { name: '.\\clusdienst', key: 'NODE1\\clusdienst', kind: 'local', source: 'sc-qc-clussvc.txt' },
    ],
    [
      'sc qc on a 2008 node: LocalSystem',
      { os: os2008, scQc: { startName: 'LocalSystem' } },
      { name: 'LocalSystem', key: 'LocalSystem', kind: 'builtin', source: 'sc-qc-clussvc.txt' },
    ],
    [
      'a 2008 node without sc qc: LocalSystem by the release',
      { os: os2008, netUsers: [netUser('clusdienst')] },
      { name: 'LocalSystem', key: 'LocalSystem', kind: 'builtin', source: 'systeminfo.txt' },
    ],
    [
      'a 2008 R2 node',
      { os: { release: '2008 R2' } },
      { name: 'LocalSystem', key: 'LocalSystem', kind: 'builtin', source: 'systeminfo.txt' },
    ],
    [
      'a 2003 node without sc qc: the plan',
      { plannedAccount: 'svc-cluster', netUsers: [netUser('clusdienst')] },
      { name: 'svc-cluster', key: 'MUELLER\\svc-cluster', kind: 'domain', source: 'bundle.json' },
    ],
    [
      'without plan: the one net-user file',
      { netUsers: [netUser('clusdienst')] },
      { name: 'clusdienst', key: 'MUELLER\\clusdienst', kind: 'domain', source: 'net-user-clusdienst.txt' },
    ],
    [
      'two net-user files and nothing that tells',
      { netUsers: [netUser('a'), netUser('b')] },
      { name: 'net-user-a.txt, net-user-b.txt', kind: 'unknown', source: 'net-user-a.txt' },
    ],
    ['no source at all', {}, undefined],
    [
      'a planned node ignores the unconfigured service of sc qc',
      { role: 'plannedNode', scQc: { startName: 'LocalSystem' }, plannedAccount: 'svc-cluster' },
      { name: 'svc-cluster', key: 'MUELLER\\svc-cluster', kind: 'domain', source: 'bundle.json' },
    ],
    [
      'a planned 2008 node will run it as LocalSystem',
      { role: 'plannedNode', os: os2008, plannedAccount: 'svc-cluster' },
      { name: 'LocalSystem', key: 'LocalSystem', kind: 'builtin', source: 'systeminfo.txt' },
    ],
    ['a hub server has none', { role: 'server', scQc: { startName: 'MUELLER\\x' } }, undefined],
  ])('%s', (_, extra, expected) => {
    const result = clusterServiceAccount(input(extra));
    if (!expected) return expect(result).toBeUndefined();
    expect({ name: result!.name, key: result!.key, kind: result!.identity.kind, source: result!.source }).toEqual({
      key: undefined,
      ...expected,
    });
  });

  it('says which newer source would sharpen it', () => {
    expect(clusterServiceAccount(input({ plannedAccount: 'svc-cluster' }))!.basis.en).toBe(
      "the plan in bundle.json names svc-cluster (the node's domain; MUELLER is mueller.local (NODE1/net-config-workstation.txt)); sc-qc-clussvc.txt would show the account the service runs as",
    );
    expect(clusterServiceAccount(input({ os: os2008 }))!.basis.de).toBe(
      'ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: Microsoft Windows Server 2008 Enterprise); sc-qc-clussvc.txt würde es zeigen',
    );
  });

  it('keys a DNS-only account by its presumed NetBIOS name, and says so', () => {
    const result = clusterServiceAccount(
      input({ netUsers: [{ file: 'net-user-x.txt', identity: { kind: 'domain', user: 'x', dns: 'corp.example' } }] }),
    );
    expect(result!.key).toBe('CORP\\x');
    expect(result!.basis.en).toMatch(/CORP presumed to be the NetBIOS name of corp\.example, its first label/);
  });
});

describe('passwordExpiry: the days a password had left at the capture', () => {
  const at = '2008-11-20T02:15:07+01:00';
  it.each<[string, string | undefined, string | undefined, { alreadyExpired: boolean; days: number } | undefined]>([
    ['25 days and 8 hours ahead', '2008-12-15T10:15:00', at, { alreadyExpired: false, days: 25 }],
    ['exactly one day ahead', '2008-11-21T02:15:07', at, { alreadyExpired: false, days: 1 }],
    ['one second short of a day', '2008-11-21T02:15:06', at, { alreadyExpired: false, days: 0 }],
    ['one second ahead', '2008-11-20T02:15:08', at, { alreadyExpired: false, days: 0 }],
    ['at the very moment of the capture', '2008-11-20T02:15:07', at, { alreadyExpired: true, days: 0 }],
    ['one second before', '2008-11-20T02:15:06', at, { alreadyExpired: true, days: 0 }],
    ['exactly one day before', '2008-11-19T02:15:07', at, { alreadyExpired: true, days: 1 }],
    ['net.exe of 2003 without seconds', '2008-12-15T10:15', at, { alreadyExpired: false, days: 25 }],
    ['across a leap day', '2008-03-01T00:00:00', '2008-02-28T00:00:00', { alreadyExpired: false, days: 2 }],
    ['a password that never expires', 'never', at, undefined],
    ['no collection time in bundle.json', '2008-12-15T10:15:00', undefined, undefined],
    ['no expiry date', undefined, at, undefined],
    ['an impossible date', '2008-02-30T00:00:00', at, undefined],
  ])('%s', (_, expires, collectedAt, expected) => {
    expect(passwordExpiry(expires, collectedAt)).toEqual(expected);
  });
});

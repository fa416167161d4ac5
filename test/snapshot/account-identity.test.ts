/**
 * The account identity and what is decided from it, table by table with the boundaries: every spelling of an
 * account, when two spellings are one account, the key that compares nodes, and the domain directory.
 */
import { resolveIdentity, type Identity, type IdentityContext } from '../../src/snapshot/assemble/identity/account-identity';
import { buildDomainDirectory, type DomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';
import { identityKey } from '../../src/snapshot/assemble/identity/identity-key';
import { sameAccount } from '../../src/snapshot/assemble/identity/same-account';

const PAIRED = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const UNPAIRED = buildDomainDirectory([{ dns: 'mueller.local', source: 'NODE1/systeminfo.txt' }]);
const EMPTY = buildDomainDirectory([]);
const because = { en: 'the plan', de: 'der Plan' };

function context(bare: 'domain' | 'local' | 'ambiguous', directory: DomainDirectory = PAIRED): IdentityContext {
  return {
    machine: 'NODE1',
    directory,
    bare: bare === 'domain' ? { kind: 'domain', domain: { netbios: 'MUELLER', dns: 'mueller.local' }, because } : { kind: bare },
  };
}
const resolve = (written: string, bare: 'domain' | 'local' | 'ambiguous' = 'ambiguous', directory = PAIRED) =>
  resolveIdentity(written, context(bare, directory)).identity;

const muellerUser: Identity = { kind: 'domain', user: 'clusdienst', netbios: 'MUELLER', dns: 'mueller.local' };

describe('resolveIdentity: every form of an account name', () => {
  it.each<[string, string, 'domain' | 'local' | 'ambiguous', Identity]>([
    ['NetBIOS domain', 'MUELLER\\clusdienst', 'ambiguous', muellerUser],
    ['NetBIOS domain in other case', 'mueller\\clusdienst', 'ambiguous', { ...muellerUser, netbios: 'mueller' }],
    ['DNS domain before the backslash', 'mueller.local\\clusdienst', 'ambiguous', muellerUser],
    ['user principal name', 'clusdienst@mueller.local', 'ambiguous', muellerUser],
    [
      'user principal name in capitals',
      'CLUSDIENST@MUELLER.LOCAL',
      'ambiguous',
      { ...muellerUser, user: 'CLUSDIENST', dns: 'MUELLER.LOCAL' },
    ],
    [
      'a domain the bundle does not pair',
      'OTHER\\clusdienst',
      'ambiguous',
      { kind: 'domain', user: 'clusdienst', netbios: 'OTHER' },
    ],
    ['.\\ is this computer', '.\\clusdienst', 'ambiguous', { kind: 'local', user: 'clusdienst', machine: 'NODE1' }],
    ['the computer by name', 'NODE1\\clusdienst', 'ambiguous', { kind: 'local', user: 'clusdienst', machine: 'NODE1' }],
    ['the computer in lower case', 'node1\\clusdienst', 'ambiguous', { kind: 'local', user: 'clusdienst', machine: 'NODE1' }],
    ['a bare name in a domain context (plan, net user /domain)', 'clusdienst', 'domain', muellerUser],
    ['a bare name in net localgroup', 'clusdienst', 'local', { kind: 'local', user: 'clusdienst', machine: 'NODE1' }],
    ['LocalSystem as sc qc prints it', 'LocalSystem', 'ambiguous', { kind: 'builtin', name: 'LocalSystem' }],
    ['localsystem in lower case', 'localsystem', 'local', { kind: 'builtin', name: 'LocalSystem' }],
    ['.\\LocalSystem, which sc config accepts', '.\\LocalSystem', 'ambiguous', { kind: 'builtin', name: 'LocalSystem' }],
    ['NT AUTHORITY\\SYSTEM', 'NT AUTHORITY\\SYSTEM', 'ambiguous', { kind: 'builtin', name: 'LocalSystem' }],
    ['NT AUTHORITY\\LocalService', 'NT AUTHORITY\\LocalService', 'ambiguous', { kind: 'builtin', name: 'LocalService' }],
    ['NT AUTHORITY\\NETWORK SERVICE', 'NT AUTHORITY\\NETWORK SERVICE', 'ambiguous', { kind: 'builtin', name: 'NetworkService' }],
    [
      'German NT-AUTORITÄT\\NETZWERKDIENST',
      'NT-AUTORITÄT\\NETZWERKDIENST',
      'ambiguous',
      { kind: 'builtin', name: 'NetworkService' },
    ],
    ['a well-known group', 'NT AUTHORITY\\INTERACTIVE', 'local', { kind: 'builtin', name: 'INTERACTIVE' }],
  ])('%s: %s', (_, written, bare, identity) => {
    expect(resolve(written, bare)).toEqual(identity);
  });

  it('reads a user principal name in a bundle that knows no DNS name as a domain by that name', () => {
    expect(resolve('clusdienst@mueller.de', 'ambiguous', EMPTY)).toEqual({
      kind: 'domain',
      user: 'clusdienst',
      dns: 'mueller.de',
    });
  });

  it.each([
    ['an empty name', '  ', 'an empty name names no account'],
    ['a bare name where it may be local or domain', 'clusdienst', 'a name without a domain can be a local or a domain account'],
    ['two backslashes', 'A\\B\\clusdienst', 'not of the form DOMAIN\\user'],
    ['no domain before the backslash', '\\clusdienst', 'not of the form DOMAIN\\user'],
    ['no user after the backslash', 'MUELLER\\', 'not of the form DOMAIN\\user'],
    ['no user before @', '@mueller.local', 'not of the form user@domain.suffix'],
    ['no suffix after @', 'clusdienst@', 'not of the form user@domain.suffix'],
    ['a suffix without a dot', 'clusdienst@mueller', 'not of the form user@domain.suffix'],
    ['two @', 'a@b@mueller.local', 'not of the form user@domain.suffix'],
    ['a forbidden character', 'clus*dienst', 'holds characters no account name may hold'],
    [
      'a UPN suffix that is no domain of the bundle',
      'clusdienst@mueller.de',
      'mueller.de is none of the domains of the bundle (mueller.local): an alternative UPN suffix or another domain',
    ],
  ])('%s is unknown, with the reason', (_, written, reason) => {
    const identity = resolve(written);
    expect(identity).toMatchObject({ kind: 'unknown', written });
    expect((identity as { reason: { en: string } }).reason.en).toBe(`"${written}": ${reason}`);
  });

  it('a prefix that is both this computer and a domain of the bundle is unknown', () => {
    const directory = buildDomainDirectory([{ netbios: 'NODE1', dns: 'node1.example', source: 'x' }]);
    expect(resolve('NODE1\\clusdienst', 'ambiguous', directory)).toMatchObject({ kind: 'unknown' });
  });

  it('says how it read the form, in both languages', () => {
    expect(resolveIdentity('MUELLER\\clusdienst', context('ambiguous')).basis).toEqual({
      en: 'domain MUELLER as written; MUELLER is mueller.local (NODE1/net-config-workstation.txt)',
      de: 'Domäne MUELLER wie geschrieben; MUELLER ist mueller.local (NODE1/net-config-workstation.txt)',
    });
  });
});

describe('sameAccount: when two spellings are one account', () => {
  const same = (a: string, b: string, directory = PAIRED) =>
    sameAccount(resolve(a, 'local', directory), resolve(b, 'local', directory)).same;
  const nbDirectory = buildDomainDirectory([
    { netbios: 'NETBIOSDOMAIN', dns: 'corp.example.com', source: 'N1/net-config-workstation.txt' },
  ]);
  const otherPair = buildDomainDirectory([{ netbios: 'MLOG', dns: 'mueller.local', source: 'N1/net-config-workstation.txt' }]);

  it.each<[string, string, string, DomainDirectory, boolean | 'unknown']>([
    ['NetBIOS and UPN, paired', 'MUELLER\\clusdienst', 'clusdienst@mueller.local', PAIRED, true],
    ['NetBIOS and DNS prefix, paired', 'MUELLER\\clusdienst', 'mueller.local\\clusdienst', PAIRED, true],
    ['case does not matter', 'mueller\\CLUSDIENST', 'Clusdienst@Mueller.Local', PAIRED, true],
    [
      'a NetBIOS name that is not the first label, paired (the issue)',
      'NETBIOSDOMAIN\\svc',
      'svc@corp.example.com',
      nbDirectory,
      true,
    ],
    ['the same, without the pair', 'NETBIOSDOMAIN\\svc', 'svc@corp.example.com', EMPTY, 'unknown'],
    ['the first label, without the pair: presumed the same', 'MUELLER\\clusdienst', 'clusdienst@mueller.local', UNPAIRED, true],
    ['the pair says the domain has another NetBIOS name', 'MUELLER\\clusdienst', 'clusdienst@mueller.local', otherPair, false],
    ['different users of one domain', 'MUELLER\\clusdienst', 'MUELLER\\clusadmin', PAIRED, false],
    ['one user, two domains', 'MUELLER\\clusdienst', 'OTHER\\clusdienst', PAIRED, false],
    ['a local and a domain account of one name', 'NODE1\\clusdienst', 'MUELLER\\clusdienst', PAIRED, false],
    ['a bare (local) member and the domain account', 'clusdienst', 'MUELLER\\clusdienst', PAIRED, false],
    ['.\\ and the computer name', '.\\clusdienst', 'NODE1\\clusdienst', PAIRED, true],
    ['local accounts of two computers', 'NODE1\\clusdienst', 'NODE2\\clusdienst', EMPTY, false],
    ['LocalSystem and NT AUTHORITY\\SYSTEM', 'LocalSystem', 'NT AUTHORITY\\SYSTEM', PAIRED, true],
    ['LocalSystem and a domain account', 'LocalSystem', 'MUELLER\\clusdienst', PAIRED, false],
    ['LocalSystem and LocalService', 'LocalSystem', 'NT AUTHORITY\\LocalService', PAIRED, false],
    ['an unknown form', 'A\\B\\C', 'MUELLER\\clusdienst', PAIRED, 'unknown'],
  ])('%s: %s / %s', (_, a, b, directory, expected) => {
    expect(same(a, b, directory)).toBe(expected);
    expect(same(b, a, directory)).toBe(expected);
  });

  it('names a presumed NetBIOS name, and the contradiction of two names', () => {
    const presumed = sameAccount(resolve('MUELLER\\x', 'local', UNPAIRED), resolve('x@mueller.local', 'local', UNPAIRED));
    expect(presumed.presumed?.en).toBe(
      'MUELLER presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it',
    );
    const contradiction = sameAccount(
      { kind: 'domain', user: 'x', netbios: 'MUELLER', dns: 'mueller.local' },
      { kind: 'domain', user: 'x', netbios: 'MUELLER', dns: 'mueller.de' },
    );
    expect(contradiction).toMatchObject({ same: 'unknown' });
    expect(contradiction.basis.en).toBe('the names of the domains MUELLER and MUELLER contradict each other');
  });

  it('explains why a local account is not the domain account of its name', () => {
    expect(sameAccount(resolve('NODE1\\x'), resolve('MUELLER\\x')).basis.de).toBe(
      'NODE1\\x und MUELLER\\x sind verschiedene Konten: Ein lokales Konto ist nie ein Domänenkonto, wie auch immer es heißt',
    );
  });
});

describe('identityKey: one string per account, to compare nodes', () => {
  it.each<[string, Identity, string | undefined, boolean]>([
    [
      'NetBIOS form, domain in capitals, user in lower case',
      { kind: 'domain', user: 'ClusDienst', netbios: 'mueller' },
      'MUELLER\\clusdienst',
      false,
    ],
    [
      'a DNS-only domain takes the presumed NetBIOS name, and says so',
      { kind: 'domain', user: 'x', dns: 'mueller.local' },
      'MUELLER\\x',
      true,
    ],
    ['a local account', { kind: 'local', user: 'Admin', machine: 'node1' }, 'NODE1\\admin', false],
    ['a built-in account', { kind: 'builtin', name: 'LocalSystem' }, 'LocalSystem', false],
    ['an unknown identity has none', { kind: 'unknown', written: '?', reason: { en: '', de: '' } }, undefined, false],
  ])('%s', (_, identity, key, presumed) => {
    const result = identityKey(identity);
    expect(result?.key).toBe(key);
    expect(result?.presumed !== undefined).toBe(presumed);
  });

  it('gives every spelling of one account the same key', () => {
    const keys = ['MUELLER\\clusdienst', 'mueller\\CLUSDIENST', 'mueller.local\\clusdienst', 'clusdienst@mueller.local'].map(
      (w) => identityKey(resolve(w))!.key,
    );
    expect(new Set(keys)).toEqual(new Set(['MUELLER\\clusdienst']));
  });
});

describe('buildDomainDirectory: the domains of a bundle', () => {
  it('merges the pair of every node and the DNS names of other sources', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'N1/net-config-workstation.txt' },
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'N2/net-config-workstation.txt' },
      { dns: 'mueller.local', source: 'N1/systeminfo.txt' },
      { dns: 'trusted.example', source: 'N1/net-user-x.txt' },
    ]);
    expect(directory).toEqual({
      domains: [
        {
          netbios: 'MUELLER',
          dns: 'mueller.local',
          sources: ['N1/net-config-workstation.txt', 'N2/net-config-workstation.txt'],
        },
        { dns: 'trusted.example', sources: ['N1/net-user-x.txt'] },
      ],
      conflicts: [],
    });
  });

  it('uses no pair of a name that two sources pair differently, and names the conflict', () => {
    const directory = buildDomainDirectory([
      { netbios: 'MUELLER', dns: 'mueller.local', source: 'N1/net-config-workstation.txt' },
      { netbios: 'MLOG', dns: 'mueller.local', source: 'N2/net-config-workstation.txt' },
    ]);
    expect(directory.conflicts).toEqual([
      'mueller.local: MUELLER (N1/net-config-workstation.txt), MLOG (N2/net-config-workstation.txt)',
    ]);
    expect(directory.domains.some((d) => d.netbios && d.dns)).toBe(false);
    expect(sameAccount(resolve('MLOG\\x', 'local', directory), resolve('x@mueller.local', 'local', directory)).same).toBe(
      'unknown',
    );
  });
});

import type { Identity } from '../../src/snapshot/assemble/identity/account-identity';
import { displayName, sameAccount, sameDomain } from '../../src/snapshot/assemble/identity/same-account';

/**
 * Whether two identities are one account, with the whole verdict: the value, the basis in both languages, and
 * a presumption when there is one (account-identity.test.ts has the table of spellings).
 */
const domain = (user: string, netbios?: string, dns?: string): Identity => ({
  kind: 'domain',
  user,
  ...(netbios ? { netbios } : {}),
  ...(dns ? { dns } : {}),
});
const local = (user: string, machine: string): Identity => ({ kind: 'local', user, machine });
const builtin = (name: string): Identity => ({ kind: 'builtin', name });
const REASON = { en: '"A\\B\\C": not of the form DOMAIN\\user', de: '„A\\B\\C“: nicht von der Form DOMÄNE\\Benutzer' };
const unknown: Identity = { kind: 'unknown', written: 'A\\B\\C', reason: REASON };

test.each([
  [
    'one account, both names of the domain',
    domain('x', 'MUELLER', 'mueller.local'),
    domain('X', 'mueller', 'MUELLER.LOCAL'),
    { same: true, basis: { en: 'MUELLER\\x is mueller\\X', de: 'MUELLER\\x ist mueller\\X' } },
  ],
  [
    'two users of one domain',
    domain('a', 'MUELLER'),
    domain('b', 'MUELLER'),
    {
      same: false,
      basis: { en: 'MUELLER\\a and MUELLER\\b are different accounts', de: 'MUELLER\\a und MUELLER\\b sind verschiedene Konten' },
    },
  ],
  [
    'one user, two domains',
    domain('x', 'MUELLER'),
    domain('x', 'OTHER'),
    {
      same: false,
      basis: { en: 'the domains MUELLER and OTHER differ', de: 'die Domänen MUELLER und OTHER unterscheiden sich' },
    },
  ],
  [
    'one user, two DNS domains',
    domain('x', undefined, 'a.local'),
    domain('x', undefined, 'b.local'),
    {
      same: false,
      basis: { en: 'the domains a.local and b.local differ', de: 'die Domänen a.local und b.local unterscheiden sich' },
    },
  ],
  [
    'a built-in account and a domain account',
    builtin('LocalSystem'),
    domain('x', 'MUELLER'),
    {
      same: false,
      basis: {
        en: 'LocalSystem and MUELLER\\x are different accounts: one is built in',
        de: 'LocalSystem und MUELLER\\x sind verschiedene Konten: eines ist integriert',
      },
    },
  ],
  [
    'a domain account and a local one',
    domain('x', undefined, 'mueller.local'),
    local('x', 'NODE1'),
    {
      same: false,
      basis: {
        en: 'x@mueller.local and NODE1\\x are different accounts: a local account is never a domain account, whatever its name',
        de: 'x@mueller.local und NODE1\\x sind verschiedene Konten: Ein lokales Konto ist nie ein Domänenkonto, wie auch immer es heißt',
      },
    },
  ],
  [
    'a built-in and a local account',
    builtin('LocalService'),
    local('x', 'NODE1'),
    {
      same: false,
      basis: {
        en: 'LocalService and NODE1\\x are different accounts: a local account is never a domain account, whatever its name',
        de: 'LocalService und NODE1\\x sind verschiedene Konten: Ein lokales Konto ist nie ein Domänenkonto, wie auch immer es heißt',
      },
    },
  ],
  [
    'one local account',
    local('Admin', 'node1'),
    local('admin', 'NODE1'),
    { same: true, basis: { en: 'node1\\Admin is NODE1\\admin', de: 'node1\\Admin ist NODE1\\admin' } },
  ],
  [
    'one user name on two machines',
    local('admin', 'NODE1'),
    local('admin', 'NODE2'),
    {
      same: false,
      basis: {
        en: 'NODE1\\admin and NODE2\\admin are different accounts',
        de: 'NODE1\\admin und NODE2\\admin sind verschiedene Konten',
      },
    },
  ],
  [
    'two built-in accounts',
    builtin('LocalSystem'),
    builtin('localsystem'),
    { same: true, basis: { en: 'LocalSystem is localsystem', de: 'LocalSystem ist localsystem' } },
  ],
  ['an unknown identity first: its reason', unknown, domain('x', 'MUELLER'), { same: 'unknown', basis: REASON }],
  ['an unknown identity second: its reason', domain('x', 'MUELLER'), unknown, { same: 'unknown', basis: REASON }],
  [
    'the first label of the DNS name, presumed',
    domain('x', 'Mueller'),
    domain('x', undefined, 'mueller.local'),
    {
      same: true,
      basis: { en: 'Mueller\\x is x@mueller.local', de: 'Mueller\\x ist x@mueller.local' },
      presumed: {
        en: 'Mueller presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it',
        de: 'Mueller als NetBIOS-Name von mueller.local angenommen, dessen erster Namensteil; net-config-workstation.txt würde es bestätigen',
      },
    },
  ],
  [
    'a NetBIOS name that is not the first label, unpaired',
    domain('x', undefined, 'corp.example.com'),
    domain('x', 'NETBIOSDOMAIN'),
    {
      same: 'unknown',
      basis: {
        en: "whether NETBIOSDOMAIN is the NetBIOS name of corp.example.com is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain)",
        de: 'ob NETBIOSDOMAIN der NetBIOS-Name von corp.example.com ist, ist nicht bekannt (net-config-workstation.txt nennt den NetBIOS-Namen der Domäne eines Knotens)',
      },
    },
  ],
  [
    'names that contradict each other',
    domain('x', 'MUELLER', 'mueller.local'),
    domain('x', 'MUELLER', 'mueller.de'),
    {
      same: 'unknown',
      basis: {
        en: 'the names of the domains MUELLER and MUELLER contradict each other',
        de: 'die Namen der Domänen MUELLER und MUELLER widersprechen sich',
      },
    },
  ],
] as [string, Identity, Identity, unknown][])('%s', (_name, a, b, expected) => {
  expect(sameAccount(a, b)).toEqual(expected);
});

test('sameDomain: a pair on one side and the same names on the other; the name used is the NetBIOS one', () => {
  expect(sameDomain({ netbios: 'MUELLER', dns: 'mueller.local' }, { dns: 'Mueller.Local' })).toEqual({
    same: true,
    basis: { en: 'the domain MUELLER', de: 'die Domäne MUELLER' },
  });
  expect(sameDomain({ dns: 'mueller.local' }, { dns: 'mueller.local' })).toEqual({
    same: true,
    basis: { en: 'the domain mueller.local', de: 'die Domäne mueller.local' },
  });
});

test.each([
  [builtin('LocalSystem'), 'LocalSystem'],
  [local('admin', 'NODE1'), 'NODE1\\admin'],
  [domain('x', 'MUELLER', 'mueller.local'), 'MUELLER\\x'],
  [domain('x', undefined, 'mueller.local'), 'x@mueller.local'],
  [unknown, 'A\\B\\C'],
])('displayName %j is %s', (identity, name) => {
  expect(displayName(identity)).toBe(name);
});

import { accountFactsOf } from '../../src/snapshot/assemble/accounts';
import { buildDomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';
import type { Server } from '../../src/snapshot/schema';
import { folderOf } from '../helpers/folder-facts';

/**
 * accounts.ts at its edges: the service account found by its net-user file, on Windows Server 2008, compared
 * with a presumed domain name or an unreadable one; only the net-user facts a file gives; membership through a
 * domain group; an account that expires at the moment of the capture in a time with an offset.
 */
const NODE: Server = { name: 'NODE1', folder: 'NODE1', role: 'clusterNode', sources: {} };
const AT = '2026-12-05T10:00:00';
const facts = (sources: Record<string, unknown>, server: Server = NODE) =>
  accountFactsOf(folderOf('NODE1', sources), server, { directory: buildDomainDirectory([]), collectedAt: AT });

/** How the net-user file's account was placed when `net user /domain` asked the domain MUELLER. */
const ASKED_MUELLER = { en: 'net user /domain asked the domain MUELLER', de: 'net user /domain fragte die Domäne MUELLER' };

const FROM_NET_USER = {
  en: 'the account of net-user-svc.txt, which collect.cmd writes for the account the Cluster service runs as; sc-qc-clussvc.txt would show the account the service runs as',
  de: 'das Konto von net-user-svc.txt, das collect.cmd für das Konto schreibt, unter dem der Clusterdienst läuft; sc-qc-clussvc.txt würde das Konto zeigen, unter dem der Dienst läuft',
};

test('without sc-qc-clussvc.txt the net-user file is the service account, by the same basis', () => {
  expect(facts({ 'net-user-svc.txt': { account: 'svc', domain: 'MUELLER' } })).toStrictEqual({
    clusterServiceAccount: {
      name: 'svc',
      identity: 'MUELLER\\svc',
      kind: 'domain',
      source: 'net-user-svc.txt',
      identityBasis: FROM_NET_USER,
    },
    accounts: [
      {
        name: 'svc',
        identity: 'MUELLER\\svc',
        identityBasis: ASKED_MUELLER,
        isClusterServiceAccount: true,
        isClusterServiceAccountBasis: FROM_NET_USER,
      },
    ],
  });
});

test('a net-user file without a User name line: the account is named by the file', () => {
  expect(facts({ 'net-user-svc-cluster.txt': { domain: 'MUELLER' } }).accounts![0]).toMatchObject({
    name: 'svc-cluster',
    identity: 'MUELLER\\svc-cluster',
  });
});

test('Windows Server 2008: LocalSystem, and a net-user account is not it', () => {
  const server: Server = { ...NODE, os: { name: 'Windows Server 2008 Enterprise', release: '2008' } as Server['os'] };
  const result = facts({ 'net-user-svc.txt': { account: 'svc', domain: 'MUELLER' } }, server);
  expect(result.clusterServiceAccount).toMatchObject({ name: 'LocalSystem', kind: 'builtin', source: 'systeminfo.txt' });
  expect(result.accounts![0]).toStrictEqual({
    name: 'svc',
    identity: 'MUELLER\\svc',
    identityBasis: ASKED_MUELLER,
    isClusterServiceAccount: false,
    isClusterServiceAccountBasis: {
      en: 'the Cluster service runs as LocalSystem (systeminfo.txt): MUELLER\\svc and LocalSystem are different accounts: one is built in',
      de: 'der Clusterdienst läuft als LocalSystem (systeminfo.txt): MUELLER\\svc und LocalSystem sind verschiedene Konten: eines ist integriert',
    },
  });
});

test('the same account with a presumed NetBIOS name: the basis says what was presumed', () => {
  const result = facts({
    'sc-qc-clussvc.txt': { startName: 'CORP\\svc' },
    'net-user-svc.txt': { account: 'svc', domain: 'corp.example' },
  });
  expect(result.accounts![0]).toStrictEqual({
    name: 'svc',
    identity: 'CORP\\svc',
    identityBasis: {
      en: 'net user /domain asked the domain corp.example; CORP presumed to be the NetBIOS name of corp.example, its first label (net-config-workstation.txt would confirm it)',
      de: 'net user /domain fragte die Domäne corp.example; CORP als NetBIOS-Name von corp.example angenommen, dessen erster Namensteil (net-config-workstation.txt würde es bestätigen)',
    },
    isClusterServiceAccount: true,
    isClusterServiceAccountBasis: {
      en: 'the Cluster service runs as CORP\\svc (sc-qc-clussvc.txt): the same account (CORP presumed to be the NetBIOS name of corp.example, its first label; net-config-workstation.txt would confirm it)',
      de: 'der Clusterdienst läuft als CORP\\svc (sc-qc-clussvc.txt): dasselbe Konto (CORP als NetBIOS-Name von corp.example angenommen, dessen erster Namensteil; net-config-workstation.txt würde es bestätigen)',
    },
  });
});

test('a service account that is no account name: whether a net-user account is it stays unknown', () => {
  const account = facts({
    'sc-qc-clussvc.txt': { startName: 'A\\B\\C' },
    'net-user-svc.txt': { account: 'svc', domain: 'MUELLER' },
  }).accounts![0]!;
  expect(account).not.toHaveProperty('isClusterServiceAccount');
  expect(account.isClusterServiceAccountBasis).toEqual({
    en: 'the Cluster service runs as A\\B\\C (sc-qc-clussvc.txt): "A\\B\\C": not of the form DOMAIN\\user',
    de: 'der Clusterdienst läuft als A\\B\\C (sc-qc-clussvc.txt): „A\\B\\C“: nicht von der Form DOMÄNE\\Benutzer',
  });
});

test('a member of the Administrators through a domain group net user names', () => {
  const account = facts({
    'net-user-svc.txt': { account: 'svc', globalGroups: ['Domain Admins'], domain: 'MUELLER' },
    'net-localgroup-administrators.txt': { members: ['MUELLER\\Domain Admins'] },
  }).accounts![0]!;
  expect(account.globalGroups).toEqual(['Domain Admins']);
  expect(account.localAdministrator).toBe(true);
  expect(account.localAdministratorBasis).toEqual({
    en: "member through the domain group 'Domain Admins'",
    de: 'Mitglied über die Domänengruppe „Domain Admins“',
  });
});

test('no net-user file: no accounts at all (not an empty list)', () => {
  expect(facts({ 'sc-qc-clussvc.txt': { startName: 'MUELLER\\svc' } })).not.toHaveProperty('accounts');
});

test('an account expiring at the very moment of the capture, written with an offset, had expired', () => {
  expect(
    facts({ 'net-user-svc.txt': { account: 'svc', accountExpires: '2026-12-05T10:00:00+01:00' } }).accounts![0]!.expired,
  ).toBe(true);
});

test("only the facts a net-user file gives: 'No' and false are kept, what it does not give is absent", () => {
  const [none, falsy] = facts({
    'net-user-a.txt': { account: 'a' },
    'net-user-b.txt': { account: 'b', active: false, lockedOut: false, passwordLastSet: '2026-01-01T00:00:00', fullName: '' },
  }).accounts!;
  for (const key of ['fullName', 'active', 'lockedOut', 'passwordLastSet', 'accountExpires', 'passwordExpires', 'globalGroups'])
    expect(none).not.toHaveProperty(key);
  expect(falsy).toMatchObject({ active: false, lockedOut: false, passwordLastSet: '2026-01-01T00:00:00' });
  expect(falsy).not.toHaveProperty('fullName');
});

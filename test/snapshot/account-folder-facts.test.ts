import { accountFactsOf, type AccountContext } from '../../src/snapshot/assemble/accounts';
import { buildDomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';
import type { Server } from '../../src/snapshot/schema';
import { folderOf } from '../helpers/folder-facts';

/**
 * The account facts of one node's folder as the snapshot carries them (accounts.ts): the node's domain, the
 * Cluster service account, and for each net-user file its identity, whether it is the service's account,
 * its expiry at the capture and its membership of the Administrators, each with its basis in both languages.
 * The identity, membership and expiry rules themselves are in account-identity.test.ts and account-facts.test.ts.
 */
const DIR = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const NODE: Server = { name: 'NODE1', folder: 'NODE1', role: 'clusterNode', sources: {} };
const CONFIG = { computerName: 'NODE1', domainNetbiosName: 'MUELLER', domainDnsName: 'mueller.local' };
const AT = '2026-12-05T10:00:00';
const facts = (sources: Record<string, unknown>, server: Server = NODE, context: Partial<AccountContext> = {}) =>
  accountFactsOf(folderOf('NODE1', sources), server, { directory: DIR, ...context });

test('a node with every source: the service account from sc qc, two accounts compared with it', () => {
  expect(
    facts(
      {
        'net-config-workstation.txt': CONFIG,
        'sc-qc-clussvc.txt': { startName: 'MUELLER\\clusdienst' },
        'net-user-clusdienst.txt': {
          account: 'clusdienst',
          fullName: 'Cluster',
          active: true,
          lockedOut: false,
          accountExpires: 'never',
          passwordLastSet: '2026-01-01T00:00:00',
          passwordExpires: '2026-12-10T10:00:00',
          globalGroups: ['Domain Users'],
        },
        'net-user-other.txt': { account: 'other', domain: 'mueller.local', passwordExpires: 'never' },
        'net-localgroup-administrators.txt': { members: ['MUELLER\\clusdienst', 'Administrator'] },
      },
      NODE,
      { collectedAt: AT },
    ),
  ).toEqual({
    domainNetbiosName: 'MUELLER',
    domainDnsName: 'mueller.local',
    clusterServiceAccount: {
      name: 'MUELLER\\clusdienst',
      identity: 'MUELLER\\clusdienst',
      kind: 'domain',
      source: 'sc-qc-clussvc.txt',
      identityBasis: {
        en: 'sc-qc-clussvc.txt: the Cluster service logs on as MUELLER\\clusdienst (domain MUELLER as written; MUELLER is mueller.local (NODE1/net-config-workstation.txt))',
        de: 'sc-qc-clussvc.txt: Der Clusterdienst meldet sich als MUELLER\\clusdienst an (Domäne MUELLER wie geschrieben; MUELLER ist mueller.local (NODE1/net-config-workstation.txt))',
      },
    },
    accounts: [
      {
        name: 'clusdienst',
        identity: 'MUELLER\\clusdienst',
        identityBasis: {
          en: "a name without a domain taken in the node's domain MUELLER (net-config-workstation.txt); MUELLER is mueller.local (NODE1/net-config-workstation.txt)",
          de: 'ein Name ohne Domäne in der Domäne des Knotens MUELLER genommen (net-config-workstation.txt); MUELLER ist mueller.local (NODE1/net-config-workstation.txt)',
        },
        isClusterServiceAccount: true,
        isClusterServiceAccountBasis: {
          en: 'the Cluster service runs as MUELLER\\clusdienst (sc-qc-clussvc.txt): the same account',
          de: 'der Clusterdienst läuft als MUELLER\\clusdienst (sc-qc-clussvc.txt): dasselbe Konto',
        },
        fullName: 'Cluster',
        active: true,
        accountExpires: 'never',
        expired: false,
        lockedOut: false,
        passwordLastSet: '2026-01-01T00:00:00',
        passwordExpires: '2026-12-10T10:00:00',
        passwordNeverExpires: false,
        passwordAlreadyExpired: false,
        passwordExpiresInDays: 5,
        globalGroups: ['Domain Users'],
        localAdministrator: true,
        localAdministratorBasis: {
          en: 'member: listed as MUELLER\\clusdienst',
          de: 'Mitglied: als MUELLER\\clusdienst aufgeführt',
        },
      },
      {
        name: 'other',
        identity: 'MUELLER\\other',
        identityBasis: {
          en: 'net user /domain asked the domain mueller.local; mueller.local is MUELLER (NODE1/net-config-workstation.txt)',
          de: 'net user /domain fragte die Domäne mueller.local; mueller.local ist MUELLER (NODE1/net-config-workstation.txt)',
        },
        isClusterServiceAccount: false,
        isClusterServiceAccountBasis: {
          en: 'the Cluster service runs as MUELLER\\clusdienst (sc-qc-clussvc.txt): MUELLER\\other and MUELLER\\clusdienst are different accounts',
          de: 'der Clusterdienst läuft als MUELLER\\clusdienst (sc-qc-clussvc.txt): MUELLER\\other und MUELLER\\clusdienst sind verschiedene Konten',
        },
        passwordExpires: 'never',
        passwordNeverExpires: true,
        localAdministratorBasis: {
          en: 'net user gives no global groups of the account, and MUELLER\\clusdienst in the Administrators may hold it',
          de: 'net user nennt keine globalen Gruppen des Kontos, und MUELLER\\clusdienst unter den Administratoren können es enthalten',
        },
      },
    ],
  });
});

describe('whether an account had expired at the capture: compared with collectedAt of bundle.json', () => {
  test.each([
    ['never', AT, false],
    ['2026-12-05T09:59:59', AT, true],
    ['2026-12-05T10:00:00', AT, true],
    ['2026-12-05T10:00:01', AT, false],
    ['2026-12-05T10:00:00', '2026-12-05T10:00:00.999+01:00', true],
    ['2026-12-05T10:00:00', undefined, undefined],
    ['never', undefined, false],
  ] as [string, string | undefined, boolean | undefined][])(
    'expires %s, collected %s: %s',
    (accountExpires, collectedAt, expired) => {
      const [account] = facts(
        { 'net-user-svc.txt': { account: 'svc', accountExpires } },
        NODE,
        collectedAt ? { collectedAt } : {},
      ).accounts!;
      expect(account!.accountExpires).toBe(accountExpires);
      if (expired === undefined) expect(account).not.toHaveProperty('expired');
      else expect(account!.expired).toBe(expired);
    },
  );
});

describe("a name without a domain: taken in the node's own domain, or ambiguous", () => {
  test.each([
    [
      'net config workstation gives both names',
      { 'net-config-workstation.txt': CONFIG },
      'MUELLER\\svc',
      "a name without a domain taken in the node's domain MUELLER (net-config-workstation.txt)",
    ],
    [
      "systeminfo's DNS domain, known to the directory by its NetBIOS name",
      { 'systeminfo.txt': { domain: 'mueller.local' } },
      'MUELLER\\svc',
      "a name without a domain taken in the node's domain MUELLER (systeminfo.txt)",
    ],
    [
      "systeminfo's DNS domain the directory does not know",
      { 'systeminfo.txt': { domain: 'other.example' } },
      'OTHER\\svc', // identity-key.ts presumes the NetBIOS name from the DNS name
      "a name without a domain taken in the node's domain other.example (systeminfo.txt)",
    ],
    ['a workgroup (no dot): ambiguous', { 'systeminfo.txt': { domain: 'WORKGROUP' } }, undefined, undefined],
    [
      'net config workstation with the NetBIOS name alone: ambiguous',
      { 'net-config-workstation.txt': { domainNetbiosName: 'MUELLER' } },
      undefined,
      undefined,
    ],
  ] as [string, Record<string, unknown>, string | undefined, string | undefined][])('%s', (_name, sources, identity, because) => {
    const planned = facts({ ...sources, 'net-user-svc.txt': {} }, { ...NODE, role: 'plannedNode' }, { plannedAccount: 'svc' });
    expect(planned.accounts!.map((a) => [a.name, a.identity])).toEqual([['svc', identity]]);
    expect(planned.clusterServiceAccount?.identity).toBe(identity);
    const basis = planned.clusterServiceAccount!.identityBasis!;
    if (because) {
      expect(basis.en).toContain(`the plan in bundle.json names svc (${because}`);
      expect(basis.de).toContain(`der Plan in bundle.json nennt svc (ein Name ohne Domäne in der Domäne des Knotens`);
    } else {
      expect(basis.en).toBe(
        'the plan in bundle.json names svc ("svc": a name without a domain can be a local or a domain account)',
      );
      expect(planned.accounts![0]!).not.toHaveProperty('isClusterServiceAccount');
    }
  });
});

describe('the account of a net-user file and the Cluster service account', () => {
  test('without a service account or a plan, a net-user file is the one collect.cmd writes for the service', () => {
    const [account] = facts({ 'net-user-svc.txt': { account: 'svc' } }, { ...NODE, role: 'server' }).accounts!;
    expect(account).toEqual({
      name: 'svc',
      identityBasis: {
        en: '"svc": a name without a domain can be a local or a domain account',
        de: '„svc“: ein Name ohne Domäne kann ein lokales oder ein Domänenkonto sein',
      },
      isClusterServiceAccount: true,
      isClusterServiceAccountBasis: {
        en: 'the account of net-user-svc.txt, which collect.cmd writes for the cluster service account',
        de: 'das Konto von net-user-svc.txt, das collect.cmd für das Clusterdienstkonto schreibt',
      },
    });
  });

  test('a plan on a server that is no node: each account compared with the planned one', () => {
    const out = facts(
      {
        'net-config-workstation.txt': CONFIG,
        'net-user-svc.txt': { account: 'svc' },
        'net-user-admin.txt': { account: 'admin' },
      },
      { ...NODE, role: 'server' },
      { plannedAccount: 'MUELLER\\svc' },
    );
    expect(out.clusterServiceAccount).toBeUndefined();
    expect(out.accounts!.map((a) => [a.name, a.isClusterServiceAccount, a.isClusterServiceAccountBasis!.en])).toEqual([
      ['svc', true, 'the Cluster service runs as MUELLER\\svc (bundle.json): the same account'],
      [
        'admin',
        false,
        'the Cluster service runs as MUELLER\\svc (bundle.json): MUELLER\\admin and MUELLER\\svc are different accounts',
      ],
    ]);
  });

  test('the account named by the file when net user gives no User name; the domain net user /domain asked', () => {
    const out = facts(
      { 'net-user-svc.txt': {}, 'net-user-x.txt': { account: 'clusdienst', domain: 'MUELLER' } },
      { ...NODE, role: 'server' },
    );
    expect(out.accounts!.map((a) => [a.name, a.identity ?? null])).toEqual([
      ['svc', null],
      ['clusdienst', 'MUELLER\\clusdienst'],
    ]);
  });

  test.each([
    ['the computer name of net config workstation', { computerName: 'WS1' }, 'HOST1', 'WS1\\admin'],
    ['else the host name of systeminfo', {}, 'HOST1', 'HOST1\\admin'],
    ['else the folder', {}, undefined, 'NODE1\\admin'],
  ] as [string, Record<string, unknown>, string | undefined, string][])(
    'a local account is on %s',
    (_name, config, hostName, identity) => {
      const out = facts(
        { 'net-config-workstation.txt': config, 'net-user-admin.txt': { account: '.\\admin' } },
        { ...NODE, role: 'server', ...(hostName ? { hostName } : {}) },
      );
      expect(out.accounts![0]!.identity).toBe(identity);
    },
  );

  test('without the Administrators list, membership is not said; with it, an unknown membership keeps only its basis', () => {
    const none = facts({ 'net-user-svc.txt': { account: 'MUELLER\\svc' } }, NODE).accounts![0]!;
    expect(none).not.toHaveProperty('localAdministrator');
    expect(none).not.toHaveProperty('localAdministratorBasis');
    const notMember = facts(
      {
        'net-user-svc.txt': { account: 'MUELLER\\svc', globalGroups: ['Domain Users'] },
        'net-localgroup-administrators.txt': { members: ['Administrator'] },
      },
      NODE,
    ).accounts![0]!;
    expect(notMember.localAdministrator).toBe(false);
    expect(notMember.localAdministratorBasis!.en).not.toBe('');
  });

  test('a password that expired before the capture', () => {
    const account = facts({ 'net-user-svc.txt': { account: 'svc', passwordExpires: '2026-12-01T10:00:00' } }, NODE, {
      collectedAt: AT,
    }).accounts![0]!;
    expect(account).toMatchObject({ passwordAlreadyExpired: true, passwordNeverExpires: false });
    expect(account.passwordExpiresInDays).toBe(4); // whole days, in whichever direction
    const unknown = facts({ 'net-user-svc.txt': { account: 'svc', passwordExpires: '2026-12-01T10:00:00' } }, NODE).accounts![0]!;
    expect(unknown).not.toHaveProperty('passwordAlreadyExpired');
    expect(unknown).not.toHaveProperty('passwordExpiresInDays');
  });
});

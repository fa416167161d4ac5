import type { Identity } from '../../src/snapshot/assemble/identity/account-identity';
import { administratorsMembership } from '../../src/snapshot/assemble/identity/administrators-membership';
import { buildDomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';

/**
 * The membership of the local Administrators with its whole verdict in both languages, one row per way it is
 * decided (account-facts.test.ts has the cases and their English bases).
 */
const PAIRED = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const UNPAIRED = buildDomainDirectory([{ dns: 'mueller.local', source: 'NODE1/systeminfo.txt' }]);
const ACCOUNT: Identity = { kind: 'domain', user: 'clusdienst', netbios: 'MUELLER', dns: 'mueller.local' };
const UPN_ONLY: Identity = { kind: 'domain', user: 'clusdienst', dns: 'mueller.local' };
const LOCAL: Identity = { kind: 'local', user: 'admin', machine: 'NODE1' };

test.each([
  [
    'listed itself',
    ACCOUNT,
    ['MUELLER\\clusdienst'],
    undefined,
    PAIRED,
    { member: true, basis: { en: 'member: listed as MUELLER\\clusdienst', de: 'Mitglied: als MUELLER\\clusdienst aufgeführt' } },
  ],
  [
    'listed, by a presumed NetBIOS name',
    UPN_ONLY,
    ['MUELLER\\clusdienst'],
    [],
    UNPAIRED,
    {
      member: true,
      basis: {
        en: 'member: listed as MUELLER\\clusdienst (MUELLER presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it)',
        de: 'Mitglied: als MUELLER\\clusdienst aufgeführt (MUELLER als NetBIOS-Name von mueller.local angenommen, dessen erster Namensteil; net-config-workstation.txt würde es bestätigen)',
      },
    },
  ],
  [
    'through a domain group',
    ACCOUNT,
    ['Administrator', 'MUELLER\\Domain Admins'],
    ['Domain Admins'],
    PAIRED,
    {
      member: true,
      through: 'MUELLER\\Domain Admins',
      basis: { en: "member through the domain group 'Domain Admins'", de: 'Mitglied über die Domänengruppe „Domain Admins“' },
    },
  ],
  [
    'through a domain group of a presumed NetBIOS name',
    UPN_ONLY,
    ['MUELLER\\Domain Admins'],
    ['Domain Admins'],
    UNPAIRED,
    {
      member: true,
      through: 'MUELLER\\Domain Admins',
      basis: {
        en: "member through the domain group 'Domain Admins' (MUELLER presumed to be the NetBIOS name of mueller.local, its first label; net-config-workstation.txt would confirm it)",
        de: 'Mitglied über die Domänengruppe „Domain Admins“ (MUELLER als NetBIOS-Name von mueller.local angenommen, dessen erster Namensteil; net-config-workstation.txt würde es bestätigen)',
      },
    },
  ],
  [
    'a domain group whose domain is not known to be the account’s',
    UPN_ONLY,
    ['CORP\\Domain Admins'],
    ['Domain Admins'],
    UNPAIRED,
    {
      member: 'unknown',
      basis: {
        en: "whether CORP\\Domain Admins is this account or holds it is not known: whether CORP is the NetBIOS name of mueller.local is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain)",
        de: 'ob CORP\\Domain Admins dieses Konto ist oder enthält, ist nicht bekannt: ob CORP der NetBIOS-Name von mueller.local ist, ist nicht bekannt (net-config-workstation.txt nennt den NetBIOS-Namen der Domäne eines Knotens)',
      },
    },
  ],
  [
    'a cut prefix two groups start with',
    ACCOUNT,
    ['MUELLER\\Exchange Cluster Admins', 'MUELLER\\Exchange Cluster Administrators'],
    ['Exchange Cluster Admi'],
    PAIRED,
    {
      member: 'unknown',
      basis: {
        en: "net user lists the global group 'Exchange Cluster Admi', cut short, and MUELLER\\Exchange Cluster Admins and MUELLER\\Exchange Cluster Administrators in the Administrators both start with it",
        de: 'net user führt die globale Gruppe „Exchange Cluster Admi“ gekürzt auf, und MUELLER\\Exchange Cluster Admins und MUELLER\\Exchange Cluster Administrators unter den Administratoren beginnen beide so',
      },
    },
  ],
  [
    'no global group line, two domain groups listed',
    ACCOUNT,
    ['MUELLER\\Domain Admins', 'MUELLER\\Exchange Admins', 'OTHER\\Admins'],
    undefined,
    PAIRED,
    {
      member: 'unknown',
      basis: {
        en: 'net user gives no global groups of the account, and MUELLER\\Domain Admins, MUELLER\\Exchange Admins in the Administrators may hold it',
        de: 'net user nennt keine globalen Gruppen des Kontos, und MUELLER\\Domain Admins, MUELLER\\Exchange Admins unter den Administratoren können es enthalten',
      },
    },
  ],
  [
    'two open questions, joined',
    UPN_ONLY,
    ['CORP\\clusdienst', 'CORP\\Domain Admins'],
    ['Domain Admins'],
    UNPAIRED,
    {
      member: 'unknown',
      basis: {
        en: "whether CORP\\clusdienst is this account or holds it is not known: whether CORP is the NetBIOS name of mueller.local is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain); whether CORP\\Domain Admins is this account or holds it is not known: whether CORP is the NetBIOS name of mueller.local is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain)",
        de: 'ob CORP\\clusdienst dieses Konto ist oder enthält, ist nicht bekannt: ob CORP der NetBIOS-Name von mueller.local ist, ist nicht bekannt (net-config-workstation.txt nennt den NetBIOS-Namen der Domäne eines Knotens); ob CORP\\Domain Admins dieses Konto ist oder enthält, ist nicht bekannt: ob CORP der NetBIOS-Name von mueller.local ist, ist nicht bekannt (net-config-workstation.txt nennt den NetBIOS-Namen der Domäne eines Knotens)',
      },
    },
  ],
  [
    'a domain account not listed, with its groups',
    ACCOUNT,
    ['Administrator'],
    ['Domain Users', 'Exchange Servers'],
    PAIRED,
    {
      member: false,
      basis: {
        en: 'neither MUELLER\\clusdienst nor one of its global groups (Domain Users, Exchange Servers) is among the members (Administrator); membership through nested groups cannot be seen',
        de: 'weder MUELLER\\clusdienst noch eine seiner globalen Gruppen (Domain Users, Exchange Servers) ist unter den Mitgliedern (Administrator); eine Mitgliedschaft über verschachtelte Gruppen ist nicht sichtbar',
      },
    },
  ],
  [
    'a domain account without global groups, an empty group',
    ACCOUNT,
    [],
    [],
    PAIRED,
    {
      member: false,
      basis: {
        en: 'neither MUELLER\\clusdienst nor one of its global groups (—) is among the members (—); membership through nested groups cannot be seen',
        de: 'weder MUELLER\\clusdienst noch eine seiner globalen Gruppen (—) ist unter den Mitgliedern (—); eine Mitgliedschaft über verschachtelte Gruppen ist nicht sichtbar',
      },
    },
  ],
  [
    'a local account not listed: domain groups do not count',
    LOCAL,
    ['Administrator', 'MUELLER\\Domain Admins'],
    ['Domain Admins'],
    PAIRED,
    {
      member: false,
      basis: {
        en: 'NODE1\\admin is not among the members (Administrator, MUELLER\\Domain Admins)',
        de: 'NODE1\\admin ist nicht unter den Mitgliedern (Administrator, MUELLER\\Domain Admins)',
      },
    },
  ],
  [
    'a local account listed without a prefix',
    LOCAL,
    ['Admin'],
    undefined,
    PAIRED,
    { member: true, basis: { en: 'member: listed as Admin', de: 'Mitglied: als Admin aufgeführt' } },
  ],
] as [string, Identity, string[], string[] | undefined, ReturnType<typeof buildDomainDirectory>, unknown][])(
  '%s',
  (_name, account, members, globalGroups, directory, expected) => {
    expect(
      administratorsMembership({
        account,
        members,
        ...(globalGroups ? { globalGroups } : {}),
        context: { machine: 'NODE1', directory },
      }),
    ).toEqual(expected);
  },
);

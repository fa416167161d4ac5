import { resolveIdentity, type IdentityContext } from '../../src/snapshot/assemble/identity/account-identity';
import { buildDomainDirectory, type DomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';

/**
 * How resolveIdentity read each form of an account name, in both languages: the basis every verdict built on
 * an identity carries (account-identity.test.ts has the identities themselves).
 */
const PAIRED = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const CONFLICT = buildDomainDirectory([
  { netbios: 'MUELLER', dns: 'mueller.local', source: 'A/x.txt' },
  { netbios: 'MUELLER', dns: 'other.local', source: 'B/y.txt' },
]);
const NODE_IS_DOMAIN = buildDomainDirectory([{ netbios: 'NODE1', dns: 'node1.example', source: 'x' }]);
type Bare = 'domain' | 'local' | 'ambiguous';
const context = (bare: Bare, directory: DomainDirectory): IdentityContext => ({
  machine: 'NODE1',
  directory,
  bare:
    bare === 'domain'
      ? { kind: 'domain', domain: { netbios: 'MUELLER' }, because: { en: 'the plan', de: 'der Plan' } }
      : { kind: bare },
});
const PAIRING = {
  en: 'MUELLER is mueller.local (NODE1/net-config-workstation.txt)',
  de: 'MUELLER ist mueller.local (NODE1/net-config-workstation.txt)',
};

test.each([
  [
    'MUELLER\\svc',
    'ambiguous',
    PAIRED,
    `domain MUELLER as written; ${PAIRING.en}`,
    `Domäne MUELLER wie geschrieben; ${PAIRING.de}`,
  ],
  [
    'mueller.local\\svc',
    'ambiguous',
    PAIRED,
    'domain mueller.local as written; mueller.local is MUELLER (NODE1/net-config-workstation.txt)',
    'Domäne mueller.local wie geschrieben; mueller.local ist MUELLER (NODE1/net-config-workstation.txt)',
  ],
  [
    'svc@mueller.local',
    'ambiguous',
    PAIRED,
    'user principal name: svc in the domain mueller.local (the name before @ taken as the account name, as Windows sets it by default); mueller.local is MUELLER (NODE1/net-config-workstation.txt)',
    'Benutzerprinzipalname: svc in der Domäne mueller.local (der Name vor @ als Kontoname, wie Windows ihn standardmäßig setzt); mueller.local ist MUELLER (NODE1/net-config-workstation.txt)',
  ],
  [
    '.\\svc',
    'ambiguous',
    PAIRED,
    'a local account of NODE1 (".\\" is this computer)',
    'ein lokales Konto von NODE1 („.\\“ ist dieser Computer)',
  ],
  [
    'NODE1\\svc',
    'ambiguous',
    PAIRED,
    'a local account of NODE1 (NODE1 is this computer)',
    'ein lokales Konto von NODE1 (NODE1 ist dieser Computer)',
  ],
  [
    'svc',
    'local',
    PAIRED,
    'a local account of NODE1 (listed without a domain)',
    'ein lokales Konto von NODE1 (ohne Domäne aufgeführt)',
  ],
  ['svc', 'domain', PAIRED, `the plan; ${PAIRING.en}`, `der Plan; ${PAIRING.de}`],
  ['LocalSystem', 'ambiguous', PAIRED, 'the built-in account LocalSystem', 'das integrierte Konto LocalSystem'],
  ['NT AUTHORITY\\SYSTEM', 'ambiguous', PAIRED, 'the built-in account LocalSystem', 'das integrierte Konto LocalSystem'],
  [
    'NODE1\\svc',
    'ambiguous',
    NODE_IS_DOMAIN,
    '"NODE1\\svc": NODE1 is both this computer and a domain of the bundle',
    '„NODE1\\svc“: NODE1 ist zugleich dieser Computer und eine Domäne des Bundles',
  ],
  [
    'MUELLER\\svc',
    'ambiguous',
    CONFLICT,
    'domain MUELLER as written; the other name of MUELLER is contradictory (MUELLER: mueller.local (A/x.txt), other.local (B/y.txt))',
    'Domäne MUELLER wie geschrieben; der andere Name von MUELLER ist widersprüchlich (MUELLER: mueller.local (A/x.txt), other.local (B/y.txt))',
  ],
  ['a\\b\\c', 'ambiguous', PAIRED, '"a\\b\\c": not of the form DOMAIN\\user', '„a\\b\\c“: nicht von der Form DOMÄNE\\Benutzer'],
  ['a@b', 'ambiguous', PAIRED, '"a@b": not of the form user@domain.suffix', '„a@b“: nicht von der Form Benutzer@Domäne.Suffix'],
  [
    'a*b',
    'ambiguous',
    PAIRED,
    '"a*b": holds characters no account name may hold',
    '„a*b“: enthält Zeichen, die kein Kontoname enthalten darf',
  ],
  ['', 'ambiguous', PAIRED, '"": an empty name names no account', '„“: ein leerer Name bezeichnet kein Konto'],
  [
    'svc',
    'ambiguous',
    PAIRED,
    '"svc": a name without a domain can be a local or a domain account',
    '„svc“: ein Name ohne Domäne kann ein lokales oder ein Domänenkonto sein',
  ],
  [
    'svc@mueller.de',
    'ambiguous',
    PAIRED,
    '"svc@mueller.de": mueller.de is none of the domains of the bundle (mueller.local): an alternative UPN suffix or another domain',
    '„svc@mueller.de“: mueller.de ist keine der Domänen des Bundles (mueller.local): ein zusätzliches UPN-Suffix oder eine andere Domäne',
  ],
] as [string, Bare, DomainDirectory, string, string][])('%j (%s)', (written, bare, directory, en, de) => {
  const resolved = resolveIdentity(written, context(bare, directory));
  expect(resolved.basis).toEqual({ en, de });
  if (resolved.identity.kind === 'unknown') expect(resolved.identity.reason).toEqual({ en, de });
});

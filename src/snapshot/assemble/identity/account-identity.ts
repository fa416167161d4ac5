/**
 * Which account a name names. Windows writes one account in several forms: `MUELLER\clusdienst` (NetBIOS
 * domain), `mueller.local\clusdienst` (DNS domain), `clusdienst@mueller.local` (user principal name),
 * `.\clusdienst` or `NODE1\clusdienst` (an account of the machine itself), `clusdienst` (which depends on where it
 * is written), `LocalSystem` or `NT AUTHORITY\LocalService` (built-in). `resolveIdentity` turns each form into one
 * identity, with the names of its domain the bundle knows (`domain-directory.ts`); names compare without regard
 * to case. A local account and a domain account of the same name are different accounts. A form that cannot be
 * placed is `unknown`, with the reason.
 */
import type { Basis } from '../../schema';
import { conflictOf, lookupDomain, type DomainDirectory, type DomainNames } from './domain-directory';

export type Identity =
  | { kind: 'domain'; user: string; netbios?: string; dns?: string }
  | { kind: 'local'; user: string; machine: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'unknown'; written: string; reason: Basis };

export interface IdentityContext {
  /** The NetBIOS name of the machine the name was read on (`.\user` and `NODE1\user` are its accounts). */
  machine: string;
  directory: DomainDirectory;
  /**
   * What a name without a domain means where it was written: an account of a domain (the plan, `net user
   * /domain`), an account of the machine (the members `net localgroup` lists without a prefix), or either.
   */
  bare: { kind: 'domain'; domain: DomainNames; because: Basis } | { kind: 'local' } | { kind: 'ambiguous' };
}

export interface Resolved {
  identity: Identity;
  /** How the form was read: "NetBIOS domain MUELLER, which net-config-workstation.txt pairs with mueller.local". */
  basis: Basis;
}

/** The built-in accounts services run as, by every spelling sc.exe, net.exe and the Services console use. */
const BUILTIN: Record<string, string> = {
  localsystem: 'LocalSystem',
  system: 'LocalSystem',
  localservice: 'LocalService',
  'local service': 'LocalService',
  'lokaler dienst': 'LocalService',
  networkservice: 'NetworkService',
  'network service': 'NetworkService',
  netzwerkdienst: 'NetworkService',
};
/** The authorities of well-known accounts and groups (English and German Windows). */
const AUTHORITIES = ['nt authority', 'nt-autorität', 'builtin', 'vordefiniert'];
/** Characters no account or domain name may hold. */
const FORBIDDEN = /["/[\]:;|=,+*?<>]/;

export function resolveIdentity(written: string, context: IdentityContext): Resolved {
  const name = written.trim();
  const unknown = (en: string, de: string): Resolved => {
    const reason = { en: `"${written}": ${en}`, de: `„${written}“: ${de}` };
    return { identity: { kind: 'unknown', written, reason }, basis: reason };
  };
  if (name === '') return unknown('an empty name names no account', 'ein leerer Name bezeichnet kein Konto');
  const builtin = BUILTIN[name.toLowerCase()];
  if (builtin) return builtinOf(builtin);
  if (name.includes('\\')) {
    const [prefix, user, ...rest] = name.split('\\');
    if (rest.length > 0 || !prefix || !user || FORBIDDEN.test(prefix) || FORBIDDEN.test(user))
      return unknown('not of the form DOMAIN\\user', 'nicht von der Form DOMÄNE\\Benutzer');
    return qualified(prefix, user, context, unknown);
  }
  if (name.includes('@')) {
    const at = name.lastIndexOf('@');
    const user = name.slice(0, at);
    const suffix = name.slice(at + 1);
    if (!user || !suffix || user.includes('@') || FORBIDDEN.test(user) || !/^[^.\s]+(\.[^.\s]+)+$/.test(suffix))
      return unknown('not of the form user@domain.suffix', 'nicht von der Form Benutzer@Domäne.Suffix');
    return principalName(user, suffix, context, unknown);
  }
  if (FORBIDDEN.test(name))
    return unknown('holds characters no account name may hold', 'enthält Zeichen, die kein Kontoname enthalten darf');
  return bare(name, context, unknown);
}

function builtinOf(name: string): Resolved {
  return {
    identity: { kind: 'builtin', name },
    basis: { en: `the built-in account ${name}`, de: `das integrierte Konto ${name}` },
  };
}

type Unknown = (en: string, de: string) => Resolved;

/** `PREFIX\user`: the machine, an authority of well-known accounts, or a domain by its NetBIOS or DNS name. */
function qualified(prefix: string, user: string, context: IdentityContext, unknown: Unknown): Resolved {
  const p = prefix.toLowerCase();
  if (AUTHORITIES.includes(p)) return builtinOf(BUILTIN[user.toLowerCase()] ?? user);
  if (p === '.' && BUILTIN[user.toLowerCase()]) return builtinOf(BUILTIN[user.toLowerCase()]!);
  const isMachine = p === '.' || p === context.machine.toLowerCase();
  const domain = p.includes('.') ? { dns: prefix } : { netbios: prefix };
  const known = p === '.' ? undefined : lookupDomain(context.directory, domain);
  if (isMachine && known)
    return unknown(
      `${prefix} is both this computer and a domain of the bundle`,
      `${prefix} ist zugleich dieser Computer und eine Domäne des Bundles`,
    );
  if (isMachine) {
    const where =
      p === '.'
        ? { en: '".\\" is this computer', de: '„.\\“ ist dieser Computer' }
        : { en: `${prefix} is this computer`, de: `${prefix} ist dieser Computer` };
    return {
      identity: { kind: 'local', user, machine: context.machine },
      basis: {
        en: `a local account of ${context.machine} (${where.en})`,
        de: `ein lokales Konto von ${context.machine} (${where.de})`,
      },
    };
  }
  return domainAccount(user, domain, context.directory, {
    en: `domain ${prefix} as written`,
    de: `Domäne ${prefix} wie geschrieben`,
  });
}

/** `user@suffix`: a user principal name, whose suffix is by default the DNS name of the account's domain. */
function principalName(user: string, suffix: string, context: IdentityContext, unknown: Unknown): Resolved {
  const known = lookupDomain(context.directory, { dns: suffix });
  const anyDns = context.directory.domains.some((d) => d.dns !== undefined);
  if (!known && anyDns) {
    const names = context.directory.domains.flatMap((d) => (d.dns ? [d.dns] : [])).join(', ');
    return unknown(
      `${suffix} is none of the domains of the bundle (${names}): an alternative UPN suffix or another domain`,
      `${suffix} ist keine der Domänen des Bundles (${names}): ein zusätzliches UPN-Suffix oder eine andere Domäne`,
    );
  }
  return domainAccount(user, { dns: suffix }, context.directory, {
    en: `user principal name: ${user} in the domain ${suffix} (the name before @ taken as the account name, as Windows sets it by default)`,
    de: `Benutzerprinzipalname: ${user} in der Domäne ${suffix} (der Name vor @ als Kontoname, wie Windows ihn standardmäßig setzt)`,
  });
}

function bare(user: string, context: IdentityContext, unknown: Unknown): Resolved {
  const { bare } = context;
  if (bare.kind === 'local')
    return {
      identity: { kind: 'local', user, machine: context.machine },
      basis: {
        en: `a local account of ${context.machine} (listed without a domain)`,
        de: `ein lokales Konto von ${context.machine} (ohne Domäne aufgeführt)`,
      },
    };
  if (bare.kind === 'domain') return domainAccount(user, bare.domain, context.directory, bare.because);
  return unknown(
    'a name without a domain can be a local or a domain account',
    'ein Name ohne Domäne kann ein lokales oder ein Domänenkonto sein',
  );
}

/** A domain account, with both names of its domain where the directory pairs them. */
function domainAccount(user: string, names: DomainNames, directory: DomainDirectory, because: Basis): Resolved {
  const known = lookupDomain(directory, names);
  const netbios = names.netbios ?? known?.netbios;
  const dns = names.dns ?? known?.dns;
  const identity: Identity = { kind: 'domain', user, ...(netbios ? { netbios } : {}), ...(dns ? { dns } : {}) };
  const given = names.netbios ?? names.dns!;
  const paired = names.netbios ? known?.dns : known?.netbios;
  const conflict = paired ? undefined : conflictOf(directory, given);
  const sources = known?.sources.join(', ');
  const pairing = paired
    ? { en: `; ${given} is ${paired} (${sources})`, de: `; ${given} ist ${paired} (${sources})` }
    : conflict
      ? {
          en: `; the other name of ${given} is contradictory (${conflict})`,
          de: `; der andere Name von ${given} ist widersprüchlich (${conflict})`,
        }
      : { en: '', de: '' };
  return { identity, basis: { en: `${because.en}${pairing.en}`, de: `${because.de}${pairing.de}` } };
}

/**
 * Whether two identities (`account-identity.ts`) are one account: the same built-in account, the same local
 * account of the same machine, or the same user in the same domain. A domain known by its NetBIOS name on one
 * side and by its DNS name on the other is the same domain when the bundle pairs the two names; without a pair,
 * a NetBIOS name that is the first label of the DNS name (MUELLER, mueller.local) is presumed to name it, as
 * Windows proposes it when a domain is created. The presumption can confirm a match, never rule one out:
 * `CORP` and `mueller.local` without a pair are unknown, not different.
 */
import type { Basis } from '../../schema';
import type { Identity } from './account-identity';

export interface Sameness {
  same: boolean | 'unknown';
  basis: Basis;
  /** Set when a match rests on the presumed NetBIOS name of a domain, not on a pair the sources give. */
  presumed?: Basis;
}

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** How an identity reads in a sentence: `MUELLER\clusdienst`, `clusdienst@mueller.local`, `NODE1\admin`. */
export function displayName(identity: Identity): string {
  switch (identity.kind) {
    case 'builtin':
      return identity.name;
    case 'local':
      return `${identity.machine}\\${identity.user}`;
    case 'domain':
      return identity.netbios ? `${identity.netbios}\\${identity.user}` : `${identity.user}@${identity.dns}`;
    case 'unknown':
      return identity.written;
  }
}

export function sameAccount(a: Identity, b: Identity): Sameness {
  const [x, y] = [displayName(a), displayName(b)];
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    const reason = a.kind === 'unknown' ? a.reason : (b as Extract<Identity, { kind: 'unknown' }>).reason;
    return { same: 'unknown', basis: reason };
  }
  if (a.kind !== b.kind) {
    const local = a.kind === 'local' || b.kind === 'local';
    return {
      same: false,
      basis: local
        ? {
            en: `${x} and ${y} are different accounts: a local account is never a domain account, whatever its name`,
            de: `${x} und ${y} sind verschiedene Konten: Ein lokales Konto ist nie ein Domänenkonto, wie auch immer es heißt`,
          }
        : {
            en: `${x} and ${y} are different accounts: one is built in`,
            de: `${x} und ${y} sind verschiedene Konten: eines ist integriert`,
          },
    };
  }
  if (a.kind === 'builtin' && b.kind === 'builtin') return verdict(eq(a.name, b.name), x, y);
  if (a.kind === 'local' && b.kind === 'local') return verdict(eq(a.user, b.user) && eq(a.machine, b.machine), x, y);
  const [da, db] = [a as Extract<Identity, { kind: 'domain' }>, b as Extract<Identity, { kind: 'domain' }>];
  if (!eq(da.user, db.user)) return verdict(false, x, y);
  const domain = sameDomain(da, db);
  if (domain.same !== true) return domain;
  return { ...verdict(true, x, y), ...(domain.presumed ? { presumed: domain.presumed } : {}) };
}

/** Whether two domain identities are in one domain. */
export function sameDomain(a: { netbios?: string; dns?: string }, b: { netbios?: string; dns?: string }): Sameness {
  const checks: boolean[] = [];
  if (a.netbios && b.netbios) checks.push(eq(a.netbios, b.netbios));
  if (a.dns && b.dns) checks.push(eq(a.dns, b.dns));
  const name = (d: { netbios?: string; dns?: string }) => d.netbios ?? d.dns!;
  if (checks.length > 0 && checks.every(Boolean))
    return { same: true, basis: { en: `the domain ${name(a)}`, de: `die Domäne ${name(a)}` } };
  if (checks.length > 0 && !checks.some(Boolean))
    return {
      same: false,
      basis: {
        en: `the domains ${name(a)} and ${name(b)} differ`,
        de: `die Domänen ${name(a)} und ${name(b)} unterscheiden sich`,
      },
    };
  if (checks.length > 0)
    return {
      same: 'unknown',
      basis: {
        en: `the names of the domains ${name(a)} and ${name(b)} contradict each other`,
        de: `die Namen der Domänen ${name(a)} und ${name(b)} widersprechen sich`,
      },
    };
  const netbios = (a.netbios ?? b.netbios)!;
  const dns = (a.dns ?? b.dns)!;
  if (eq(dns.split('.')[0]!, netbios)) {
    const presumed = {
      en: `${netbios} presumed to be the NetBIOS name of ${dns}, its first label; net-config-workstation.txt would confirm it`,
      de: `${netbios} als NetBIOS-Name von ${dns} angenommen, dessen erster Namensteil; net-config-workstation.txt würde es bestätigen`,
    };
    return { same: true, basis: { en: `the domain ${netbios}`, de: `die Domäne ${netbios}` }, presumed };
  }
  return {
    same: 'unknown',
    basis: {
      en: `whether ${netbios} is the NetBIOS name of ${dns} is not known (net-config-workstation.txt gives the NetBIOS name of a node's domain)`,
      de: `ob ${netbios} der NetBIOS-Name von ${dns} ist, ist nicht bekannt (net-config-workstation.txt nennt den NetBIOS-Namen der Domäne eines Knotens)`,
    },
  };
}

function verdict(same: boolean, x: string, y: string): Sameness {
  return same
    ? { same, basis: { en: `${x} is ${y}`, de: `${x} ist ${y}` } }
    : { same, basis: { en: `${x} and ${y} are different accounts`, de: `${x} und ${y} sind verschiedene Konten` } };
}

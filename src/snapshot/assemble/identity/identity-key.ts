/**
 * One string per account, equal for every form of one account, so that the nodes of a cluster can be compared
 * by their values: `MUELLER\clusdienst` (the NetBIOS form, domain in capitals, user in lower case),
 * `NODE1\clusdienst` for a local account, `LocalSystem` for a built-in one. A domain account known only by the DNS
 * name of its domain takes the NetBIOS name the bundle pairs with it, else the presumed one (its first label, see
 * `same-account.ts`), and says so. An unknown identity has no key.
 */
import type { Basis } from '../../schema';
import type { Identity } from './account-identity';

export interface IdentityKey {
  key: string;
  /** Set when the key rests on a presumption rather than on what the sources say. */
  presumed?: Basis;
}

export function identityKey(identity: Identity): IdentityKey | undefined {
  switch (identity.kind) {
    case 'builtin':
      return { key: identity.name };
    case 'local':
      return { key: `${identity.machine.toUpperCase()}\\${identity.user.toLowerCase()}` };
    case 'unknown':
      return undefined;
    case 'domain': {
      const user = identity.user.toLowerCase();
      if (identity.netbios) return { key: `${identity.netbios.toUpperCase()}\\${user}` };
      const presumed = identity.dns!.split('.')[0]!.toUpperCase();
      return {
        key: `${presumed}\\${user}`,
        presumed: {
          en: `${presumed} presumed to be the NetBIOS name of ${identity.dns}, its first label (net-config-workstation.txt would confirm it)`,
          de: `${presumed} als NetBIOS-Name von ${identity.dns} angenommen, dessen erster Namensteil (net-config-workstation.txt würde es bestätigen)`,
        },
      };
    }
  }
}

/** The basis of an identity, followed by the presumption its key rests on when it rests on one. */
export function withKeyPresumption(basis: Basis, key: IdentityKey | undefined): Basis {
  return key?.presumed ? { en: `${basis.en}; ${key.presumed.en}`, de: `${basis.de}; ${key.presumed.de}` } : basis;
}

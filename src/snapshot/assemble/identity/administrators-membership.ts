/**
 * Whether an account is a member of a node's local Administrators group, and why: listed itself in `net
 * localgroup` (in any form of its name), or through a domain group that is listed there and that `net user
 * <account> /domain` names among the account's global groups (`Domain Admins`, `Domänen-Admins`, or any
 * other). net.exe cuts group names in that list at 21 characters (20 on some versions): a name that long is
 * matched by prefix, and a prefix that two groups of the Administrators start with is ambiguous, so the
 * membership is unknown, naming the group. Membership through nested groups is not visible in either output.
 */
import type { Basis } from '../../schema';
import { resolveIdentity, type Identity, type IdentityContext } from './account-identity';
import { displayName, sameAccount, sameDomain } from './same-account';

export interface MembershipInput {
  /** The account, as its net-user file identifies it. */
  account: Identity;
  /** The account's global groups as `net user /domain` prints them; undefined when the output has no such line. */
  globalGroups?: string[];
  /** The members of the local Administrators group as `net localgroup` prints them. */
  members: string[];
  /** Where the members were listed (their machine and the bundle's domains). */
  context: Omit<IdentityContext, 'bare'>;
}

export interface Membership {
  member: boolean | 'unknown';
  basis: Basis;
  /** The domain group (as the Administrators list it) that makes the account a member. */
  through?: string;
}

/** The widths net.exe cuts group names to in `Global Group memberships`. */
const CUT_WIDTHS = [21, 20];

/** How a group name net user printed matches a full group name: equal, or the start net.exe cut it to. */
export function groupNameMatch(printed: string, full: string): 'exact' | 'cut' | undefined {
  if (printed.toLowerCase() === full.toLowerCase()) return 'exact';
  const cut = CUT_WIDTHS.some((w) => full.length > w && full.slice(0, w).trimEnd().toLowerCase() === printed.toLowerCase());
  return cut ? 'cut' : undefined;
}

export function administratorsMembership(input: MembershipInput): Membership {
  const { account, members } = input;
  const listed = members.map((written) => ({
    written,
    identity: resolveIdentity(written, { ...input.context, bare: { kind: 'local' } }).identity,
  }));
  const open: Basis[] = [];
  for (const m of listed) {
    const same = sameAccount(account, m.identity);
    if (same.same === true) return { member: true, basis: withPresumption(listedAs(m.written), same.presumed) };
    if (same.same === 'unknown' && m.identity.kind !== 'unknown' && sameUser(account, m.identity))
      open.push(about(m.written, same.basis));
  }
  if (account.kind !== 'domain') return decide(open, notListed(account, members));
  const groups = listed.filter((m) => m.identity.kind === 'domain' && sameDomain(account, m.identity as DomainId).same !== false);
  for (const printed of input.globalGroups ?? []) {
    const candidates = groups.flatMap((m) => {
      const match = groupNameMatch(printed, (m.identity as DomainId).user);
      return match ? [{ ...m, match }] : [];
    });
    if (candidates.length > 1) {
      open.push(
        ambiguous(
          printed,
          candidates.map((c) => c.written),
        ),
      );
      continue;
    }
    const [group] = candidates;
    if (!group) continue;
    const domain = sameDomain(account, group.identity as DomainId);
    if (domain.same === 'unknown') open.push(about(group.written, domain.basis));
    else
      return {
        member: true,
        basis: withPresumption(throughGroup(group.written, printed, group.match), domain.presumed),
        through: group.written,
      };
  }
  if (input.globalGroups === undefined) {
    const others = groups.filter((g) => sameAccount(account, g.identity).same !== true).map((g) => g.written);
    if (others.length > 0) open.push(noGroupList(others));
  }
  return decide(open, notListed(account, members, input.globalGroups));
}

type DomainId = Extract<Identity, { kind: 'domain' }>;

const sameUser = (a: Identity, b: Identity) => 'user' in a && 'user' in b && a.user.toLowerCase() === b.user.toLowerCase();

function decide(open: Basis[], otherwise: Basis): Membership {
  if (open.length === 0) return { member: false, basis: otherwise };
  return {
    member: 'unknown',
    basis: { en: open.map((b) => b.en).join('; '), de: open.map((b) => b.de).join('; ') },
  };
}

function withPresumption(basis: Basis, presumed: Basis | undefined): Basis {
  return presumed ? { en: `${basis.en} (${presumed.en})`, de: `${basis.de} (${presumed.de})` } : basis;
}

const listedAs = (written: string): Basis => ({
  en: `member: listed as ${written}`,
  de: `Mitglied: als ${written} aufgeführt`,
});

function throughGroup(group: string, printed: string, match: 'exact' | 'cut'): Basis {
  const name = group.slice(group.indexOf('\\') + 1);
  return match === 'cut'
    ? {
        en: `member through the domain group '${name}' (net user lists '${printed}*')`,
        de: `Mitglied über die Domänengruppe „${name}“ (net user führt „${printed}*“ auf)`,
      }
    : { en: `member through the domain group '${name}'`, de: `Mitglied über die Domänengruppe „${name}“` };
}

const about = (written: string, why: Basis): Basis => ({
  en: `whether ${written} is this account or holds it is not known: ${why.en}`,
  de: `ob ${written} dieses Konto ist oder enthält, ist nicht bekannt: ${why.de}`,
});

function ambiguous(printed: string, groups: string[]): Basis {
  return {
    en: `net user lists the global group '${printed}', cut short, and ${groups.join(' and ')} in the Administrators both start with it`,
    de: `net user führt die globale Gruppe „${printed}“ gekürzt auf, und ${groups.join(' und ')} unter den Administratoren beginnen beide so`,
  };
}

function noGroupList(groups: string[]): Basis {
  return {
    en: `net user gives no global groups of the account, and ${groups.join(', ')} in the Administrators may hold it`,
    de: `net user nennt keine globalen Gruppen des Kontos, und ${groups.join(', ')} unter den Administratoren können es enthalten`,
  };
}

function notListed(account: Identity, members: string[], globalGroups?: string[]): Basis {
  const name = displayName(account);
  const list = members.length > 0 ? members.join(', ') : '—';
  if (globalGroups === undefined || account.kind !== 'domain')
    return {
      en: `${name} is not among the members (${list})`,
      de: `${name} ist nicht unter den Mitgliedern (${list})`,
    };
  const groups = globalGroups.length > 0 ? globalGroups.join(', ') : '—';
  return {
    en: `neither ${name} nor one of its global groups (${groups}) is among the members (${list}); membership through nested groups cannot be seen`,
    de: `weder ${name} noch eine seiner globalen Gruppen (${groups}) ist unter den Mitgliedern (${list}); eine Mitgliedschaft über verschachtelte Gruppen ist nicht sichtbar`,
  };
}

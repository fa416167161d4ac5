import type { NetUserFacts } from '../../../collectors/sources/net-user';
import type { NetLocalgroupAdministratorsFacts } from '../../../collectors/sources/net-localgroup-administrators';
import type { Account } from '../schema';
import type { FolderFacts } from './folder-facts';

/**
 * The accounts a node's folder describes (`net-user-<account>.txt`). Each is the cluster service account
 * unless the plan names another; its membership of the local Administrators group is read from that
 * server's `net-localgroup-administrators.txt`, matching `DOMAIN\name` or the bare name.
 */
export function accountsOf(folder: FolderFacts, plannedAccount: string | undefined, collectedAt?: string): Account[] | undefined {
  const users = folder.all<NetUserFacts>(/^net-user-.+\.txt$/);
  if (users.length === 0) return undefined;
  const admins = folder.facts<NetLocalgroupAdministratorsFacts>('net-localgroup-administrators.txt')?.members;
  return users.map(({ file, facts }) => {
    const name = facts.account ?? file.replace(/^net-user-/, '').replace(/\.txt$/, '');
    const account: Account = {
      name,
      isClusterServiceAccount: plannedAccount === undefined || sameAccount(plannedAccount, name),
    };
    if (facts.fullName) account.fullName = facts.fullName;
    if (facts.active !== undefined) account.active = facts.active;
    if (facts.accountExpires !== undefined) {
      account.accountExpires = facts.accountExpires;
      const expired = expiredAt(facts.accountExpires, collectedAt);
      if (expired !== undefined) account.expired = expired;
    }
    if (facts.lockedOut !== undefined) account.lockedOut = facts.lockedOut;
    if (facts.passwordLastSet !== undefined) account.passwordLastSet = facts.passwordLastSet;
    if (facts.passwordExpires !== undefined) {
      account.passwordExpires = facts.passwordExpires;
      account.passwordNeverExpires = facts.passwordExpires === 'never';
    }
    if (admins) account.localAdministrator = admins.some((m) => sameAccount(m, name, facts.domain));
    return account;
  });
}

/**
 * Whether an account had expired when the bundle was collected: `never` never expires; a date is compared
 * with `collectedAt` of bundle.json (both local times of the customer's servers). Without a collection
 * time it is unknown: bpa does not compare with its own clock, which may run years after the capture.
 */
function expiredAt(expires: string, collectedAt: string | undefined): boolean | undefined {
  if (expires === 'never') return false;
  if (!collectedAt) return undefined;
  return expires.slice(0, 19) <= collectedAt.slice(0, 19);
}

/** `MUELLER\clusdienst`, `clusdienst@mueller.local` and `clusdienst` name the same account. */
export function sameAccount(a: string, b: string, domain?: string): boolean {
  const parse = (x: string) => {
    const lower = x.trim().toLowerCase();
    if (lower.includes('\\')) return { domain: lower.split('\\')[0], user: lower.split('\\').pop()! };
    if (lower.includes('@')) return { domain: lower.split('@')[1]!.split('.')[0], user: lower.split('@')[0]! };
    return { domain: undefined, user: lower };
  };
  const pa = parse(a);
  const pb = parse(b);
  if (pa.user !== pb.user) return false;
  const da = pa.domain ?? domain?.toLowerCase();
  const db = pb.domain ?? domain?.toLowerCase();
  return da === undefined || db === undefined || da === db || da.split('.')[0] === db.split('.')[0];
}

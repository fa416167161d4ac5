import type { NetConfigWorkstationFacts } from '../../../collectors/sources/net-config-workstation';
import type { NetLocalgroupAdministratorsFacts } from '../../../collectors/sources/net-localgroup-administrators';
import type { NetUserFacts } from '../../../collectors/sources/net-user';
import type { ScQcClussvcFacts } from '../../../collectors/sources/sc-qc-clussvc';
import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Account, Basis, Server } from '../schema';
import type { FolderFacts } from './folder-facts';
import { resolveIdentity, type Identity, type IdentityContext, type Resolved } from './identity/account-identity';
import { administratorsMembership } from './identity/administrators-membership';
import { clusterServiceAccount, type ClusterServiceAccount } from './identity/cluster-service-account';
import { lookupDomain, type DomainDirectory, type DomainNames } from './identity/domain-directory';
import { domainNamed, NET_USER_FILES } from './identity/domain-evidence';
import { identityKey, withKeyPresumption } from './identity/identity-key';
import { passwordExpiry } from './identity/password-expiry';
import { sameAccount } from './identity/same-account';

export interface AccountFacts {
  accounts?: Account[];
  clusterServiceAccount?: Server['clusterServiceAccount'];
  domainNetbiosName?: string;
  domainDnsName?: string;
}

export interface AccountContext {
  directory: DomainDirectory;
  plannedAccount?: string;
  collectedAt?: string;
}

/**
 * The account facts of a node's folder: the domain names of the node, the account its Cluster service runs as
 * (`identity/cluster-service-account.ts`), and each account of a `net-user-<account>.txt`: whether it is that
 * account, whether it is a member of the node's local Administrators (`identity/administrators-membership.ts`),
 * and how many days its password had left at the capture. Every decision carries its basis.
 */
export function accountFactsOf(folder: FolderFacts, server: Server, context: AccountContext): AccountFacts {
  const out: AccountFacts = {};
  const config = folder.facts<NetConfigWorkstationFacts>('net-config-workstation.txt');
  if (config?.domainNetbiosName) out.domainNetbiosName = config.domainNetbiosName;
  if (config?.domainDnsName) out.domainDnsName = config.domainDnsName;
  const machine = config?.computerName ?? server.hostName ?? folder.name;
  const own = ownDomain(folder, context.directory);
  const identityContext: IdentityContext = {
    machine,
    directory: context.directory,
    bare: own ? { kind: 'domain', domain: own.names, because: own.because } : { kind: 'ambiguous' },
  };
  const users = folder.all<NetUserFacts>(NET_USER_FILES).map(({ file, facts }) => {
    const name = facts.account ?? file.replace(/^net-user-/, '').replace(/\.txt$/, '');
    const { identity, basis } = netUserIdentity(name, facts, identityContext);
    return { file, facts, name, identity, identityBasis: basis };
  });
  const service = clusterServiceAccount({
    role: server.role,
    ...(server.os ? { os: server.os } : {}),
    ...(folder.facts<ScQcClussvcFacts>('sc-qc-clussvc.txt')
      ? { scQc: folder.facts<ScQcClussvcFacts>('sc-qc-clussvc.txt')! }
      : {}),
    ...(context.plannedAccount ? { plannedAccount: context.plannedAccount } : {}),
    netUsers: users.map((u) => ({ file: u.file, identity: u.identity })),
    context: identityContext,
  });
  if (service) {
    out.clusterServiceAccount = {
      name: service.name,
      ...(service.key ? { identity: service.key } : {}),
      kind: service.identity.kind,
      source: service.source,
      identityBasis: service.basis,
    };
  }
  if (users.length === 0) return out;
  const members = folder.facts<NetLocalgroupAdministratorsFacts>('net-localgroup-administrators.txt')?.members;
  out.accounts = users.map((u) => {
    const account: Account = { name: u.name };
    const key = identityKey(u.identity);
    if (key) account.identity = key.key;
    account.identityBasis = withKeyPresumption(u.identityBasis, key);
    Object.assign(account, serviceAccountVerdict(u.file, u.identity, service, context.plannedAccount, identityContext));
    copyNetUserFacts(u.facts, account, context.collectedAt);
    if (members) {
      const membership = administratorsMembership({
        account: u.identity,
        ...(u.facts.globalGroups ? { globalGroups: u.facts.globalGroups } : {}),
        members,
        context: { machine, directory: context.directory },
      });
      if (membership.member !== 'unknown') account.localAdministrator = membership.member;
      account.localAdministratorBasis = membership.basis;
    }
    return account;
  });
  return out;
}

/** The node's own domain: the pair of net-config-workstation.txt, else the DNS name systeminfo gives. */
function ownDomain(folder: FolderFacts, directory: DomainDirectory): { names: DomainNames; because: Basis } | undefined {
  const config = folder.facts<NetConfigWorkstationFacts>('net-config-workstation.txt');
  const dns = config?.domainDnsName ?? folder.facts<SysteminfoFacts>('systeminfo.txt')?.domain;
  const names: DomainNames =
    config?.domainNetbiosName && config.domainDnsName
      ? { netbios: config.domainNetbiosName, dns: config.domainDnsName }
      : dns?.includes('.')
        ? { dns }
        : {};
  if (!names.netbios && !names.dns) return undefined;
  const known = lookupDomain(directory, names) ?? names;
  const name = known.netbios ?? known.dns!;
  const from = config?.domainDnsName ? 'net-config-workstation.txt' : 'systeminfo.txt';
  return {
    names: known,
    because: {
      en: `a name without a domain taken in the node's domain ${name} (${from})`,
      de: `ein Name ohne Domäne in der Domäne des Knotens ${name} genommen (${from})`,
    },
  };
}

/**
 * The account of a net-user file, with how it was placed: `User name` in the domain `net user /domain` asked, else
 * in the node's domain.
 */
function netUserIdentity(name: string, facts: NetUserFacts, context: IdentityContext): Resolved {
  if (!facts.domain) return resolveIdentity(name, context);
  const domain = domainNamed(facts.domain);
  const because = {
    en: `net user /domain asked the domain ${facts.domain}`,
    de: `net user /domain fragte die Domäne ${facts.domain}`,
  };
  return resolveIdentity(name, { ...context, bare: { kind: 'domain', domain, because } });
}

/** Whether a net-user file's account is the one the Cluster service runs as, with the basis. */
function serviceAccountVerdict(
  file: string,
  identity: Identity,
  service: ClusterServiceAccount | undefined,
  plannedAccount: string | undefined,
  context: IdentityContext,
): Pick<Account, 'isClusterServiceAccount' | 'isClusterServiceAccountBasis'> {
  if (service?.source === file) return { isClusterServiceAccount: true, isClusterServiceAccountBasis: service.basis };
  const reference = service?.identity ?? (plannedAccount ? resolveIdentity(plannedAccount, context).identity : undefined);
  if (!reference)
    return {
      isClusterServiceAccount: true,
      isClusterServiceAccountBasis: {
        en: `the account of ${file}, which collect.cmd writes for the cluster service account`,
        de: `das Konto von ${file}, das collect.cmd für das Clusterdienstkonto schreibt`,
      },
    };
  const same = sameAccount(identity, reference);
  const name = service?.name ?? plannedAccount!;
  const source = service?.source ?? 'bundle.json';
  const lead = { en: `the Cluster service runs as ${name} (${source})`, de: `der Clusterdienst läuft als ${name} (${source})` };
  const presumed = same.presumed ? { en: ` (${same.presumed.en})`, de: ` (${same.presumed.de})` } : { en: '', de: '' };
  const isClusterServiceAccountBasis =
    same.same === true
      ? { en: `${lead.en}: the same account${presumed.en}`, de: `${lead.de}: dasselbe Konto${presumed.de}` }
      : { en: `${lead.en}: ${same.basis.en}`, de: `${lead.de}: ${same.basis.de}` };
  return same.same === 'unknown'
    ? { isClusterServiceAccountBasis }
    : { isClusterServiceAccount: same.same, isClusterServiceAccountBasis };
}

function copyNetUserFacts(facts: NetUserFacts, account: Account, collectedAt: string | undefined): void {
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
    const left = passwordExpiry(facts.passwordExpires, collectedAt);
    if (left) Object.assign(account, { passwordAlreadyExpired: left.alreadyExpired, passwordExpiresInDays: left.days });
  }
  if (facts.globalGroups) account.globalGroups = facts.globalGroups;
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

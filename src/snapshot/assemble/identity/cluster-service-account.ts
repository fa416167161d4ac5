/**
 * The account the Cluster service of a node runs as (or, on a planned node, will run as), as one identity
 * that can be compared across the nodes of a cluster, with the source that gave it. In the order of trust:
 *
 * 1. `sc-qc-clussvc.txt`: the service's own `SERVICE_START_NAME` (on a cluster node; a planned node's service
 *    is not configured yet);
 * 2. Windows Server 2008 and later (systeminfo.txt): a failover cluster runs the service as LocalSystem;
 * 3. the plan in bundle.json (`clusterServiceAccount`), a name without a domain taken in the node's domain;
 * 4. the one `net-user-<account>.txt`, which collect.cmd writes for the account the service runs as.
 *
 * `cluster /prop` does not name the account, so the cluster's properties give nothing here. A source further
 * down says which source further up would sharpen it.
 */
import type { ScQcClussvcFacts } from '../../../../collectors/sources/sc-qc-clussvc';
import type { Basis, Server } from '../../schema';
import { resolveIdentity, type Identity, type IdentityContext } from './account-identity';
import { identityKey, withKeyPresumption } from './identity-key';

export interface ClusterServiceInput {
  role: Server['role'];
  os?: { name?: string; release?: string };
  scQc?: ScQcClussvcFacts;
  plannedAccount?: string;
  /** The accounts of the node's net-user files: the file name and the identity of its account. */
  netUsers: { file: string; identity: Identity }[];
  /** The machine and the domains; `bare` is what a plan's name without a domain means (the node's domain). */
  context: IdentityContext;
}

export interface ClusterServiceAccount {
  /** The account as the source writes it (`MUELLER\clusdienst`, `LocalSystem`, `svc-cluster`). */
  name: string;
  identity: Identity;
  /** One string per account (see identity-key.ts); absent for an unknown identity. */
  key?: string;
  source: string;
  basis: Basis;
}

/** Failover clusters since Windows Server 2008 run the Cluster service as LocalSystem. */
export function runsAsLocalSystemByRelease(release: string | undefined): boolean {
  const year = /^(\d{4})\b/.exec(release ?? '')?.[1];
  return year !== undefined && Number(year) >= 2008;
}

export function clusterServiceAccount(input: ClusterServiceInput): ClusterServiceAccount | undefined {
  if (input.role !== 'clusterNode' && input.role !== 'plannedNode') return undefined;
  const planned = input.role === 'plannedNode';
  const startName = input.scQc?.startName;
  if (!planned && startName) {
    const resolved = resolveIdentity(startName, { ...input.context, bare: { kind: 'ambiguous' } });
    return fact(startName, resolved.identity, 'sc-qc-clussvc.txt', {
      en: `sc-qc-clussvc.txt: the Cluster service logs on as ${startName} (${resolved.basis.en})`,
      de: `sc-qc-clussvc.txt: Der Clusterdienst meldet sich als ${startName} an (${resolved.basis.de})`,
    });
  }
  if (runsAsLocalSystemByRelease(input.os?.release)) {
    const os = input.os?.name ?? `Windows Server ${input.os!.release}`;
    return fact('LocalSystem', { kind: 'builtin', name: 'LocalSystem' }, 'systeminfo.txt', {
      en: `a failover cluster of Windows Server 2008 and later runs the Cluster service as LocalSystem (systeminfo.txt: ${os})${planned ? '' : '; sc-qc-clussvc.txt would show it'}`,
      de: `ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: ${os})${planned ? '' : '; sc-qc-clussvc.txt würde es zeigen'}`,
    });
  }
  const sharpen = planned
    ? { en: '', de: '' }
    : {
        en: '; sc-qc-clussvc.txt would show the account the service runs as',
        de: '; sc-qc-clussvc.txt würde das Konto zeigen, unter dem der Dienst läuft',
      };
  if (input.plannedAccount) {
    const resolved = resolveIdentity(input.plannedAccount, input.context);
    return fact(input.plannedAccount, resolved.identity, 'bundle.json', {
      en: `the plan in bundle.json names ${input.plannedAccount} (${resolved.basis.en})${sharpen.en}`,
      de: `der Plan in bundle.json nennt ${input.plannedAccount} (${resolved.basis.de})${sharpen.de}`,
    });
  }
  if (input.netUsers.length === 1) {
    const [{ file, identity }] = input.netUsers as [{ file: string; identity: Identity }];
    const name = 'user' in identity ? identity.user : file;
    return fact(name, identity, file, {
      en: `the account of ${file}, which collect.cmd writes for the account the Cluster service runs as${sharpen.en}`,
      de: `das Konto von ${file}, das collect.cmd für das Konto schreibt, unter dem der Clusterdienst läuft${sharpen.de}`,
    });
  }
  if (input.netUsers.length > 1) {
    const files = input.netUsers.map((u) => u.file).join(', ');
    const reason = {
      en: `${files}: several accounts, and neither sc-qc-clussvc.txt nor a plan in bundle.json names the one the Cluster service runs as`,
      de: `${files}: mehrere Konten, und weder sc-qc-clussvc.txt noch ein Plan in bundle.json nennt das, unter dem der Clusterdienst läuft`,
    };
    return fact(files, { kind: 'unknown', written: files, reason }, input.netUsers[0]!.file, reason);
  }
  return undefined;
}

function fact(name: string, identity: Identity, source: string, basis: Basis): ClusterServiceAccount {
  const key = identityKey(identity);
  return { name, identity, ...(key ? { key: key.key } : {}), source, basis: withKeyPresumption(basis, key) };
}

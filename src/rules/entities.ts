import type { Scope } from './rule-schema';
import type { Cluster, Server, Snapshot, SourceStatus, StorageGroup } from '../snapshot/schema';

/** One thing a rule is evaluated for: a server, an adapter, an account, a cluster, the organization. */
export interface Entity {
  scope: Scope;
  /** The facts rules of this scope can name (`server`, `adapter`, …). */
  facts: Record<string, unknown>;
  /** The finding's `server`: the host (or cluster) name as the bundle spells it; absent for the organization. */
  server?: string;
  /** The finding's `target`: the display name of the entity, absent for a server-wide finding. */
  target?: string;
  /** The status of a source file for this entity, to explain a fact that is absent. */
  sourceStatus: (file: string) => SourceStatus | undefined;
  /** The sources of the organization folder, for the organization facts a rule of this scope names. */
  organizationSources?: Record<string, SourceStatus>;
  /** The file name a source has for this entity: `net-user-<account>.txt` → `net-user-clusdienst.txt`. */
  sourceFile?: (file: string) => string;
  /**
   * Set when the entities of this scope could not be listed at all (a node without adapter data):
   * every rule of the scope is then not evaluated, for this reason.
   */
  unlisted?: { fact: string; sources: string[] };
  /**
   * Set when the scope has nothing to check here by design (a node whose Cluster service runs as LocalSystem
   * has no cluster service account): every rule of the scope is reported as not applicable, for this reason.
   */
  notApplicable?: { en: string; de: string };
}

const isNode = (s: Server) => s.role === 'clusterNode' || s.role === 'plannedNode';
/** A clustered mailbox server, or an Exchange server with the Mailbox role: it has storage groups. */
const holdsMailboxes = (s: Server) => s.role === 'clusteredMailboxServer' || (s.exchange?.roles ?? []).includes('Mailbox');

/** Lists the entities of one scope in a snapshot, in a stable order. */
export function entitiesOf(snapshot: Snapshot, scope: Scope): Entity[] {
  const out: Entity[] = [];
  listEntities(snapshot, scope, out);
  return out;
}

/**
 * The entities of a scope are many (an adapter, a volume each): they are written out one by one, each with all of
 * its properties at once (no spread from a base, no property added later, no list per server to flatten).
 */
function listEntities(snapshot: Snapshot, scope: Scope, out: Entity[]): void {
  const clusterOf = (s: Server) => snapshot.clusters.find((c) => c.name === s.cluster);
  const organization = snapshot.organization;
  const organizationSources = organization.sources;
  const fromServer = (s: Server) => (file: string) => s.sources[concreteSource(s, file)];
  switch (scope) {
    case 'server':
      for (const s of snapshot.servers) {
        const facts = { server: s, cluster: clusterOf(s), organization };
        out.push({ scope, facts, server: s.name, sourceStatus: fromServer(s), organizationSources });
      }
      return;
    case 'adapter':
      for (const s of snapshot.servers) {
        if (!s.adapters) {
          if (isNode(s)) {
            const unlisted = { fact: 'server.adapters', sources: ['ipconfig-all.txt', 'reg-network-connections.txt'] };
            out.push({ scope, server: s.name, sourceStatus: fromServer(s), facts: { server: s }, unlisted, organizationSources });
          }
          continue;
        }
        const sourceStatus = fromServer(s);
        const cluster = clusterOf(s);
        for (const a of s.adapters) {
          const facts = { adapter: a, server: s, cluster };
          out.push({ scope, server: s.name, sourceStatus, facts, target: a.name, organizationSources });
        }
      }
      return;
    case 'account':
      for (const s of snapshot.servers) {
        const sourceStatus = fromServer(s);
        const service = s.clusterServiceAccount;
        if (isNode(s) && service?.kind === 'builtin') {
          const notApplicable = {
            en: `${service.identityBasis.en}; there is no cluster service account`,
            de: `${service.identityBasis.de}; es gibt kein Clusterdienstkonto`,
          };
          out.push({
            scope,
            server: s.name,
            sourceStatus,
            facts: { server: s },
            target: service.name,
            notApplicable,
            organizationSources,
          });
        } else if (isNode(s) && !(s.accounts ?? []).some((a) => a.isClusterServiceAccount !== false)) {
          const unlisted = { fact: 'cluster service account', sources: ['net-user-<account>.txt'] };
          out.push({ scope, server: s.name, sourceStatus, facts: { server: s }, unlisted, organizationSources });
          continue;
        }
        const cluster = clusterOf(s);
        for (const a of s.accounts ?? []) {
          const facts = { account: a, server: s, cluster };
          const sourceFile = (file: string) => concreteSource(s, file, a.name);
          out.push({ scope, server: s.name, sourceStatus, facts, target: a.name, sourceFile, organizationSources });
        }
      }
      return;
    case 'storageGroup':
      for (const s of snapshot.servers) {
        if (!s.storageGroups) {
          if (holdsMailboxes(s)) {
            const unlisted = { fact: 'server.storageGroups', sources: ['ex-storage-groups.txt'] };
            out.push({ scope, server: s.name, sourceStatus: fromServer(s), facts: { server: s }, unlisted, organizationSources });
          }
          continue;
        }
        const sourceStatus = fromServer(s);
        const cluster = clusterOf(s);
        for (const g of s.storageGroups) {
          const facts = { storageGroup: g, server: s, cluster, organization };
          out.push({ scope, server: s.name, sourceStatus, facts, target: g.name, organizationSources });
        }
      }
      return;
    case 'database':
      for (const s of snapshot.servers) {
        if (!s.storageGroups) continue;
        const sourceStatus = fromServer(s);
        for (const g of s.storageGroups) {
          for (const d of g.databases ?? []) {
            const facts = { database: d, storageGroup: g, server: s, organization };
            out.push({ scope, server: s.name, sourceStatus, facts, target: `${g.name}\\${d.name}`, organizationSources });
          }
          for (const unlisted of unlistedDatabases(g)) {
            const facts = { storageGroup: g, server: s };
            out.push({ scope, server: s.name, sourceStatus, facts, target: g.name, unlisted, organizationSources });
          }
        }
      }
      return;
    case 'volume':
    case 'disk':
      for (const s of snapshot.servers) {
        if (!s.exchangeVolumes) {
          if (s.exchangeVolumesBasis) {
            const unlisted = { fact: 'server.exchangeVolumes', sources: ['volumes.txt'] };
            out.push({ scope, server: s.name, sourceStatus: fromServer(s), facts: { server: s }, unlisted, organizationSources });
          }
          continue;
        }
        const sourceStatus = fromServer(s);
        for (const v of s.exchangeVolumes) {
          if (scope === 'volume') {
            out.push({
              scope,
              server: s.name,
              sourceStatus,
              facts: { volume: v, server: s },
              target: v.name,
              organizationSources,
            });
          } else {
            const facts = { partition: v.partition, volume: v, server: s };
            out.push({ scope, server: s.name, sourceStatus, facts, target: partitionTarget(v.partition), organizationSources });
          }
        }
      }
      return;
    case 'cluster':
      for (const c of snapshot.clusters) {
        const facts = { cluster: c, organization };
        out.push({ scope, facts, server: c.name, sourceStatus: clusterSourceStatus(snapshot, c), organizationSources });
      }
      return;
    case 'organization':
      out.push({ scope, facts: { organization }, sourceStatus: (file) => organization.sources[file], organizationSources });
      return;
  }
}

/** A partition as a finding names it: `Disk #2, Partition #0 (M:\\)`, or the volume when the partition is unknown. */
function partitionTarget(partition: { volume: string; name?: string }): string {
  return partition.name ? `${partition.name} (${partition.volume})` : partition.volume;
}

/**
 * The database lists of a storage group that were not read: each list is known on its own, so the databases
 * of the other are still evaluated, and the rules name the list they could not check.
 */
function unlistedDatabases(group: StorageGroup): { fact: string; sources: string[] }[] {
  if (!group.databases)
    return [{ fact: 'storageGroup.databases', sources: ['ex-mailbox-databases.txt', 'ex-public-folder-databases.txt'] }];
  const missing = group.unlistedDatabaseKinds ?? [];
  return [
    ...(missing.includes('mailbox') ? [{ fact: 'storageGroup.databases (mailbox)', sources: ['ex-mailbox-databases.txt'] }] : []),
    ...(missing.includes('publicFolder')
      ? [{ fact: 'storageGroup.databases (public folder)', sources: ['ex-public-folder-databases.txt'] }]
      : []),
  ];
}

/**
 * A cluster's sources are its nodes' cluster outputs: parsed when any node parsed it. Each file's status is
 * decided once per listing (every rule of the scope asks for the same few files).
 */
function clusterSourceStatus(snapshot: Snapshot, cluster: Cluster) {
  const nodes = snapshot.servers.filter((s) => s.cluster === cluster.name && isNode(s));
  const cms = snapshot.servers.filter((s) => s.cluster === cluster.name && s.role === 'clusteredMailboxServer');
  const decided = new Map<string, SourceStatus | undefined>();
  return (file: string): SourceStatus | undefined => {
    if (decided.has(file)) return decided.get(file);
    const statuses = [...nodes, ...cms].map((s) => s.sources[file]).filter((x): x is SourceStatus => x !== undefined);
    const status = statuses.find((x) => x.status === 'parsed') ?? statuses.find((x) => x.status === 'failed') ?? statuses[0];
    decided.set(file, status);
    return status;
  };
}

/**
 * The source file a pattern like `net-user-<account>.txt` stands for on a server: the account's own file
 * when the entity is an account, else the first file of the server that fits the pattern.
 */
function concreteSource(server: Server, file: string, account?: string): string {
  if (!file.includes('<')) return file;
  const own = account ? file.replace(/<[^>]+>/, account.toLowerCase()) : undefined;
  if (own && server.sources[own]) return own;
  const pattern = patternOf(file);
  return Object.keys(server.sources).find((key) => pattern.test(key)) ?? file;
}

/** The file name patterns are the few of the schema's `x-sources`: each made a regular expression once. */
const patterns = new Map<string, RegExp>();

function patternOf(file: string): RegExp {
  let pattern = patterns.get(file);
  if (!pattern) {
    pattern = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '.+')}$`);
    patterns.set(file, pattern);
  }
  return pattern;
}

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
  const organizationSources = snapshot.organization.sources;
  const entities = listEntities(snapshot, scope);
  for (const e of entities) e.organizationSources = organizationSources;
  return entities;
}

/** The entities of a scope are many (an adapter, a volume each): they are written out rather than spread from a base. */
function listEntities(snapshot: Snapshot, scope: Scope): Entity[] {
  const clusterOf = (s: Server) => snapshot.clusters.find((c) => c.name === s.cluster);
  const organization = snapshot.organization;
  const fromServer = (s: Server) => (file: string) => s.sources[concreteSource(s, file)];
  switch (scope) {
    case 'server':
      return snapshot.servers.map((s) => ({
        scope,
        facts: { server: s, cluster: clusterOf(s), organization },
        server: s.name,
        sourceStatus: fromServer(s),
      }));
    case 'adapter':
      return snapshot.servers.flatMap((s): Entity[] => {
        const base = { scope, server: s.name, sourceStatus: fromServer(s) };
        if (!s.adapters) {
          return isNode(s)
            ? [
                {
                  ...base,
                  facts: { server: s },
                  unlisted: { fact: 'server.adapters', sources: ['ipconfig-all.txt', 'reg-network-connections.txt'] },
                },
              ]
            : [];
        }
        return s.adapters.map((a) => ({
          scope,
          server: base.server,
          sourceStatus: base.sourceStatus,
          facts: { adapter: a, server: s, cluster: clusterOf(s) },
          target: a.name,
        }));
      });
    case 'account':
      return snapshot.servers.flatMap((s): Entity[] => {
        const base = { scope, server: s.name, sourceStatus: fromServer(s) };
        const accounts = (s.accounts ?? []).map((a) => ({
          scope,
          server: base.server,
          sourceStatus: base.sourceStatus,
          facts: { account: a, server: s, cluster: clusterOf(s) },
          target: a.name,
          sourceFile: (file: string) => concreteSource(s, file, a.name),
        }));
        const service = s.clusterServiceAccount;
        if (isNode(s) && service?.kind === 'builtin') {
          const notApplicable = {
            en: `${service.identityBasis.en}; there is no cluster service account`,
            de: `${service.identityBasis.de}; es gibt kein Clusterdienstkonto`,
          };
          return [{ ...base, facts: { server: s }, target: service.name, notApplicable }, ...accounts];
        }
        if (isNode(s) && !(s.accounts ?? []).some((a) => a.isClusterServiceAccount !== false)) {
          return [
            { ...base, facts: { server: s }, unlisted: { fact: 'cluster service account', sources: ['net-user-<account>.txt'] } },
          ];
        }
        return accounts;
      });
    case 'storageGroup':
      return snapshot.servers.flatMap((s): Entity[] => {
        const base = { scope, server: s.name, sourceStatus: fromServer(s) };
        if (!s.storageGroups) {
          return holdsMailboxes(s)
            ? [{ ...base, facts: { server: s }, unlisted: { fact: 'server.storageGroups', sources: ['ex-storage-groups.txt'] } }]
            : [];
        }
        return s.storageGroups.map((g) => ({
          scope,
          server: base.server,
          sourceStatus: base.sourceStatus,
          facts: { storageGroup: g, server: s, cluster: clusterOf(s), organization },
          target: g.name,
        }));
      });
    case 'database':
      return snapshot.servers.flatMap((s): Entity[] => {
        const base = { scope, server: s.name, sourceStatus: fromServer(s) };
        if (!s.storageGroups) return [];
        return s.storageGroups.flatMap((g): Entity[] => [
          ...(g.databases ?? []).map((d) => ({
            scope,
            server: base.server,
            sourceStatus: base.sourceStatus,
            facts: { database: d, storageGroup: g, server: s, organization },
            target: `${g.name}\\${d.name}`,
          })),
          ...unlistedDatabases(g).map((unlisted) => ({
            ...base,
            facts: { storageGroup: g, server: s },
            target: g.name,
            unlisted,
          })),
        ]);
      });
    case 'volume':
    case 'disk':
      return snapshot.servers.flatMap((s): Entity[] => {
        const base = { scope, server: s.name, sourceStatus: fromServer(s) };
        if (!s.exchangeVolumes) {
          return s.exchangeVolumesBasis
            ? [{ ...base, facts: { server: s }, unlisted: { fact: 'server.exchangeVolumes', sources: ['volumes.txt'] } }]
            : [];
        }
        const { server, sourceStatus } = base;
        return s.exchangeVolumes.map((v) =>
          scope === 'volume'
            ? { scope, server, sourceStatus, facts: { volume: v, server: s }, target: v.name }
            : {
                scope,
                server,
                sourceStatus,
                facts: { partition: v.partition, volume: v, server: s },
                target: partitionTarget(v.partition),
              },
        );
      });
    case 'cluster':
      return snapshot.clusters.map((c) => ({
        scope,
        facts: { cluster: c, organization },
        server: c.name,
        sourceStatus: clusterSourceStatus(snapshot, c),
      }));
    case 'organization':
      return [{ scope, facts: { organization }, sourceStatus: (file) => organization.sources[file] }];
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

import type { Cluster, Server } from '../../schema';
import { both } from './kind-evidence';

type Replication = Pick<Cluster, 'privateNetworkMayCarryReplication' | 'privateNetworkMayCarryReplicationBasis'>;

/**
 * Whether the private network of a running cluster may carry Exchange 2007 SP1 continuous replication host
 * names (Enable-ContinuousReplicationHostName), which need a network with role 3 (mixed): only in CCR with
 * Exchange 2007 SP1 or later. False when that is impossible (SCC, LCR-only or no CMS; Exchange below SP1);
 * otherwise unknown, because bpa does not collect the host names' cluster resources, so NET-008 cannot
 * blame role 3 on the private network and says why.
 */
export function privateNetworkReplication(cluster: Cluster, clusteredMailboxServers: readonly Server[]): Replication {
  if (cluster.planned || cluster.type === undefined) return {};
  if (cluster.type !== 'CCR') return { privateNetworkMayCarryReplication: false };
  const versions = clusteredMailboxServers.map((s) => s.exchange?.version);
  if (versions.some((v) => v !== undefined && (v.major < 8 || (v.major === 8 && v.minor < 1)))) {
    return { privateNetworkMayCarryReplication: false };
  }
  if (versions.length === 0 || versions.some((v) => v === undefined)) return {};
  return {
    privateNetworkMayCarryReplicationBasis: both((l) =>
      l === 'en'
        ? 'in CCR with Exchange 2007 SP1 or later a network that carries continuous replication host names needs role 3, and bpa does not collect which network those host names use (cluster res /priv)'
        : 'in CCR ab Exchange 2007 SP1 braucht ein Netzwerk, das Hostnamen für fortlaufende Replikation trägt, Rolle 3, und bpa erfasst nicht, welches Netzwerk diese Hostnamen nutzen (cluster res /priv)',
    ),
  };
}

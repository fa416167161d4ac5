import type { Cluster } from '../schema';
import type { LocalizedText } from './os-family';

export interface MajorityNodeSet {
  value?: boolean;
  basis: LocalizedText;
}

/**
 * Whether a cluster uses a Majority Node Set quorum (PRE-007: only such a cluster needs KB921181 for its
 * file share witness). The quorum resource decides when `cluster /quorum` was read; otherwise the cluster
 * type: every CCR cluster on Windows Server 2003 is a Majority Node Set cluster, a single copy cluster (SCC)
 * keeps its quorum on a shared disk. For a planned cluster the type is the plan's.
 */
export function majorityNodeSetOf(cluster: Pick<Cluster, 'quorum' | 'type' | 'planned'>): MajorityNodeSet {
  const quorum = cluster.quorum?.type;
  const resource = cluster.quorum?.resource ?? '?';
  if (quorum === 'majorityNodeSet') {
    return {
      value: true,
      basis: {
        en: `the quorum resource "${resource}" is a Majority Node Set (cluster-quorum.txt)`,
        de: `die Quorumressource „${resource}“ ist ein Majority Node Set (cluster-quorum.txt)`,
      },
    };
  }
  if (quorum === 'disk' || quorum === 'localQuorum') {
    return {
      value: false,
      basis: {
        en: `the quorum resource "${resource}" is a ${quorum === 'disk' ? 'shared disk' : 'local quorum'} (cluster-quorum.txt)`,
        de: `die Quorumressource „${resource}“ ist ${quorum === 'disk' ? 'ein freigegebener Datenträger' : 'ein lokales Quorum'} (cluster-quorum.txt)`,
      },
    };
  }
  const source = cluster.planned ? 'bundle.json' : 'ex-mailbox-server.txt';
  if (cluster.type === 'CCR') {
    return {
      value: true,
      basis: {
        en: `a CCR cluster (${source}), which on Windows Server 2003 runs on a Majority Node Set quorum`,
        de: `ein CCR-Cluster (${source}), der unter Windows Server 2003 ein Majority-Node-Set-Quorum verwendet`,
      },
    };
  }
  if (cluster.type === 'SCC') {
    return {
      value: false,
      basis: {
        en: `a single copy cluster (${source}), which keeps its quorum on a shared disk`,
        de: `ein Single Copy Cluster (${source}), der sein Quorum auf einem freigegebenen Datenträger hält`,
      },
    };
  }
  return {
    basis: {
      en: 'neither the quorum resource (cluster-quorum.txt) nor the cluster type (ex-mailbox-server.txt, or the plan in bundle.json) is known',
      de: 'weder die Quorumressource (cluster-quorum.txt) noch der Clustertyp (ex-mailbox-server.txt oder der Plan in bundle.json) ist bekannt',
    },
  };
}

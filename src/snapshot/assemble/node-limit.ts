import type { Cluster, Server } from '../schema';
import type { LocalizedText } from './os-family';

/** The most nodes a cluster may have, or none when the evidence does not decide it; and why. */
export interface NodeLimit {
  value?: number;
  basis: LocalizedText;
}

interface OsLimit {
  limit: number;
  what: LocalizedText;
}

/**
 * The node limit of a cluster (CLU-001): 8 for Windows Server 2003 Enterprise and Datacenter server clusters
 * and for x86 and Itanium Windows Server 2008 failover clusters, 16 for x64 Windows Server 2008 (and 2008 R2,
 * x64 only); 2 for Windows 2000 Advanced Server and 4 for Windows 2000 Datacenter Server. An Exchange 2007
 * single copy cluster (SCC) has at most 8 nodes whatever Windows allows. The nodes' Windows comes from their
 * systeminfo.txt; nodes that disagree leave it unknown, and so does an unknown cluster type where Windows
 * would allow more than 8 (the cluster might be an SCC).
 */
export function nodeLimitOf(cluster: Pick<Cluster, 'type'>, nodes: Server[]): NodeLimit {
  const scc: LocalizedText = {
    en: 'an Exchange 2007 single copy cluster has at most 8 nodes',
    de: 'ein Exchange-2007-Single-Copy-Cluster hat höchstens 8 Knoten',
  };
  if (cluster.type === 'SCC') return { value: 8, basis: scc };
  const known = nodes.filter((n) => n.os !== undefined);
  const limits = known.map((n) => osLimitOf(n.os!));
  if (known.length === 0) {
    return {
      basis: { en: "no node's Windows is known (systeminfo.txt)", de: 'das Windows keines Knotens ist bekannt (systeminfo.txt)' },
    };
  }
  const first = limits[0];
  if (!first || limits.some((l) => l?.limit !== first.limit)) {
    const names = known.map((n) => `${n.name}: ${n.os!.name}${n.os!.architecture ? ` ${n.os!.architecture}` : ''}`).join('; ');
    return {
      basis: {
        en: `the nodes' Windows does not give one known limit (${names})`,
        de: `das Windows der Knoten ergibt keine bekannte Grenze (${names})`,
      },
    };
  }
  if (first.limit > 8 && cluster.type === undefined) {
    return {
      basis: {
        en: `${first.what.en}, but ${scc.en} and the cluster type is unknown (ex-mailbox-server.txt)`,
        de: `${first.what.de}, aber ${scc.de}, und der Clustertyp ist unbekannt (ex-mailbox-server.txt)`,
      },
    };
  }
  return { value: first.limit, basis: first.what };
}

function osLimitOf(os: NonNullable<Server['os']>): OsLimit | undefined {
  const release = os.release;
  if (release === '2003' || release === '2003 R2') {
    return {
      limit: 8,
      what: {
        en: 'Windows Server 2003 server clusters support 8 nodes',
        de: 'Windows-Server-2003-Servercluster unterstützen 8 Knoten',
      },
    };
  }
  if (release === '2008' || release === '2008 R2') {
    if (os.architecture === 'x64') {
      return {
        limit: 16,
        what: {
          en: `x64 Windows Server ${release} failover clusters support 16 nodes`,
          de: `Failovercluster unter x64-Windows Server ${release} unterstützen 16 Knoten`,
        },
      };
    }
    if (os.architecture === 'x86' || os.architecture === 'ia64') {
      const arch = os.architecture === 'x86' ? 'x86' : 'Itanium';
      return {
        limit: 8,
        what: {
          en: `${arch} Windows Server ${release} failover clusters support 8 nodes`,
          de: `Failovercluster unter ${arch}-Windows Server ${release} unterstützen 8 Knoten`,
        },
      };
    }
    return undefined;
  }
  if (release === '2000' && os.edition === 'Advanced Server') {
    return {
      limit: 2,
      what: {
        en: 'Windows 2000 Advanced Server clusters support 2 nodes',
        de: 'Cluster unter Windows 2000 Advanced Server unterstützen 2 Knoten',
      },
    };
  }
  if (release === '2000' && os.edition === 'Datacenter') {
    return {
      limit: 4,
      what: {
        en: 'Windows 2000 Datacenter Server clusters support 4 nodes',
        de: 'Cluster unter Windows 2000 Datacenter Server unterstützen 4 Knoten',
      },
    };
  }
  return undefined;
}

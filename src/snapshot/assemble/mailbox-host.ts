import type { Cluster, Server } from '../schema';
import { hostsOf } from './database-volumes';

type Text = { en: string; de: string };

/**
 * Whether a machine holds mailbox databases (SYS-003 looks at its page file): a node a clustered mailbox server
 * runs on (by RedundantMachines, else by cluster), a node of a cluster with a clustered mailbox server, a
 * planned node (bpa plans CCR and SCC nodes, which will run one), or a server whose Exchange roles include
 * Mailbox. A clustered mailbox server itself is no machine: its nodes hold its files. Unknown when neither the
 * Exchange roles nor the cluster say it.
 */
export function mailboxHostOf(
  server: Server,
  servers: readonly Server[],
  clusters: readonly Cluster[],
): { value?: boolean; basis: Text } {
  if (server.role === 'clusteredMailboxServer')
    return {
      value: false,
      basis: {
        en: 'a clustered mailbox server: its nodes hold its databases',
        de: 'ein Postfachserver im Cluster: seine Knoten halten seine Datenbanken',
      },
    };
  const held = servers
    .filter((s) => s.role === 'clusteredMailboxServer' && hostsOf(s, servers).includes(server))
    .map((s) => s.name);
  if (held.length > 0)
    return {
      value: true,
      basis: {
        en: `node of the clustered mailbox server ${held.join(', ')}`,
        de: `Knoten des Postfachservers im Cluster ${held.join(', ')}`,
      },
    };
  const cms = clusters.find((c) => c.name === server.cluster)?.clusteredMailboxServers ?? [];
  if (server.role === 'clusterNode' && cms.length > 0)
    return {
      value: true,
      basis: {
        en: `node of cluster ${server.cluster}, which runs the clustered mailbox server ${cms.join(', ')}`,
        de: `Knoten des Clusters ${server.cluster}, auf dem der Postfachserver ${cms.join(', ')} läuft`,
      },
    };
  if (server.role === 'plannedNode')
    return {
      value: true,
      basis: {
        en: 'planned cluster node: it will run a clustered mailbox server',
        de: 'geplanter Clusterknoten: auf ihm wird ein Postfachserver im Cluster laufen',
      },
    };
  const roles = server.exchange?.roles;
  if (roles) {
    const mailbox = roles.includes('Mailbox');
    return {
      value: mailbox,
      basis: {
        en: `Exchange roles ${roles.join(', ') || 'none'}${mailbox ? '' : ': no Mailbox'}`,
        de: `Exchange-Rollen ${roles.join(', ') || 'keine'}${mailbox ? '' : ': kein Postfach'}`,
      },
    };
  }
  return {
    basis: {
      en: 'neither ex-server.txt nor a cluster with a clustered mailbox server says whether it holds mailbox databases',
      de: 'weder ex-server.txt noch ein Cluster mit Postfachserver sagt, ob er Postfachdatenbanken hält',
    },
  };
}

import type { ClusterNodeFacts } from '../../../collectors/sources/cluster-node';
import type { Manifest } from '../../bundle/manifest';
import type { Diagnostic } from '../../shared/diagnostic';
import type { Cluster } from '../schema';
import type { NodeInput } from './clusters';

/**
 * A diagnostic for every server that a cluster's node list (cluster-node.txt) or the plan in bundle.json names
 * but the bundle has no folder for, naming the file that names it. Nothing else changes: the checks that need
 * every node report such a node as not evaluated, as they do for any node without the source.
 */
export function missingNodeDiagnostics(
  clusters: Cluster[],
  nodes: NodeInput[],
  folders: string[],
  manifest: Manifest,
): Diagnostic[] {
  const have = new Set(folders.map((f) => f.toLowerCase()));
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const report = (name: string, diagnostic: Diagnostic) => {
    if (have.has(name.toLowerCase()) || reported.has(name.toLowerCase())) return;
    reported.add(name.toLowerCase());
    out.push(diagnostic);
  };
  for (const cluster of clusters.filter((c) => !c.planned)) {
    const lister = nodes.find((n) => n.server.cluster === cluster.name && n.folder.facts<ClusterNodeFacts>('cluster-node.txt'));
    if (!lister) continue;
    for (const node of cluster.nodes) {
      report(node.name, {
        file: `${lister.folder.name}/cluster-node.txt`,
        severity: 'warning',
        message: `cluster ${cluster.name} has node ${node.name}, but the bundle has no folder ${node.name}: its checks are not evaluated`,
      });
    }
  }
  for (const name of manifest.plan?.nodes ?? []) {
    report(name, {
      file: 'bundle.json',
      severity: 'warning',
      message: `the plan names node ${name}, but the bundle has no folder ${name}: its checks are not evaluated`,
    });
  }
  return out;
}

/**
 * The value of each compared setting on every node of a cluster (`cluster.nodeValues`), the fact the consistency
 * rules (CON-001…) compare. A setting is listed only when every node's value is known and the values can be
 * compared; otherwise its `<key>Basis` says why, node by node, in the fixed words the reports translate
 * ("EX2007-NODE2: file-versions.txt missing", "…: not in the bundle"). Unknown is not a difference.
 */
import type { Basis, Cluster, NodeValue, NodeValues, Server } from '../../schema';
import { COMPARED_SETTINGS, type ComparedSetting } from './compared-settings';

const isNode = (s: Server) => s.role === 'clusterNode' || s.role === 'plannedNode';

/** The nodes of a cluster that are in the bundle (by name), and the names of those the cluster lists that are not. */
export function nodesOf(cluster: Cluster, servers: Server[]): { present: Server[]; absent: string[] } {
  const present = servers.filter((s) => isNode(s) && s.cluster === cluster.name).sort((a, b) => a.name.localeCompare(b.name));
  const known = new Set(present.map((s) => s.name.toUpperCase()));
  const absent = cluster.nodes.map((n) => n.name).filter((n) => !known.has(n.toUpperCase()));
  return { present, absent };
}

export function nodeValuesOf(cluster: Cluster, servers: Server[]): NodeValues {
  const nodes = nodesOf(cluster, servers);
  const out: NodeValues = { nodes: [...nodes.present.map((s) => s.name), ...nodes.absent] };
  for (const setting of COMPARED_SETTINGS) {
    const result = compared(setting, nodes);
    if ('values' in result) out[setting.key] = result.values;
    else out[`${setting.key}Basis`] = result.basis;
  }
  return out;
}

function compared(
  setting: ComparedSetting,
  nodes: { present: Server[]; absent: string[] },
): { values: NodeValue[] } | { basis: Basis } {
  const read = nodes.present.map((server) => ({ server, value: setting.read(server) }));
  const unknown = [
    ...nodes.absent.map((node) => ({ node, why: { en: 'not in the bundle', de: 'nicht im Bundle' } })),
    ...read.filter((r) => r.value === undefined).map((r) => ({ node: r.server.name, why: unknownReason(setting, r.server) })),
  ];
  if (unknown.length > 0) {
    return {
      basis: {
        en: unknown.map((u) => `${u.node}: ${u.why.en}`).join('; '),
        de: unknown.map((u) => `${u.node}: ${u.why.de}`).join('; '),
      },
    };
  }
  const incomparable = setting.incomparable?.(nodes.present.map((server) => ({ node: server.name, server })));
  if (incomparable) return { basis: incomparable };
  return {
    values: read.map(({ server, value }) => ({
      node: server.name,
      value: value!.value,
      ...(value!.shown ? { shown: value!.shown } : {}),
      sources: value!.sources,
    })),
  };
}

/** Why a node's value is unknown: the snapshot's own basis, or what became of the setting's sources. */
function unknownReason(setting: ComparedSetting, server: Server): Basis {
  const basis = setting.unknownBasis?.(server);
  if (basis) return basis;
  const statuses = setting.sources.map((file) => ({ file, status: statusOf(server, file) }));
  const failed = statuses.filter((s) => s.status === 'failed').map((s) => s.file);
  const parsed = statuses.filter((s) => s.status === 'parsed').map((s) => s.file);
  if (parsed.length > 0) {
    const gave = parsed.join(', ');
    return {
      en: [`${gave} gave no ${setting.fact}`, ...failed.map((f) => `${f} failed`)].join(', '),
      de: [`${gave} lieferte keinen Wert für ${setting.fact}`, ...failed.map((f) => `${f} nicht lesbar`)].join(', '),
    };
  }
  if (failed.length > 0) {
    return { en: failed.map((f) => `${f} failed`).join(', '), de: `${failed.join(', ')} nicht lesbar` };
  }
  return { en: `${setting.sources.join(' or ')} missing`, de: `${setting.sources.join(' oder ')} fehlt` };
}

/** A source's status on a server; a pattern such as `net-user-<account>.txt` stands for any file that fits it. */
function statusOf(server: Server, file: string): string | undefined {
  if (!file.includes('<')) return server.sources[file]?.status;
  const [head, tail] = file.split(/<[^>]+>/) as [string, string];
  const fits = Object.entries(server.sources).filter(([name]) => name.startsWith(head) && name.endsWith(tail));
  return fits.find(([, s]) => s.status === 'parsed')?.[1].status ?? fits[0]?.[1].status;
}

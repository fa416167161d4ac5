import type { Cluster, Server, Snapshot } from '../snapshot/schema';
import { fingerprint, type Finding, type NotEvaluated } from '../rules/evaluate';
import type { Lang } from '../rules/rule-schema';
import { displayName } from '../shared/cluster-name';
import type { ConsistencySetting } from './settings';

interface NodeValue {
  node: string;
  value: string | string[];
}

/** The nodes of a cluster that are in the bundle, and the names of those that are not. */
export function nodesOf(snapshot: Snapshot, cluster: Cluster): { present: Server[]; absent: string[] } {
  const isNode = (s: Server) => (s.role === 'clusterNode' || s.role === 'plannedNode') && s.cluster === cluster.name;
  const present = snapshot.servers.filter(isNode).sort((a, b) => a.name.localeCompare(b.name));
  const known = new Set(present.map((s) => s.name.toUpperCase()));
  const absent = cluster.nodes.map((n) => n.name).filter((n) => !known.has(n.toUpperCase()));
  return { present, absent };
}

/**
 * Compares one setting across the nodes of one cluster: a finding when the values differ, not evaluated
 * when a node's value is unknown (or a node is not in the bundle), nothing when they agree.
 */
export function compareSetting(
  setting: ConsistencySetting,
  cluster: Cluster,
  nodes: { present: Server[]; absent: string[] },
  lang: Lang,
): { finding?: Finding; notEvaluated?: NotEvaluated } {
  if (nodes.present.length + nodes.absent.length < 2) return {};
  const unknown = nodes.present.filter((s) => setting.read(s) === undefined);
  if (unknown.length > 0 || nodes.absent.length > 0) {
    const reasons = [
      ...nodes.absent.map((n) => `${n}: ${lang === 'de' ? 'nicht im Bundle' : 'not in the bundle'}`),
      ...unknown.map((s) => `${s.name}: ${unknownReason(setting, s)}`),
    ];
    const item: NotEvaluated = {
      ruleId: setting.id,
      server: cluster.name,
      reason: reasons.join('; '),
      missing: [{ fact: setting.fact, sources: setting.sources }],
    };
    return { notEvaluated: item };
  }
  const incomparable = setting.incomparable?.(nodes.present);
  if (incomparable) {
    return {
      notEvaluated: {
        ruleId: setting.id,
        server: cluster.name,
        reason: incomparable,
        missing: [{ fact: setting.fact, sources: setting.sources }],
      },
    };
  }
  const values: NodeValue[] = nodes.present.map((s) => ({ node: s.name, value: setting.read(s)! }));
  const canonical = (v: string | string[]) =>
    typeof v === 'string' ? v : JSON.stringify(setting.shape === 'ordered' ? v : [...v].map((x) => x.toUpperCase()).sort());
  if (new Set(values.map((v) => canonical(v.value))).size === 1) return {};
  return { finding: findingOf(setting, cluster, values, lang) };
}

function findingOf(setting: ConsistencySetting, cluster: Cluster, values: NodeValue[], lang: Lang): Finding {
  const shown = displayValues(setting, values, lang);
  const name = setting.name[lang];
  const list = shown.map((v) => `${v.node}: ${v.brief}`).join('; ');
  const isSet = setting.shape === 'set';
  const clusterName = displayName(cluster.name, lang);
  const message =
    lang === 'de'
      ? `Abweichung zwischen den Knoten des Clusters ${clusterName} (${name}${isSet ? ', nur die Unterschiede' : ''}): ${list}.`
      : `The nodes of cluster ${clusterName} differ in ${name}${isSet ? ' (the differences only)' : ''}: ${list}.`;
  const others = (node: string) => shown.filter((v) => v.node !== node).map((v) => v.node);
  return {
    ruleId: setting.id,
    severity: setting.severity,
    category: 'Cluster',
    server: cluster.name,
    title: setting.title[lang],
    message,
    evidence: shown.map((v) => ({
      path: setting.fact.replace(/^server/, `server[${v.node}]`),
      actual: v.text,
      expected: lang === 'de' ? `wie auf ${others(v.node).join(', ')}` : `the same as on ${others(v.node).join(', ')}`,
      source: setting.sources[0]!,
    })),
    remediation: setting.remediation[lang],
    references: setting.references,
    fingerprint: fingerprint(setting.id, cluster.name),
  };
}

/** How many members of a set a message names per node; the evidence names them all. */
export const MESSAGE_MEMBERS = 20;

/**
 * What each node shows: the value; for a set, the members that not every node has ("none" when it has none of
 * them). `brief` is what the message says: at most MESSAGE_MEMBERS members, and how many more there are.
 */
function displayValues(
  setting: ConsistencySetting,
  values: NodeValue[],
  lang: Lang,
): { node: string; text: string; brief: string }[] {
  return textValues(setting, values, lang).map(({ node, text, items }) => {
    if (items.length <= MESSAGE_MEMBERS) return { node, text, brief: text };
    const more = items.length - MESSAGE_MEMBERS;
    const named = items.slice(0, MESSAGE_MEMBERS).join(', ');
    return { node, text, brief: lang === 'de' ? `${named} und ${more} weitere` : `${named} and ${more} more` };
  });
}

function textValues(
  setting: ConsistencySetting,
  values: NodeValue[],
  lang: Lang,
): { node: string; text: string; items: string[] }[] {
  const none = lang === 'de' ? 'keine' : 'none';
  // One set per node, so that a member is looked up, not searched for: n hotfixes cost n, not n².
  const sets = values.map((v) => new Set(typeof v.value === 'string' ? [] : v.value.map((x) => x.toUpperCase())));
  const onAll = (item: string) => sets.every((s) => s.has(item.toUpperCase()));
  return values.map(({ node, value }) => {
    if (typeof value === 'string') return { node, text: setting.show ? setting.show(value, lang) : value, items: [] };
    if (setting.shape === 'ordered') return { node, text: value.length > 0 ? value.join(', ') : none, items: value };
    const extra = [...value].filter((item) => !onAll(item)).sort();
    return { node, text: extra.length > 0 ? extra.join(', ') : none, items: extra };
  });
}

function unknownReason(setting: ConsistencySetting, server: Server): string {
  const basis = setting.unknownBasis?.(server);
  if (basis) return basis;
  const statuses = setting.sources.map((file) => ({ file, status: server.sources[file]?.status }));
  const failed = statuses.filter((s) => s.status === 'failed').map((s) => `${s.file} failed`);
  const parsed = statuses.filter((s) => s.status === 'parsed').map((s) => s.file);
  if (parsed.length > 0) return [`${parsed.join(', ')} gave no ${setting.fact}`, ...failed].join(', ');
  if (failed.length > 0) return failed.join(', ');
  return `${setting.sources.join(' or ')} missing`;
}

import { COMPARED_SETTINGS } from '../snapshot/assemble/node-values/compared-settings';
import type { Evidence } from './evidence';
import { nodeTexts } from './node-values-text';
import { NODE_SHAPES, type NodeShape } from './operators';
import type { Lang } from './rule-schema';
import type { EvaluatedNode } from './three-valued';

/** The per-server fact a compared setting stands for (`$.nodeValues.hotfixes` → `server.hotfixes.ids`), once per path. */
const settingFacts = new Map<string, string | undefined>();

function settingFactOf(path: string): string | undefined {
  if (settingFacts.has(path)) return settingFacts.get(path);
  const key = /^\$\.nodeValues\.([A-Za-z0-9]+)$/.exec(path)?.[1];
  const fact = COMPARED_SETTINGS.find((s) => s.key === key)?.fact;
  if (settingFacts.size >= 1000) settingFacts.clear(); // the rules' paths: a handful, bounded all the same
  settingFacts.set(path, fact);
  return fact;
}

/**
 * `fact.replace(/^server/, `server[${node}]`)`: written out when the name has no `$` (which a replacement text would
 * read as a pattern such as `$&`), by the expression otherwise.
 */
function perServer(fact: string, node: string): string {
  if (node.includes('$')) return fact.replace(/^server/, `server[${node}]`);
  return fact.startsWith('server') ? `server[${node}]${fact.slice(6)}` : fact;
}

/**
 * The evidence of a `differsBetweenNodes` leaf: one entry per node, its value (of a set, what not every node has)
 * against the others', with the file that gave it: `server[EX2007-NODE1].hotfixes.ids` = "KB921181", expected
 * "the same as on EX2007-NODE2". Undefined for any other leaf.
 */
export function nodeEvidence(leaf: EvaluatedNode, lang: Lang): Evidence[] | undefined {
  if (leaf.operator !== 'differsBetweenNodes' || !NODE_SHAPES.includes(leaf.value as NodeShape)) return undefined;
  const values = Array.isArray(leaf.factResult) ? (leaf.factResult as { node?: unknown; sources?: unknown }[]) : [];
  const fact = leaf.fact === 'cluster' ? settingFactOf(leaf.path ?? '') : undefined;
  const texts = nodeTexts(values, leaf.value as NodeShape, lang);
  const rest = (leaf.path ?? '$').slice(1);
  return texts.map((t, i) => {
    // The other nodes' names, joined with ", " (as a list's join would, without the lists).
    let others = '';
    let named = false;
    for (const o of texts) {
      if (o.node === t.node) continue;
      others = named ? `${others}, ${o.node}` : o.node;
      named = true;
    }
    const sources = values[i]?.sources;
    const source = Array.isArray(sources) && typeof sources[0] === 'string' ? sources[0] : undefined;
    const evidence: Evidence = {
      path: fact ? perServer(fact, t.node) : `${leaf.fact}${rest}[${t.node}]`,
      actual: t.text,
      expected: lang === 'de' ? `wie auf ${others}` : `the same as on ${others}`,
    };
    if (source) evidence.source = source;
    return evidence;
  });
}

import { COMPARED_SETTINGS } from '../snapshot/assemble/node-values/compared-settings';
import type { Evidence } from './evidence';
import { nodeTexts } from './node-values-text';
import { NODE_SHAPES, type NodeShape } from './operators';
import type { Lang } from './rule-schema';
import type { EvaluatedNode } from './three-valued';

/**
 * The evidence of a `differsBetweenNodes` leaf: one entry per node, its value (of a set, what not every node has)
 * against the others', with the file that gave it: `server[EX2007-NODE1].hotfixes.ids` = "KB921181", expected
 * "the same as on EX2007-NODE2". Undefined for any other leaf.
 */
export function nodeEvidence(leaf: EvaluatedNode, lang: Lang): Evidence[] | undefined {
  if (leaf.operator !== 'differsBetweenNodes' || !NODE_SHAPES.includes(leaf.value as NodeShape)) return undefined;
  const values = Array.isArray(leaf.factResult) ? (leaf.factResult as { node?: unknown; sources?: unknown }[]) : [];
  const key = /^\$\.nodeValues\.([A-Za-z0-9]+)$/.exec(leaf.path ?? '')?.[1];
  const fact = leaf.fact === 'cluster' ? COMPARED_SETTINGS.find((s) => s.key === key)?.fact : undefined;
  const texts = nodeTexts(values, leaf.value as NodeShape, lang);
  return texts.map((t, i) => {
    const others = texts
      .filter((o) => o.node !== t.node)
      .map((o) => o.node)
      .join(', ');
    const sources = values[i]?.sources;
    const source = Array.isArray(sources) && typeof sources[0] === 'string' ? sources[0] : undefined;
    return {
      path: fact ? fact.replace(/^server/, `server[${t.node}]`) : `${leaf.fact}${(leaf.path ?? '$').slice(1)}[${t.node}]`,
      actual: t.text,
      expected: lang === 'de' ? `wie auf ${others}` : `the same as on ${others}`,
      ...(source ? { source } : {}),
    };
  });
}

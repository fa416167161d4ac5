import type { NodeShape } from './operators';
import type { Lang } from './rule-schema';

/** How many members of a set a message names per node; the evidence names them all. */
export const MESSAGE_MEMBERS = 20;

export interface NodeText {
  node: string;
  /** The node's value in full (for a set: the members not every node has; "none" when it has none of them). */
  text: string;
  /** The value as a message says it: at most MESSAGE_MEMBERS members, and how many more there are. */
  brief: string;
}

interface NodeValueLike {
  node: string;
  value: string | string[];
  shown?: Partial<Record<Lang, string>>;
}

const isNodeValue = (x: unknown): x is NodeValueLike =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as NodeValueLike).node === 'string' &&
  (typeof (x as NodeValueLike).value === 'string' || Array.isArray((x as NodeValueLike).value));

/**
 * What each node shows of a setting whose values differ (`cluster.nodeValues.*`), in `lang`: a value as the
 * report writes it, an ordered list in order, and of a set only the members that not every node has.
 */
export function nodeTexts(values: unknown, shape: NodeShape, lang: Lang): NodeText[] {
  if (!Array.isArray(values)) return [];
  const nodes = values.filter(isNodeValue);
  const none = lang === 'de' ? 'keine' : 'none';
  // How many nodes hold each member (one set per node, any case): a member is on every node when its count is the
  // number of nodes. n hotfixes cost n, not n², and each member is upper-cased once per node, not once per set.
  const nodesHolding = new Map<string, number>();
  for (const v of nodes) {
    const members = new Set(typeof v.value === 'string' ? [] : v.value.map((x) => x.toUpperCase()));
    for (const m of members) nodesHolding.set(m, (nodesHolding.get(m) ?? 0) + 1);
  }
  const onAll = (item: string) => nodesHolding.get(item.toUpperCase()) === nodes.length;
  return nodes.map(({ node, value, shown }) => {
    if (typeof value === 'string') return brief(node, shown?.[lang] ?? value, [], lang);
    if (shape === 'ordered') return brief(node, value.length > 0 ? value.join(', ') : none, value, lang);
    const extra = [...new Set(value)].filter((item) => !onAll(item)).sort();
    return brief(node, extra.length > 0 ? extra.join(', ') : none, extra, lang);
  });
}

function brief(node: string, text: string, items: string[], lang: Lang): NodeText {
  if (items.length <= MESSAGE_MEMBERS) return { node, text, brief: text };
  const more = items.length - MESSAGE_MEMBERS;
  const named = items.slice(0, MESSAGE_MEMBERS).join(', ');
  return { node, text, brief: lang === 'de' ? `${named} und ${more} weitere` : `${named} and ${more} more` };
}

/** "N1: KB921181; N2: none": every node with its value, as a consistency rule's message names them. */
export function nodeValueList(values: unknown, shape: NodeShape, lang: Lang): string {
  return nodeTexts(values, shape, lang)
    .map((v) => `${v.node}: ${v.brief}`)
    .join('; ');
}

import type { NodeShape } from './operators';
import type { Lang } from './rule-schema';
import { sortedExtras } from './sorted-sets';
import { upperCased } from './upper-case';

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
  const last = remembered;
  if (last !== undefined && last.values === values && last.shape === shape && last.lang === lang) return last.texts;
  const texts = textsOf(values, shape, lang);
  if (remembering) remembered = { values, shape, lang, texts };
  return texts;
}

/**
 * A consistency finding names its nodes' values twice, in its evidence (node-evidence.ts) and in its message (the
 * `nodeValues` helper), from the same list: while judge.ts words one finding, the texts of the last list are
 * remembered, and forgotten when the finding is done (nothing can change the list in between; nothing outlives it).
 */
let remembering = false;
let remembered: { values: unknown; shape: NodeShape; lang: Lang; texts: NodeText[] } | undefined;

export function rememberNodeTexts(on: boolean): void {
  remembering = on;
  remembered = undefined;
}

function textsOf(values: unknown, shape: NodeShape, lang: Lang): NodeText[] {
  if (!Array.isArray(values)) return [];
  const nodes = values.filter(isNodeValue);
  const none = lang === 'de' ? 'keine' : 'none';
  if (shape === 'ordered') {
    return nodes.map(({ node, value, shown }) => {
      if (typeof value === 'string') return brief(node, shown?.[lang] ?? value, [], lang);
      return brief(node, value.length > 0 ? value.join(', ') : none, value, lang);
    });
  }
  const two = twoSortedSets(nodes, none, lang);
  if (two) return two;
  // A list of another shape is a set: a node shows the members not every node has (in any case). `held` counts, for
  // each member, the nodes from the first on that hold it, so a member is on every node when its count is the
  // number of nodes (a member a node lists twice counts once). Each member is upper-cased once; n members cost n.
  const upper = nodes.map((v) => (typeof v.value === 'string' ? [] : v.value.map(upperMember)));
  const held = new Map<string, number>();
  upper.forEach((members, n) => {
    for (const m of members) if ((held.get(m) ?? 0) === n) held.set(m, n + 1);
  });
  return nodes.map(({ node, value, shown }, n) => {
    if (typeof value === 'string') return brief(node, shown?.[lang] ?? value, [], lang);
    // The members not on every node, each once, sorted (filtering before or after removing duplicates is the same).
    const extra = [...new Set(value.filter((_item, i) => held.get(upper[n]![i]!) !== nodes.length))].sort();
    return brief(node, extra.length > 0 ? extra.join(', ') : none, extra, lang);
  });
}

/** `toUpperCase` of a member (upperCased for a text; anything else as it was, which throws as it did). */
const upperMember = (x: string): string =>
  typeof x === 'string' ? upperCased(x) : (x as { toUpperCase(): string }).toUpperCase();

/**
 * `textsOf` for a set on two nodes whose lists are both texts in order (sorted-sets.ts): each node's members that
 * the other lacks, found by one walk through both lists instead of a map of every member. Undefined otherwise.
 */
function twoSortedSets(nodes: NodeValueLike[], none: string, lang: Lang): NodeText[] | undefined {
  if (nodes.length !== 2) return undefined;
  const [a, b] = nodes as [NodeValueLike, NodeValueLike];
  if (!Array.isArray(a.value) || !Array.isArray(b.value) || !a.value.every(isText) || !b.value.every(isText)) return undefined;
  const extras = sortedExtras(a.value, b.value);
  if (!extras) return undefined;
  return [a, b].map(({ node }, n) => {
    const extra = [...new Set(extras[n])].sort();
    return brief(node, extra.length > 0 ? extra.join(', ') : none, extra, lang);
  });
}

const isText = (x: unknown) => typeof x === 'string';

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

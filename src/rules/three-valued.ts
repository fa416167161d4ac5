/**
 * Kleene three-valued logic over the condition results json-rules-engine returns. A leaf whose fact (or
 * fact-valued comparison value) is absent is UNKNOWN, whatever the operator said about `undefined`; `all`
 * is false when any part is false, `any` is true when any part is true, and otherwise unknown wins.
 * This is how "unknown is not false" holds: a rule is only decided on facts that were collected.
 */
export type Truth = true | false | 'unknown';

/** A node of the evaluated condition tree as json-rules-engine leaves it on a rule result. */
export interface EvaluatedNode {
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  params?: { expected?: { en: string; de: string } };
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

export function isUnknownLeaf(node: EvaluatedNode): boolean {
  const valueIsFact = typeof node.value === 'object' && node.value !== null && 'fact' in node.value;
  return node.factResult === undefined || (valueIsFact && node.valueResult === undefined);
}

export function truthOf(node: EvaluatedNode): Truth {
  if (node.all) return combine(node.all, false);
  if (node.any) return combine(node.any, true);
  if (node.not) {
    const t = truthOf(node.not);
    return t === 'unknown' ? t : !t;
  }
  if (isUnknownLeaf(node)) return 'unknown';
  return node.result === true;
}

/**
 * `dominant` decides alone (false for all, true for any); otherwise unknown, else the other value. A loop that
 * stops at the first dominant part, with no list of truths: the stock side of the benchmark asks this for every
 * rule of every entity, and a shared judge should cost neither side more than it must (no part has side effects,
 * so stopping early gives the same value).
 */
function combine(parts: EvaluatedNode[], dominant: boolean): Truth {
  let unknown = false;
  for (const part of parts) {
    const t = truthOf(part);
    if (t === dominant) return dominant;
    if (t === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : !dominant;
}

/** The leaves that make a node have the value `want`: the evidence of a verdict. */
export function supportingLeaves(node: EvaluatedNode, want: boolean): EvaluatedNode[] {
  const out: EvaluatedNode[] = [];
  addSupporting(node, want, out);
  return out;
}

// The walks below add to one list in order rather than flattening a list per node: they run for every outcome.

function addSupporting(node: EvaluatedNode, want: boolean, out: EvaluatedNode[]): void {
  if (node.not) return addSupporting(node.not, !want, out);
  const parts = node.all ?? node.any;
  if (parts) {
    const decisive = (node.all !== undefined) === want; // all→true, any→false: every part counts
    for (const p of parts) if (decisive || truthOf(p) === want) addSupporting(p, want, out);
    return;
  }
  if (truthOf(node) === want) out.push(node);
}

/** The leaves whose absent facts leave the node undecided (a branch already decided is not asked). */
export function unknownLeaves(node: EvaluatedNode): EvaluatedNode[] {
  const out: EvaluatedNode[] = [];
  addUnknown(node, out);
  return out;
}

function addUnknown(node: EvaluatedNode, out: EvaluatedNode[]): void {
  if (node.not) return addUnknown(node.not, out);
  const parts = node.all ?? node.any;
  if (parts) {
    for (const p of parts) if (truthOf(p) === 'unknown') addUnknown(p, out);
    return;
  }
  if (isUnknownLeaf(node)) out.push(node);
}

/**
 * What a DECIDED verdict could not check: the parts of a decided node that stayed open (each named by the
 * leaves that leave it open, as `unknownLeaves` does), and, inside the parts that carry the verdict (the same
 * truth as their node), their own open parts. A part decided the other way is settled and names nothing.
 * So a Failed resource fires CLU-007 while the group list is missing, and the group list is "not checked".
 */
export function uncheckedLeaves(node: EvaluatedNode): EvaluatedNode[] {
  const out: EvaluatedNode[] = [];
  // Only an unknown leaf is ever named: a tree without one (almost every finding's) names nothing, and is asked for
  // that by one walk over its leaves instead of the truths of its parts at every level.
  if (hasUnknownLeaf(node)) addUnchecked(node, out);
  return out;
}

function hasUnknownLeaf(node: EvaluatedNode): boolean {
  if (node.not) return hasUnknownLeaf(node.not);
  const parts = node.all ?? node.any;
  if (!parts) return isUnknownLeaf(node);
  for (const p of parts) if (hasUnknownLeaf(p)) return true;
  return false;
}

function addUnchecked(node: EvaluatedNode, out: EvaluatedNode[]): void {
  const truth = truthOf(node);
  if (truth === 'unknown') return addUnknown(node, out);
  if (node.not) return addUnchecked(node.not, out);
  for (const p of node.all ?? node.any ?? []) {
    const t = truthOf(p);
    if (t === 'unknown') addUnknown(p, out);
    else if (t === truth) addUnchecked(p, out);
  }
}

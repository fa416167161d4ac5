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
  if (node.all) return combine(node.all.map(truthOf), false);
  if (node.any) return combine(node.any.map(truthOf), true);
  if (node.not) {
    const t = truthOf(node.not);
    return t === 'unknown' ? t : !t;
  }
  if (isUnknownLeaf(node)) return 'unknown';
  return node.result === true;
}

/** `dominant` decides alone (false for all, true for any); otherwise unknown, else the other value. */
function combine(parts: Truth[], dominant: boolean): Truth {
  if (parts.includes(dominant)) return dominant;
  if (parts.includes('unknown')) return 'unknown';
  return !dominant;
}

/** The leaves that make a node have the value `want`: the evidence of a verdict. */
export function supportingLeaves(node: EvaluatedNode, want: boolean): EvaluatedNode[] {
  if (node.not) return supportingLeaves(node.not, !want);
  const parts = node.all ?? node.any;
  if (parts) {
    const decisive = (node.all !== undefined) === want; // all→true, any→false: every part counts
    const chosen = decisive ? parts : parts.filter((p) => truthOf(p) === want);
    return chosen.flatMap((p) => supportingLeaves(p, want));
  }
  return truthOf(node) === want ? [node] : [];
}

/** The leaves whose absent facts leave the node undecided (a branch already decided is not asked). */
export function unknownLeaves(node: EvaluatedNode): EvaluatedNode[] {
  if (node.not) return unknownLeaves(node.not);
  const parts = node.all ?? node.any;
  if (parts) return parts.filter((p) => truthOf(p) === 'unknown').flatMap(unknownLeaves);
  return isUnknownLeaf(node) ? [node] : [];
}

/**
 * What a DECIDED verdict could not check: the parts of a decided node that stayed open (each named by the
 * leaves that leave it open, as `unknownLeaves` does), and, inside the parts that carry the verdict (the same
 * truth as their node), their own open parts. A part decided the other way is settled and names nothing.
 * So a Failed resource fires CLU-007 while the group list is missing, and the group list is "not checked".
 */
export function uncheckedLeaves(node: EvaluatedNode): EvaluatedNode[] {
  const truth = truthOf(node);
  if (truth === 'unknown') return unknownLeaves(node);
  if (node.not) return uncheckedLeaves(node.not);
  const parts = node.all ?? node.any ?? [];
  return parts.flatMap((p) => {
    const t = truthOf(p);
    return t === 'unknown' ? unknownLeaves(p) : t === truth ? uncheckedLeaves(p) : [];
  });
}

/**
 * Limits on how deep a rule file nests, checked before the schema (ajv validates a condition tree by
 * recursion, as json-rules-engine evaluates it): a tree 5,000 levels deep would end in "Maximum call stack
 * size exceeded". Both checks walk the document with a list of their own, never by recursion.
 */

/** How many `all`/`any`/`not` levels a condition tree may nest. */
export const MAX_CONDITION_DEPTH = 32;
/** How many levels of objects and arrays a rule file may nest anywhere (a tree at the limit needs about 70). */
export const MAX_JSON_DEPTH = 100;

export interface DepthProblem {
  pointer: string;
  message: string;
}

interface Pending {
  node: unknown;
  depth: number;
  pointer: string;
}

/** The condition trees of a rule file (conditions, appliesTo, each severity override's) nested too deep. */
export function conditionDepthProblems(data: unknown): DepthProblem[] {
  if (!isObject(data)) return [];
  const roots: Pending[] = [];
  if ('conditions' in data) roots.push({ node: data.conditions, depth: 1, pointer: '/conditions' });
  if ('appliesTo' in data) roots.push({ node: data.appliesTo, depth: 1, pointer: '/appliesTo' });
  if (Array.isArray(data.severityOverrides)) {
    data.severityOverrides.forEach((o: unknown, i) => {
      if (isObject(o)) roots.push({ node: o.conditions, depth: 1, pointer: `/severityOverrides/${i}/conditions` });
    });
  }
  const problems: DepthProblem[] = [];
  for (const root of roots) {
    const stack = [root];
    while (stack.length > 0) {
      const { node, depth, pointer } = stack.pop()!;
      if (!isObject(node)) continue;
      const children = branchesOf(node, pointer);
      if (children.length === 0) continue;
      if (depth > MAX_CONDITION_DEPTH) {
        problems.push({
          pointer,
          message: `conditions nested deeper than ${MAX_CONDITION_DEPTH} levels of all/any/not; flatten them or split the rule`,
        });
        break;
      }
      for (const child of children) stack.push({ ...child, depth: depth + 1 });
    }
  }
  return problems;
}

function branchesOf(node: Record<string, unknown>, pointer: string): Omit<Pending, 'depth'>[] {
  const out: Omit<Pending, 'depth'>[] = [];
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => out.push({ node: child, pointer: `${pointer}/${key}/${i}` }));
  }
  if ('not' in node) out.push({ node: node.not, pointer: `${pointer}/not` });
  return out;
}

/** The first place where the document nests objects and arrays deeper than MAX_JSON_DEPTH, if any. */
export function jsonDepthProblem(data: unknown): DepthProblem | undefined {
  const stack: Pending[] = [{ node: data, depth: 0, pointer: '' }];
  while (stack.length > 0) {
    const { node, depth, pointer } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      return { pointer, message: `nested deeper than ${MAX_JSON_DEPTH} levels of objects and arrays` };
    }
    for (const [key, child] of Object.entries(node)) {
      stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${escapePointer(key)}` });
    }
  }
  return undefined;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

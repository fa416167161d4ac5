import type { ConditionLeafT } from './rule-schema';

/**
 * What the rule loader and the condition walkers need of the rule format at run time, apart from its TypeBox
 * schema (rule-schema.ts), so that loading rules the build checked (checked-rules.ts) builds no schema.
 */

/** `number`, `string` or `list`: a configured value must be of the kind of the default. */
export function parameterKind(value: unknown): 'number' | 'string' | 'list' | 'other' {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? 'list' : 'other';
  return typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : 'other';
}

export function isLeaf(c: unknown): c is ConditionLeafT {
  return typeof c === 'object' && c !== null && 'fact' in c;
}

import type { RuleFile, ConditionLeafT, ParameterValueT } from './rule-schema';
import { mapLeaves } from './condition-tree';

/** Replaces every `{ "param": name }` value of a rule's conditions with the parameter's value in force. */
export function substituteParameters(rule: RuleFile, values: Record<string, ParameterValueT>): RuleFile {
  const resolve = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) && 'param' in v ? ownValue(values, (v as { param: string }).param) : v;
  const fill = (leaf: ConditionLeafT): ConditionLeafT => ({
    ...leaf,
    value: (Array.isArray(leaf.value) ? leaf.value.map(resolve) : resolve(leaf.value)) as ConditionLeafT['value'],
  });
  return {
    ...rule,
    ...(rule.appliesTo ? { appliesTo: mapLeaves(rule.appliesTo, fill) } : {}),
    conditions: mapLeaves(rule.conditions, fill),
    ...(rule.severityOverrides
      ? { severityOverrides: rule.severityOverrides.map((o) => ({ ...o, conditions: mapLeaves(o.conditions, fill) })) }
      : {}),
  };
}

/** The value in force of a parameter: own properties only, so a name such as `constructor` resolves to nothing. */
function ownValue(values: Record<string, ParameterValueT>, name: string): ParameterValueT | undefined {
  return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

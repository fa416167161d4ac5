import { OPERATORS } from '../operators';
import { ENGINE_DEFAULT_OPERATORS } from './engine-operators';

export type Operator = (fact: unknown, value: unknown) => unknown;

/**
 * The operator a condition names, looked up as the reference engine does: bpa's operators are added to the
 * engine after its defaults, so a bpa operator of the same name wins. Every operator in operators.ts is
 * taken as it is, whatever its name.
 */
export function operatorNamed(name: string): Operator {
  if (Object.hasOwn(OPERATORS, name)) return OPERATORS[name]!;
  if (Object.hasOwn(ENGINE_DEFAULT_OPERATORS, name))
    return ENGINE_DEFAULT_OPERATORS[name as keyof typeof ENGINE_DEFAULT_OPERATORS];
  throw new Error(`Unknown operator: ${name}`);
}

/**
 * Operators that never throw, whatever the values: bpa's own (operators.ts promises it: a value of the wrong
 * type is false), and the engine's that compare by identity or look into an array. The engine's `in` and
 * `notIn` call `indexOf` on the value (a string's converts the fact to text, a number has none), its numeric
 * operators convert the fact to a number: an object can make them throw. A leaf with such an operator is
 * evaluated for every entity, as json-rules-engine evaluates every leaf, so that both evaluators throw alike;
 * `in` with a constant list cannot throw (Array's indexOf compares by identity).
 */
export function operatorMayThrow(name: string, value: unknown, valueIsFact: boolean): boolean {
  if (Object.hasOwn(OPERATORS, name)) return false;
  if (['equal', 'notEqual', 'contains', 'doesNotContain'].includes(name)) return false;
  if (name === 'in' || name === 'notIn') return valueIsFact || !Array.isArray(value);
  return true;
}

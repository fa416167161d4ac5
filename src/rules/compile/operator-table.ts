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

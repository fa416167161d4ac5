import type { ENGINE_OPERATORS } from '../operators';

type Operator = (fact: unknown, value: unknown) => boolean;

/**
 * json-rules-engine's check of a numeric operator's fact, `parseFloat(fact).toString() !== 'NaN'`: anything
 * `parseFloat` reads a number from. Asked as `isNaN` (the same answer) so that no text is made per check.
 */
const numberLike = (fact: unknown) => !Number.isNaN(Number.parseFloat(fact as string));

/**
 * json-rules-engine 7.3.1's default operators (`src/engine-default-operators.js`), restated with their fact
 * validators folded in (`validator(fact) && callback(fact, value)`), down to what they do with a value of
 * the wrong type: `in` over a value without `indexOf` throws there, and so it does here. The differential
 * test holds the two to the same results.
 */
export const ENGINE_DEFAULT_OPERATORS: Record<(typeof ENGINE_OPERATORS)[number], Operator> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => numberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => numberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => numberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => numberLike(a) && (a as number) >= (b as number),
};

// @ts-nocheck
import { Engine } from 'json-rules-engine';
import type { LoadedRule } from '../src/rules/load-rules';
import { OPERATORS } from '../src/rules/operators';
import type { Scope } from '../src/rules/rule-schema';

/**
 * The reference: the same rules in stock json-rules-engine, one reused Engine per scope, default options
 * (its own JSONPath resolver, two-valued logic: an absent fact is simply false). Only the operators
 * bpa's rules name are registered, because the rules cannot run without them.
 */
export function referenceEngine(rules: LoadedRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(name, fn as (a: unknown, b: unknown) => boolean);
  for (const rule of rules) {
    const conditions = rule.appliesTo ? { all: [rule.appliesTo, rule.conditions] } : rule.conditions;
    engine.addRule({ name: rule.id, conditions: conditions as never, event: { type: rule.id } });
  }
  return engine;
}

export type ScopeEngines = Map<Scope, Engine>;

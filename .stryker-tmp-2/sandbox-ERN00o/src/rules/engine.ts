// @ts-nocheck
import { Engine, type RuleResult } from 'json-rules-engine';
import { readPath } from './fact-paths';
import type { LoadedRule } from './load-rules';
import { OPERATORS } from './operators';
import type { EvaluatedNode } from './three-valued';

/** One engine per scope holding, per rule, its applicability, its problem and its severity overrides. */
export function engineFor(rules: LoadedRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: readPath });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(name, fn as (a: unknown, b: unknown) => boolean);
  for (const rule of rules) {
    const add = (suffix: string, conditions: unknown) =>
      engine.addRule({ name: `${rule.id}#${suffix}`, conditions: conditions as never, event: { type: rule.id } });
    if (rule.appliesTo) add('applies', rule.appliesTo);
    add('problem', rule.conditions);
    rule.severityOverrides?.forEach((o, i) => add(`severity${i}`, o.conditions));
  }
  return engine;
}

export async function runEngine(engine: Engine, facts: Record<string, unknown>): Promise<Map<string, EvaluatedNode>> {
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  const { results, failureResults } = await engine.run(defined);
  const map = new Map<string, EvaluatedNode>();
  for (const r of [...results, ...failureResults] as RuleResult[]) {
    map.set(String(r.name), r.conditions as unknown as EvaluatedNode);
  }
  return map;
}

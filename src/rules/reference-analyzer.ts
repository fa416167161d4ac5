import type { Snapshot } from '../snapshot/schema';
import { activeRules, inReportOrder, settledWithoutRules } from './analysis-order';
import { engineFor, runEngine } from './engine';
import { entitiesOf } from './entities';
import type { Analysis, AnalyzeOptions, Finding } from './finding';
import { judge } from './judge';
import type { LoadedRule } from './load-rules';
import type { NotEvaluated } from './not-evaluated';
import { SCOPES } from './vocabulary';

/**
 * The reference evaluator: json-rules-engine, one Engine per scope holding every rule's applicability,
 * problem and severity overrides, run once per entity with the entity's facts. Its condition results
 * (`factResult`, `valueResult`, `result`) are the semantics the compiled evaluator must reproduce.
 */
export function createReferenceAnalyzer(rules: LoadedRule[], options: AnalyzeOptions): (snapshot: Snapshot) => Promise<Analysis> {
  const active = activeRules(rules, options.profile);
  const byScope = SCOPES.map((scope) => ({ scope, rules: active.filter((r) => r.scope === scope) }))
    .filter((s) => s.rules.length > 0)
    .map((s) => ({ ...s, engine: engineFor(s.rules) }));
  return async (snapshot) => {
    const findings: Finding[] = [];
    const notEvaluated: NotEvaluated[] = [];
    for (const { scope, rules: scoped, engine } of byScope) {
      for (const entity of entitiesOf(snapshot, scope)) {
        if (settledWithoutRules(entity, scoped, options.lang, notEvaluated)) continue;
        const results = await runEngine(engine, entity.facts);
        for (const rule of scoped)
          judge(rule, entity, (part) => results.get(`${rule.id}#${part}`), options, findings, notEvaluated);
      }
    }
    return inReportOrder(
      findings,
      notEvaluated,
      active.map((r) => r.id),
    );
  };
}

import type { Snapshot } from '../../snapshot/schema';
import { activeRules, inReportOrder, settledWithoutRules } from '../analysis-order';
import { entitiesOf } from '../entities';
import type { Analysis, AnalyzeOptions, Finding } from '../finding';
import type { LoadedRule } from '../load-rules';
import type { NotEvaluated } from '../not-evaluated';
import { SCOPES } from '../vocabulary';
import { ScopeProgram } from './scope-program';

/**
 * bpa's default evaluator: the rules of a profile compiled once per scope (closures, no generated source),
 * then run synchronously over the entities of each snapshot. Same outcomes as the reference evaluator.
 */
export function createCompiledAnalyzer(rules: LoadedRule[], options: AnalyzeOptions): (snapshot: Snapshot) => Analysis {
  const active = activeRules(rules, options.profile);
  const programs = SCOPES.map((scope) => ({ scope, rules: active.filter((r) => r.scope === scope) }))
    .filter((s) => s.rules.length > 0)
    .map((s) => ({ scope: s.scope, program: new ScopeProgram(s.rules) }));
  const rulesRun = active.map((r) => r.id);
  return (snapshot) => {
    const findings: Finding[] = [];
    const notEvaluated: NotEvaluated[] = [];
    for (const { scope, program } of programs) {
      for (const entity of entitiesOf(snapshot, scope)) {
        if (settledWithoutRules(entity, program.rules, options.lang, notEvaluated)) continue;
        program.run(entity, options, findings, notEvaluated);
      }
    }
    return inReportOrder(findings, notEvaluated, [...rulesRun]);
  };
}

// @ts-nocheck
import Handlebars from 'handlebars';
import { resolveFactPath } from './fact-paths';
import { KNOWN_OPERATORS } from './operators';
import { leavesOf } from './condition-tree';
import { LANGUAGES, SCOPE_FACTS, type Condition, type RuleFile } from './rule-schema';

export interface SemanticProblem {
  pointer: string;
  message: string;
}

/**
 * Checks what the JSON Schema cannot: every fact belongs to the rule's scope, every path exists in the
 * snapshot schema, every operator is registered, every parameter is declared, every template compiles.
 */
export function checkRuleSemantics(rule: RuleFile): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const trees: [Condition, string][] = [[rule.conditions, '/conditions']];
  if (rule.appliesTo) trees.push([rule.appliesTo, '/appliesTo']);
  rule.severityOverrides?.forEach((o, i) => trees.push([o.conditions, `/severityOverrides/${i}/conditions`]));
  const allowed = SCOPE_FACTS[rule.scope];
  for (const [tree, base] of trees) {
    for (const { leaf, pointer } of leavesOf(tree, base)) {
      checkFact(leaf.fact, leaf.path, `${pointer}`, allowed, rule.scope, problems);
      if (!KNOWN_OPERATORS.has(leaf.operator)) {
        problems.push({ pointer: `${pointer}/operator`, message: `unknown operator "${leaf.operator}"` });
      }
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      for (const v of values) {
        if (!v || typeof v !== 'object') continue;
        if ('param' in v && !rule.parameters?.[v.param]) {
          problems.push({ pointer: `${pointer}/value`, message: `parameter "${v.param}" is not declared in /parameters` });
        }
        if ('fact' in v) checkFact(v.fact, v.path ?? '$', `${pointer}/value`, allowed, rule.scope, problems);
      }
    }
  }
  for (const field of ['message', 'title'] as const) {
    for (const lang of LANGUAGES) checkTemplate(rule[field][lang], `/${field}/${lang}`, problems);
  }
  if (rule.target) checkTemplate(rule.target, '/target', problems);
  return problems;
}

function checkFact(
  fact: string,
  path: string,
  pointer: string,
  allowed: readonly string[],
  scope: string,
  problems: SemanticProblem[],
) {
  if (!allowed.includes(fact)) {
    problems.push({
      pointer: `${pointer}/fact`,
      message: `fact "${fact}" is not available in scope "${scope}" (available: ${allowed.join(', ')})`,
    });
    return;
  }
  const resolved = resolveFactPath(fact, path);
  if ('error' in resolved) problems.push({ pointer: `${pointer}/path`, message: resolved.error });
}

function checkTemplate(template: string, pointer: string, problems: SemanticProblem[]) {
  try {
    Handlebars.precompile(template);
  } catch (e) {
    problems.push({ pointer, message: `template does not compile: ${(e as Error).message.split('\n')[0]}` });
  }
}

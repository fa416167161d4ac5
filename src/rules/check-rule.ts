import { resolveFactPath } from './fact-paths';
import { KNOWN_OPERATORS } from './operators';
import { leavesOf } from './condition-tree';
import { PATTERN_OPERATORS, patternProblem } from './patterns';
import { LANGUAGES, SCOPE_FACTS } from './vocabulary';
import type { Condition, RuleFile } from './rule-schema';

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
  const allowed = SCOPE_FACTS[rule.scope];
  for (const tree of conditionTrees(rule)) {
    for (const { leaf, pointer } of tree) {
      if (PATTERN_OPERATORS.has(leaf.operator)) checkPatternValue(rule, leaf.value, `${pointer}/value`, problems);
      checkFact(leaf.fact, leaf.path, `${pointer}`, allowed, rule.scope, problems);
      if (!KNOWN_OPERATORS.has(leaf.operator)) {
        problems.push({ pointer: `${pointer}/operator`, message: `unknown operator "${leaf.operator}"` });
      }
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      for (const v of values) {
        if (!v || typeof v !== 'object') continue;
        if ('param' in v && !declaredParameter(rule, v.param)) {
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

/** Every leaf of every condition tree of a rule (conditions, appliesTo, severity overrides), with its pointer. */
function conditionTrees(rule: RuleFile) {
  const trees: [Condition, string][] = [[rule.conditions, '/conditions']];
  if (rule.appliesTo) trees.push([rule.appliesTo, '/appliesTo']);
  rule.severityOverrides?.forEach((o, i) => trees.push([o.conditions, `/severityOverrides/${i}/conditions`]));
  return trees.map(([tree, base]) => leavesOf(tree, base));
}

/** The parameters a rule uses as the pattern of `matches` or `notMatches`: their values must be patterns RE2 takes. */
export function patternParameters(rule: RuleFile): Set<string> {
  const names = new Set<string>();
  for (const tree of conditionTrees(rule)) {
    for (const { leaf } of tree) {
      const v = leaf.value;
      if (PATTERN_OPERATORS.has(leaf.operator) && v && typeof v === 'object' && !Array.isArray(v) && 'param' in v) {
        names.add(v.param);
      }
    }
  }
  return names;
}

/** A parameter the rule declares itself: an own property only, so `constructor` or `toString` is never one. */
function declaredParameter(rule: RuleFile, name: string) {
  const params = rule.parameters;
  return params !== undefined && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
}

/** A message when a pattern cannot be used (RE2 syntax: no backreferences, no lookaround); undefined when it can. */
export function patternMessage(pattern: unknown): string | undefined {
  if (typeof pattern !== 'string') return `a pattern must be a string, not ${JSON.stringify(pattern)}`;
  const problem = patternProblem(pattern);
  return problem === undefined
    ? undefined
    : `pattern ${JSON.stringify(pattern)} cannot be used: ${problem} (patterns are RE2 syntax, which runs in linear time: no backreferences, no lookaround)`;
}

function checkPatternValue(rule: RuleFile, value: unknown, pointer: string, problems: SemanticProblem[]): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    // A fact as the pattern is data of the snapshot, run on RE2 like any pattern; a parameter's default is checked here.
    if (!('param' in value)) return;
    const def = declaredParameter(rule, (value as { param: string }).param);
    const message = def ? patternMessage(def.default) : undefined;
    if (message) problems.push({ pointer: `/parameters/${(value as { param: string }).param}/default`, message });
    return;
  }
  const message = patternMessage(value);
  if (message) problems.push({ pointer, message });
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
    // handlebars is loaded only when a rule file is checked in full: rules the build checked never need it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('handlebars') as typeof import('handlebars')).precompile(template);
  } catch (e) {
    problems.push({ pointer, message: `template does not compile: ${(e as Error).message.split('\n')[0]}` });
  }
}

import { readdirSync, readFileSync, statSync } from 'fs';
import { basename, join, relative } from 'path';
import { namedValidator, describeErrors } from '../shared/ajv';
import { UserError } from '../shared/errors';
import { atPosition, parseJsonText, type JsonErrorPosition } from '../shared/json-text';
import { parameterKind } from './rule-values';
import type { ParameterValueT, RuleFile } from './rule-schema';
import { checkRuleSemantics, patternMessage, patternParameters } from './check-rule';
import { conditionDepthProblems, jsonDepthProblem } from './condition-depth';
import { substituteParameters } from './parameters';
import { knownToPass, rememberPassed } from './checked-rules';

/**
 * The TypeBox rule schema, loaded only to compile it at run time (the TypeScript sources): the build's
 * precompiled validator needs no TypeBox, which `bpa rules list` would otherwise load for nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ruleSchema = () => (require('./rule-schema') as typeof import('./rule-schema')).RuleSchema;

export interface LoadedRule extends RuleFile {
  /** The file the rule came from, relative to the working directory. */
  file: string;
  /** The parameter values in force (defaults overridden by configuration). */
  parameterValues: Record<string, ParameterValueT>;
  /** The parameters the rule uses as patterns (of `matches`, `notMatches`): a configured value must be one RE2 takes. */
  patternParameters?: string[];
}

export interface RuleProblem {
  file: string;
  /** Where a JSON syntax error is, when the file is not JSON. */
  position?: JsonErrorPosition;
  /** JSON pointer into the rule file, e.g. `/conditions/all/0/path`. */
  pointer: string;
  message: string;
}

export interface RuleConfig {
  /** Parameter values per rule id, e.g. `{ "PRE-008": { "minInstallVolumeFreeMb": 1728.8 } }`. */
  parameters?: Record<string, Record<string, ParameterValueT>>;
}

/** Every `*.json` rule file below the folders, in a stable order (fixture files excluded). */
export function findRuleFiles(dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json') && !name.endsWith('.fixtures.json')) files.push(path);
    }
  };
  for (const dir of dirs) {
    try {
      walk(dir);
    } catch {
      throw new UserError(`${dir}: rule folder not found or not readable`);
    }
  }
  return files;
}

/**
 * Parses and checks one rule file; returns its problems (all at once) or the rule. A file known to pass (the
 * build checked it, or this process did: checked-rules.ts) is only parsed, unless `full` asks for every check.
 */
export function checkRuleFile(
  file: string,
  text: string,
  options: { full?: boolean } = {},
): { rule?: RuleFile; problems: RuleProblem[] } {
  if (!options.full && knownToPass(file, text))
    return { rule: JSON.parse(text.replace(/^\uFEFF/, '')) as RuleFile, problems: [] };
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    const at = parsed.position ? { position: parsed.position } : {};
    return { problems: [{ file, ...at, pointer: '', message: `not valid JSON (${parsed.message})` }] };
  }
  const data = parsed.value;
  const tooDeep = conditionDepthProblems(data);
  const deep = jsonDepthProblem(data);
  if (tooDeep.length > 0 || deep) {
    return { problems: (tooDeep.length > 0 ? tooDeep : [deep!]).map((p) => ({ file, ...p })) };
  }
  const validate = namedValidator('rule', ruleSchema);
  if (!validate(data)) {
    return { problems: describeErrors(validate.errors).map((line) => toProblem(file, line)) };
  }
  const rule = data as RuleFile;
  const problems = checkRuleSemantics(rule).map((p) => ({ file, ...p }));
  const stem = basename(file, '.json');
  if (stem !== rule.id) problems.push({ file, pointer: '/id', message: `id "${rule.id}" differs from the file name "${stem}"` });
  if (problems.length === 0) rememberPassed(file, text);
  return { rule, problems };
}

/** Loads every rule below the folders. Throws a UserError listing every problem of every file. */
export function loadRules(dirs: string[], config: RuleConfig = {}): LoadedRule[] {
  const rules: LoadedRule[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of findRuleFiles(dirs)) {
    const file = relative(process.cwd(), path) || path;
    const checked = checkRuleFile(file, readFileSync(path, 'utf8'));
    problems.push(...checked.problems);
    const rule = checked.rule;
    if (!rule || checked.problems.length > 0) continue;
    const earlier = seen.get(rule.id);
    if (earlier) {
      problems.push({ file, pointer: '/id', message: `duplicate rule id ${rule.id} (also in ${earlier})` });
      continue;
    }
    seen.set(rule.id, file);
    const parameterValues = parameterValuesFor(rule, config.parameters?.[rule.id], file, problems);
    const patterns = [...patternParameters(rule)];
    rules.push({
      ...substituteParameters(rule, parameterValues),
      file,
      parameterValues,
      ...(patterns.length > 0 ? { patternParameters: patterns } : {}),
    });
  }
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length} problem(s) in rule files`,
      problems.map((p) =>
        p.position ? `${atPosition(p.file, p.position)}: ${p.message}` : `${p.file}: ${p.pointer || '(root)'}: ${p.message}`,
      ),
    );
  }
  return rules;
}

function parameterValuesFor(
  rule: RuleFile,
  configured: Record<string, ParameterValueT> | undefined,
  file: string,
  problems: RuleProblem[],
): Record<string, ParameterValueT> {
  const values: Record<string, ParameterValueT> = {};
  for (const [name, def] of Object.entries(rule.parameters ?? {})) values[name] = def.default;
  for (const [name, value] of Object.entries(configured ?? {})) {
    const def = rule.parameters?.[name];
    if (!def) problems.push({ file, pointer: '/parameters', message: `configuration sets unknown parameter "${name}"` });
    else if (parameterKind(value) !== parameterKind(def.default)) {
      problems.push({
        file,
        pointer: `/parameters/${name}`,
        message: `configured value must be a ${parameterKind(def.default)}`,
      });
    } else if (patternParameters(rule).has(name) && typeof value === 'string' && patternMessage(value)) {
      problems.push({ file, pointer: `/parameters/${name}`, message: `configured value: ${patternMessage(value)!}` });
    } else values[name] = value;
  }
  return values;
}

function toProblem(file: string, line: string): RuleProblem {
  const i = line.indexOf(': ');
  const pointer = line.slice(0, i);
  return { file, pointer: pointer === '(root)' ? '' : pointer, message: line.slice(i + 2) };
}

export { SCOPE_FACTS } from './vocabulary';

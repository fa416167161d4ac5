import { patternMessage } from '../rules/check-rule';
import { loadRules, type LoadedRule } from '../rules/load-rules';
import { parameterKind } from '../rules/rule-values';
import { UserError } from '../shared/errors';
import type { LoadedConfig } from './load-config';

/** The rules with the configuration applied: parameters in force, and which rules it disables or re-grades. */
export interface ConfiguredRules {
  /** Every rule of the folders (disabled ones too), with the configured parameter values. */
  all: LoadedRule[];
  disabled: ReadonlySet<string>;
  severity: NonNullable<LoadedConfig['config']['severity']>;
}

/**
 * Loads the rules of the folders and applies a configuration. The configuration is checked against the
 * rules first: a rule id it names must exist, a parameter must be one the rule declares, with a value of
 * the declared type. Every mistake is reported at once, with the configuration file and JSON path.
 */
export function loadConfiguredRules(dirs: string[], loaded: LoadedConfig): ConfiguredRules {
  const plain = loadRules(dirs);
  const problems = configProblems(loaded, plain);
  if (problems.length > 0) {
    throw new UserError(`${loaded.file}: ${problems.length} problem(s) in the configuration file`, problems);
  }
  const parameters = loaded.config.parameters;
  const all = parameters && Object.keys(parameters).length > 0 ? loadRules(dirs, { parameters }) : plain;
  return { all, disabled: new Set(loaded.config.disabledRules ?? []), severity: loaded.config.severity ?? {} };
}

/**
 * The rules that run: the disabled ones left out, a configured severity in place of the rule's own (and of
 * its severity overrides, which a fixed severity replaces).
 */
export function rulesToRun(configured: ConfiguredRules): LoadedRule[] {
  return configured.all
    .filter((r) => !configured.disabled.has(r.id))
    .map((rule) => {
      const severity = configured.severity[rule.id];
      if (!severity) return rule;
      const { severityOverrides: _replaced, ...rest } = rule;
      return { ...rest, severity };
    });
}

function configProblems(loaded: LoadedConfig, rules: LoadedRule[]): string[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const { config } = loaded;
  const problems: string[] = [];
  const unknown = (pointer: string, id: string) => problems.push(`${loaded.file}: ${pointer}: no rule with id ${id}`);
  (config.disabledRules ?? []).forEach((id, i) => byId.has(id) || unknown(`/disabledRules/${i}`, id));
  for (const id of Object.keys(config.severity ?? {})) if (!byId.has(id)) unknown(`/severity/${id}`, id);
  for (const [id, values] of Object.entries(config.parameters ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      unknown(`/parameters/${id}`, id);
      continue;
    }
    const declared = rule.parameters ?? {};
    for (const [name, value] of Object.entries(values)) {
      const def = declared[name];
      const known = Object.keys(declared);
      if (!def) {
        const hint = known.length > 0 ? `(known: ${known.join(', ')})` : '(it has none)';
        problems.push(`${loaded.file}: /parameters/${id}/${name}: rule ${id} has no parameter "${name}" ${hint}`);
      } else if (parameterKind(value) !== parameterKind(def.default)) {
        problems.push(
          `${loaded.file}: /parameters/${id}/${name}: must be a ${parameterKind(def.default)}, like the default ${JSON.stringify(def.default)}`,
        );
      } else if (rule.patternParameters?.includes(name)) {
        const message = patternMessage(value);
        if (message) problems.push(`${loaded.file}: /parameters/${id}/${name}: ${message}`);
      }
    }
  }
  return problems;
}

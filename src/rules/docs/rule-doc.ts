import { leavesOf } from '../condition-tree';
import { resolveFactPath } from '../fact-paths';
import type { LoadedRule } from '../load-rules';
import type { Condition, Lang, ParameterValueT, Profile, RuleFile, Scope, Severity } from '../rule-schema';
import type { RuleProse } from './prose';

/**
 * Everything a rule's documentation says, in one language: built once from the rule's metadata and its
 * prose file, then rendered as a Markdown page (`docs/rules/<lang>/<ID>.md`) or as terminal text
 * (`bpa rules show`). One builder, two renderings.
 */
export interface RuleDoc {
  id: string;
  lang: Lang;
  title: string;
  severity: Severity;
  category: string;
  profiles: Profile[];
  scope: Scope;
  /** What is checked and how, from the prose file; absent when the rule has none. */
  prose?: string;
  rationale: string;
  remediation: string;
  assumption?: string;
  parameters: { name: string; defaultValue: string; value: string; description: string }[];
  /** Each fact path the rule reads (conditions, applicability, severity overrides), with its source files. */
  facts: { path: string; sources: string[] }[];
  references: { title: string; url: string }[];
  /** The rule file, relative to the working directory. */
  file: string;
  /** What a configuration file changed: severity and whether the rule is disabled, with the file's name. */
  configured?: { file: string; severity?: Severity; disabled?: boolean };
}

export function ruleDoc(rule: LoadedRule, lang: Lang, prose?: RuleProse, configured?: RuleDoc['configured']): RuleDoc {
  const doc: RuleDoc = {
    id: rule.id,
    lang,
    title: rule.title[lang],
    severity: rule.severity,
    category: rule.category,
    profiles: [...rule.profiles],
    scope: rule.scope,
    rationale: rule.rationale[lang],
    remediation: rule.remediation[lang],
    parameters: Object.entries(rule.parameters ?? {}).map(([name, def]) => ({
      name,
      defaultValue: shownValue(def.default),
      value: shownValue(rule.parameterValues[name] ?? def.default),
      description: def.description[lang],
    })),
    facts: factsOf(rule),
    references: rule.references.map((r) => ({ ...r })),
    file: rule.file,
  };
  if (prose) doc.prose = prose[lang];
  if (rule.assumption) doc.assumption = rule.assumption[lang];
  if (configured && (configured.severity || configured.disabled)) doc.configured = configured;
  return doc;
}

/** The fact paths of every condition tree of a rule, in order of appearance, each with the files that give it. */
export function factsOf(rule: RuleFile): RuleDoc['facts'] {
  const trees: [Condition, string][] = [];
  if (rule.appliesTo) trees.push([rule.appliesTo, '/appliesTo']);
  trees.push([rule.conditions, '/conditions']);
  rule.severityOverrides?.forEach((o, i) => trees.push([o.conditions, `/severityOverrides/${i}`]));
  const facts = new Map<string, string[]>();
  const add = (fact: string, path: string) => {
    const key = `${fact}${path.slice(1)}`;
    if (facts.has(key)) return;
    const resolved = resolveFactPath(fact, path);
    facts.set(key, 'error' in resolved ? [] : resolved.sources);
  };
  for (const [tree, pointer] of trees) {
    for (const { leaf } of leavesOf(tree, pointer)) {
      add(leaf.fact, leaf.path);
      const value = leaf.value;
      if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) add(value.fact, value.path ?? '$');
    }
  }
  return [...facts].map(([path, sources]) => ({ path, sources }));
}

/** A parameter value as the docs show it: a list joined by commas, an empty list as "[]". */
function shownValue(value: ParameterValueT): string {
  return Array.isArray(value) ? (value.length > 0 ? value.join(', ') : '[]') : String(value);
}

import { rulesToRun, type ConfiguredRules } from '../config/configured-rules';
import { docLabels } from '../rules/docs/labels';
import { readRuleProse } from '../rules/docs/prose';
import { ruleDoc, type RuleDoc } from '../rules/docs/rule-doc';
import { renderRuleText } from '../rules/docs/terminal';
import type { LoadedRule } from '../rules/load-rules';
import type { Lang, Profile, Severity } from '../rules/rule-schema';

/** One row of `bpa rules list`, as text and as JSON. */
export interface ListedRule {
  id: string;
  severity: Severity;
  category: string;
  profiles: Profile[];
  scope: string;
  title: string;
}

const listed = (r: LoadedRule, lang: Lang): ListedRule => ({
  id: r.id,
  severity: r.severity,
  category: r.category,
  profiles: [...r.profiles],
  scope: r.scope,
  title: r.title[lang],
});

/** The rules as a table with a header row: id, severity, profiles (R readiness, H health), scope, title. */
export function ruleTable(list: ListedRule[], lang: Lang): string {
  const l = docLabels(lang);
  const rows = list.map((r) => [r.id, r.severity, r.profiles.map((p) => p[0]!.toUpperCase()).join(''), r.scope, r.title]);
  const header = ['ID', l.severity, l.profiles, l.scope, l.title];
  const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]!) : c)).join('  ');
  return [header, ...rows].map((cells) => `${line(cells)}\n`).join('');
}

/** A rule as terminal text: the same content as its documentation page (one builder, two renderings). */
export function describeRule(rule: LoadedRule, lang: Lang, configured?: RuleDoc['configured']): string {
  return renderRuleText(ruleDoc(rule, lang, readRuleProse(rule.file, rule.id), configured));
}

/** Every check a scan can report, by id: the rules that run. */
export function listedRules(configured: ConfiguredRules, lang: Lang): ListedRule[] {
  return rulesToRun(configured)
    .map((r) => listed(r, lang))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** `bpa rules show <id>` for a rule (disabled ones too, with what the configuration `file` changed); undefined for an unknown id. */
export function ruleText(id: string, configured: ConfiguredRules, lang: Lang, file?: string): string | undefined {
  const same = (other: string) => other.toUpperCase() === id.toUpperCase();
  const rule = configured.all.find((r) => same(r.id));
  if (rule) {
    const changed: RuleDoc['configured'] = file
      ? { file, severity: configured.severity[rule.id], disabled: configured.disabled.has(rule.id) }
      : undefined;
    return describeRule(rule, lang, changed);
  }
  return undefined;
}

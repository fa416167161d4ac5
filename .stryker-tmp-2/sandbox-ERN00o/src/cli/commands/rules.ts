// @ts-nocheck
import { Option, type Command } from 'commander';
import { loadConfiguredRules, rulesToRun, type ConfiguredRules } from '../../config/configured-rules';
import { buildRuleDocs, writeRuleDocs } from '../../rules/docs/build-docs';
import { readRuleProse } from '../../rules/docs/prose';
import { ruleDoc, type RuleDoc } from '../../rules/docs/rule-doc';
import { renderRuleText } from '../../rules/docs/terminal';
import { loadRules, type LoadedRule } from '../../rules/load-rules';
import { CATEGORIES, PROFILES, SEVERITIES, type Lang } from '../../rules/rule-schema';
import { UserError } from '../../shared/errors';
import { langOption, resolveLang, ruleDirs, rulesOption } from '../options';
import { applyProjectConfig, configOption } from '../project-config';

interface RulesOptions {
  lang?: string;
  rules?: string[];
  config?: string;
}

/** The rules of the shipped, configured and --rules folders, with the configuration applied. */
function configuredRules(opts: RulesOptions, command: Command): { configured: ConfiguredRules; file?: string; lang: Lang } {
  const config = applyProjectConfig(opts, command);
  const configured = loadConfiguredRules(ruleDirs(opts.rules, config), config);
  return { configured, ...(config.file ? { file: config.file } : {}), lang: resolveLang(opts.lang) };
}

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('list, show, validate and document the rules');
  rules
    .command('list')
    .description('list the rules that run, filtered by profile, category or severity')
    .addOption(new Option('--profile <profile>').choices([...PROFILES]))
    .addOption(new Option('--category <category>').choices([...CATEGORIES]))
    .addOption(new Option('--severity <severity>').choices([...SEVERITIES]))
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .option('--json', 'print JSON')
    .action(
      (opts: RulesOptions & { profile?: string; category?: string; severity?: string; json?: boolean }, command: Command) => {
        const { configured, lang } = configuredRules(opts, command);
        const list = rulesToRun(configured)
          .filter(
            (r) =>
              (!opts.profile || r.profiles.includes(opts.profile as never)) &&
              (!opts.category || r.category === opts.category) &&
              (!opts.severity || r.severity === opts.severity),
          )
          .sort((a, b) => a.id.localeCompare(b.id));
        if (opts.json) {
          const rows = list.map((r) => ({
            id: r.id,
            severity: r.severity,
            category: r.category,
            profiles: r.profiles,
            scope: r.scope,
            title: r.title[lang],
          }));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        for (const r of list) {
          const profiles = r.profiles.map((p) => p[0]!.toUpperCase()).join('');
          process.stdout.write(
            `${r.id.padEnd(8)} ${r.severity.padEnd(8)} ${profiles.padEnd(3)} ${r.scope.padEnd(12)} ${r.title[lang]}\n`,
          );
        }
      },
    );
  rules
    .command('show')
    .description('show one rule: what it checks, why, how to fix it, the facts it reads and its sources')
    .argument('<id>', 'rule id, e.g. NET-002')
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .action((id: string, opts: RulesOptions, command: Command) => {
      const { configured, file, lang } = configuredRules(opts, command);
      const rule = configured.all.find((r) => r.id.toUpperCase() === id.toUpperCase());
      if (!rule) throw new UserError(`no rule with id ${id} (see: bpa rules list)`);
      const changed: RuleDoc['configured'] = file
        ? { file, severity: configured.severity[rule.id], disabled: configured.disabled.has(rule.id) }
        : undefined;
      process.stdout.write(describeRule(rule, lang, changed));
    });
  rules
    .command('docs')
    .description('write the rule documentation: an index by category and a page per rule in English and German')
    .option('--output <dir>', 'folder to write to', 'docs/rules')
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .action((opts: RulesOptions & { output: string }, command: Command) => {
      const { configured, lang } = configuredRules(opts, command);
      const written = writeRuleDocs(buildRuleDocs(configured.all), opts.output);
      const pages = configured.all.length;
      process.stdout.write(
        lang === 'de'
          ? `${written.length} Dateien (${pages} Regeln, Englisch und Deutsch) nach ${opts.output} geschrieben\n`
          : `wrote ${written.length} files (${pages} rules, English and German) to ${opts.output}\n`,
      );
    });
  rules
    .command('validate')
    .description('validate rule folders exactly as bpa validates its own rules')
    .argument('<dir...>', 'rule folders')
    .addOption(langOption())
    .action((dirs: string[], opts: { lang?: string }) => {
      const loaded = loadRules(dirs);
      process.stdout.write(
        resolveLang(opts.lang) === 'de'
          ? `${loaded.length} Regel(n) gültig in ${dirs.join(', ')}\n`
          : `${loaded.length} rule(s) valid in ${dirs.join(', ')}\n`,
      );
    });
}

/** A rule as terminal text: the same content as its documentation page (one builder, two renderings). */
export function describeRule(rule: LoadedRule, lang: Lang, configured?: RuleDoc['configured']): string {
  return renderRuleText(ruleDoc(rule, lang, readRuleProse(rule.file, rule.id), configured));
}

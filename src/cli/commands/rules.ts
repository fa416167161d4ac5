import { Option, type Command } from 'commander';
import type { ConfiguredRules } from '../../config/configured-rules';
import { CATEGORIES, PROFILES, SEVERITIES, type Lang } from '../../rules/vocabulary';
import { UserError } from '../../shared/errors';
import { configOption, langOption, resolveLang, rulesOption } from '../option-builders';
import type { ListedRule } from '../rule-listing';

interface RulesOptions {
  lang?: string;
  rules?: string[];
  config?: string;
}

/** The rules of the shipped, configured and --rules folders, with the configuration applied. */
async function configuredRules(
  opts: RulesOptions,
  command: Command,
): Promise<{ configured: ConfiguredRules; file?: string; lang: Lang }> {
  // Loaded only when a rules command runs.
  const { applyProjectConfig } = await import('../project-config');
  const { loadCheckedRules, ruleDirs } = await import('../options');
  const config = applyProjectConfig(opts, command);
  const configured = loadCheckedRules(ruleDirs(opts.rules, config), config);
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
      async (
        opts: RulesOptions & { profile?: string; category?: string; severity?: string; json?: boolean },
        command: Command,
      ) => {
        const { configured, lang } = await configuredRules(opts, command);
        const { listedRules, ruleTable } = await import('../rule-listing');
        const wanted = (r: Pick<ListedRule, 'profiles' | 'category' | 'severity'>) =>
          (!opts.profile || r.profiles.includes(opts.profile as never)) &&
          (!opts.category || r.category === opts.category) &&
          (!opts.severity || r.severity === opts.severity);
        const list = listedRules(configured, lang).filter(wanted);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        process.stdout.write(ruleTable(list, lang));
      },
    );
  rules
    .command('show')
    .description('show one rule: what it checks, why, how to fix it, the facts it reads and its sources')
    .argument('<id>', 'rule id, e.g. NET-002')
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .action(async (id: string, opts: RulesOptions, command: Command) => {
      const { configured, file, lang } = await configuredRules(opts, command);
      const { ruleText } = await import('../rule-listing');
      const text = ruleText(id, configured, lang, file);
      if (text === undefined) throw new UserError(`no rule with id ${id} (see: bpa rules list)`);
      process.stdout.write(text);
    });
  rules
    .command('docs')
    .description('write the rule documentation: an index by category and a page per rule in English and German')
    .option('--output <dir>', 'folder to write to', 'docs/rules')
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .action(async (opts: RulesOptions & { output: string }, command: Command) => {
      const { configured, lang } = await configuredRules(opts, command);
      const { buildRuleDocs, writeRuleDocs } = await import('../../rules/docs/build-docs');
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
    .action(async (dirs: string[], opts: { lang?: string }) => {
      const { loadRules } = await import('../../rules/load-rules');
      const loaded = loadRules(dirs);
      process.stdout.write(
        resolveLang(opts.lang) === 'de'
          ? `${loaded.length} Regel(n) gültig in ${dirs.join(', ')}\n`
          : `${loaded.length} rule(s) valid in ${dirs.join(', ')}\n`,
      );
    });
}

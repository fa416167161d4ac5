import { Option, type Command } from 'commander';
import { loadRules, type LoadedRule } from '../../rules/load-rules';
import { CATEGORIES, PROFILES, SEVERITIES, type Lang } from '../../rules/rule-schema';
import { UserError } from '../../shared/errors';
import { langOption, loadAllRules, resolveLang, rulesOption } from '../options';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('list, show and validate rules');
  rules
    .command('list')
    .description('list the rules, filtered by profile, category or severity')
    .addOption(new Option('--profile <profile>').choices([...PROFILES]))
    .addOption(new Option('--category <category>').choices([...CATEGORIES]))
    .addOption(new Option('--severity <severity>').choices([...SEVERITIES]))
    .addOption(langOption())
    .addOption(rulesOption())
    .option('--json', 'print JSON')
    .action(
      (opts: { profile?: string; category?: string; severity?: string; lang?: string; rules?: string[]; json?: boolean }) => {
        const lang = resolveLang(opts.lang);
        const list = loadAllRules(opts.rules).filter(
          (r) =>
            (!opts.profile || r.profiles.includes(opts.profile as never)) &&
            (!opts.category || r.category === opts.category) &&
            (!opts.severity || r.severity === opts.severity),
        );
        list.sort((a, b) => a.id.localeCompare(b.id));
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
    .description('show one rule: what it checks, why, how to fix it, and its sources')
    .argument('<id>', 'rule id, e.g. NET-002')
    .addOption(langOption())
    .addOption(rulesOption())
    .action((id: string, opts: { lang?: string; rules?: string[] }) => {
      const rule = loadAllRules(opts.rules).find((r) => r.id.toUpperCase() === id.toUpperCase());
      if (!rule) throw new UserError(`no rule with id ${id} (see: bpa rules list)`);
      process.stdout.write(describeRule(rule, resolveLang(opts.lang)));
    });
  rules
    .command('validate')
    .description('validate rule folders exactly as bpa validates its own rules')
    .argument('<dir...>', 'rule folders')
    .action((dirs: string[]) => {
      const loaded = loadRules(dirs);
      process.stdout.write(`${loaded.length} rule(s) valid in ${dirs.join(', ')}\n`);
    });
}

export function describeRule(rule: LoadedRule, lang: Lang): string {
  const de = lang === 'de';
  const lines = [
    `${rule.id}  ${rule.title[lang]}`,
    '',
    `${de ? 'Schweregrad' : 'Severity'}: ${rule.severity}    ${de ? 'Kategorie' : 'Category'}: ${rule.category}    ${de ? 'Profile' : 'Profiles'}: ${rule.profiles.join(', ')}    Scope: ${rule.scope}`,
    '',
    de ? 'Warum' : 'Why',
    `  ${rule.rationale[lang]}`,
    '',
    de ? 'Behebung' : 'How to fix',
    `  ${rule.remediation[lang]}`,
  ];
  if (rule.assumption) lines.push('', de ? 'Annahme' : 'Assumption', `  ${rule.assumption[lang]}`);
  if (Object.keys(rule.parameterValues).length > 0) {
    lines.push('', de ? 'Parameter' : 'Parameters');
    for (const [name, value] of Object.entries(rule.parameterValues)) {
      lines.push(`  ${name} = ${value}: ${rule.parameters?.[name]?.description[lang] ?? ''}`);
    }
  }
  lines.push(
    '',
    de ? 'Quellen' : 'References',
    ...rule.references.map((r) => `  ${r.title}\n    ${r.url}`),
    `\n${de ? 'Datei' : 'File'}: ${rule.file}`,
    '',
  );
  return lines.join('\n');
}

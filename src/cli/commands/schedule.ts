import { Option, type Command } from 'commander';
import type { ScheduleOptions } from '../../schedule/plan';
import { SEVERITIES } from '../../rules/vocabulary';
import { parseFormats } from '../option-builders';

export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description('print the commands of a nightly health scan: collection on the servers, scan --history on the analysis host')
    .requiredOption('--share <unc>', 'share the servers write their bundle to, e.g. \\\\FS01\\bpa$')
    .requiredOption('--history <dir>', 'history folder on the analysis host')
    .addOption(new Option('--analysis-host <os>', 'where bpa scan runs').choices(['linux', 'windows']).default('linux'))
    .option('--mount <path>', 'where the share is mounted on a Linux analysis host', '/mnt/bpa')
    .option('--collect-at <HH:MM>', 'time of the collection on the servers', '02:00')
    .option('--scan-at <HH:MM>', 'time of the scan on the analysis host', '04:30')
    .option('--run-as <DOMAIN\\account>', 'account of the scheduled tasks')
    .option('--cluster-account <name>', 'cluster service account, for collect.cmd on Windows 2008 clusters')
    .option('--local-dir <path>', 'local folder on each Exchange server for collect-exchange.ps1', 'C:\\bpa')
    .option('--retention <n|Nd>', 'scans the history keeps', '730d')
    .option('--format <formats>', 'report formats of each scan', 'json,html,pdf')
    .option('--reports <dir>', 'folder for the reports of the latest scan (default: <history>-reports)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 at or above this severity').choices([...SEVERITIES, 'none']).default('critical'),
    )
    .option('--waivers <file>', 'waiver file on the analysis host')
    .option('--baseline <file>', 'baseline file on the analysis host')
    .addOption(new Option('--lang <lang>', 'language of the reports').choices(['en', 'de']))
    .option('--bpa <command>', 'how the analysis host runs bpa', 'bpa')
    .action(async (opts: ScheduleOptions) => {
      const { schedulePlan } = await import('../../schedule/plan');
      const { parseRetention } = await import('../../history/retention');
      parseFormats(opts.format);
      parseRetention(opts.retention);
      process.stdout.write(schedulePlan(opts));
    });
}

import type { Command } from 'commander';
import {
  failOnIncompleteOption,
  failOnOption,
  formatOption,
  langOption,
  profileOption,
  rulesOption,
  configOption,
} from '../option-builders';
import { accentOption, consultantOption, customerOption, logoOption } from '../branding';
import { parseJobs } from '../fleet/jobs';
import { defaultJobs, releaseWorkers, startWorkers } from '../fleet/worker-pool';
import type { ScanOptions } from '../actions/scan';

export function registerScan(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description(
      'collect a bundle (folder or .zip) or read a snapshot, run the rules, write the report; several bundles: one report each and a summary',
    )
    .argument('<input...>', 'capture bundle folder, bundle .zip, or snapshot .json; several (or a glob) with --output <folder>')
    .addOption(profileOption())
    .addOption(formatOption())
    .option('--output <path>', 'file, folder (the report is named bpa-<customer>-<date>), or - for standard output', '-')
    .addOption(failOnOption())
    .addOption(failOnIncompleteOption())
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option(
      '--jobs <n>',
      'several bundles: how many are scanned at once, in worker threads (default: the number of CPUs)',
      parseJobs,
    )
    .option('--history <dir>', 'keep the scan in a history folder and report what changed since the last one')
    .option('--retention <n|Nd>', 'with --history: keep the newest n scans, or the scans of the last N days (730d)')
    .option('--baseline <file>', 'report apart the findings a baseline (bpa baseline create) accepted')
    .option('--waivers <file>', 'waiver file (YAML or JSON): waived findings are reported apart')
    .addOption(customerOption())
    .addOption(consultantOption())
    .addOption(logoOption())
    .addOption(accentOption())
    .action(async (inputs: string[], opts: ScanOptions, command: Command) => {
      // A fleet scan's worker threads start loading the scan code now, beside this thread loading it.
      if (inputs.length > 1 && opts.output !== '-' && !opts.history) startWorkers(opts.jobs ?? defaultJobs(), inputs.length);
      try {
        await (await import('../actions/scan')).scanAction(inputs, opts, command, setExit);
      } finally {
        await releaseWorkers();
      }
    });
}

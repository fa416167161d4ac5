import type { Command } from 'commander';
import type { LiveCliOptions } from '../../collect/live/cli';
import { configOption, langOption, resolveLang } from '../option-builders';

interface CollectOptions {
  output: string;
  progress: boolean;
  lang?: string;
  config?: string;
}

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('parse a capture bundle into a snapshot (no rules run)')
    .argument('[bundle]', 'capture bundle folder or .zip (none with --live)')
    .option('--live', 'collect this Windows machine itself, running the commands of collect.cmd')
    .option('--account <name>', 'with --live: the cluster service account, on a node planned for a cluster')
    .option('--save-bundle <dir>', 'with --live: also write what was collected as a bundle folder')
    .option('--output <path>', 'snapshot file, or - for standard output', '-')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(langOption())
    .addOption(configOption())
    .action(async (bundle: string | undefined, opts: CollectOptions & LiveCliOptions, command: Command) => {
      // Loaded only when the command runs.
      const { printable } = await import('../../shared/display-text');
      const { collectInput } = await import('../../collect/live/cli');
      const { writeOutputs } = await import('../output');
      const { createProgress } = await import('../progress');
      const { applyProjectConfig } = await import('../project-config');
      const { sourceTable } = await import('../source-table');
      applyProjectConfig(opts, command);
      const snapshot = await collectInput(bundle, opts, createProgress(opts.progress));
      const content = `${JSON.stringify(snapshot, null, 2)}\n`;
      writeOutputs([{ format: 'snapshot', extension: 'json', binary: false, content }], opts.output, 'snapshot');
      // What the analysis rests on, per server: on stdout when the snapshot went to a file, else on stderr.
      const table = printable(sourceTable(snapshot, resolveLang(opts.lang)));
      if (opts.output === '-') process.stderr.write(table);
      else process.stdout.write(table);
    });
}

import type { Command } from 'commander';
import { loadInput } from '../../pipeline/load-input';
import { writeOutputs } from '../output';
import { createProgress } from '../progress';
import { sourceTable } from '../source-table';

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('parse a capture bundle into a snapshot (no rules run)')
    .argument('<bundle>', 'capture bundle folder or .zip')
    .option('--output <path>', 'snapshot file, or - for standard output', '-')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action((bundle: string, opts: { output: string; progress: boolean }) => {
      const snapshot = loadInput(bundle, createProgress(opts.progress));
      const content = `${JSON.stringify(snapshot, null, 2)}\n`;
      writeOutputs([{ format: 'snapshot', extension: 'json', binary: false, content }], opts.output, 'snapshot');
      // What the analysis rests on, per server: on stdout when the snapshot went to a file, else on stderr.
      const table = sourceTable(snapshot);
      if (opts.output === '-') process.stderr.write(table);
      else process.stdout.write(table);
    });
}

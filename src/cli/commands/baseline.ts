import type { Command } from 'commander';
import { UserError } from '../../shared/errors';

export function registerBaseline(program: Command): void {
  const baseline = program.command('baseline').description('accept the current findings, so later scans report only new ones');
  baseline
    .command('create')
    .description('write a baseline that accepts the findings of a scan (scan --baseline <file> then reports them apart)')
    .argument('<findings>', 'findings file (bpa scan --format json), or a history id with --history (latest)')
    .option('--history <dir>', 'history folder the id refers to')
    .requiredOption('--output <file>', 'the baseline file to write')
    .action(async (from: string, opts: { history?: string; output: string }) => {
      const { createBaseline } = await import('../../baseline/baseline');
      const { loadOperand } = await import('../../diff/operands');
      const { writeOutputs } = await import('../output');
      const side = loadOperand(from, opts.history);
      if (!side.report) throw new UserError(`${from}: has no findings (give a findings file or a history id)`);
      const made = createBaseline(side.report, side.label, new Date());
      const written = writeOutputs(
        [{ format: 'json', extension: 'json', binary: false, content: `${JSON.stringify(made, null, 2)}\n` }],
        opts.output,
        'bpa-baseline',
      );
      process.stdout.write(`bpa baseline: ${made.findings.length} finding(s) accepted → ${written.join(', ')}\n`);
    });
  baseline
    .command('show')
    .description('list the findings a baseline accepts')
    .argument('<file>', 'baseline file')
    .action(async (file: string) => {
      const { readBaseline } = await import('../../baseline/baseline');
      const { printable } = await import('../../diff/format-text');
      const b = readBaseline(file);
      const lines = [
        `${file}: ${b.findings.length} finding(s) accepted on ${b.createdAt}, from the ${b.from.profile} scan of ${b.from.source} (${b.from.startedAt})`,
        ...b.findings.map(
          (f) =>
            `  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(8)} ${[f.server, f.target].filter(Boolean).join(' · ') || '(organization)'}: ${f.title}`,
        ),
      ];
      process.stdout.write(printable(`${lines.join('\n')}\n`));
    });
}

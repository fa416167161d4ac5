import { Option, type Command } from 'commander';
import { UserError } from '../../shared/errors';
import type { DiffResult } from '../../diff/format-text';
import { langOption, resolveLang } from '../option-builders';
import { SEVERITIES } from '../../rules/vocabulary';

interface DiffOptions {
  history?: string;
  format: 'text' | 'json';
  output: string;
  lang?: string;
  failOn: string;
}

export function registerDiff(program: Command, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('what changed between two scans: findings new, resolved and unchanged, and configuration values')
    .argument('<old>', 'history id (latest~1, 20081120-011507…) with --history, findings file, snapshot, or bundle')
    .argument('<new>', 'the same kinds: latest, a findings file, a snapshot, a bundle')
    .option('--history <dir>', 'history folder the ids refer to')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option('--output <path>', 'file, or - for standard output', '-')
    .addOption(langOption())
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a new finding is at or above this severity')
        .choices([...SEVERITIES, 'none'])
        .default('none'),
    )
    .action(async (older: string, newer: string, opts: DiffOptions) => {
      // Loaded only when the command runs.
      const { allFindings, diffFindings } = await import('../../diff/finding-changes');
      const { diffSnapshots } = await import('../../diff/setting-changes');
      const { loadOperand } = await import('../../diff/operands');
      const { formatDiff } = await import('../../diff/format-text');
      const { writeOutputs } = await import('../output');
      const { exitCodeFor } = await import('../options');
      const before = loadOperand(older, opts.history);
      const after = loadOperand(newer, opts.history);
      const result: DiffResult = { old: before.label, new: after.label };
      if (before.report && after.report) result.findings = diffFindings(allFindings(before.report), allFindings(after.report));
      if (before.snapshot && after.snapshot) result.settings = diffSnapshots(before.snapshot, after.snapshot);
      if (!result.findings && !result.settings) {
        throw new UserError(`nothing to compare: ${older} and ${newer} share neither findings nor a snapshot`);
      }
      const lang = resolveLang(opts.lang ?? (after.report?.scan.lang as string | undefined));
      const content = opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatDiff(result, lang);
      writeOutputs(
        [{ format: opts.format, extension: opts.format === 'json' ? 'json' : 'txt', binary: false, content }],
        opts.output,
        'bpa-diff',
      );
      setExit(
        exitCodeFor(
          (result.findings?.new ?? []).filter((f) => f.status === undefined).map((f) => f.severity),
          opts.failOn,
        ),
      );
    });
}

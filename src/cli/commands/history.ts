import type { Command } from 'commander';
import { join } from 'path';
import { UserError } from '../../shared/errors';
import { langOption } from '../option-builders';
import type { TrendReportOptions } from './history-report';

export function registerHistory(program: Command): void {
  const history = program
    .command('history')
    .description('list, show and prune the scans a history folder keeps (scan --history)');
  history
    .command('list')
    .description('one line per scan: when, profile, counts, and what changed since the scan before')
    .argument('<dir>', 'history folder')
    .option('--last <n>', 'only the newest n scans', (v) => positive(v, '--last'))
    .option('--json', 'print JSON rows')
    .action(async (dir: string, opts: { last?: number; json?: boolean }) => {
      const { openHistory, readIndex, printable, formatHistoryTable } = await historyModules();
      openHistory(dir, { create: false });
      const all = readIndex(dir);
      const rows = opts.last ? all.slice(-opts.last) : all;
      process.stdout.write(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : printable(formatHistoryTable(rows)));
    });
  history
    .command('show')
    .description('write a stored report (or its snapshot) as JSON, e.g. for bpa report or bpa baseline create')
    .argument('<dir>', 'history folder')
    .argument('<id>', 'scan id, latest, latest~N, previous, or the unique start of an id')
    .option('--snapshot', 'the snapshot instead of the report')
    .option('--output <file>', 'file, or - for standard output', '-')
    .action(async (dir: string, id: string, opts: { snapshot?: boolean; output: string }) => {
      const { openHistory, readIndex, resolveRef, entryDir, ENTRY_FILES, readGzipJson, writeOutputs } = await historyModules();
      openHistory(dir, { create: false });
      const entry = resolveRef(readIndex(dir), id, dir);
      const file = join(entryDir(dir, entry.id), opts.snapshot ? ENTRY_FILES.snapshot : ENTRY_FILES.report);
      const text = `${JSON.stringify(readGzipJson(file), null, 2)}\n`;
      writeOutputs([{ format: 'json', extension: 'json', binary: false, content: text }], opts.output, entry.id);
    });
  history
    .command('report')
    .description(
      'a trend page over the scans: findings per night, new and resolved, servers night by night, configuration changes',
    )
    .argument('<dir>', 'history folder')
    .option('--output <file>', 'file or folder, or - for standard output', '-')
    .option('--format <format>', "html or pdf (default: html, or what the --output file's extension names)")
    .addOption(langOption())
    .option('--since <day>', "first night to show, YYYY-MM-DD (default: the first scan's)")
    .option('--until <day>', "last night to show, YYYY-MM-DD (default: the last scan's)")
    .option('--time-zone <zone>', 'the time zone whose calendar days are the nights, e.g. Europe/Berlin', 'UTC')
    .action(async (dir: string, opts: TrendReportOptions) => {
      const { runTrendReport } = await import('./history-report');
      await runTrendReport(dir, opts);
    });
  history
    .command('prune')
    .description('remove old scans now (scan --retention does it after each scan)')
    .argument('<dir>', 'history folder')
    .requiredOption('--retention <n|Nd>', 'keep the newest n scans, or the scans of the last N days (730d)')
    .action(async (dir: string, opts: { retention: string }) => {
      const { pruneHistory, parseRetention } = await historyModules();
      const removed = pruneHistory(dir, parseRetention(opts.retention), new Date());
      process.stdout.write(`bpa history: removed ${removed.length} scan(s) from ${dir}\n`);
    });
}

/** What the history commands need, loaded only when one runs. */
async function historyModules() {
  return {
    ...(await import('../../history/index-file')),
    ...(await import('../../history/layout')),
    ...(await import('../../history/refs')),
    ...(await import('../../history/retention')),
    ...(await import('../../history/store')),
    ...(await import('../../history/format-list')),
    printable: (await import('../../diff/format-text')).printable,
    writeOutputs: (await import('../output')).writeOutputs,
  };
}

function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`${option}: "${value}" is not a positive whole number`);
  return n;
}

import type { Command } from 'commander';
import { readJsonFile } from '../../pipeline/load-input';
import { renderOutputs } from '../../pipeline/render-outputs';
import { validateReport } from '../../report/validate-report';
import { writeOutputs } from '../output';
import { formatOption, langOption, parseFormats, resolveLang } from '../options';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('render a saved findings file again, without the bundle')
    .argument('<findings>', 'findings .json written by bpa scan --format json or bpa analyze')
    .addOption(formatOption('json'))
    .option('--output <path>', 'file, folder, or - for standard output', '-')
    .addOption(langOption())
    .action(async (file: string, opts: { format: string; output: string; lang?: string }) => {
      const formats = parseFormats(opts.format);
      const report = validateReport(readJsonFile(file), file);
      const lang = opts.lang ? resolveLang(opts.lang) : report.scan.lang;
      writeOutputs(await renderOutputs(report, formats, lang), opts.output, `bpa-${report.scan.profile}`);
    });
}

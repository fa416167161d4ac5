import type { Command } from 'commander';
import { readJsonFile } from '../../pipeline/load-input';
import { renderOutputs } from '../../pipeline/render-outputs';
import { validateReport } from '../../report/validate-report';
import { writeOutputs } from '../output';
import { formatOption, formatsFor, langOption, resolveLang } from '../options';
import { colorFor } from '../color';
import { reportBaseName } from '../report-name';
import { accentOption, brandingFrom, consultantOption, customerOption, logoOption, type BrandingFlags } from '../branding';
import { loadBranding } from '../../config/load-config';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('render a saved findings file again, without the bundle')
    .argument('<findings>', 'findings .json written by bpa scan --format json or bpa analyze')
    .addOption(formatOption())
    .option('--output <path>', 'file, folder (the report is named bpa-<customer>-<date>), or - for standard output', '-')
    .addOption(langOption())
    .addOption(customerOption())
    .addOption(consultantOption())
    .addOption(logoOption())
    .addOption(accentOption())
    .action(async (file: string, opts: { format?: string; output: string; lang?: string } & BrandingFlags) => {
      const formats = formatsFor(opts.format, opts.output);
      const saved = validateReport(readJsonFile(file), file);
      // The flags win, then the branding saved with the scan, then bpa.config.json's (which may fill gaps).
      const configured = loadBranding();
      const branding = await brandingFrom(opts, { ...(configured && (await brandingFrom(configured))), ...saved.branding });
      const report = branding ? { ...saved, branding } : saved;
      const lang = opts.lang ? resolveLang(opts.lang) : report.scan.lang;
      const outputs = await renderOutputs(report, formats, { lang, color: colorFor(opts.output) });
      writeOutputs(outputs, opts.output, reportBaseName(report));
    });
}

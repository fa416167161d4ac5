import type { Command } from 'commander';
import { formatOption, formatsFor, langOption, resolveLang } from '../option-builders';
import { accentOption, brandingFrom, consultantOption, customerOption, logoOption, type BrandingFlags } from '../branding';

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
      // Loaded only when the command runs.
      const { readJsonFile } = await import('../../pipeline/load-input');
      const { renderOutputs } = await import('../../pipeline/render-outputs');
      const { validateReport } = await import('../../report/validate-report');
      const { writeOutputs } = await import('../output');
      const { colorFor } = await import('../color');
      const { reportBaseName } = await import('../report-name');
      const { loadBranding } = await import('../../config/load-config');
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

import { statSync } from 'fs';
import { dirname, resolve } from 'path';
import { renderTrendHtml } from '../../../reports/trend/render-trend-html';
import { buildTrend } from '../../history/trend/build-trend';
import { isDay } from '../../history/trend/nights';
import { storedScans } from '../../history/trend/read-history';
import { UserError } from '../../shared/errors';
import { toolVersion } from '../../shared/package-root';
import { printable } from '../../shared/display-text';
import { resolveLang } from '../options';
import { writeOutputs } from '../output';

export interface TrendReportOptions {
  output: string;
  format?: string;
  lang?: string;
  since?: string;
  until?: string;
  timeZone: string;
}

/**
 * `bpa history report <dir>`: the trend page over a history folder. A damaged stored scan does not stop it:
 * the page shows the night as damaged and a warning naming the scan goes to stderr as well.
 */
export async function runTrendReport(dir: string, opts: TrendReportOptions): Promise<void> {
  const format = formatOf(opts);
  for (const [option, day] of [
    ['--since', opts.since],
    ['--until', opts.until],
  ] as const) {
    if (day !== undefined && !isDay(day)) throw new UserError(`${option}: "${day}" is not a day (YYYY-MM-DD)`);
  }
  if (opts.since && opts.until && opts.since > opts.until)
    throw new UserError(`--since ${opts.since} is after --until ${opts.until}`);
  checkTimeZone(opts.timeZone);
  const lang = resolveLang(opts.lang);
  const pageDir = pageDirOf(opts.output);
  const model = buildTrend(storedScans(dir, pageDir), {
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    timeZone: opts.timeZone,
  });
  for (const w of model.warnings) {
    const what = w.what === 'snapshot' ? 'the stored configuration of scan' : 'scan';
    process.stderr.write(`bpa history report: warning: ${what} ${w.id} (${w.day}) is damaged: ${printable(w.message)}\n`);
  }
  const options = { lang, toolVersion: toolVersion() };
  // pdfkit and its fonts load only for a PDF: the HTML page does not wait for them.
  const content =
    format === 'pdf'
      ? await (await import('../../../reports/trend/render-trend-pdf')).renderTrendPdf(model, options)
      : renderTrendHtml(model, options);
  const name = `bpa-trend-${model.from || 'empty'}-${model.to || 'empty'}`;
  writeOutputs([{ format, extension: format, binary: format === 'pdf', content }], opts.output, name);
}

function formatOf(opts: TrendReportOptions): 'html' | 'pdf' {
  const given = opts.format ?? (/\.pdf$/i.test(opts.output) ? 'pdf' : 'html');
  if (given !== 'html' && given !== 'pdf') throw new UserError(`--format: "${given}" is not html or pdf`);
  return given;
}

/** The folder the page lands in, for its relative links: a folder given as --output, or the file's folder. */
function pageDirOf(output: string): string | undefined {
  if (output === '-') return undefined;
  if (output.endsWith('/') || output.endsWith('\\')) return resolve(output);
  try {
    if (statSync(output).isDirectory()) return resolve(output);
  } catch {
    // a new file
  }
  return dirname(resolve(output));
}

function checkTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new UserError(`--time-zone: "${zone}" is not a time zone (e.g. UTC, Europe/Berlin)`);
  }
}

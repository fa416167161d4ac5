import type { Report } from '../src/report/report-schema';
import { renderJson } from './json';
import { renderCsv } from './csv';
import { renderSarif } from './sarif';
import { renderJunit } from './junit';
import { renderHtml } from './html/render-html';
import { renderText } from './text/render-text';
import { FORMAT_FILES, FORMAT_NAMES, type FormatName } from './format-files';

export interface ReporterOptions {
  lang: 'en' | 'de';
  /** ANSI colours in the text format: only for a terminal (the CLI decides). */
  color?: boolean;
}

/** A reporter turns a report into the bytes of one output format. */
export type Reporter = (report: Report, options: ReporterOptions) => string | Buffer | Promise<string | Buffer>;

export interface OutputFormat {
  reporter: Reporter;
  extension: string;
  /** Binary formats are not written to a terminal. */
  binary: boolean;
}

/** What renders each format (format-files.ts has the names, extensions and which are binary). */
const REPORTERS: Record<FormatName, Reporter> = {
  text: (report, options) => renderText(report, options),
  json: (report) => renderJson(report),
  csv: (report, options) => renderCsv(report, options),
  sarif: (report) => renderSarif(report),
  junit: (report) => renderJunit(report),
  html: (report, options) => renderHtml(report, options),
  // pdfkit takes a tenth of a second to load: only when a PDF is asked for.
  pdf: async (report, options) => (await import('./pdf/render-pdf')).renderPdf(report, options),
};

export const FORMATS: Record<string, OutputFormat> = Object.fromEntries(
  FORMAT_NAMES.map((name) => [name, { reporter: REPORTERS[name], ...FORMAT_FILES[name] }]),
);

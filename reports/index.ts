import type { Report } from '../src/report/report-schema';
import { renderJson } from './json';
import { renderCsv } from './csv';
import { renderSarif } from './sarif';
import { renderJunit } from './junit';
import { renderHtml } from './html/render-html';
import { renderText } from './text/render-text';

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

export const FORMATS: Record<string, OutputFormat> = {
  text: { reporter: (report, options) => renderText(report, options), extension: 'txt', binary: false },
  json: { reporter: (report) => renderJson(report), extension: 'json', binary: false },
  csv: { reporter: (report, options) => renderCsv(report, options), extension: 'csv', binary: false },
  sarif: { reporter: (report) => renderSarif(report), extension: 'sarif', binary: false },
  junit: { reporter: (report) => renderJunit(report), extension: 'junit.xml', binary: false },
  html: { reporter: (report, options) => renderHtml(report, options), extension: 'html', binary: false },
  // pdfkit takes a tenth of a second to load: only when a PDF is asked for.
  pdf: {
    reporter: async (report, options) => (await import('./pdf/render-pdf')).renderPdf(report, options),
    extension: 'pdf',
    binary: true,
  },
};

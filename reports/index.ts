import type { Report } from '../src/report/report-schema';
import { renderJson } from './json';

export interface ReporterOptions {
  lang: 'en' | 'de';
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
  json: { reporter: (report) => renderJson(report), extension: 'json', binary: false },
};

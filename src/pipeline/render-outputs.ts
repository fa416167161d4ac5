/* eslint-disable @typescript-eslint/no-require-imports -- each renderer is required when its format is first asked for */
import { FORMAT_FILES, type FormatName } from '../../reports/format-files';
import type { Reporter, ReporterOptions } from '../../reports';
import type { Report } from '../report/report-schema';
import type { RenderedOutput } from '../cli/output';

/**
 * The renderer of each format, loaded when a report is first rendered in it: the same functions reports/index.ts
 * puts in `FORMATS` (test/pipeline/render-outputs.test.ts holds the two to the same output). Why not `FORMATS`:
 * reports/index.ts loads every renderer, ≈ 300 modules with the HTML view's (TypeBox among them), which a scan to
 * JSON (every thread of a fleet scan) never uses.
 */
const RENDERERS: Record<FormatName, () => Reporter> = {
  text: () => (require('../../reports/text/render-text') as typeof import('../../reports/text/render-text')).renderText,
  json: () => (require('../../reports/json') as typeof import('../../reports/json')).renderJson,
  csv: () => (require('../../reports/csv') as typeof import('../../reports/csv')).renderCsv,
  sarif: () => (require('../../reports/sarif') as typeof import('../../reports/sarif')).renderSarif,
  junit: () => (require('../../reports/junit') as typeof import('../../reports/junit')).renderJunit,
  html: () => (require('../../reports/html/render-html') as typeof import('../../reports/html/render-html')).renderHtml,
  pdf: () => (require('../../reports/pdf/render-pdf') as typeof import('../../reports/pdf/render-pdf')).renderPdf,
};

const loaded = new Map<FormatName, Reporter>();

function rendererOf(format: FormatName): Reporter {
  let reporter = loaded.get(format);
  if (!reporter) loaded.set(format, (reporter = RENDERERS[format]()));
  return reporter;
}

/** Renders a report in each requested format. */
export async function renderOutputs(report: Report, formats: string[], options: ReporterOptions): Promise<RenderedOutput[]> {
  const outputs: RenderedOutput[] = [];
  for (const format of formats) {
    const file = FORMAT_FILES[format as FormatName];
    const content = await rendererOf(format as FormatName)(report, options);
    outputs.push({ format, extension: file.extension, binary: file.binary, content });
  }
  return outputs;
}

import { FORMATS, type ReporterOptions } from '../../reports';
import type { Report } from '../report/report-schema';
import type { RenderedOutput } from '../cli/output';

/** Renders a report in each requested format. */
export async function renderOutputs(report: Report, formats: string[], options: ReporterOptions): Promise<RenderedOutput[]> {
  const outputs: RenderedOutput[] = [];
  for (const format of formats) {
    const def = FORMATS[format]!;
    outputs.push({ format, extension: def.extension, binary: def.binary, content: await def.reporter(report, options) });
  }
  return outputs;
}

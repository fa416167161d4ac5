// @ts-nocheck
import { FORMATS } from '../../reports';
import type { Report } from '../report/report-schema';
import type { RenderedOutput } from '../cli/output';
import type { Lang } from '../rules/rule-schema';

/** Renders a report in each requested format. */
export async function renderOutputs(report: Report, formats: string[], lang: Lang): Promise<RenderedOutput[]> {
  const outputs: RenderedOutput[] = [];
  for (const format of formats) {
    const def = FORMATS[format]!;
    outputs.push({ format, extension: def.extension, binary: def.binary, content: await def.reporter(report, { lang }) });
  }
  return outputs;
}

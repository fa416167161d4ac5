// @ts-nocheck
import { SnapshotSchema } from '../snapshot/schema';
import { ReportSchema } from '../report/report-schema';
import { RuleSchema } from '../rules/rule-schema';
import { ConfigSchema } from '../config/config-schema';
import { WaiverFileSchema } from '../waivers/waiver-schema';
import { BaselineSchema } from '../baseline/baseline-schema';

/** The JSON Schemas bpa publishes, by file name, as the exact text committed under `schemas/`. */
export function publishedSchemas(): Record<string, string> {
  const text = (schema: object) =>
    `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2)}\n`;
  return {
    'snapshot.schema.json': text(SnapshotSchema),
    'report.schema.json': text(ReportSchema),
    'rule.schema.json': text(RuleSchema),
    'config.schema.json': text(ConfigSchema),
    'waivers.schema.json': text(WaiverFileSchema),
    'baseline.schema.json': text(BaselineSchema),
  };
}

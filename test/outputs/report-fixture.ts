import { join } from 'path';
import { buildReport } from '../../src/report/build-report';
import type { Report } from '../../src/report/report-schema';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { loadInput } from '../../src/pipeline/load-input';
import type { Lang } from '../../src/rules/rule-schema';
import type { Snapshot } from '../../src/snapshot/schema';
import { ROOT } from '../helpers/run-bpa';

/** The report of a sample bundle, made in process as `bpa scan` makes it, with fixed timestamps. */
export async function sampleReport(sample = 'ccr-health-de', lang: Lang = 'en'): Promise<{ report: Report; snapshot: Snapshot }> {
  const snapshot = loadInput(join(ROOT, 'samples', sample));
  const rules = loadRules([join(ROOT, 'rules')]);
  const profile = sample.startsWith('readiness') ? 'readiness' : 'health';
  const analysis = await analyze(snapshot, rules, { profile, lang });
  const report = buildReport(snapshot, analysis, {
    profile,
    lang,
    startedAt: '2008-11-21T01:30:00.000Z',
    finishedAt: '2008-11-21T01:30:02.500Z',
    toolVersion: '0.1.0',
    rules,
  });
  return { report, snapshot };
}

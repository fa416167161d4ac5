/**
 * `npm run bench [-- --servers N] [-- --skip-reports]`: builds a synthetic fleet from the samples (default
 * 10,000 servers) and measures
 * - floorMs: parsing and schema-validating the fleet's snapshots (JSON.parse + ajv),
 * - bpaMs / stockMs: the rules of the health profile over the fleet by bpa's compiled evaluator and by stock
 *   json-rules-engine given the same facts (evaluation.ts), with their findings compared as multisets,
 * - the HTML and PDF rendering of a synthetic fleet report (reports.ts, a process per format),
 * and prints, last, one JSON line: {"servers","rules","floorMs","bpaMs","stockMs","stockRatio",
 * "findingsIdentical","findings","notEvaluated","bpaRunsMs","stockRunsMs","cpuRatio","bpaCpuMs","stockCpuMs",
 * "peakRssMb", …the report measures}.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { loadRules } from '../src/rules/load-rules';
import { validateSnapshot } from '../src/snapshot/validate';
import { packageRoot } from '../src/shared/package-root';
import type { Snapshot } from '../src/snapshot/schema';
import { measureEvaluation, median } from './evaluation';
import { buildFleet } from './fleet';

const SAMPLES = ['ccr-health-de', 'ccr-health-en', 'readiness-de'];

async function main(): Promise<void> {
  const servers = Number(argValue('--servers') ?? 10000);
  const root = packageRoot();
  const rules = loadRules([join(root, 'rules')]).filter((r) => r.profiles.includes('health'));
  const samples = SAMPLES.map((s) => collectBundle(readBundle(join(root, 'samples', s))));
  const fleetTexts = buildFleet(samples, servers);

  const t = performance.now();
  const fleet: Snapshot[] = fleetTexts.map((text, i) => {
    const snapshot = JSON.parse(text) as Snapshot;
    validateSnapshot(snapshot, `fleet snapshot ${i}`);
    return snapshot;
  });
  const floorMs = performance.now() - t;
  fleetTexts.length = 0;

  const evaluation = await measureEvaluation(fleet, rules);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const reports = process.argv.includes('--skip-reports') ? {} : reportMeasures();
  const line = {
    servers: fleet.reduce((n, s) => n + s.servers.length, 0),
    rules: rules.length,
    floorMs: Math.round(floorMs),
    bpaMs: Math.round(evaluation.bpaMs),
    stockMs: Math.round(evaluation.stockMs),
    stockRatio: Math.round((evaluation.stockMs / evaluation.bpaMs) * 10) / 10,
    findingsIdentical: evaluation.findingsIdentical,
    findings: evaluation.findings,
    notEvaluated: evaluation.notEvaluated,
    bpaRunsMs: evaluation.bpaRunsMs.map(Math.round),
    stockRunsMs: evaluation.stockRunsMs.map(Math.round),
    // The same ratio in CPU time (medians of the same runs): on a machine other processes keep busy, wall time
    // also counts the time the benchmark waited for a core.
    cpuRatio: Math.round((median(evaluation.stockCpuMs) / median(evaluation.bpaCpuMs)) * 10) / 10,
    bpaCpuMs: evaluation.bpaCpuMs.map(Math.round),
    stockCpuMs: evaluation.stockCpuMs.map(Math.round),
    peakRssMb,
    ...reports,
  };
  if (!evaluation.findingsIdentical) process.stderr.write('bench: bpa and stock json-rules-engine disagree on the findings\n');
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** The report measures of reports.ts (its default fleet report), in processes of their own. */
function reportMeasures(): Record<string, unknown> {
  const script = join(__dirname, 'reports.js');
  const out = execFileSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 2;
});

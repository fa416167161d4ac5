/**
 * `node dist/bench/analysis-digest.js [--servers N] [--evaluator compiled|reference]`: the guard of the evaluation
 * speed work. Builds the benchmark's fleet (fleet.ts, default 10,000 servers, each snapshot parsed from its text as
 * bench.ts does), analyses every snapshot with the health profile in English, and prints the sha-256 of every
 * `Analysis` written as JSON, in fleet order (first 16 hex digits), with the counts. An optimisation must leave it
 * unchanged; it prints the same for both evaluators.
 */
import { createHash } from 'crypto';
import { join } from 'path';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { createAnalyzer } from '../src/rules/evaluate';
import { loadRules } from '../src/rules/load-rules';
import type { Snapshot } from '../src/snapshot/schema';
import { packageRoot } from '../src/shared/package-root';
import { buildFleet } from './fleet';

const SAMPLES = ['ccr-health-de', 'ccr-health-en', 'readiness-de'];

async function main(): Promise<void> {
  const servers = Number(argValue('--servers') ?? 10000);
  const evaluator = argValue('--evaluator') === 'reference' ? 'reference' : 'compiled';
  const root = packageRoot();
  const rules = loadRules([join(root, 'rules')]).filter((r) => r.profiles.includes('health'));
  const samples = SAMPLES.map((s) => collectBundle(readBundle(join(root, 'samples', s))));
  const analyzer = createAnalyzer(rules, { profile: 'health', lang: 'en', evaluator });
  const hash = createHash('sha256');
  let findings = 0;
  let notEvaluated = 0;
  for (const text of buildFleet(samples, servers)) {
    const analysis = await analyzer(JSON.parse(text) as Snapshot);
    findings += analysis.findings.length;
    notEvaluated += analysis.notEvaluated.length;
    hash.update(JSON.stringify(analysis));
  }
  console.log(JSON.stringify({ servers, evaluator, findings, notEvaluated, digest: hash.digest('hex').slice(0, 16) }));
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`analysis-digest: ${(e as Error).message}\n`);
  process.exitCode = 2;
});

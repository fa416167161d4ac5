import { createAnalyzer, type Analysis } from '../src/rules/evaluate';
import type { LoadedRule } from '../src/rules/load-rules';
import type { Snapshot } from '../src/snapshot/schema';
import { asMultisets } from './analysis-multiset';

/**
 * bpa's compiled evaluator against stock json-rules-engine over the same snapshots, both given the same
 * facts: the same entities (entities.ts), the same fact resolver (fact-paths.ts `readPath`, json-rules-engine's
 * `pathResolver` option), and the same wording of outcomes (judge.ts). The stock side is json-rules-engine
 * 7.3.1 unmodified and set up the ordinary way (reference-analyzer.ts): one Engine per scope, each rule's
 * conditions added once, bpa's operators registered with `addOperator`, the entity's facts given to each
 * `engine.run(facts)`. One warm-up run of each, whose outcomes are compared; then five timed runs each,
 * alternating, each after a full garbage collection (with `node --expose-gc`), so that neither side pays for
 * the other's garbage; a timed run keeps only its count of findings. The median of the five.
 */
export interface EvaluationResult {
  bpaMs: number;
  stockMs: number;
  bpaRunsMs: number[];
  stockRunsMs: number[];
  /** CPU time of each timed run (user + system, `process.cpuUsage`): steadier than wall time on a busy machine. */
  bpaCpuMs: number[];
  stockCpuMs: number[];
  findings: number;
  notEvaluated: number;
  findingsIdentical: boolean;
}

type Run = (fleet: Snapshot[], keep: (a: Analysis) => void) => Promise<void>;

const RUNS = 5;

export async function measureEvaluation(fleet: Snapshot[], rules: LoadedRule[]): Promise<EvaluationResult> {
  const side = (evaluator: 'compiled' | 'reference'): Run => {
    const analyzer = createAnalyzer(rules, { profile: 'health', lang: 'en', evaluator });
    return async (snapshots, keep) => {
      for (const snapshot of snapshots) keep(await analyzer(snapshot));
    };
  };
  const bpa = side('compiled');
  const stock = side('reference');

  const { findingsIdentical, findings, notEvaluated } = await compareWarmUps(bpa, stock, fleet);
  const bpaRuns: Timing[] = [];
  const stockRuns: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    bpaRuns.push(await timed(bpa, fleet, findings));
    stockRuns.push(await timed(stock, fleet, findings));
  }
  const bpaRunsMs = bpaRuns.map((r) => r.ms);
  const stockRunsMs = stockRuns.map((r) => r.ms);
  return {
    bpaMs: median(bpaRunsMs),
    stockMs: median(stockRunsMs),
    bpaRunsMs,
    stockRunsMs,
    bpaCpuMs: bpaRuns.map((r) => r.cpuMs),
    stockCpuMs: stockRuns.map((r) => r.cpuMs),
    findings,
    notEvaluated,
    findingsIdentical,
  };
}

/** The warm-up runs, whose outcomes are compared in full (and then let go, before the timed runs). */
async function compareWarmUps(bpa: Run, stock: Run, fleet: Snapshot[]) {
  const bpaSets = multisets(await outcomes(bpa, fleet));
  const stockSets = multisets(await outcomes(stock, fleet));
  const findingsIdentical =
    sameLists(bpaSets.findings, stockSets.findings) && sameLists(bpaSets.notEvaluated, stockSets.notEvaluated);
  return { findingsIdentical, findings: bpaSets.findings.length, notEvaluated: bpaSets.notEvaluated.length };
}

async function outcomes(run: Run, fleet: Snapshot[]): Promise<Analysis[]> {
  const out: Analysis[] = [];
  await run(fleet, (a) => out.push(a));
  return out;
}

interface Timing {
  ms: number;
  cpuMs: number;
}

/** One timed run; a run that finds a different number of findings than the compared run stops the benchmark. */
async function timed(run: Run, fleet: Snapshot[], findings: number): Promise<Timing> {
  (globalThis as { gc?: () => void }).gc?.();
  let count = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  await run(fleet, (a) => (count += a.findings.length));
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (count !== findings) throw new Error(`a timed run found ${count} findings, the compared run ${findings}`);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Every finding and not-evaluated item of the fleet in full (analysis-multiset.ts), each prefixed with its snapshot. */
function multisets(analyses: Analysis[]): { findings: string[]; notEvaluated: string[] } {
  const findings: string[] = [];
  const notEvaluated: string[] = [];
  analyses.forEach((a, i) => {
    const sets = asMultisets(a);
    for (const f of sets.findings) findings.push(`${i}|${f}`);
    for (const n of sets.notEvaluated) notEvaluated.push(`${i}|${n}`);
  });
  return { findings: findings.sort(), notEvaluated: notEvaluated.sort() };
}

function sameLists(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

import type { Snapshot } from '../snapshot/schema';
import { createCompiledAnalyzer } from './compile/compiled-analyzer';
import type { Analysis, AnalyzeOptions } from './finding';
import type { LoadedRule } from './load-rules';
import { SCOPES, type Scope } from './vocabulary';

/** The reference evaluator loads json-rules-engine (19 modules): only when it is asked for, never in a scan. */
const createReferenceAnalyzer: typeof import('./reference-analyzer').createReferenceAnalyzer = (rules, options) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./reference-analyzer') as typeof import('./reference-analyzer')).createReferenceAnalyzer(rules, options);

/** Runs the rules of a profile over a snapshot: each rule for each entity of its scope. */
export async function analyze(snapshot: Snapshot, rules: LoadedRule[], options: AnalyzeOptions): Promise<Analysis> {
  return createAnalyzer(rules, options)(snapshot);
}

/**
 * Prepares the rules of a profile once for analysing many snapshots: compiled (the default), or through
 * json-rules-engine when `options.evaluator` is `reference`.
 */
export function createAnalyzer(rules: LoadedRule[], options: AnalyzeOptions): (snapshot: Snapshot) => Promise<Analysis> {
  if (options.evaluator === 'reference') return createReferenceAnalyzer(rules, options);
  const compiled = createCompiledAnalyzer(rules, options);
  return async (snapshot) => compiled(snapshot);
}

export { fingerprint } from './judge';
export type { Analysis, AnalyzeOptions, Evaluator, Finding } from './finding';
export type { NotChecked, NotEvaluated } from './not-evaluated';
export { SCOPES };
export type { Scope };

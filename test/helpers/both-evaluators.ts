import { createAnalyzer, type Analysis, type AnalyzeOptions } from '../../src/rules/evaluate';
import type { LoadedRule } from '../../src/rules/load-rules';
import type { Snapshot } from '../../src/snapshot/schema';
import { asMultisets } from '../../bench/analysis-multiset';

type Outcome = ReturnType<typeof asMultisets> | { error: string };

/** What an evaluator made of a snapshot: its analysis as multisets, or the error it stopped with. */
async function outcomeOf(run: (s: Snapshot) => Promise<Analysis>, snapshot: Snapshot): Promise<Outcome> {
  try {
    return asMultisets(await run(snapshot));
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** The compiled evaluator and the json-rules-engine reference over the same rules, ready to run side by side. */
export function bothEvaluators(rules: LoadedRule[], options: AnalyzeOptions) {
  const compiled = createAnalyzer(rules, { ...options, evaluator: 'compiled' });
  const reference = createAnalyzer(rules, { ...options, evaluator: 'reference' });
  return async (snapshot: Snapshot) => ({
    compiled: await outcomeOf(compiled, snapshot),
    reference: await outcomeOf(reference, snapshot),
  });
}

import type { Evidence } from './evidence';
import type { NotChecked, NotEvaluated } from './not-evaluated';
import type { Lang, Profile, Severity } from './rule-schema';

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  server?: string;
  target?: string;
  title: string;
  message: string;
  evidence: Evidence[];
  /** Parts of the rule that could not be checked although it fired on what was known (absent when none). */
  notChecked?: NotChecked[];
  remediation: string;
  references: { title: string; url: string }[];
  fingerprint: string;
}

/**
 * `compiled` (the default) runs each rule as a function compiled once from its conditions; `reference` runs
 * the same rules through json-rules-engine, whose semantics the compiled functions reproduce (the
 * differential test and the benchmark compare the two).
 */
export type Evaluator = 'compiled' | 'reference';

export interface AnalyzeOptions {
  profile: Profile;
  lang: Lang;
  /** Internal: the tests and the benchmark ask for the reference evaluator; everything else uses the default. */
  evaluator?: Evaluator;
}

export interface Analysis {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** The rules that ran (after the profile filter), in id order. */
  rulesRun: string[];
}

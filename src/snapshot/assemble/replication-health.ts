import type { ReplicationCheck } from '../../../collectors/sources/ex-replication-health';

/**
 * What Test-ReplicationHealth said on a node (STO-008): every check as printed, and those whose result is
 * not Passed with their errors, in both report languages. A result word bpa does not know (a localized
 * shell) or a blank one is neither Passed nor not: when such a check is the only doubt, the list of checks
 * that did not pass is unknown, and the basis names the check and the word.
 */
export interface ReplicationHealth {
  checks: ReplicationCheck[];
  /** The names of the checks whose result is Warning or Failed; undefined when a result left it open. */
  notPassed?: string[];
  /** "QuorumGroup Failed: <error>; …" in English and German. */
  notPassedText?: { en: string; de: string };
  notPassedBasis?: { en: string; de: string };
}

const RESULT_WORDS: Record<string, { en: string; de: string }> = {
  Warning: { en: 'Warning', de: 'Warnung' },
  Failed: { en: 'Failed', de: 'Fehlgeschlagen' },
};

export function replicationHealthOf(checks: ReplicationCheck[] | undefined): ReplicationHealth | undefined {
  if (checks === undefined) return undefined;
  const failing = checks.filter((c) => c.result !== undefined && RESULT_WORDS[c.result]);
  const doubtful = checks.filter((c) => c.result === undefined || (c.result !== 'Passed' && !RESULT_WORDS[c.result]));
  const health: ReplicationHealth = { checks };
  if (failing.length === 0 && doubtful.length > 0) {
    const list = doubtful.map((c) => `${c.check} '${c.result ?? ''}'`).join(', ');
    health.notPassedBasis = {
      en: `Test-ReplicationHealth printed a result bpa does not know for ${list} (ex-replication-health.txt)`,
      de: `Test-ReplicationHealth gab für ${list} ein Ergebnis aus, das bpa nicht kennt (ex-replication-health.txt)`,
    };
    return health;
  }
  health.notPassed = failing.map((c) => c.check);
  if (failing.length > 0) {
    const text = (lang: 'en' | 'de') =>
      failing
        .map((c) => `${c.check} ${RESULT_WORDS[c.result!]![lang]}${c.error ? `: ${c.error.replace(/\.\s*$/, '')}` : ''}`)
        .concat(doubtful.map((c) => `${c.check} '${c.result ?? ''}'`))
        .join('; ');
    health.notPassedText = { en: text('en'), de: text('de') };
  }
  return health;
}

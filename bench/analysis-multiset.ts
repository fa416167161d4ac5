import type { Analysis } from '../src/rules/evaluate';

/**
 * An analysis as multisets: every finding in full (id, server, target, severity, title, message, evidence,
 * what it could not check, fingerprint…) and every not-evaluated item (reason, missing facts and sources),
 * each as its JSON text, sorted. Two analyses with the same multisets are the same outcome, duplicates included.
 */
export function asMultisets(analysis: Analysis): { findings: string[]; notEvaluated: string[]; rulesRun: string[] } {
  return {
    findings: analysis.findings.map(canonical).sort(),
    notEvaluated: analysis.notEvaluated.map(canonical).sort(),
    rulesRun: analysis.rulesRun,
  };
}

/** JSON with object keys in order, and the numbers JSON cannot hold (-0, NaN, ±Infinity) spelled out. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v))) return `#${Object.is(v, -0) ? '-0' : String(v)}`;
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}

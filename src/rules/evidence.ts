import type { Lang } from './rule-schema';
import type { EvaluatedNode } from './three-valued';

/** One fact behind a verdict, taken from the engine's condition results. */
export interface Evidence {
  /** The fact path, e.g. `adapter.netbiosEnabled`. */
  path: string;
  actual: unknown;
  expected: string;
  /** The source file the fact came from. */
  source?: string;
}

/** What the fact should have been: the condition describes the problem, so this is its negation. */
const EXPECTED: Record<string, { en: (v: string) => string; de: (v: string) => string }> = {
  equal: { en: (v) => `not ${v}`, de: (v) => `nicht ${v}` },
  notEqual: { en: (v) => v, de: (v) => v },
  in: { en: (v) => `none of ${v}`, de: (v) => `keiner von ${v}` },
  notIn: { en: (v) => `one of ${v}`, de: (v) => `einer von ${v}` },
  contains: { en: (v) => `without ${v}`, de: (v) => `ohne ${v}` },
  doesNotContain: { en: (v) => `with ${v}`, de: (v) => `mit ${v}` },
  containsIgnoreCase: { en: (v) => `without ${v}`, de: (v) => `ohne ${v}` },
  lessThan: { en: (v) => `≥ ${v}`, de: (v) => `≥ ${v}` },
  lessThanInclusive: { en: (v) => `> ${v}`, de: (v) => `> ${v}` },
  greaterThan: { en: (v) => `≤ ${v}`, de: (v) => `≤ ${v}` },
  greaterThanInclusive: { en: (v) => `< ${v}`, de: (v) => `< ${v}` },
  versionBelow: { en: (v) => `${v} or later`, de: (v) => `${v} oder neuer` },
  versionAtLeast: { en: (v) => `below ${v}`, de: (v) => `unter ${v}` },
  hasHotfix: { en: (v) => `${v} not installed`, de: (v) => `${v} nicht installiert` },
  lacksHotfix: { en: (v) => `${v} installed`, de: (v) => `${v} installiert` },
  inRange: { en: (v) => `outside ${v}`, de: (v) => `außerhalb ${v}` },
  outsideRange: { en: (v) => `within ${v}`, de: (v) => `innerhalb ${v}` },
  matches: { en: (v) => `not matching ${v}`, de: (v) => `passt nicht auf ${v}` },
  notMatches: { en: (v) => `matching ${v}`, de: (v) => `passt auf ${v}` },
  anyNotIn: { en: (v) => `only ${v || '(none)'}`, de: (v) => `nur ${v || '(keine)'}` },
  countBelow: { en: (v) => `at least ${v}`, de: (v) => `mindestens ${v}` },
  countAbove: { en: (v) => `at most ${v}`, de: (v) => `höchstens ${v}` },
  differsBetweenNodes: { en: () => 'the same on every node', de: () => 'auf jedem Knoten gleich' },
};

export function evidenceOf(leaf: EvaluatedNode, lang: Lang, source: string | undefined): Evidence {
  const expected =
    leaf.params?.expected?.[lang] ??
    (EXPECTED[leaf.operator ?? '']?.[lang] ?? ((v: string) => `not ${leaf.operator} ${v}`))(
      describe(leaf.valueResult ?? leaf.value),
    );
  const path = `${leaf.fact}${(leaf.path ?? '$').slice(1)}`;
  const evidence: Evidence = { path, actual: leaf.factResult ?? null, expected };
  if (source) evidence.source = source;
  return evidence;
}

function describe(value: unknown): string {
  if (Array.isArray(value))
    return value.length === 2 && value.every((v) => typeof v === 'number') ? `${value[0]}–${value[1]}` : value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

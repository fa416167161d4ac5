// @ts-nocheck
import { SEVERITIES, type Severity } from '../../src/rules/rule-schema';

/** The colours of the severities, in both reports; "not evaluated" is grey. */
export const SEVERITY_COLORS: Record<Severity | 'notEvaluated', string> = {
  critical: '#b42318',
  warning: '#b54708',
  info: '#175cd3',
  notEvaluated: '#667085',
};

export const DEFAULT_ACCENT = '#1f4e79';

export type SeverityCounts = Record<Severity, number>;

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
  counts: SeverityCounts;
  total: number;
}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, warning: 0, info: 0 };
}

/**
 * Groups items by a key, in the order of `keys` first (so a server without findings still has its group),
 * then in the order keys first appear; each group counts its items per severity.
 */
export function groupBy<T extends { severity: Severity }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  labelOf: (key: string) => string,
  keys: readonly string[] = [],
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  const groupOf = (key: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: labelOf(key), items: [], counts: emptyCounts(), total: 0 }));
    return group;
  };
  for (const key of keys) groupOf(key);
  for (const item of items) {
    const group = groupOf(keyOf(item));
    group.items.push(item);
    group.counts[item.severity]++;
    group.total++;
  }
  return [...groups.values()];
}

/** Findings grouped by severity, critical first; a severity without findings has no group. */
export function groupBySeverity<T extends { severity: Severity }>(
  items: readonly T[],
  labelOf: (s: string) => string,
): Group<T>[] {
  return groupBy(items, (f) => f.severity, labelOf, SEVERITIES).filter((g) => g.total > 0);
}

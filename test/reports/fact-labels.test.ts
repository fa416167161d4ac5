import { join } from 'path';
import { COMPARED_SETTINGS } from '../../src/snapshot/assemble/node-values/compared-settings';
import { loadRules } from '../../src/rules/load-rules';
import { FACT_LABELS, factKey } from '../../reports/fact-labels';
import { ROOT } from '../helpers/run-bpa';

/** Every fact path a condition tree names (`fact` + `path` without `$`), also on the value side of a comparison. */
function factPaths(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => factPaths(n, out));
  else if (node && typeof node === 'object') {
    const leaf = node as { fact?: unknown; path?: unknown; operator?: unknown };
    if (typeof leaf.fact === 'string' && (typeof leaf.operator === 'string' || typeof leaf.path === 'string')) {
      out.add(`${leaf.fact}${(typeof leaf.path === 'string' ? leaf.path : '$').slice(1)}`);
    }
    Object.values(node).forEach((v) => factPaths(v, out));
  }
  return out;
}

describe('fact labels', () => {
  const rules = loadRules([join(ROOT, 'rules')]);

  test('every fact path a shipped rule names (in a condition or, for the consistency rules, in the evidence) has an English and a German label', () => {
    const used = new Set<string>();
    for (const rule of rules) {
      factPaths(rule.conditions, used);
      factPaths(rule.appliesTo, used);
    }
    // the consistency rules' evidence names each node's own fact (server[NODE1].hotfixes.ids)
    for (const setting of COMPARED_SETTINGS) used.add(setting.fact);
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].map(factKey).filter((path) => !FACT_LABELS[path]);
    expect(missing).toEqual([]);
  });

  test('labels are written out in both languages, and the German ones are not the English key', () => {
    for (const [path, label] of Object.entries(FACT_LABELS)) {
      expect(label.en.trim()).not.toBe('');
      expect(label.de.trim()).not.toBe('');
      expect(label.de).not.toBe(path);
    }
  });
});

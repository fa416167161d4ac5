import type { RuleDoc } from '../rules/docs/rule-doc';
import type { Lang } from '../rules/rule-schema';
import type { ConsistencySetting } from './settings';

const SHAPE = {
  en: { value: 'a value', set: 'a set (the order does not matter)', ordered: 'an ordered list (the order matters)' },
  de: {
    value: 'ein Wert',
    set: 'eine Menge (die Reihenfolge zählt nicht)',
    ordered: 'eine geordnete Liste (die Reihenfolge zählt)',
  },
} as const;

/** What a consistency check compares, in the words of a rule's prose file. */
function proseOf(s: ConsistencySetting, lang: Lang): string {
  const shape = SHAPE[lang][s.shape];
  return lang === 'de'
    ? `Vergleicht ${s.name.de} (${s.fact}, ${shape}) zwischen den Knoten jedes Clusters. Unterscheiden sich die Werte, nennt der Befund den Cluster und den Wert jedes Knotens. Ist der Wert eines Knotens unbekannt (Quelle fehlt oder ist fehlerhaft, oder der Ordner des Knotens fehlt im Erfassungspaket), ist die Prüfung nicht ausgewertet und nennt Knoten und Quelle. Ein Cluster mit einem Knoten wird nicht verglichen.`
    : `Compares ${s.name.en} (${s.fact}, ${shape}) between the nodes of each cluster. When the values differ, the finding names the cluster and every node's value. When a node's value is unknown (its source is missing or failed, or the node's folder is not in the bundle), the check is not evaluated and names the node and the source. A cluster with one node is not compared.`;
}

/**
 * A consistency check (CON-001…) as rule documentation, so `bpa rules show` and `bpa rules list` know every id a
 * scan can report. The checks are code, not rule files: the file is the settings table.
 */
export function consistencyRuleDoc(s: ConsistencySetting, lang: Lang): RuleDoc {
  return {
    id: s.id,
    lang,
    title: s.title[lang],
    severity: s.severity,
    category: 'Cluster',
    profiles: ['readiness', 'health'],
    scope: 'cluster',
    prose: proseOf(s, lang),
    rationale: s.rationale[lang],
    remediation: s.remediation[lang],
    parameters: [],
    facts: [{ path: s.fact, sources: [...s.sources] }],
    references: s.references.map((r) => ({ ...r })),
    file: 'src/consistency/settings.ts',
  };
}

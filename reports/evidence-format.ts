import type { Report } from '../src/report/report-schema';
import type { Lang } from '../src/rules/rule-schema';
import { factLabel } from './fact-labels';
import { formatExpected, formatValue, type FormatOptions, type FormattedValue } from './values';

type Evidence = Report['findings'][number]['evidence'][number];

/** One evidence entry as every report shows it: a label instead of the property key, values in the reader's language. */
export interface EvidenceLine {
  /** "NetBIOS über TCP/IP"; for a comparison of cluster nodes "EX2007-NODE1: Installierte Hotfixes"; the path when it has no label. */
  label: string;
  /** The fact path as the rule names it (`adapter.netbiosEnabled`), for tooling and tooltips. */
  path: string;
  actual: FormattedValue;
  expected: string;
  source?: string;
}

/**
 * An evidence entry made readable: its fact path becomes the label of fact-labels.ts, the actual value is written
 * by the label's kind ("SP1", "120 %", "12 MB", "aktiviert"), and a bare word in the expected value is translated.
 * Texts are not made printable or escaped here: each renderer does that for its medium.
 */
export function formatEvidence(evidence: Evidence, lang: Lang, options: FormatOptions = {}): EvidenceLine {
  const fact = factLabel(evidence.path);
  const node = evidence.path.startsWith('server[') ? /^server\[([^\]]*)\]/.exec(evidence.path)?.[1] : undefined;
  const name = fact ? fact[lang] : evidence.path;
  return {
    label: node !== undefined && fact ? `${node}: ${name}` : name,
    path: evidence.path,
    actual: formatValue(evidence.actual, lang, fact?.kind, options),
    expected: formatExpected(evidence.expected, lang, fact?.kind),
    ...(evidence.source !== undefined ? { source: evidence.source } : {}),
  };
}

// @ts-nocheck
import { categoryLabel, docLabels, severityLabel } from './labels';
import type { RuleDoc } from './rule-doc';

/** A rule's documentation as plain text for a terminal (`bpa rules show <id>`). */
export function renderRuleText(doc: RuleDoc): string {
  const l = docLabels(doc.lang);
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => (line.trim() ? `  ${line}` : ''))
      .join('\n');
  const severity = doc.configured?.severity
    ? `${severityLabel(doc.configured.severity, doc.lang)} (${l.configured} ${doc.configured.file}; ${l.defaultValue}: ${severityLabel(doc.severity, doc.lang)})`
    : severityLabel(doc.severity, doc.lang);
  const lines = [
    `${doc.id}  ${doc.title}`,
    '',
    `${l.severity}: ${severity}    ${l.category}: ${categoryLabel(doc.category, doc.lang)}    ${l.profiles}: ${doc.profiles.join(', ')}    ${l.scope}: ${doc.scope}`,
  ];
  if (doc.configured?.disabled) lines.push(`${l.disabled} ${doc.configured.file}`);
  lines.push(
    '',
    l.whatIsChecked,
    indent(doc.prose ?? l.noProse),
    '',
    l.why,
    indent(doc.rationale),
    '',
    l.howToFix,
    indent(doc.remediation),
  );
  if (doc.assumption) lines.push('', l.assumption, indent(doc.assumption));
  if (doc.parameters.length > 0) {
    lines.push('', l.parameters);
    for (const p of doc.parameters) {
      const value = p.value === p.defaultValue ? `${p.value}` : `${p.value} (${l.defaultValue} ${p.defaultValue})`;
      lines.push(`  ${p.name} = ${value}: ${p.description}`);
    }
  }
  lines.push('', l.factsAndSources, ...doc.facts.map((f) => `  ${f.path}  ← ${f.sources.join(', ') || l.derived}`));
  lines.push('', l.references, ...doc.references.map((r) => `  ${r.title}\n    ${r.url}`), '', `${l.file}: ${doc.file}`, '');
  return lines.join('\n');
}

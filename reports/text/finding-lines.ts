import { fixFirst } from '../../src/report/fix-first';
import type { Report } from '../../src/report/report-schema';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { factLabel } from '../fact-labels';
import { reasonText } from '../reason-text';
import { displayName } from '../../src/shared/cluster-name';
import { displayText } from './display';
import type { TextLabels } from './labels';
import type { Style } from './style';

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** A server or cluster name as the language writes it ("CCR (geplant: MBX1, MBX2)"), safe for a terminal. */
export const shownName = (name: string, lang: Lang) => displayText(displayName(name, lang));

/** A severity word padded to the longest one of the language, coloured on a terminal. */
function severityCell(severity: Severity, labels: TextLabels, style: Style): string {
  const width = Math.max(...SEVERITIES.map((s) => labels.severity[s].length));
  return style.severity(severity, labels.severity[severity].padEnd(width));
}

/** "Fix first": one line per root cause, most severe first, naming every server it affects once. */
export function fixFirstLines(report: Report, labels: TextLabels, lang: Lang, style: Style): string[] {
  const causes = fixFirst(report.findings);
  if (causes.length === 0) return [];
  const idWidth = Math.max(...causes.map((c) => c.ruleId.length));
  return [
    style.bold(`${labels.fixFirst} (${causes.length})`),
    ...causes.map((c) => {
      const where = c.servers.length > 0 ? c.servers.map((server) => shownName(server, lang)).join(', ') : labels.organization;
      return `  ${severityCell(c.severity, labels, style)}  ${c.ruleId.padEnd(idWidth)}  ${displayText(c.title)}: ${where}`;
    }),
  ];
}

/** The findings by severity, one line each: rule id, where (server · target), message. */
export function findingLines(report: Report, labels: TextLabels, lang: Lang, style: Style): string[] {
  const heading = style.bold(`${labels.findings} (${report.findings.length})`);
  if (report.findings.length === 0) return [heading, `  ${labels.noFindings}`];
  const idWidth = Math.max(...report.findings.map((f) => f.ruleId.length));
  const lines = [heading];
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(` ${style.severity(severity, `${labels.severityHeading[severity]} (${group.length})`)}`);
    for (const f of group) {
      const server = f.server !== undefined ? shownName(f.server, lang) : labels.organization;
      const where = [server, ...(f.target !== undefined ? [displayText(f.target)] : [])].join(' · ');
      const unchecked = (f.notChecked ?? []).map((n) => `${factLabel(n.fact)?.[lang] ?? n.fact} (${n.reason})`);
      const note = unchecked.length > 0 ? ` (${labels.notChecked}: ${unchecked.join('; ')})` : '';
      lines.push(`  ${f.ruleId.padEnd(idWidth)}  ${where}: ${displayText(f.message + note)}`);
    }
  }
  return lines;
}

/** The checks not evaluated, one line per check and reason, naming the servers it concerns. */
export function notEvaluatedLines(report: Report, labels: TextLabels, lang: Lang, style: Style): string[] {
  if (report.notEvaluated.length === 0) return [];
  const groups = new Map<string, { ruleId: string; reason: string; places: string[] }>();
  for (const item of report.notEvaluated) {
    const key = `${item.ruleId}\u0000${item.reason}`;
    const group = groups.get(key) ?? { ruleId: item.ruleId, reason: item.reason, places: [] };
    const server = item.server !== undefined ? displayName(item.server, lang) : undefined;
    const place = [server, item.target].filter((p) => p !== undefined).join(' · ');
    if (place && !group.places.includes(place)) group.places.push(place);
    groups.set(key, group);
  }
  const ids = new Set(report.notEvaluated.map((n) => n.ruleId));
  const idWidth = Math.max(...[...ids].map((id) => id.length));
  return [
    style.bold(`${labels.notEvaluated} (${ids.size})`),
    ...[...groups.values()].map((g) => {
      const where = g.places.length > 0 ? `${g.places.map(displayText).join(', ')}: ` : '';
      return `  ${g.ruleId.padEnd(idWidth)}  ${where}${displayText(reasonText(g.reason, lang))}`;
    }),
  ];
}

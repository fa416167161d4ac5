import { reportCoverage } from '../../src/report/coverage';
import type { Report } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { displayText } from './display';
import { findingLines, fixFirstLines, notEvaluatedLines } from './finding-lines';
import { headerLines } from './header';
import { textLabels, type TextLabels } from './labels';
import { styleFor } from './style';
import { verdictLines } from './verdict-lines';

export interface TextOptions {
  lang: Lang;
  /** ANSI colours, for a terminal (the CLI decides: a TTY, and neither NO_COLOR nor FORCE_COLOR=0). */
  color?: boolean;
}

/**
 * The report for a terminal, read in five seconds: who and what, the verdict, how much could be checked,
 * what to fix first (one line per root cause), every finding on one line by severity, what was not
 * evaluated, and how many checks passed. Everything from the bundle goes through displayText.
 */
export function renderText(report: Report, options: TextOptions): string {
  const labels = textLabels(options.lang);
  const style = styleFor(options.color ?? false);
  const sections = [
    headerLines(report, labels, options.lang, style),
    verdictLines(report, labels, options.lang, style),
    fixFirstLines(report, labels, options.lang, style),
    findingLines(report, labels, options.lang, style),
    notEvaluatedLines(report, labels, options.lang, style),
    closingLines(report, labels),
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** The passed checks, and what the report holds apart: waived and accepted findings, changes, diagnostics. */
function closingLines(report: Report, labels: TextLabels): string[] {
  const lines = [labels.passed(reportCoverage(report).passed.length)];
  if (report.waived && report.waived.findings.length > 0) lines.push(labels.waived(report.waived.findings.length));
  if (report.accepted && report.accepted.findings.length > 0) lines.push(labels.accepted(report.accepted.findings.length));
  const c = report.changes;
  if (c) {
    const since = displayText(c.since.id ?? c.since.startedAt);
    lines.push(labels.changes(since, c.findings.new.length, c.findings.resolved.length, c.settings.length));
  }
  if (report.diagnostics.length > 0) lines.push(labels.diagnostics(report.diagnostics.length));
  return lines;
}

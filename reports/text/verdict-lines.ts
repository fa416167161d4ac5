import { reportCoverage } from '../../src/report/coverage';
import type { Report } from '../../src/report/report-schema';
import { coverageText, verdictOf, verdictText } from '../../src/report/verdict';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { shownName } from './finding-lines';
import type { TextLabels } from './labels';
import type { Style } from './style';

/** "Verdict: Critical" (and "incomplete" when something could not be checked), then the coverage line. */
export function verdictLines(report: Report, labels: TextLabels, lang: Lang, style: Style): string[] {
  const coverage = reportCoverage(report);
  const verdict = verdictOf({ ...report, coverage });
  const worst: Severity | undefined = (['critical', 'warning', 'info'] as const).find((s) =>
    report.findings.some((f) => f.severity === s),
  );
  const word = verdictText(verdict, lang);
  const shown = worst && worst !== 'info' ? style.severity(worst, word) : style.bold(word);
  const missing = coverage.servers.missing;
  return [
    `${labels.verdict}: ${shown}${verdict.incomplete ? ` (${labels.incomplete})` : ''}`,
    `${coverageText(coverage, lang)}${missing.length > 0 ? ` – ${labels.missing}: ${missing.map((name) => shownName(name, lang)).join(', ')}` : ''}`,
  ];
}

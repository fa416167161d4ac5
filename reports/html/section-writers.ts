import { appendixHtml } from './appendix-html';
import { findingsSectionHtml } from './findings-section-html';
import { notEvaluatedHtml } from './not-evaluated-html';
import { overviewHtml } from './overview-html';
import type { FindingRef, FindingView } from './finding-view';
import type { ReportView } from './report-view';
import { scanHtml } from './scan-html';
import { verdictHtml } from './verdict-html';

/**
 * The partials (templates/partials/<name>.hbs) whose output a function writes instead, byte for byte: the
 * sections with a row per server, finding or not-evaluated item. The .hbs files stay as the reference that
 * test/reports/section-html.test.ts holds each function to. They take the page's view (FindingRefs, `pageView`) or
 * the full one (`reportView`) and write the same for both.
 */
export const SECTION_WRITERS: Record<string, (view: ReportView<FindingView | FindingRef>) => string> = {
  verdict: verdictHtml,
  scan: scanHtml,
  overview: overviewHtml,
  findings: findingsSectionHtml,
  'not-evaluated': notEvaluatedHtml,
  appendix: appendixHtml,
};

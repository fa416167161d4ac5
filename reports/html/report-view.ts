import type { Branding, Report } from '../../src/report/report-schema';
import { SEVERITIES, type Lang, type Severity } from '../../src/rules/rule-schema';
import { changesView, type ChangesView } from './changes-view';
import { acceptedView, waivedView, type AcceptedView, type WaivedView } from './exceptions-view';
import { isDisplayed } from '../display-report';
import { formatDate, printable, printableShown } from './format';
import { formatName } from '../values';
import {
  diagnosticView,
  findingRef,
  findingView,
  notEvaluatedView,
  ORGANIZATION,
  type DiagnosticView,
  type FindingHead,
  type FindingRef,
  type FindingView,
  type FindingViewOptions,
  type NotEvaluatedView,
} from './finding-view';
import { DEFAULT_ACCENT, groupBy, groupBySeverity, SEVERITY_COLORS, type Group } from './groups';
import { appendixView, type AppendixView } from './inventory-view';
import { categoryLabel, fill, LABELS, summarySentences, type Labels } from './labels';
import { verdictView, type VerdictView } from './verdict-view';

export interface ViewOptions {
  lang: Lang;
  /** The time zone dates are shown in; the machine's by default. */
  timeZone?: string;
}

export interface SeverityView {
  key: Severity | 'notEvaluated';
  label: string;
  count: number;
  color: string;
}

/**
 * Everything the HTML and the PDF report show, in the report's language, computed once from the JSON report. The
 * findings are FindingViews (the PDF's view, `reportView`), or refs from which the HTML page makes each finding's
 * view where it writes it (`pageView`).
 */
export interface ReportView<F extends FindingHead = FindingView> {
  lang: Lang;
  labels: Labels;
  title: string;
  customer?: string;
  consultant?: string;
  accent: string;
  logo?: NonNullable<Branding['logo']>;
  scannedAt: string;
  collectedAt?: string;
  profileLabel: string;
  servers: string[];
  toolVersion: string;
  source: string;
  snapshotSha256: string;
  rulesRun: number;
  severities: SeverityView[];
  summaryText: string;
  /** Set when the finding texts are in another language than the fixed texts (`bpa report --lang`). */
  languageNote?: string;
  findings: F[];
  bySeverity: Group<F>[];
  byServer: Group<F>[];
  byCategory: Group<F>[];
  /** "Since the last scan", when the report compares with an earlier scan (`--history`). */
  changes?: ChangesView;
  /** "Waived findings", when a waiver file was applied (`--waivers`). */
  waived?: WaivedView;
  /** "Accepted findings (baseline)", when a baseline was applied (`--baseline`). */
  accepted?: AcceptedView;
  notEvaluated: NotEvaluatedView[];
  diagnostics: DiagnosticView[];
  /** The verdict, the coverage line and "Fix first": the top of page 1. */
  verdict: VerdictView;
  /** The inventory and the passed checks. */
  appendix: AppendixView;
}

/** The view with a FindingView for every finding (the PDF's, and the reference for the HTML page's). */
export function reportView(report: Report, options: ViewOptions): ReportView {
  return viewOf(report, options, (f, i, how) => findingView(f, i, how.lang, how.timeZone, how.shown));
}

/** The HTML page's view: a FindingRef for every finding, whose full view is made where the finding is written. */
export function pageView(report: Report, options: ViewOptions): ReportView<FindingRef> {
  return viewOf(report, options, findingRef);
}

function viewOf<F extends FindingHead>(
  report: Report,
  options: ViewOptions,
  findingOf: (f: Report['findings'][number], index: number, how: FindingViewOptions) => F,
): ReportView<F> {
  const { lang } = options;
  const labels = LABELS[lang];
  // A report displayReport made needs only its carriage returns looked for in the texts the views copy from it.
  const shown = isDisplayed(report) ? printableShown : printable;
  const how: FindingViewOptions = { lang, timeZone: options.timeZone, shown };
  const findings = report.findings.map((f, i) => findingOf(f, i, how));
  const notEvaluated = report.notEvaluated.map((n) => notEvaluatedView(n, lang, shown));
  const diagnostics = report.diagnostics.map((d) => diagnosticView(d, lang));
  const servers = report.scan.servers.map(printable);
  const byServer = groupBy(
    findings,
    (f) => f.serverKey,
    (k) => (k === ORGANIZATION ? labels.organization : formatName(k, lang)),
    servers,
  );
  const branding = report.branding ?? {};
  const customer = branding.customer ?? report.scan.customer;
  const consultant = branding.consultant ?? report.scan.consultant;
  const collectedAt = formatDate(report.scan.collectedAt, lang, options.timeZone);
  return {
    lang,
    labels,
    title: report.scan.profile === 'readiness' ? labels.titleReadiness : labels.titleHealth,
    ...(customer !== undefined ? { customer: printable(customer) } : {}),
    ...(consultant !== undefined ? { consultant: printable(consultant) } : {}),
    accent: /^#[0-9a-fA-F]{6}$/.test(branding.accent ?? '') ? branding.accent!.toLowerCase() : DEFAULT_ACCENT,
    ...(branding.logo ? { logo: branding.logo } : {}),
    scannedAt: formatDate(report.scan.finishedAt, lang, options.timeZone)!,
    ...(collectedAt !== undefined ? { collectedAt: printable(collectedAt) } : {}),
    profileLabel: report.scan.profile === 'readiness' ? labels.profileReadiness : labels.profileHealth,
    servers,
    toolVersion: printable(report.tool.version),
    source: printable(report.scan.source),
    snapshotSha256: report.scan.snapshotSha256,
    rulesRun: report.scan.rules.length,
    severities: severityViews(report, labels),
    summaryText: summaryText(report, lang),
    ...(report.scan.lang !== lang ? { languageNote: languageNote(report.scan.lang, labels) } : {}),
    findings,
    bySeverity: groupBySeverity(findings, (s) => labels[s as Severity]),
    byServer,
    byCategory: groupBy(
      findings,
      (f) => f.category,
      (c) => printable(categoryLabel(c, lang)),
    ),
    ...(report.changes ? { changes: changesView(report.changes, lang, options.timeZone) } : {}),
    ...(report.waived ? { waived: waivedView(report.waived, lang) } : {}),
    ...(report.accepted ? { accepted: acceptedView(report.accepted, lang, options.timeZone) } : {}),
    notEvaluated,
    diagnostics,
    verdict: verdictView(report, lang),
    appendix: appendixView(report, findings, lang),
  };
}

function severityViews(report: Report, labels: Labels): SeverityView[] {
  const views: SeverityView[] = SEVERITIES.map((s) => ({
    key: s,
    label: labels[s],
    count: report.summary[s],
    color: SEVERITY_COLORS[s],
  }));
  views.push({
    key: 'notEvaluated',
    label: labels.notEvaluated,
    count: report.summary.notEvaluated,
    color: SEVERITY_COLORS.notEvaluated,
  });
  return views;
}

function summaryText(report: Report, lang: Lang): string {
  const { critical, warning, info, notEvaluated } = report.summary;
  const counts = { servers: report.scan.servers.length, rules: report.scan.rules.length, critical, warning, info, notEvaluated };
  const text = summarySentences(counts, lang);
  return critical + warning + info === 0 ? `${text} ${LABELS[lang].summaryNone}` : text;
}

function languageNote(scanLang: Lang, labels: Labels): string {
  return fill(labels.findingTextsIn, { language: scanLang === 'de' ? labels.languageDe : labels.languageEn });
}

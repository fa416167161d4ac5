import type { Report } from '../../src/report/report-schema';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { formatEvidence, type EvidenceLine } from '../evidence-format';
import { factLabel } from '../fact-labels';
import { reasonText } from '../reason-text';
import { formatName } from '../values';
import { printable, safeLink, type FormattedValue } from './format';
import { categoryLabel, LABELS } from './labels';

/** The key of organization-wide findings in the groups by server (no host name is empty). */
export const ORGANIZATION = '';

export interface EvidenceView {
  /** What was checked, in words ("NetBIOS über TCP/IP"). */
  label: string;
  /** The fact path the rule names, for a tooltip. */
  path: string;
  actual: FormattedValue;
  expected: string;
  source?: string;
}

export interface FindingView {
  /** The anchor of the finding in the HTML page and its named destination in the PDF. */
  id: string;
  ruleId: string;
  severity: Severity;
  severityLabel: string;
  category: string;
  categoryLabel: string;
  /** The host name, or ORGANIZATION. */
  serverKey: string;
  /** The host name, or "Organization-wide". */
  serverLabel: string;
  server?: string;
  target?: string;
  /** "EX2007-NODE1 · Heartbeat", or "Organization-wide". */
  place: string;
  title: string;
  message: string;
  rationale?: string;
  evidence: EvidenceView[];
  /** What the rule could not check although it fired: "Failed groups (cluster-group.txt missing)". */
  notChecked: string[];
  remediation: string;
  /** Links only where the URL is http(s). */
  references: { title: string; url?: string }[];
  fingerprint: string;
}

/**
 * What everything but the finding's own article needs of it: the groups and their counts (by severity, server,
 * category), the filter menus, the inventory's links. The same values as in its FindingView.
 */
export type FindingHead = Pick<FindingView, 'id' | 'ruleId' | 'severity' | 'category' | 'serverKey' | 'server'>;

/**
 * A finding's head with what its full view is made from. The HTML page holds these and makes each finding's
 * FindingView where it writes the finding's article (`fullView`): a fleet report has tens of thousands of findings,
 * and views made all before the page is written all live until it is done, copied by every garbage collection of
 * the young generation; made one at a time, each dies young. (The PDF lays findings out twice and keeps the views.)
 */
export interface FindingRef extends FindingHead {
  index: number;
  finding: Finding;
  how: FindingViewOptions;
}

/** How a report's finding views are made: its language and time zone, how its texts are made printable. */
export interface FindingViewOptions {
  lang: Lang;
  timeZone: string | undefined;
  shown: (text: string) => string;
}

/** The head of finding `index` of a report: what findingView would give for these fields. */
export function findingRef(f: Finding, index: number, how: FindingViewOptions): FindingRef {
  const server = f.server !== undefined ? how.shown(f.server) : undefined;
  const ref = {
    id: `f${index + 1}`,
    ruleId: how.shown(f.ruleId),
    severity: f.severity,
    category: how.shown(f.category),
    serverKey: server ?? ORGANIZATION,
  } as FindingRef;
  if (server !== undefined) ref.server = server;
  ref.index = index;
  ref.finding = f;
  ref.how = how;
  return ref;
}

/** The full view of the finding a ref names. */
export function fullView(ref: FindingRef): FindingView {
  return findingView(ref.finding, ref.index, ref.how.lang, ref.how.timeZone, ref.how.shown);
}

export interface NotEvaluatedView {
  ruleId: string;
  title?: string;
  severity?: Severity;
  severityLabel?: string;
  serverKey: string;
  place: string;
  reason: string;
  /** The source files that would have given the missing facts. */
  sources: string[];
}

export interface DiagnosticView {
  file: string;
  line?: number;
  severity: 'error' | 'warning' | 'info';
  severityLabel: string;
  message: string;
}

type Finding = Report['findings'][number];
type NotEvaluated = Report['notEvaluated'][number];
type Diagnostic = Report['diagnostics'][number];

/**
 * A finding as both reports show it: every text from the report made printable (by `shown`: printableShown when
 * the report is one displayReport made), values formatted. Built by
 * assignment in the order of FindingView rather than with `...(cond ? {...} : {})`: a fleet report has tens of
 * thousands of findings, and each spread made and copied an object of its own (most of this function's time).
 */
export function findingView(
  f: Finding,
  index: number,
  lang: Lang,
  timeZone?: string,
  shown: (text: string) => string = printable,
): FindingView {
  const labels = LABELS[lang];
  const server = f.server !== undefined ? shown(f.server) : undefined;
  const target = f.target !== undefined ? shown(f.target) : undefined;
  const view = {
    id: `f${index + 1}`,
    ruleId: shown(f.ruleId),
    severity: f.severity,
    severityLabel: labels[f.severity],
    category: shown(f.category),
    categoryLabel: printable(categoryLabel(f.category, lang)),
    serverKey: server ?? ORGANIZATION,
    serverLabel: server !== undefined ? formatName(server, lang) : labels.organization,
  } as FindingView;
  if (server !== undefined) view.server = server;
  if (target !== undefined) view.target = target;
  view.place = placeOf(server, target, lang);
  view.title = shown(f.title);
  view.message = shown(f.message);
  if (f.rationale !== undefined) view.rationale = shown(f.rationale);
  const formatOptions = timeZone !== undefined ? { timeZone } : NO_OPTIONS;
  const evidence: EvidenceView[] = new Array<EvidenceView>(f.evidence.length);
  for (let i = 0; i < f.evidence.length; i++) evidence[i] = evidenceView(formatEvidence(f.evidence[i]!, lang, formatOptions));
  view.evidence = evidence;
  view.notChecked =
    f.notChecked !== undefined && f.notChecked.length > 0
      ? f.notChecked.map((n) => printable(`${factLabel(n.fact)?.[lang] ?? n.fact} (${n.reason})`))
      : [];
  view.remediation = shown(f.remediation);
  view.references = f.references.map((r) => referenceView(r, shown));
  view.fingerprint = shown(f.fingerprint);
  return view;
}

const NO_OPTIONS = {};

function referenceView(r: Finding['references'][number], shown: (text: string) => string): { title: string; url?: string } {
  const url = safeLink(r.url);
  const title = shown(r.title);
  // The report's own entry when nothing in it changes (a fleet report has tens of thousands).
  if (title === r.title && url === r.url && Object.keys(r).length === 2) return r;
  return url !== undefined ? { title, url } : { title };
}

export function notEvaluatedView(n: NotEvaluated, lang: Lang, shown: (text: string) => string = printable): NotEvaluatedView {
  const server = n.server !== undefined ? shown(n.server) : undefined;
  const target = n.target !== undefined ? shown(n.target) : undefined;
  return {
    ruleId: shown(n.ruleId),
    ...(n.title !== undefined ? { title: shown(n.title) } : {}),
    ...(n.severity !== undefined ? { severity: n.severity, severityLabel: LABELS[lang][n.severity] } : {}),
    serverKey: server ?? ORGANIZATION,
    place: placeOf(server, target, lang),
    reason: printable(reasonText(n.reason, lang)),
    sources: [...new Set(n.missing.flatMap((m) => m.sources))].map(shown),
  };
}

export function diagnosticView(d: Diagnostic, lang: Lang): DiagnosticView {
  const labels = LABELS[lang];
  const severityLabel = d.severity === 'error' ? labels.error : d.severity === 'warning' ? labels.warning : labels.info;
  return {
    file: printable(d.file),
    ...(d.line !== undefined ? { line: d.line } : {}),
    severity: d.severity,
    severityLabel,
    message: printable(d.message),
  };
}

function placeOf(server: string | undefined, target: string | undefined, lang: Lang): string {
  const where = server !== undefined ? formatName(server, lang) : LABELS[lang].organization;
  return target !== undefined ? `${where} · ${target}` : where;
}

/**
 * An evidence line with every text made printable: the line itself when that changes nothing (the most of them:
 * a fleet report has tens of thousands, and each object less is less for the garbage collector).
 */
function evidenceView(line: EvidenceLine): EvidenceView {
  const label = printable(line.label);
  const path = printable(line.path);
  const actual = mapValue(line.actual, printable);
  const expected = printable(line.expected);
  const source = line.source !== undefined ? printable(line.source) : undefined;
  if (
    label === line.label &&
    path === line.path &&
    actual === line.actual &&
    expected === line.expected &&
    source === line.source
  ) {
    return line;
  }
  return { label, path, actual, expected, ...(source !== undefined ? { source } : {}) };
}

/** The value with `fn` applied to its texts; the value itself when `fn` changes neither. */
function mapValue(value: FormattedValue, fn: (s: string) => string): FormattedValue {
  const short = fn(value.short);
  if (value.full === undefined) return short === value.short ? value : { short };
  const full = fn(value.full);
  return short === value.short && full === value.full ? value : { short, full };
}

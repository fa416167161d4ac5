import type { Report } from '../../src/report/report-schema';
import { fixFirst } from '../../src/report/fix-first';
import { coverageText, verdictOf, verdictText } from '../../src/report/verdict';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { printable } from './format';
import { fill, LABELS } from './labels';
import { formatName } from '../values';

/** One root cause of "Fix first": the rule, its severity, and every server it affects, on one line. */
export interface CauseView {
  ruleId: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  /** "EX2007-NODE1, EX2007-NODE2", or "Organization-wide" for a cause without a server. */
  servers: string;
  /** The servers one by one (empty for an organization-wide cause). */
  serverNames: string[];
  /** The HTML names the first servers on the line and folds the rest: "… and 488 more". */
  serversShown: string[];
  serversFolded: string[];
  foldedLabel?: string;
  /** The anchor (HTML) or named destination (PDF) of the cause's first finding. */
  firstId: string;
}

/** The first thing a report says: the verdict, how much could be checked, and what to fix first. */
export interface VerdictView {
  /** "Readiness" or "Health". */
  heading: string;
  /** "Not ready: 2 blockers", "Healthy", "Kritisch"… */
  text: string;
  /** good (ready, healthy), warn (degraded), bad (not ready, critical): the colour of the verdict. */
  tone: 'good' | 'warn' | 'bad';
  /** True when a check was not evaluated or a server is missing: the verdict speaks only for what was checked. */
  incomplete: boolean;
  /** Why it is incomplete: the checks not evaluated, the servers without data ("Servers without data: NODE3."). */
  incompleteNotes: string[];
  /** "N of M checks evaluated on X of Y servers"; absent in reports written before coverage existed. */
  coverage?: string;
  causes: CauseView[];
}

/** Servers a cause names on its line in the HTML before the rest is folded. */
const SHOWN = 12;

function foldServers(names: string[], more: string) {
  const folded = names.slice(SHOWN);
  return {
    serverNames: names,
    serversShown: names.slice(0, SHOWN),
    serversFolded: folded,
    ...(folded.length > 0 ? { foldedLabel: fill(more, { n: folded.length }) } : {}),
  };
}

/** The verdict of verdict.ts, the coverage line and the causes of fix-first.ts, in the report's language. */
export function verdictView(report: Report, lang: Lang): VerdictView {
  const labels = LABELS[lang];
  const verdict = verdictOf(report);
  const tone =
    verdict.profile === 'readiness'
      ? verdict.status === 'ready'
        ? 'good'
        : 'bad'
      : verdict.status === 'healthy'
        ? 'good'
        : verdict.status === 'degraded'
          ? 'warn'
          : 'bad';
  const { coverage } = report;
  const open = coverage
    ? coverage.checks.total - coverage.checks.evaluated
    : new Set(report.notEvaluated.map((n) => n.ruleId)).size;
  const total = coverage?.checks.total ?? report.scan.rules.length;
  const missing = coverage?.servers.missing ?? [];
  const firstIds = new Map<string, string>();
  report.findings.forEach((f, i) => {
    if (!firstIds.has(f.ruleId)) firstIds.set(f.ruleId, `f${i + 1}`);
  });
  return {
    heading: verdict.profile === 'readiness' ? labels.verdictReadiness : labels.verdictHealth,
    text: verdictText(verdict, lang),
    tone,
    incomplete: verdict.incomplete,
    incompleteNotes: [
      ...(open > 0 ? [fill(labels.incompleteChecks, { n: open, total })] : []),
      ...(missing.length > 0 ? [printable(fill(labels.missingServers, { servers: missing.join(', ') }))] : []),
    ],
    ...(coverage ? { coverage: coverageText(coverage, lang) } : {}),
    causes: fixFirst(report.findings).map((cause) => {
      const names = cause.servers.map((s) => printable(formatName(s, lang)));
      return {
        ruleId: printable(cause.ruleId),
        severity: cause.severity,
        severityLabel: labels[cause.severity],
        title: printable(cause.title),
        servers: names.length > 0 ? names.join(', ') : labels.organization,
        ...foldServers(names, labels.more),
        firstId: firstIds.get(cause.ruleId) ?? 'findings',
      };
    }),
  };
}

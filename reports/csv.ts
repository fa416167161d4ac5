import type { Report, WaiverRef } from '../src/report/report-schema';
import type { ReporterOptions } from './index';

type Finding = Report['findings'][number];

/** The columns, in order: stable English names, whatever the report's language. */
export const CSV_COLUMNS = [
  'status',
  'severity',
  'ruleId',
  'category',
  'server',
  'target',
  'title',
  'message',
  'evidence',
  'remediation',
  'references',
  'fingerprint',
  'change',
  'waiverOwner',
  'waiverExpires',
  'waiverJustification',
] as const;

/**
 * One row per finding, for Excel: active findings, then waived, then accepted ones (`status` says which).
 * UTF-8 with a byte order mark and CRLF line ends, so Excel reads umlauts; separated by commas, or by
 * semicolons for German (`--lang de`), which is what Excel expects in a German locale. A cell that Excel
 * would take for a formula (=, +, -, @ first) gets a leading apostrophe: bundle text is untrusted.
 */
export function renderCsv(report: Report, options: ReporterOptions): string {
  const separator = options.lang === 'de' ? ';' : ',';
  const newFingerprints = new Set(report.changes?.findings.new.map((f) => f.fingerprint) ?? []);
  const change = (f: Finding) => (report.changes ? (newFingerprints.has(f.fingerprint) ? 'new' : 'unchanged') : '');
  const rows = [
    ...report.findings.map((f) => rowOf('active', f, change(f))),
    ...(report.waived?.findings ?? []).map((f) => rowOf('waived', f, change(f), f.waiver)),
    ...(report.accepted?.findings ?? []).map((f) => rowOf('accepted', f, change(f))),
  ];
  const lines = [CSV_COLUMNS as readonly string[], ...rows].map((cells) => cells.map((c) => cell(c, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function rowOf(status: string, f: Finding, change: string, waiver?: WaiverRef): string[] {
  const evidence = f.evidence
    .map(
      (e) =>
        `${e.path} = ${typeof e.actual === 'string' ? e.actual : JSON.stringify(e.actual)} (expected ${e.expected}${e.source ? `; ${e.source}` : ''})`,
    )
    .concat((f.notChecked ?? []).map((n) => `not checked: ${n.fact} (${n.reason})`))
    .join(' | ');
  return [
    status,
    f.severity,
    f.ruleId,
    f.category,
    f.server ?? '',
    f.target ?? '',
    f.title,
    f.message,
    evidence,
    f.remediation,
    f.references.map((r) => r.url).join(' '),
    f.fingerprint,
    change,
    waiver?.owner ?? '',
    waiver?.expires ?? '',
    waiver?.justification ?? '',
  ];
}

/** RFC 4180 quoting, after neutralising a formula. */
function cell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]|^\s|\s$/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// @ts-nocheck
import type { HistoryEntry } from './entry';

/** The history as a table: one scan a line, oldest first, so the newest is next to the prompt. */
export function formatHistoryTable(entries: HistoryEntry[]): string {
  if (entries.length === 0) return 'no scans yet\n';
  const header = [
    'ID',
    'STARTED (UTC)',
    'PROFILE',
    'CRIT',
    'WARN',
    'INFO',
    'N/E',
    'WAIVED',
    'ACCEPTED',
    'NEW',
    'RESOLVED',
    'SETTINGS',
    'SOURCE',
  ];
  const rows = entries.map((e) => [
    e.id,
    e.startedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
    e.profile,
    String(e.summary.critical),
    String(e.summary.warning),
    String(e.summary.info),
    String(e.summary.notEvaluated),
    String(e.waived),
    String(e.accepted),
    e.changes ? String(e.changes.new) : '-',
    e.changes ? String(e.changes.resolved) : '-',
    e.changes ? String(e.changes.settings) : '-',
    e.source,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = (i: number) => i >= 3 && i <= 11;
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

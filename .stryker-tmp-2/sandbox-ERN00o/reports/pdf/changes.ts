// @ts-nocheck
import type { ReportView } from '../html/report-view';
import { subheadingSmall } from './appendix';
import type { Contents } from './contents';
import { drawRefTable } from './ref-table';
import { drawTable } from './table';
import { MUTED, type PdfWriter } from './writer';

/**
 * "Since the last scan", when the report compares with an earlier one: the previous scan's date and source,
 * findings new, resolved and with a changed severity, and the settings that changed, with before and after.
 */
export function drawChanges(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels, changes } = view;
  if (!changes) return;
  contents.heading(1, labels.sinceLastScan, 'changes');
  writer.font('sans', 9.5).paragraph(`${labels.previousScan}: ${changes.previousScan}`);
  if (changes.previousId) writer.font('sans', 9.5).paragraph(`${labels.historyEntry}: ${changes.previousId}`);
  writer.font('sans', 9.5).paragraph(`${labels.source}: ${changes.previousSource}`);
  subheadingSmall(writer, `${labels.newFindings} (${changes.newFindings.length})`);
  drawRefTable(writer, labels, changes.newFindings);
  subheadingSmall(writer, `${labels.resolvedFindings} (${changes.resolved.length})`);
  drawRefTable(writer, labels, changes.resolved);
  subheadingSmall(writer, `${labels.severityChanged} (${changes.severityChanged.length})`);
  drawRefTable(writer, labels, changes.severityChanged);
  writer.font('sans', 9, MUTED).paragraph(changes.unchangedNote);
  subheadingSmall(writer, `${labels.changedSettings} (${changes.settings.length})`);
  if (changes.settings.length === 0) {
    writer.font('sans', 9.5, MUTED).paragraph(labels.none);
    return;
  }
  drawTable(
    writer,
    [
      { header: labels.server, width: 20 },
      { header: labels.setting, width: 34 },
      { header: `${labels.before} → ${labels.after}`, width: 22 },
      { header: labels.sourceFile, width: 24 },
    ],
    changes.settings.map((s) => [
      s.server,
      { text: `${s.path}${s.item ? ` ${s.item}` : ''} (${s.changeLabel})`, font: 'mono' },
      `${s.before} → ${s.after}`,
      { text: s.sources.join(', '), font: 'mono' },
    ]),
  );
}

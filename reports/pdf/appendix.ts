import type { ReportView } from '../html/report-view';
import type { Contents } from './contents';
import { drawTable } from './table';
import { MUTED, type PdfWriter } from './writer';

/** The checks that could not be evaluated, each with the data that was missing. */
export function drawNotEvaluated(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels } = view;
  contents.heading(1, labels.notEvaluated, 'not-evaluated');
  if (view.notEvaluated.length === 0) {
    writer.font('sans', 9, MUTED).paragraph(labels.noNotEvaluated);
    return;
  }
  writer.font('sans', 8.5).paragraph(labels.notEvaluatedIntro);
  writer.doc.y += 4;
  drawTable(
    writer,
    [
      { header: labels.rule, width: 30 },
      { header: labels.server, width: 22 },
      { header: labels.missingSource, width: 20 },
      { header: labels.reason, width: 28 },
    ],
    view.notEvaluated.map((n) => [
      `${n.ruleId}${n.title ? ` ${n.title}` : ''}${n.severityLabel ? ` (${n.severityLabel})` : ''}`,
      n.place,
      { text: n.sources.join(', '), font: 'mono' },
      n.reason,
    ]),
  );
}

/** What collection noticed, by file and line. */
export function drawDiagnostics(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels } = view;
  contents.heading(1, labels.diagnostics, 'diagnostics');
  if (view.diagnostics.length === 0) {
    writer.font('sans', 9, MUTED).paragraph(labels.noDiagnostics);
    return;
  }
  writer.font('sans', 8.5).paragraph(labels.diagnosticsIntro);
  writer.doc.y += 4;
  drawTable(
    writer,
    [
      { header: labels.file, width: 32 },
      { header: labels.line, width: 8, align: 'right' },
      { header: labels.severity, width: 13 },
      { header: labels.message, width: 47 },
    ],
    view.diagnostics.map((d) => [
      { text: d.file, font: 'mono' },
      d.line !== undefined ? String(d.line) : '',
      d.severityLabel,
      d.message,
    ]),
  );
}

export function subheadingSmall(writer: PdfWriter, text: string): void {
  writer.ensureSpace(60);
  writer.doc.moveDown(0.5);
  writer.font('bold', 9.5).paragraph(text);
  writer.doc.moveDown(0.2);
}

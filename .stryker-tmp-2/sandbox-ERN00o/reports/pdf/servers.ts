// @ts-nocheck
import { SEVERITY_COLORS } from '../html/groups';
import type { ReportView, ServerSection } from '../html/report-view';
import type { Contents } from './contents';
import { subheadingSmall } from './appendix';
import { drawTable } from './table';
import { MUTED, type PdfWriter } from './writer';

/**
 * A section per server (and one for organization-wide findings): its findings in brief, each linked to the
 * page where it is described, then what could not be evaluated and what collection noticed on that server.
 */
export function drawServers(writer: PdfWriter, contents: Contents, view: ReportView, findingPages: Map<string, number>): void {
  contents.heading(1, view.labels.serverSection, 'servers');
  view.serverSections.forEach((server, i) => drawServer(writer, contents, view, server, `server-${i + 1}`, findingPages));
}

function drawServer(
  writer: PdfWriter,
  contents: Contents,
  view: ReportView,
  server: ServerSection,
  dest: string,
  findingPages: Map<string, number>,
): void {
  const { labels } = view;
  contents.heading(2, server.name, dest);
  const { counts, items } = server.findings;
  writer
    .font('sans', 9, MUTED)
    .paragraph(`${labels.critical} ${counts.critical} · ${labels.warning} ${counts.warning} · ${labels.info} ${counts.info}`);
  writer.doc.moveDown(0.3);
  if (items.length === 0) {
    writer.font('sans', 9.5, MUTED).paragraph(labels.serverNoFindings);
  } else {
    drawTable(
      writer,
      [
        { header: labels.severity, width: 14 },
        { header: labels.rule, width: 11 },
        { header: labels.finding, width: 47 },
        { header: labels.target, width: 18 },
        { header: labels.pageColumn, width: 10, align: 'right' },
      ],
      items.map((f) => [
        { text: f.severityLabel, font: 'bold', color: SEVERITY_COLORS[f.severity] },
        { text: f.ruleId, font: 'mono' },
        { text: f.title, goTo: f.id },
        f.target ?? '',
        { text: String(findingPages.get(f.id) ?? ''), goTo: f.id, align: 'right' },
      ]),
    );
  }
  if (server.notEvaluated.length > 0) {
    subheadingSmall(writer, `${labels.notEvaluated} (${server.notEvaluated.length})`);
    drawTable(
      writer,
      [
        { header: labels.rule, width: 35 },
        { header: labels.missingSource, width: 30 },
        { header: labels.reason, width: 35 },
      ],
      server.notEvaluated.map((n) => [`${n.ruleId}${n.title ? ` ${n.title}` : ''}`, n.sources.join(', '), n.reason]),
    );
  }
  if (server.diagnostics.length > 0) {
    subheadingSmall(writer, `${labels.diagnostics} (${server.diagnostics.length})`);
    drawTable(
      writer,
      [
        { header: labels.file, width: 35 },
        { header: labels.line, width: 8, align: 'right' },
        { header: labels.message, width: 57 },
      ],
      server.diagnostics.map((d) => [{ text: d.file, font: 'mono' }, d.line !== undefined ? String(d.line) : '', d.message]),
    );
  }
}

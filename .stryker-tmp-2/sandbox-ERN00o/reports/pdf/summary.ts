// @ts-nocheck
import { severityChart } from '../html/chart';
import { SEVERITY_COLORS, type Group } from '../html/groups';
import type { FindingView } from '../html/finding-view';
import type { ReportView } from '../html/report-view';
import type { Contents } from './contents';
import { drawTable, type Cell } from './table';
import { CONTENT_WIDTH, INK, MUTED, PAGE, type PdfWriter } from './writer';

/** How many servers the executive summary ranks. */
const TOP_SERVERS = 10;

/** The executive summary: the verdict in sentences, the severity chart as vectors, counts by category and the worst servers. */
export function drawSummary(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels } = view;
  contents.heading(1, labels.summary, 'summary');
  writer.font('sans', 11).paragraph(view.summaryText, { lineGap: 3 });
  writer.doc.moveDown(1.2);
  drawChart(writer, view);
  if (view.byCategory.length > 0) {
    subheading(writer, labels.findingsByCategory);
    countTable(writer, view, labels.category, view.byCategory);
  }
  const worst = view.byServer
    .filter((g) => g.total > 0)
    .sort((a, b) => b.counts.critical - a.counts.critical || b.counts.warning - a.counts.warning || b.total - a.total)
    .slice(0, TOP_SERVERS);
  if (worst.length > 0) {
    subheading(writer, labels.topServers);
    countTable(writer, view, labels.server, worst);
  }
}

function drawChart(writer: PdfWriter, view: ReportView): void {
  const { doc } = writer;
  const chart = severityChart(view.severities, CONTENT_WIDTH, 120);
  writer.ensureSpace(chart.height + 30);
  const top = doc.y;
  for (const bar of chart.bars) {
    const y = top + bar.y;
    writer.font('sans', 9.5);
    doc.text(writer.safe(bar.label), PAGE.left, y + 6, { width: chart.labelWidth - 8, lineBreak: false });
    doc.roundedRect(PAGE.left + chart.labelWidth, y, bar.width, chart.barHeight, 2.5).fill(bar.color);
    writer.font('bold', 10, INK);
    doc.text(String(bar.count), PAGE.left + bar.countX, y + 5.5, { lineBreak: false });
  }
  doc.x = PAGE.left;
  doc.y = top + chart.height + 10;
  writer.font('sans', 8, MUTED).paragraph(view.labels.chartTitle);
  doc.moveDown(0.8);
}

export function subheading(writer: PdfWriter, text: string): void {
  writer.ensureSpace(70);
  writer.doc.moveDown(0.6);
  writer.font('bold', 11).paragraph(text);
  writer.doc.moveDown(0.3);
}

function countTable(writer: PdfWriter, view: ReportView, heading: string, groups: Group<FindingView>[]): void {
  const { labels } = view;
  const count = (n: number, color: string): Cell => ({
    text: String(n),
    align: 'right',
    ...(n > 0 ? { font: 'bold', color } : {}),
  });
  drawTable(
    writer,
    [
      { header: heading, width: 40 },
      { header: labels.critical, width: 15, align: 'right' },
      { header: labels.warning, width: 15, align: 'right' },
      { header: labels.info, width: 15, align: 'right' },
      { header: labels.total, width: 15, align: 'right' },
    ],
    groups.map((g) => [
      g.label,
      count(g.counts.critical, SEVERITY_COLORS.critical),
      count(g.counts.warning, SEVERITY_COLORS.warning),
      count(g.counts.info, SEVERITY_COLORS.info),
      { text: String(g.total), align: 'right' },
    ]),
  );
}

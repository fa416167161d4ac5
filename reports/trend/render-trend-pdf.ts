import type { TrendModel } from '../../src/history/trend/model';
import type { Lang } from '../../src/rules/rule-schema';
import { drawPageFrame } from '../pdf/page-frame';
import { CONTENT_WIDTH, MUTED, PdfWriter } from '../pdf/writer';
import { changesChartGeometry, severityChartGeometry, TREND_COLORS } from './geometry';
import { drawChart } from './pdf-chart';
import { drawNights, drawOpen, drawStrips, drawTimeline, heading } from './pdf-sections';
import { trendView, type TrendView } from './trend-view';

export interface TrendPdfOptions {
  lang: Lang;
  toolVersion: string;
  /** Compress the page streams (default); tests turn it off. */
  compress?: boolean;
}

/**
 * The trend report as a PDF, with the HTML page's content: the charts as vectors from the same geometry, the
 * strips per server, open findings with their first night, the timeline of configuration changes, and the
 * nights that are not plain (gaps, damaged, other profile, new or resolved findings, changed checks).
 * Laid out twice, as the scan report is: the first pass counts the pages for "Page n of m".
 */
export async function renderTrendPdf(model: TrendModel, options: TrendPdfOptions): Promise<Buffer> {
  const view = trendView(model, options.lang, options.toolVersion);
  const pages = (await compose(model, view, options, undefined)).pages;
  return (await compose(model, view, options, pages)).pdf;
}

async function compose(model: TrendModel, view: TrendView, options: TrendPdfOptions, pages: number | undefined) {
  const createdAt = model.nights.length > 0 ? new Date(`${model.to}T00:00:00Z`) : new Date(0);
  const writer = new PdfWriter({
    lang: view.lang,
    title: view.title,
    subject: view.range,
    createdAt,
    accent: TREND_COLORS.rulesChanged,
    compress: pages !== undefined ? (options.compress ?? true) : false,
    keep: pages !== undefined,
  });
  const frame = { title: view.title, toolVersion: view.toolVersion, scannedAt: view.range, labels: view.labels };
  if (pages !== undefined) writer.onNewPage(() => drawPageFrame(writer, frame, writer.pageNumber, pages));
  writer.addPage();
  drawHead(writer, view);
  if (!view.empty) {
    heading(writer, view.labels.chartTitle);
    drawChart(writer, severityChartGeometry(model.nights, CONTENT_WIDTH, 190), model, view, 'severity');
    if (view.gaps) writer.font('sans', 8, MUTED).paragraph(view.gaps);
    heading(writer, view.labels.changesTitle);
    drawChart(writer, changesChartGeometry(model.nights, CONTENT_WIDTH, 150), model, view, 'changes');
    drawStrips(writer, model, view);
    drawOpen(writer, view);
    drawTimeline(writer, view);
    drawNights(writer, view);
  }
  const count = writer.pageNumber;
  return { pages: count, pdf: await writer.finish() };
}

function drawHead(writer: PdfWriter, view: TrendView): void {
  writer.font('bold', 18).paragraph(view.title);
  writer.doc.y += 2;
  for (const line of [
    view.range,
    view.counts,
    view.profile ? `${view.labels.profile}: ${view.profile}` : '',
    view.timeZoneNote,
  ]) {
    if (line) writer.font('sans', 9, MUTED).paragraph(line);
  }
  if (view.empty) writer.font('sans', 10).paragraph(view.labels.emptyHistory);
  if (view.warnings.length > 0) {
    heading(writer, view.labels.warnings);
    for (const w of view.warnings) writer.font('sans', 8.5, TREND_COLORS.damaged).paragraph(`• ${w}`);
  }
}

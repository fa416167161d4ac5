import type { TrendModel } from '../../src/history/trend/model';
import type { Lang } from '../../src/rules/rule-schema';
import { fit } from '../pdf/contents';
import { drawPageFrame } from '../pdf/page-frame';
import { CONTENT_WIDTH, MUTED, PAGE, RULE, PdfWriter } from '../pdf/writer';
import { formatNumber } from '../values';
import { changesChartGeometry, severityChartGeometry, stripRuns, TREND_COLORS, type ChartGeometry } from './geometry';
import type { TrendLabels } from './labels';
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

function heading(writer: PdfWriter, text: string, space = 60): void {
  writer.ensureSpace(space);
  writer.doc.y += 8;
  writer.font('bold', 12.5).paragraph(text);
  writer.doc.y += 3;
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

/** A chart from its geometry: bands, grid, bars, marks, axes with labels and titles, and a legend below. */
function drawChart(writer: PdfWriter, g: ChartGeometry, model: TrendModel, view: TrendView, kind: 'severity' | 'changes'): void {
  const { doc } = writer;
  const labels = view.labels;
  writer.ensureSpace(g.height + 30);
  const ox = PAGE.left;
  const oy = doc.y;
  const band = { gap: TREND_COLORS.gapBand, damaged: TREND_COLORS.damagedBand, otherProfile: TREND_COLORS.otherProfileBand };
  for (const b of g.bands) doc.rect(ox + b.x, oy + b.y, b.w, b.h).fill(band[b.state]);
  for (const t of g.yTicks) {
    doc
      .moveTo(ox + g.plot.x, oy + t.at)
      .lineTo(ox + g.plot.x + g.plot.w, oy + t.at)
      .lineWidth(0.4)
      .strokeColor(TREND_COLORS.grid)
      .stroke();
    writer.font('sans', 6.5, MUTED);
    const text = formatNumber(Math.abs(t.value), view.lang);
    doc.text(text, ox + g.plot.x - 4 - doc.widthOfString(text), oy + t.at - 3, { lineBreak: false });
  }
  for (const bar of g.bars) {
    for (const s of bar.segments) doc.rect(ox + s.x, oy + s.y, s.w, s.h).fill(TREND_COLORS[s.key]);
  }
  for (const m of g.marks) {
    doc
      .moveTo(ox + m.x, oy + g.plot.y)
      .lineTo(ox + m.x, oy + g.plot.y + g.plot.h)
      .lineWidth(0.8)
      .dash(3, { space: 2 })
      .strokeColor(TREND_COLORS.rulesChanged)
      .stroke()
      .undash();
  }
  doc
    .moveTo(ox + g.plot.x, oy + g.zero)
    .lineTo(ox + g.plot.x + g.plot.w, oy + g.zero)
    .lineWidth(0.6)
    .strokeColor(TREND_COLORS.axis)
    .stroke();
  doc
    .moveTo(ox + g.plot.x, oy + g.plot.y)
    .lineTo(ox + g.plot.x, oy + g.plot.y + g.plot.h)
    .lineWidth(0.6)
    .strokeColor(TREND_COLORS.axis)
    .stroke();
  writer.font('sans', 6.5, MUTED);
  for (const t of g.xTicks) {
    const text = view.nights[t.index!]!.dayLabel;
    doc.text(text, ox + t.at - doc.widthOfString(text) / 2, oy + g.plot.y + g.plot.h + 4, { lineBreak: false });
  }
  writer.font('bold', 7.5);
  const xTitle = labels.axisNights;
  doc.text(xTitle, ox + g.plot.x + g.plot.w / 2 - doc.widthOfString(xTitle) / 2, oy + g.plot.y + g.plot.h + 16, {
    lineBreak: false,
  });
  doc.save().rotate(-90, { origin: [ox + 10, oy + g.plot.y + g.plot.h / 2] });
  const yTitle = labels.axisFindings;
  doc.text(yTitle, ox + 10 - doc.widthOfString(yTitle) / 2, oy + g.plot.y + g.plot.h / 2 - 4, { lineBreak: false });
  doc.restore();
  const legend: [string, string][] =
    kind === 'severity'
      ? [
          [TREND_COLORS.critical, labels.critical],
          [TREND_COLORS.warning, labels.warning],
          [TREND_COLORS.info, labels.info],
        ]
      : [
          [TREND_COLORS.new, labels.newFindings],
          [TREND_COLORS.resolved, labels.resolved],
        ];
  legend.push(
    [TREND_COLORS.gapBand, labels.gap],
    [TREND_COLORS.damagedBand, labels.damaged],
    [TREND_COLORS.otherProfileBand, labels.otherProfile],
    [TREND_COLORS.rulesChanged, labels.rulesChanged],
  );
  drawLegend(writer, legend, oy + g.height + 2);
  doc.x = PAGE.left;
  doc.y = oy + g.height + 18;
}

function drawLegend(writer: PdfWriter, items: [string, string][], y: number): void {
  const { doc } = writer;
  let x = PAGE.left + 40;
  writer.font('sans', 7, MUTED);
  for (const [color, label] of items) {
    doc.rect(x, y, 7, 7).fillAndStroke(color, RULE);
    writer.font('sans', 7, MUTED);
    doc.text(label, x + 10, y, { lineBreak: false });
    x += 10 + doc.widthOfString(label) + 12;
  }
}

/** One strip per server: its name, then its nights as rectangles across the rest of the line. */
function drawStrips(writer: PdfWriter, model: TrendModel, view: TrendView): void {
  const { doc } = writer;
  heading(writer, view.labels.stripsTitle);
  writer.font('sans', 8, MUTED).paragraph(view.labels.stripsDesc);
  doc.y += 4;
  const labelWidth = 120;
  const width = CONTENT_WIDTH - labelWidth - 6;
  const slot = width / Math.max(1, model.nights.length);
  model.strips.forEach((strip, i) => {
    writer.ensureSpace(14);
    const y = doc.y;
    writer.font(view.strips[i]!.organization ? 'bold' : 'sans', 7.5);
    doc.text(fit(writer, writer.safe(view.strips[i]!.name), labelWidth), PAGE.left, y + 1, { lineBreak: false });
    for (const run of stripRuns(strip.cells)) {
      doc
        .rect(PAGE.left + labelWidth + 6 + run.start * slot, y, run.length * slot, 9)
        .fillOpacity(run.otherProfile ? 0.45 : 1)
        .fill(TREND_COLORS[run.state]);
      doc.fillOpacity(1);
    }
    doc.x = PAGE.left;
    doc.y = y + 12;
  });
  const l = view.labels;
  drawLegend(
    writer,
    [
      [TREND_COLORS.critical, l.critical],
      [TREND_COLORS.warning, l.warning],
      [TREND_COLORS.info, l.info],
      [TREND_COLORS.clean, l.clean],
      [TREND_COLORS.notScanned, l.notScanned],
      [TREND_COLORS.gap, l.gap],
      [TREND_COLORS.damaged, l.damaged],
    ],
    doc.y + 2,
  );
  doc.x = PAGE.left;
  doc.y += 16;
}

function drawOpen(writer: PdfWriter, view: TrendView): void {
  const l = view.labels;
  heading(writer, l.openTitle);
  if (view.open.length === 0) {
    writer.font('sans', 9).paragraph(l.openNone);
    return;
  }
  for (const o of view.open) {
    writer.ensureSpace(24);
    writer.font('bold', 8.5, TREND_COLORS[o.severity]).paragraph(`${o.severityLabel} · ${o.ruleId} · ${o.server}`);
    writer.font('sans', 8.5).paragraph(`${o.title}${o.status ? ` (${o.status})` : ''}`);
    writer.font('sans', 7.5, MUTED).paragraph(`${l.firstSeen}: ${o.firstSeen} · ${l.openSince}: ${o.openSince}`);
    writer.doc.y += 3;
  }
}

function drawTimeline(writer: PdfWriter, view: TrendView): void {
  const l = view.labels;
  heading(writer, l.timelineTitle);
  if (view.timeline.length === 0) {
    writer.font('sans', 9).paragraph(l.timelineNone);
    return;
  }
  for (const e of view.timeline) {
    writer.ensureSpace(30);
    writer.font('bold', 9).paragraph(`${e.dayLabel} (${e.since})`);
    if (e.notCompared) writer.font('sans', 8.5, TREND_COLORS.damaged).paragraph(e.notCompared);
    for (const c of e.changes) writer.font('sans', 8.5).paragraph(`• ${c.label} – ${c.server}${c.text ? `: ${c.text}` : ''}`);
    if (e.other) writer.font('sans', 7.5, MUTED).paragraph(e.other);
    writer.doc.y += 3;
  }
}

/** The nights that are not plain: a gap, a damaged scan, another profile, new or resolved findings, notes. */
function drawNights(writer: PdfWriter, view: TrendView): void {
  const l: TrendLabels = view.labels;
  heading(writer, l.nightsTitle);
  writer.font('sans', 7.5, MUTED).paragraph(l.linksNote);
  writer.doc.y += 3;
  for (const n of view.nights) {
    const plain = n.state === 'scanned' && !n.changed && n.notes.length === 0;
    if (plain) continue;
    writer.ensureSpace(22);
    const counts = n.counts
      ? ` · ${l.critical} ${n.counts.critical}, ${l.warning} ${n.counts.warning}, ${l.info} ${n.counts.info}`
      : '';
    writer
      .font('bold', 8.5)
      .paragraph(`${n.dayLabel} · ${n.stateLabel}${n.id ? ` · ${n.id}` : ''}${counts}`, n.href ? { link: n.href } : {});
    const moves: string[] = [];
    if (n.newFindings.length > 0)
      moves.push(`${l.newFindings}: ${n.newFindings.map((f) => `${f.ruleId} ${f.server}`).join(', ')}`);
    if (n.resolved.length > 0) moves.push(`${l.resolved}: ${n.resolved.map((f) => `${f.ruleId} ${f.server}`).join(', ')}`);
    if (n.newChecks.length > 0) moves.push(`${l.newChecks}: ${n.newChecks.map((f) => `${f.ruleId} ${f.server}`).join(', ')}`);
    if (n.droppedChecks.length > 0)
      moves.push(`${l.droppedChecks}: ${n.droppedChecks.map((f) => `${f.ruleId} ${f.server}`).join(', ')}`);
    for (const line of [...moves, ...n.notes]) writer.font('sans', 7.5, MUTED).paragraph(line);
    writer.doc.y += 2;
  }
}

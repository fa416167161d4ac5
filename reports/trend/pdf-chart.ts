import type { TrendModel } from '../../src/history/trend/model';
import { MUTED, PAGE, RULE, type PdfWriter } from '../pdf/writer';
import { formatNumber } from '../values';
import { TREND_COLORS, type ChartGeometry } from './geometry';
import type { TrendView } from './trend-view';

/** A chart from its geometry: bands, grid, bars, marks, axes with labels and titles, and a legend below. */
export function drawChart(
  writer: PdfWriter,
  g: ChartGeometry,
  model: TrendModel,
  view: TrendView,
  kind: 'severity' | 'changes',
): void {
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

export function drawLegend(writer: PdfWriter, items: [string, string][], y: number): void {
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

import type { TrendModel } from '../../src/history/trend/model';
import { fit } from '../pdf/contents';
import { CONTENT_WIDTH, MUTED, PAGE, type PdfWriter } from '../pdf/writer';
import { stripRuns, TREND_COLORS } from './geometry';
import type { TrendLabels } from './labels';
import { drawLegend } from './pdf-chart';
import type { TrendView } from './trend-view';

/** A section heading, on a new page when less than `space` points are left. */
export function heading(writer: PdfWriter, text: string, space = 60): void {
  writer.ensureSpace(space);
  writer.doc.y += 8;
  writer.font('bold', 12.5).paragraph(text);
  writer.doc.y += 3;
}

/** One strip per server: its name, then its nights as rectangles across the rest of the line. */
export function drawStrips(writer: PdfWriter, model: TrendModel, view: TrendView): void {
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

export function drawOpen(writer: PdfWriter, view: TrendView): void {
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

export function drawTimeline(writer: PdfWriter, view: TrendView): void {
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
export function drawNights(writer: PdfWriter, view: TrendView): void {
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

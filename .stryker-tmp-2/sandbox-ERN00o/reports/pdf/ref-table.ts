// @ts-nocheck
import type { Labels } from '../html/labels';
import type { RefView, WaiverView } from '../html/ref-view';
import { drawTable } from './table';
import { MUTED, type PdfWriter } from './writer';

/** Findings named briefly (severity, rule, server and target, title), or "None." when there are none. */
export function drawRefTable(writer: PdfWriter, labels: Labels, refs: RefView[]): void {
  if (refs.length === 0) {
    writer.font('sans', 9.5, MUTED).paragraph(labels.none);
    writer.doc.moveDown(0.4);
    return;
  }
  drawTable(
    writer,
    [
      { header: labels.severity, width: 17 },
      { header: labels.rule, width: 11 },
      { header: labels.server, width: 26 },
      { header: labels.finding, width: 46 },
    ],
    refs.map((r) => [
      { text: r.previously ? `${r.severityLabel} (${r.previously})` : r.severityLabel, font: 'bold' },
      { text: r.ruleId, font: 'mono' },
      r.place,
      r.statusLabel ? `${r.title} [${r.statusLabel}]` : r.title,
    ]),
  );
}

/** Waivers with what they apply to, justification (and where they are written), owner and expiry. */
export function drawWaiverTable(writer: PdfWriter, labels: Labels, waivers: (WaiverView & { findings?: RefView[] })[]): void {
  drawTable(
    writer,
    [
      { header: labels.rule, width: 11 },
      { header: labels.appliesTo, width: 20 },
      { header: labels.justification, width: 38 },
      { header: labels.owner, width: 17 },
      { header: labels.expires, width: 14 },
    ],
    waivers.map((w) => [{ text: w.rule, font: 'mono' }, w.appliesTo, justification(w, labels), w.owner, w.expires]),
  );
}

/** The justification, where the waiver is written, and the findings an expired waiver no longer waives. */
function justification(w: WaiverView & { findings?: RefView[] }, labels: Labels): string {
  const text = `${w.justification}\n(${w.location})`;
  if (!w.findings?.length) return text;
  return `${text}\n${labels.activeAgain}: ${w.findings.map((f) => `${f.ruleId} ${f.place}`).join('; ')}`;
}

// @ts-nocheck
import type { ReportView } from '../html/report-view';
import { subheadingSmall } from './appendix';
import type { Contents } from './contents';
import { drawRefTable, drawWaiverTable } from './ref-table';
import { drawTable } from './table';
import { MUTED, type PdfWriter } from './writer';

/** "Waived findings": each with its waiver (justification, owner, expiry); then expired and unmatched waivers. */
export function drawWaived(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels, waived } = view;
  if (!waived) return;
  contents.heading(1, labels.waivedFindings, 'waived');
  writer.font('sans', 9.5).paragraph(waived.intro);
  writer.doc.moveDown(0.6);
  if (waived.findings.length === 0) writer.font('sans', 9.5, MUTED).paragraph(labels.noWaived);
  else {
    drawTable(
      writer,
      [
        { header: labels.finding, width: 36 },
        { header: labels.justification, width: 33 },
        { header: labels.owner, width: 17 },
        { header: labels.expires, width: 14 },
      ],
      waived.findings.map((f) => [
        `${f.severityLabel} · ${f.ruleId} · ${f.place}\n${f.title}`,
        `${f.waiver.justification}\n(${f.waiver.location})`,
        f.waiver.owner,
        f.waiver.expires,
      ]),
    );
  }
  if (waived.expired.length > 0) {
    subheadingSmall(writer, `${labels.expiredWaivers} (${waived.expired.length})`);
    writer.font('sans', 9).paragraph(labels.expiredIntro);
    drawWaiverTable(writer, labels, waived.expired);
  }
  if (waived.unmatched.length > 0) {
    subheadingSmall(writer, `${labels.unmatchedWaivers} (${waived.unmatched.length})`);
    writer.font('sans', 9).paragraph(labels.unmatchedIntro);
    drawWaiverTable(writer, labels, waived.unmatched);
  }
}

/** "Accepted findings (baseline)": those found again, those worse than accepted, those no longer found. */
export function drawAccepted(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels, accepted } = view;
  if (!accepted) return;
  contents.heading(1, labels.acceptedFindings, 'accepted');
  writer.font('sans', 9.5).paragraph(accepted.intro);
  writer.doc.moveDown(0.6);
  if (accepted.findings.length === 0) writer.font('sans', 9.5, MUTED).paragraph(labels.noAccepted);
  else drawRefTable(writer, labels, accepted.findings);
  if (accepted.worse.length > 0) {
    subheadingSmall(writer, `${labels.acceptedWorse} (${accepted.worse.length})`);
    writer.font('sans', 9).paragraph(labels.worseIntro);
    drawRefTable(writer, labels, accepted.worse);
  }
  if (accepted.resolved.length > 0) {
    subheadingSmall(writer, `${labels.acceptedResolved} (${accepted.resolved.length})`);
    drawRefTable(writer, labels, accepted.resolved);
  }
}

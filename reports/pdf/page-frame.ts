import { fill } from '../html/labels';
import type { ReportView } from '../html/report-view';

/** What the frame shows: a report's view, or any document's (the trend report) with the same texts. */
export type FrameView = Pick<ReportView, 'title' | 'customer' | 'consultant' | 'toolVersion'> & {
  scannedAt?: string;
  labels: Pick<ReportView['labels'], 'confidential' | 'page' | 'generatedBy'>;
};
import { fit } from './contents';
import { CONTENT_WIDTH, MUTED, PAGE, RULE, type PdfWriter } from './writer';

const HEADER_Y = 28;
const FOOTER_Y = PAGE.height - 38;

/**
 * The header and footer of a page: the customer and the report's title above, who made it and "Page n of m"
 * below. The bottom margin is lifted while drawing, so pdfkit does not break to a new page for text below it.
 */
export function drawPageFrame(writer: PdfWriter, view: FrameView, page: number, pages: number): void {
  const { doc } = writer;
  const margins = doc.page.margins;
  doc.page.margins = { ...margins, bottom: 0 };
  drawHeader(writer, view);
  drawFooter(writer, view, page, pages);
  doc.page.margins = margins;
}

function drawHeader(writer: PdfWriter, view: FrameView): void {
  const { doc } = writer;
  const right = view.labels.confidential;
  writer.font('sans', 7.5, MUTED);
  const rightWidth = doc.widthOfString(right);
  const left = view.customer ? `${view.customer} · ${view.title}` : view.title;
  writer.font('bold', 7.5, MUTED);
  doc.text(fit(writer, writer.safe(left), CONTENT_WIDTH - rightWidth - 20), PAGE.left, HEADER_Y, { lineBreak: false });
  writer.font('sans', 7.5, MUTED);
  doc.text(right, PAGE.left + CONTENT_WIDTH - rightWidth, HEADER_Y, { lineBreak: false });
  doc
    .moveTo(PAGE.left, HEADER_Y + 13)
    .lineTo(PAGE.left + CONTENT_WIDTH, HEADER_Y + 13)
    .lineWidth(0.8)
    .strokeColor(writer.accent)
    .stroke();
}

function drawFooter(writer: PdfWriter, view: FrameView, page: number, pages: number): void {
  const { doc } = writer;
  const { labels } = view;
  doc
    .moveTo(PAGE.left, FOOTER_Y - 6)
    .lineTo(PAGE.left + CONTENT_WIDTH, FOOTER_Y - 6)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  const number = fill(labels.page, { page, pages });
  writer.font('bold', 7.5, MUTED);
  const numberWidth = doc.widthOfString(number);
  doc.text(number, PAGE.left + CONTENT_WIDTH - numberWidth, FOOTER_Y, { lineBreak: false });
  const by = [fill(labels.generatedBy, { version: view.toolVersion }), view.consultant, view.scannedAt]
    .filter(Boolean)
    .join(' · ');
  writer.font('sans', 7.5, MUTED);
  doc.text(fit(writer, writer.safe(by), CONTENT_WIDTH - numberWidth - 20), PAGE.left, FOOTER_Y, { lineBreak: false });
}

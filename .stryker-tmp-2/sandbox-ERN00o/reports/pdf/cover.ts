// @ts-nocheck
import type { ReportView } from '../html/report-view';
import { fill } from '../html/labels';
import { CONTENT_WIDTH, MUTED, PAGE, type PdfWriter } from './writer';

const BAND_TOP = 250;
const BAND_HEIGHT = 150;

/** The cover: logo, title band in the accent colour, customer and consultant, date and scope of the scan. */
export function drawCover(writer: PdfWriter, view: ReportView): void {
  const { doc } = writer;
  const { labels } = view;
  writer.addPage();
  if (view.logo) drawLogo(writer, view.logo);
  doc.rect(0, BAND_TOP, PAGE.width, BAND_HEIGHT).fill(writer.accent);
  doc.y = BAND_TOP + 34;
  writer.font('sans', 9, '#ffffff').paragraph(labels.confidential.toLocaleUpperCase(), { characterSpacing: 1.5 });
  doc.moveDown(0.4);
  writer.font('bold', 24, '#ffffff').paragraph(view.title);
  doc.moveDown(0.3);
  writer.font('sans', 12, '#ffffff').paragraph(view.profileLabel);

  doc.y = BAND_TOP + BAND_HEIGHT + 36;
  if (view.customer) {
    writer.font('sans', 10, MUTED).paragraph(labels.preparedFor);
    writer.font('bold', 20).paragraph(view.customer);
    doc.moveDown(0.8);
  }
  if (view.consultant) {
    writer.font('sans', 10, MUTED).paragraph(labels.preparedBy);
    writer.font('bold', 14).paragraph(view.consultant);
    doc.moveDown(0.8);
  }
  doc.moveDown(0.6);
  for (const [label, value, font] of coverFacts(view)) fact(writer, label, value, font);
  if (view.languageNote) {
    doc.moveDown(0.6);
    writer.font('sans', 8.5, MUTED).paragraph(view.languageNote);
  }
}

function coverFacts(view: ReportView): [string, string, 'sans' | 'mono'][] {
  const { labels } = view;
  const servers = view.servers.slice(0, 8).join(', ');
  const more = view.servers.length > 8 ? ` ${fill(labels.more, { n: view.servers.length - 8 })}` : '';
  const facts: [string, string, 'sans' | 'mono'][] = [[labels.scanDate, view.scannedAt, 'sans']];
  if (view.collectedAt) facts.push([labels.collectedAt, view.collectedAt, 'sans']);
  facts.push(
    [`${labels.servers} (${view.servers.length})`, `${servers}${more}`, 'sans'],
    [labels.rulesRun, String(view.rulesRun), 'sans'],
    [labels.toolVersion, `bpa ${view.toolVersion}`, 'sans'],
    [labels.snapshotHash, view.snapshotSha256, 'mono'],
  );
  return facts;
}

function fact(writer: PdfWriter, label: string, value: string, font: 'sans' | 'mono'): void {
  const { doc } = writer;
  const y = doc.y;
  writer.font('bold', 8, MUTED);
  doc.text(writer.safe(label.toLocaleUpperCase()), PAGE.left, y, { width: 140 });
  writer.font(font, font === 'mono' ? 7.5 : 10);
  doc.text(writer.safe(value), PAGE.left + 150, y - 1, { width: CONTENT_WIDTH - 150, lineGap: 1 });
  doc.y = Math.max(doc.y, y + 14) + 5;
}

/** The logo, fitted into the top right corner; an image pdfkit cannot read is left out, not fatal. */
function drawLogo(writer: PdfWriter, logo: NonNullable<ReportView['logo']>): void {
  try {
    const box: [number, number] = [170, 80];
    writer.doc.image(Buffer.from(logo.data, 'base64'), PAGE.width - PAGE.right - box[0], PAGE.top + 20, {
      fit: box,
      align: 'right',
    });
  } catch {
    // checkLogo refused unreadable images when they were given; a findings file edited since is not worth failing for.
  }
}

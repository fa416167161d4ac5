import type { ReportView } from '../html/report-view';
import { fill } from '../html/labels';
import { CONTENT_WIDTH, MUTED, PAGE, type PdfWriter } from './writer';

const BAND_TOP = 58;
const BAND_HEIGHT = 72;
/** The facts stand in three columns. */
const COLUMNS = 3;
/** Servers named on the first page; more are counted. */
const SERVERS_NAMED = 8;

/**
 * The top of the first page: the title band in the accent colour (with the logo), then customer, consultant,
 * date and scope of the scan in three columns. The executive summary follows on the same page.
 */
export function drawCover(writer: PdfWriter, view: ReportView): void {
  const { doc } = writer;
  const { labels } = view;
  writer.addPage();
  doc.rect(0, BAND_TOP, PAGE.width, BAND_HEIGHT).fill(writer.accent);
  const logoWidth = view.logo ? drawLogo(writer, view.logo) : 0;
  const textWidth = CONTENT_WIDTH - logoWidth;
  doc.y = BAND_TOP + 11;
  writer
    .font('sans', 7.5, '#ffffff')
    .paragraph(labels.confidential.toLocaleUpperCase(), { characterSpacing: 1.2, width: textWidth });
  doc.y += 3;
  const size = writer.fittingSize('bold', view.title, textWidth, 17, 11);
  writer.font('bold', size, '#ffffff').paragraph(view.title, { width: textWidth, lineBreak: false, ellipsis: true });
  doc.y += 1;
  writer.font('sans', 9.5, '#ffffff').paragraph(view.profileLabel, { width: textWidth, lineBreak: false });

  doc.y = BAND_TOP + BAND_HEIGHT + 10;
  const column = CONTENT_WIDTH / COLUMNS;
  const facts = coverFacts(view);
  for (let row = 0; row < facts.length; row += COLUMNS) {
    const top = doc.y;
    const bottoms = facts.slice(row, row + COLUMNS).map((f, i) => fact(writer, f, PAGE.left + i * column, top, column - 12));
    doc.y = Math.max(...bottoms);
  }
  doc.y = fact(writer, serversFact(view), PAGE.left, doc.y, CONTENT_WIDTH);
  doc.y = fact(writer, { label: labels.snapshotHash, value: view.snapshotSha256, font: 'mono' }, PAGE.left, doc.y, CONTENT_WIDTH);
  doc.x = PAGE.left;
  if (view.languageNote) {
    writer.font('sans', 8, MUTED).paragraph(view.languageNote);
    doc.y += 2;
  }
  doc.y -= 4;
}

interface Fact {
  label: string;
  value: string;
  font?: 'sans' | 'bold' | 'mono';
}

function coverFacts(view: ReportView): Fact[] {
  const { labels } = view;
  const facts: Fact[] = [];
  if (view.customer) facts.push({ label: labels.preparedFor, value: view.customer, font: 'bold' });
  if (view.consultant) facts.push({ label: labels.preparedBy, value: view.consultant, font: 'bold' });
  facts.push({ label: labels.scanDate, value: view.scannedAt });
  if (view.collectedAt) facts.push({ label: labels.collectedAt, value: view.collectedAt });
  facts.push(
    { label: labels.rulesRun, value: String(view.rulesRun) },
    { label: labels.toolVersion, value: `bpa ${view.toolVersion}` },
  );
  return facts;
}

function serversFact(view: ReportView): Fact {
  const { labels } = view;
  const servers = view.servers.slice(0, SERVERS_NAMED).join(', ');
  const more = view.servers.length > SERVERS_NAMED ? ` ${fill(labels.more, { n: view.servers.length - SERVERS_NAMED })}` : '';
  return { label: `${labels.servers} (${view.servers.length})`, value: `${servers}${more}` };
}

/** A label over its value; returns where the next fact goes. */
function fact(writer: PdfWriter, f: Fact, x: number, y: number, width: number): number {
  const { doc } = writer;
  writer.font('bold', 6.5, MUTED);
  doc.text(writer.safe(f.label.toLocaleUpperCase()), x, y, { width, lineBreak: false, characterSpacing: 0.3 });
  const font = f.font ?? 'sans';
  writer.font(font, font === 'mono' ? 7 : 8.5);
  const text = writer.safe(f.value);
  const h = doc.heightOfString(text, { width, lineGap: 0.5, height: 24 });
  doc.text(text, x, y + 9, { width, lineGap: 0.5, height: 24, ellipsis: true });
  return y + 9 + Math.min(h, 24) + 6;
}

/** The logo, fitted into the right end of the title band on a white plate; an image pdfkit cannot read is left out. */
function drawLogo(writer: PdfWriter, logo: NonNullable<ReportView['logo']>): number {
  const box: [number, number] = [130, BAND_HEIGHT - 24];
  const x = PAGE.width - PAGE.right - box[0];
  try {
    const image = Buffer.from(logo.data, 'base64');
    // Read first (pdfkit's openImage throws on what it cannot read), so that no empty plate is left behind.
    (writer.doc as unknown as { openImage(src: Buffer): unknown }).openImage(image);
    writer.doc.roundedRect(x - 6, BAND_TOP + 6, box[0] + 12, box[1] + 12, 3).fill('#ffffff');
    writer.doc.image(image, x, BAND_TOP + 12, { fit: box, align: 'center', valign: 'center' });
    return box[0] + 20;
  } catch {
    // checkLogo refused unreadable images when they were given; a findings file edited since is not worth failing for.
    return 0;
  }
}

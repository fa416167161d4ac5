/**
 * The PDF baseline of issue 16 point 6, "pdfkit alone writing the same text": every text bpa's PDF report
 * hands to pdfkit, written with pdfkit's `text()` in the same font, size and width, one after the other down
 * the page, pdfkit breaking to a new page where the text reaches the bottom margin. No layout logic of bpa:
 * no measuring before drawing, no tables, badges, lines, table of contents, outline, links or page frames
 * (the texts of the frames, the contents and the tables are written like any other text), one pass.
 *
 * The texts are recorded, outside the timed part, from one rendering of bpa's report (`recordPdfTexts`): each
 * text of the written pass, as bpa handed it to pdfkit's `doc.text()` or drew it as a block it had broken into
 * lines once (`TextLayouts.draw`, the table cells), with the text (after bpa made it safe for the font), the
 * font, the size and the width it was given (the content width where it gave none).
 */
import PDFDocument from 'pdfkit';
import type { Report } from '../src/report/report-schema';
import { renderPdf } from '../reports/pdf/render-pdf';
import { TextLayouts, type TextBlock } from '../reports/pdf/text-layout';
import { CONTENT_WIDTH, PAGE } from '../reports/pdf/writer';

export interface PdfText {
  text: string;
  font: string;
  size: number;
  width: number;
}

const FONTS: Record<string, string> = {
  sans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
};

type TextFn = (this: PDFKit.PDFDocument, text: unknown, ...rest: unknown[]) => PDFKit.PDFDocument;

/**
 * The texts bpa's PDF report writes, in order, with their font, size and width. The last layout pass is the
 * one whose texts are kept (the report is laid out more than once when it needs page numbers ahead).
 */
export async function recordPdfTexts(report: Report, lang: 'en' | 'de'): Promise<PdfText[]> {
  const proto = PDFDocument.prototype as unknown as { text: TextFn; font: (this: unknown, ...a: unknown[]) => unknown };
  const text = proto.text;
  const font = proto.font;
  let docs = 0;
  const byDoc = new Map<unknown, PdfText[]>();
  const fontOf = new Map<unknown, string>();
  const order = new Map<unknown, number>();
  proto.font = function (this: unknown, ...a: unknown[]) {
    if (typeof a[0] === 'string') fontOf.set(this, a[0]);
    return font.apply(this, a);
  };
  const record = (doc: unknown, t: unknown, width: number | undefined) => {
    if (!order.has(doc)) order.set(doc, docs++);
    const list = byDoc.get(doc) ?? [];
    byDoc.set(doc, list);
    if (typeof t === 'string' && t.length > 0) {
      const size = (doc as { _fontSize: number })._fontSize;
      list.push({ text: t, font: fontOf.get(doc) ?? 'sans', size, width: width ?? CONTENT_WIDTH });
    }
  };
  proto.text = function (this: PDFKit.PDFDocument, t: unknown, ...rest: unknown[]) {
    const options = rest.find((r) => typeof r === 'object' && r !== null) as { width?: number } | undefined;
    record(this, t, options?.width);
    return text.call(this, t, ...rest);
  };
  const draw = TextLayouts.prototype.draw;
  TextLayouts.prototype.draw = function (this: TextLayouts, doc: PDFKit.PDFDocument, block: TextBlock, x: number, y: number) {
    record(doc, block.text, block.options.width as number | undefined);
    return draw.call(this, doc, block, x, y);
  };
  try {
    await renderPdf(report, { lang });
  } finally {
    proto.text = text;
    proto.font = font;
    TextLayouts.prototype.draw = draw;
  }
  const last = [...order].sort((a, b) => b[1] - a[1])[0]?.[0];
  return byDoc.get(last) ?? [];
}

/** pdfkit alone writing `texts`: the timed part of the baseline. */
export async function writePdfTexts(texts: readonly PdfText[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    compress: true,
    pdfVersion: '1.7',
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, require.resolve(file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const t of texts) {
    doc.font(t.font).fontSize(t.size).text(t.text, PAGE.left, doc.y, { width: t.width });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

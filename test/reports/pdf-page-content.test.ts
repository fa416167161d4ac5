import PDFDocument from 'pdfkit';
import { batchPageContent } from '../../reports/pdf/page-content';

/** A small document drawn by plain pdfkit, with or without the written pass's batched page content. */
async function draw(batched: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date(0) } });
  if (batched) batchPageContent(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(10).fillColor('#1d2433').text('Erste Seite: Prüfung bestanden', 50, 60, { width: 200 });
  doc.fillColor('#5b6475').text('A longer text that wraps onto a second line at this width.', { width: 120 });
  doc.moveTo(50, 200).lineTo(300, 200).lineWidth(0.5).strokeColor('#d9dee7').stroke();
  doc.fillColor('#abc').rect(50, 210, 20, 10).fill();
  doc.fillColor('red').fillColor([10, 20, 30]).text('named and array colours', 50, 230);
  doc.addPage();
  doc.fillColor('#1d2433').text('Zweite Seite', 50, 60, { link: 'https://example.org/', underline: true });
  doc.addPage();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('the PDF written pass batches page content (reports/pdf/page-content.ts)', () => {
  it('writes the very bytes pdfkit writes operator by operator: text, colours, lines, links, page breaks', async () => {
    const plain = await draw(false);
    const batched = await draw(true);
    expect(batched.toString('latin1')).toContain('/DeviceRGB cs');
    expect(batched.equals(plain)).toBe(true);
  });
});

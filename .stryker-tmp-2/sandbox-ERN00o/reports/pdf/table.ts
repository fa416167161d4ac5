// @ts-nocheck
import { CONTENT_WIDTH, INK, MUTED, PAGE, RULE, type FontName, type PdfWriter } from './writer';

export interface Cell {
  text: string;
  font?: FontName;
  color?: string;
  /** A named destination the cell links to. */
  goTo?: string;
  /** A web address the cell links to. */
  link?: string;
  align?: 'left' | 'right';
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right';
}

const PAD = 3;
const SIZE = 8.5;
/** Monospaced text (paths, file names) is set smaller, to fit the same columns. */
const MONO_SIZE = 7.6;

export interface TableOptions {
  width?: number;
  /** A named destination per row, placed at the row's top. */
  dests?: (string | undefined)[];
}

/**
 * A table that breaks across pages between rows, repeating its header on each new page. Cells wrap;
 * the texts are expected to be cut to a sensible length beforehand (a row is never split).
 * Returns the page number of each row.
 */
export function drawTable(writer: PdfWriter, columns: Column[], rows: (string | Cell)[][], options: TableOptions = {}): number[] {
  const width = options.width ?? CONTENT_WIDTH;
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const pages: number[] = [];
  header(writer, columns, widths);
  rows.forEach((row, i) => {
    const cells = row.map((c) => (typeof c === 'string' ? { text: c } : c));
    const height = rowHeight(writer, cells, widths);
    if (writer.doc.y + height > PAGE.height - PAGE.bottom) {
      writer.addPage();
      header(writer, columns, widths);
    }
    const dest = options.dests?.[i];
    if (dest) writer.doc.addNamedDestination(dest, 'XYZ', PAGE.left, writer.doc.y, null);
    pages.push(writer.pageNumber);
    drawRow(writer, cells, widths, columns, height);
  });
  writer.doc.x = PAGE.left;
  writer.doc.y += 6;
  return pages;
}

function header(writer: PdfWriter, columns: Column[], widths: number[]): void {
  const cells = columns.map((c) => ({ text: c.header.toLocaleUpperCase(), font: 'bold' as const, color: MUTED, align: c.align }));
  const height = rowHeight(writer, cells, widths, 7);
  writer.ensureSpace(height + 30);
  drawRow(writer, cells, widths, columns, height, 7);
  const { doc } = writer;
  doc
    .moveTo(PAGE.left, doc.y)
    .lineTo(PAGE.left + widths.reduce((a, b) => a + b, 0), doc.y)
    .lineWidth(1)
    .strokeColor(RULE)
    .stroke();
}

function rowHeight(writer: PdfWriter, cells: Cell[], widths: number[], size = SIZE): number {
  let height = 0;
  cells.forEach((cell, i) => {
    writer.font(cell.font ?? 'sans', cell.font === 'mono' ? Math.min(size, MONO_SIZE) : size);
    const h = writer.doc.heightOfString(writer.safe(cell.text), { width: widths[i]! - 2 * PAD, lineGap: 1 });
    height = Math.max(height, h);
  });
  return height + 2 * PAD;
}

function drawRow(writer: PdfWriter, cells: Cell[], widths: number[], columns: Column[], height: number, size = SIZE): void {
  const { doc } = writer;
  const y = doc.y;
  let x = PAGE.left;
  cells.forEach((cell, i) => {
    writer.font(cell.font ?? 'sans', cell.font === 'mono' ? Math.min(size, MONO_SIZE) : size, cell.color ?? INK);
    const align = cell.align ?? columns[i]?.align ?? 'left';
    doc.text(writer.safe(cell.text), x + PAD, y + PAD, {
      width: widths[i]! - 2 * PAD,
      lineGap: 1,
      align,
      ...(cell.goTo ? { goTo: cell.goTo } : {}),
      ...(cell.link ? { link: cell.link, underline: false } : {}),
    });
    x += widths[i]!;
  });
  doc
    .moveTo(PAGE.left, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = PAGE.left;
  doc.y = y + height;
}

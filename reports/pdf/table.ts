import type { TextBlock } from './text-layout';
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

const PAD = 2.5;
const SIZE = 8;
/** Monospaced text (paths, file names) is set smaller, to fit the same columns. */
const MONO_SIZE = 7.2;
/** The room under a table. */
const AFTER = 5;

export interface TableOptions {
  width?: number;
  /** A named destination per row, placed at the row's top. */
  dests?: (string | undefined)[];
  /** Called for each row where it will be drawn (after any page break), before it is drawn. */
  onRow?: (index: number) => void;
}

/**
 * A table that breaks across pages between rows, repeating its header on each new page. Cells wrap;
 * the texts are expected to be cut to a sensible length beforehand (a row is never split).
 * Returns the page number of each row.
 */
export function drawTable(writer: PdfWriter, columns: Column[], rows: (string | Cell)[][], options: TableOptions = {}): number[] {
  const widths = columnWidths(columns, options.width);
  const pages: number[] = [];
  const cellRows = rows.map((row) => row.map(toCell));
  // Each cell's lines, from measuring the row, are the ones its drawing uses (not looked up again).
  const laid = cellRows.map((cells) => rowLayout(writer, cells, widths, columns));
  header(writer, columns, widths, laid[0]?.height ?? 0);
  cellRows.forEach((cells, i) => {
    const { height, blocks } = laid[i]!;
    if (writer.doc.y + height > PAGE.height - PAGE.bottom) {
      writer.addPage();
      header(writer, columns, widths, height);
    }
    options.onRow?.(i);
    const dest = options.dests?.[i];
    if (dest) writer.doc.addNamedDestination(dest, 'XYZ', PAGE.left, writer.doc.y, null);
    pages.push(writer.pageNumber);
    drawRow(writer, cells, blocks, widths, height);
  });
  writer.doc.x = PAGE.left;
  writer.doc.y += AFTER;
  return pages;
}

/** The height drawTable will take for these rows when no page break falls inside: to keep a table with what it belongs to. */
export function tableHeight(writer: PdfWriter, columns: Column[], rows: (string | Cell)[][], options: TableOptions = {}): number {
  const widths = columnWidths(columns, options.width);
  const head = rowHeight(writer, headerCells(columns), widths, columns, 6.5) + 1;
  return rows.reduce((sum, row) => sum + rowHeight(writer, row.map(toCell), widths, columns), head) + AFTER;
}

function columnWidths(columns: Column[], width = CONTENT_WIDTH): number[] {
  const total = columns.reduce((n, c) => n + c.width, 0);
  return columns.map((c) => (c.width / total) * width);
}

function toCell(c: string | Cell): Cell {
  return typeof c === 'string' ? { text: c } : c;
}

function headerCells(columns: Column[]): Cell[] {
  return columns.map((c) => ({
    text: c.header.toLocaleUpperCase(),
    font: 'bold' as const,
    color: MUTED,
    ...(c.align ? { align: c.align } : {}),
  }));
}

/** The header row, on a new page when it would not fit with the first row under it. */
function header(writer: PdfWriter, columns: Column[], widths: number[], firstRow: number): void {
  const cells = headerCells(columns);
  const { height, blocks } = rowLayout(writer, cells, widths, columns, 6.5);
  writer.ensureSpace(height + 1 + firstRow);
  drawRow(writer, cells, blocks, widths, height, 6.5);
  const { doc } = writer;
  doc
    .moveTo(PAGE.left, doc.y)
    .lineTo(PAGE.left + widths.reduce((a, b) => a + b, 0), doc.y)
    .lineWidth(1)
    .strokeColor(RULE)
    .stroke();
  doc.y += 1;
}

function rowHeight(writer: PdfWriter, cells: Cell[], widths: number[], columns?: Column[], size = SIZE): number {
  return rowLayout(writer, cells, widths, columns, size).height;
}

/** A row's cells broken into lines in their fonts, and the row's height. */
function rowLayout(
  writer: PdfWriter,
  cells: Cell[],
  widths: number[],
  columns?: Column[],
  size = SIZE,
): { height: number; blocks: TextBlock[] } {
  let height = 0;
  const blocks = new Array<TextBlock>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    writer.font(cell.font ?? 'sans', cell.font === 'mono' ? Math.min(size, MONO_SIZE) : size);
    const block = (blocks[i] = cellBlock(writer, cell, widths[i]!, columns?.[i]));
    height = Math.max(height, writer.blockHeight(block));
  }
  return { height: height + 2 * PAD, blocks };
}

/** A cell's text broken into lines in the current font and size, with the options it is drawn with (measured once). */
function cellBlock(writer: PdfWriter, cell: Cell, width: number, column: Column | undefined) {
  const align = cell.align ?? column?.align ?? 'left';
  return writer.block(cell.text, {
    width: width - 2 * PAD,
    lineGap: 1,
    align,
    ...(cell.goTo ? { goTo: cell.goTo } : {}),
    ...(cell.link ? { link: cell.link, underline: false } : {}),
  });
}

/** A row whose cells `rowLayout` broke into lines (`blocks`), in the same fonts and sizes. */
function drawRow(writer: PdfWriter, cells: Cell[], blocks: TextBlock[], widths: number[], height: number, size = SIZE): void {
  const { doc } = writer;
  const y = doc.y;
  let x = PAGE.left;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    writer.font(cell.font ?? 'sans', cell.font === 'mono' ? Math.min(size, MONO_SIZE) : size, cell.color ?? INK);
    writer.drawBlock(blocks[i]!, x + PAD, y + PAD);
    x += widths[i]!;
  }
  doc
    .moveTo(PAGE.left, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = PAGE.left;
  doc.y = y + height;
}

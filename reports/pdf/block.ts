import { PAGE, type PdfWriter } from './writer';

/** A part of the page that is measured before it is drawn, so that no page break falls inside it. */
export interface Piece {
  /** The height `draw` will take (or a little more), measured with the fonts it will use. */
  height(): number;
  draw(): void;
}

/** The room on one page between the header and the footer. */
export const PAGE_ROOM = PAGE.height - PAGE.top - PAGE.bottom;

/**
 * Draws pieces that belong together (a rule: its head with the first finding, each further finding, its
 * texts): all on this page when they fit; otherwise they flow, a page break falling only between pieces,
 * each piece whole on its page, and `continued` (a "PRE-007 (continued)" line) above the first piece on a new
 * page.
 */
export function drawTogether(writer: PdfWriter, pieces: Piece[], continued?: Piece): void {
  const bottom = PAGE.height - PAGE.bottom;
  const heights = pieces.map((p) => p.height());
  if (movesOn(writer, heights, 0)) writer.addPage();
  pieces.forEach((piece, i) => {
    if (writer.doc.y + heights[i]! > bottom && writer.doc.y > PAGE.top) {
      writer.addPage();
      if (i > 0 && continued) continued.draw();
    }
    piece.draw();
  });
}

/**
 * Whether drawTogether starts these pieces on a new page when `above` more points are drawn first (a heading
 * that must stay with them): they fit on a page but not in what is left, or their first piece does not fit.
 * A group is moved whole only when little is left (a quarter page): a little white is better than a split.
 */
export function movesOn(writer: PdfWriter, heights: number[], above: number): boolean {
  const bottom = PAGE.height - PAGE.bottom;
  const y = writer.doc.y + above;
  const total = heights.reduce((a, b) => a + b, 0);
  if (y + total > bottom && total <= PAGE_ROOM && bottom - y < PAGE_ROOM / 4) return true;
  return y + (heights[0] ?? 0) > bottom;
}

/** Pieces drawn one after the other, as one piece. */
export function joinPieces(pieces: Piece[]): Piece {
  return {
    height: () => pieces.reduce((sum, p) => sum + p.height(), 0),
    draw: () => pieces.forEach((p) => p.draw()),
  };
}

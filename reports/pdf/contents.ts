import { CONTENT_WIDTH, MUTED, PAGE, RULE, type OutlineItem, type PdfWriter } from './writer';

export interface TocEntry {
  level: 1 | 2;
  title: string;
  /** 1-based page number. */
  page: number;
  /** The named destination the entry links to. */
  dest: string;
}

const LINE = 13.5;
const TITLE_BLOCK = 26;
const GAP_BEFORE = 12;
/** The table of contents has two columns, this far apart. */
const COLUMN_GAP = 22;
const COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2;
/** A level-1 heading starts a new page only when less than this much room is left below it. */
const SECTION_MIN = 150;

/**
 * Section headings, the table of contents and the PDF outline, kept in step: every heading is a named
 * destination, an outline item and a TOC entry. The document is laid out twice: the first pass records
 * where each heading falls, the second writes the table of contents from that record (`planned`) on pages
 * reserved for it, and `check` makes sure the headings fell on the same pages again.
 */
export class Contents {
  readonly entries: TocEntry[] = [];
  private parent: OutlineItem | undefined;

  constructor(
    private readonly writer: PdfWriter,
    private readonly planned?: readonly TocEntry[],
  ) {}

  /**
   * Reserves the room that `headings` entries need, in two columns, from where the page is written so far:
   * whole where it fits, else whole on a new page; a table of contents longer than a page starts where it can
   * and goes on on the next pages. The planned entries are written there, down the left column, then the right.
   * The room depends only on the number of headings, so both layout passes reserve the same.
   */
  reserve(headings: number, title: string): void {
    const { writer } = this;
    const { doc } = writer;
    const bottom = PAGE.height - PAGE.bottom;
    const room = bottom - doc.y - (doc.y > PAGE.top ? GAP_BEFORE : 0);
    const needed = TITLE_BLOCK + LINE * Math.ceil(headings / 2);
    if (needed > room && (needed <= bottom - PAGE.top || room < TITLE_BLOCK + LINE * 4)) writer.addPage();
    else if (doc.y > PAGE.top) doc.y += GAP_BEFORE;
    writer.outline.addItem(title);
    writer.font('bold', 13.5, writer.accent).paragraph(title);
    doc.y = doc.y + TITLE_BLOCK - 13.5 * 1.2 - 2;
    const entries = [...(this.planned ?? [])];
    let left = headings;
    while (left > 0) {
      if (doc.y + LINE > bottom) writer.addPage();
      const rows = Math.min(Math.floor((bottom - doc.y) / LINE), Math.ceil(left / 2));
      const onPage = Math.min(left, 2 * rows);
      const top = doc.y;
      for (let i = 0; i < onPage; i++) {
        const entry = entries.shift();
        const column = i < rows ? 0 : 1;
        if (entry) this.entryLine(entry, column, top + (i % rows) * LINE);
      }
      doc.y = top + rows * LINE;
      left -= onPage;
    }
    if (entries.length > 0) throw new Error(`table of contents: ${entries.length} entries beyond the reserved room`);
  }

  /**
   * A section heading. Level 1 continues on the same page when there is room for the heading and the start of
   * its section (no half-empty pages); level 2 goes under the last level 1 in the outline.
   */
  heading(level: 1 | 2, title: string, dest: string): void {
    const { writer } = this;
    const { doc } = writer;
    if (level === 1) {
      writer.ensureSpace(SECTION_MIN);
      if (doc.y > PAGE.top) doc.y += 12;
    } else {
      writer.ensureSpace(90);
      if (doc.y > PAGE.top) doc.y += 6;
    }
    doc.addNamedDestination(dest, 'XYZ', PAGE.left, doc.y, null);
    if (level === 1) {
      writer.font('bold', 13.5, writer.accent).paragraph(title);
      doc
        .moveTo(PAGE.left, doc.y + 1.5)
        .lineTo(PAGE.left + CONTENT_WIDTH, doc.y + 1.5)
        .lineWidth(0.8)
        .strokeColor(writer.accent)
        .stroke();
      doc.y += 7;
      this.parent = writer.outline.addItem(title);
    } else {
      writer.font('bold', 11).paragraph(title);
      doc.y += 2;
      (this.parent ?? writer.outline).addItem(title);
    }
    this.entries.push({ level, title, page: writer.pageNumber, dest });
    writer.font('sans', 9);
  }

  /**
   * A level-2 entry for something the page shows already (a row of a table): a named destination where the
   * page is written now, an outline item and a table-of-contents entry, and nothing drawn.
   */
  anchor(title: string, dest: string): void {
    const { writer } = this;
    writer.doc.addNamedDestination(dest, 'XYZ', PAGE.left, writer.doc.y, null);
    (this.parent ?? writer.outline).addItem(title);
    this.entries.push({ level: 2, title, page: writer.pageNumber, dest });
  }

  /** Fails when a heading fell on another page than the first pass said (the table of contents would lie). */
  check(): void {
    if (!this.planned) return;
    const moved = this.entries.find((e, i) => e.page !== this.planned![i]?.page || e.dest !== this.planned![i]?.dest);
    if (moved || this.entries.length !== this.planned.length) {
      throw new Error(`table of contents: "${moved?.title ?? 'an entry'}" moved between the layout passes`);
    }
  }

  private entryLine(entry: TocEntry, column: 0 | 1, y: number): void {
    const { writer } = this;
    const { doc } = writer;
    const left = PAGE.left + column * (COLUMN_WIDTH + COLUMN_GAP);
    const indent = entry.level === 1 ? 0 : 12;
    const number = String(entry.page);
    writer.font(entry.level === 1 ? 'bold' : 'sans', entry.level === 1 ? 9 : 8.5);
    const numberWidth = doc.widthOfString(number);
    const title = fit(writer, writer.safe(entry.title), COLUMN_WIDTH - indent - numberWidth - 14);
    const titleWidth = doc.widthOfString(title);
    doc.text(title, left + indent, y, { lineBreak: false, goTo: entry.dest });
    const dotsFrom = left + indent + titleWidth + 5;
    const dotsTo = left + COLUMN_WIDTH - numberWidth - 5;
    if (dotsTo > dotsFrom) {
      doc
        .moveTo(dotsFrom, y + 7.5)
        .lineTo(dotsTo, y + 7.5)
        .lineWidth(0.6)
        .dash(0.6, { space: 2.4 })
        .strokeColor(entry.level === 1 ? MUTED : RULE)
        .stroke()
        .undash();
    }
    doc.text(number, left + COLUMN_WIDTH - numberWidth, y, { lineBreak: false, goTo: entry.dest });
    doc.x = PAGE.left;
  }
}

/** The text cut with an ellipsis to fit `width` in the current font (a binary search over its length). */
export function fit(writer: PdfWriter, text: string, width: number): string {
  const { doc } = writer;
  if (doc.widthOfString(text) <= width) return text;
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

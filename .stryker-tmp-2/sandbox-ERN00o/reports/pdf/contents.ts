// @ts-nocheck
import { CONTENT_WIDTH, MUTED, PAGE, RULE, type OutlineItem, type PdfWriter } from './writer';

export interface TocEntry {
  level: 1 | 2;
  title: string;
  /** 1-based page number. */
  page: number;
  /** The named destination the entry links to. */
  dest: string;
}

const LINE = 17;
const TITLE_BLOCK = 64;

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

  /** Reserves the pages that `headings` entries need, and writes the planned entries on them. */
  reserve(headings: number, title: string): void {
    const { writer } = this;
    const perFirstPage = Math.floor((PAGE.height - PAGE.top - PAGE.bottom - TITLE_BLOCK) / LINE);
    const perPage = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / LINE);
    const pages = 1 + Math.max(0, Math.ceil((headings - perFirstPage) / perPage));
    const entries = [...(this.planned ?? [])];
    for (let i = 0; i < pages; i++) {
      writer.addPage();
      if (i === 0) {
        writer.outline.addItem(title);
        writer.font('bold', 18, writer.accent).paragraph(title);
        writer.doc.y = PAGE.top + TITLE_BLOCK - 10;
      }
      while (entries.length > 0 && writer.doc.y + LINE <= PAGE.height - PAGE.bottom) this.entryLine(entries.shift()!);
    }
    if (entries.length > 0) throw new Error(`table of contents: ${entries.length} entries beyond the reserved pages`);
  }

  /** A section heading: level 1 starts a page, level 2 goes under the last level 1 in the outline. */
  heading(level: 1 | 2, title: string, dest: string): void {
    const { writer } = this;
    const { doc } = writer;
    if (level === 1) writer.addPage();
    else writer.ensureSpace(90);
    if (level === 2) doc.moveDown(0.6);
    doc.addNamedDestination(dest, 'XYZ', PAGE.left, doc.y, null);
    if (level === 1) {
      writer.font('bold', 18, writer.accent).paragraph(title);
      doc
        .moveTo(PAGE.left, doc.y + 3)
        .lineTo(PAGE.left + CONTENT_WIDTH, doc.y + 3)
        .lineWidth(1.2)
        .strokeColor(writer.accent)
        .stroke();
      doc.y += 12;
      this.parent = writer.outline.addItem(title);
    } else {
      writer.font('bold', 12.5).paragraph(title);
      doc.y += 3;
      (this.parent ?? writer.outline).addItem(title);
    }
    this.entries.push({ level, title, page: writer.pageNumber, dest });
    writer.font('sans', 9.5);
  }

  /** Fails when a heading fell on another page than the first pass said (the table of contents would lie). */
  check(): void {
    if (!this.planned) return;
    const moved = this.entries.find((e, i) => e.page !== this.planned![i]?.page || e.dest !== this.planned![i]?.dest);
    if (moved || this.entries.length !== this.planned.length) {
      throw new Error(`table of contents: "${moved?.title ?? 'an entry'}" moved between the layout passes`);
    }
  }

  private entryLine(entry: TocEntry): void {
    const { writer } = this;
    const { doc } = writer;
    const indent = entry.level === 1 ? 0 : 18;
    const number = String(entry.page);
    const y = doc.y;
    writer.font(entry.level === 1 ? 'bold' : 'sans', entry.level === 1 ? 10.5 : 9.5);
    const numberWidth = doc.widthOfString(number);
    const title = fit(writer, writer.safe(entry.title), CONTENT_WIDTH - indent - numberWidth - 16);
    const titleWidth = doc.widthOfString(title);
    doc.text(title, PAGE.left + indent, y, { lineBreak: false, goTo: entry.dest });
    const dotsFrom = PAGE.left + indent + titleWidth + 6;
    const dotsTo = PAGE.left + CONTENT_WIDTH - numberWidth - 6;
    if (dotsTo > dotsFrom) {
      doc
        .moveTo(dotsFrom, y + 9)
        .lineTo(dotsTo, y + 9)
        .lineWidth(0.6)
        .dash(0.6, { space: 2.4 })
        .strokeColor(entry.level === 1 ? MUTED : RULE)
        .stroke()
        .undash();
    }
    doc.text(number, PAGE.left + CONTENT_WIDTH - numberWidth, y, { lineBreak: false, goTo: entry.dest });
    doc.x = PAGE.left;
    doc.y = y + LINE;
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

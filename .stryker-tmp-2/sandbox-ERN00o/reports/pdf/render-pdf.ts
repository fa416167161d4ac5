// @ts-nocheck
import type { Report } from '../../src/report/report-schema';
import { reportView, type ReportView, type ViewOptions } from '../html/report-view';
import { drawDiagnostics, drawNotEvaluated } from './appendix';
import { Contents, type TocEntry } from './contents';
import { drawChanges } from './changes';
import { drawCover } from './cover';
import { drawAccepted, drawWaived } from './exceptions';
import { drawFindings } from './findings';
import { drawPageFrame } from './page-frame';
import { drawServers } from './servers';
import { drawSummary } from './summary';
import { PdfWriter } from './writer';

export interface PdfOptions extends ViewOptions {
  /** Compress the page streams (default); tests turn it off to read the PDF's objects. */
  compress?: boolean;
}

/** Where the first pass put things: the headings' pages and the page count. */
interface Layout {
  toc: TocEntry[];
  pages: number;
}

/**
 * The PDF report, a document for the customer: cover, table of contents, executive summary, findings by
 * severity, what changed since the last scan and the waived and accepted findings (when the report has them),
 * a section per server, what was not evaluated and the collection diagnostics; bookmarks for every section,
 * header and footer with page numbers on every page, DejaVu Sans embedded.
 *
 * It is laid out twice. The first pass only learns on which page each heading falls and how many pages
 * there are; the second writes the table of contents and "Page n of m" from that as it goes, so that every
 * page is written out when the next begins and memory stays flat however long the report is.
 */
export async function renderPdf(report: Report, options: PdfOptions): Promise<Buffer> {
  const view = reportView(report, options);
  const { layout } = await compose(report, view, options);
  const { pdf } = await compose(report, view, options, layout);
  return pdf;
}

async function compose(report: Report, view: ReportView, options: PdfOptions, layout?: Layout) {
  const writer = new PdfWriter({
    lang: view.lang,
    title: view.customer ? `${view.title} – ${view.customer}` : view.title,
    ...(view.consultant ? { author: view.consultant } : {}),
    subject: view.profileLabel,
    createdAt: new Date(report.scan.finishedAt),
    accent: view.accent,
    compress: layout ? (options.compress ?? true) : false,
    keep: layout !== undefined,
  });
  if (layout) writer.onNewPage(() => drawPageFrame(writer, view, writer.pageNumber, layout.pages));
  drawCover(writer, view);
  const contents = new Contents(writer, layout?.toc);
  contents.reserve(headingCount(view), view.labels.contents);
  drawSummary(writer, contents, view);
  const findingPages = drawFindings(writer, contents, view);
  drawChanges(writer, contents, view);
  drawWaived(writer, contents, view);
  drawAccepted(writer, contents, view);
  drawServers(writer, contents, view, findingPages);
  drawNotEvaluated(writer, contents, view);
  drawDiagnostics(writer, contents, view);
  contents.check();
  const pages = writer.pageNumber;
  if (layout && pages !== layout.pages) throw new Error(`PDF layout: ${pages} pages, the first pass had ${layout.pages}`);
  return { layout: { toc: contents.entries, pages }, pdf: await writer.finish() };
}

/**
 * The headings `Contents` will see: five sections, a subsection per severity and one per server, and the
 * sections about the last scan, waivers and the baseline when the report has them.
 */
function headingCount(view: ReportView): number {
  const extras = [view.changes, view.waived, view.accepted].filter((s) => s !== undefined).length;
  return 5 + extras + view.bySeverity.length + view.serverSections.length;
}

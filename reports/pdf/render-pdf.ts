import type { Report } from '../../src/report/report-schema';
import { displayReport } from '../display-report';
import { reportView, type ReportView, type ViewOptions } from '../html/report-view';
import { drawDiagnostics, drawNotEvaluated } from './appendix';
import { Contents, type TocEntry } from './contents';
import { drawChanges } from './changes';
import { drawCover } from './cover';
import { drawAccepted, drawWaived } from './exceptions';
import { drawFindings } from './findings';
import { drawInventory, drawPassed } from './inventory';
import { drawPageFrame } from './page-frame';
import { drawSummary } from './summary';
import { TextLayouts } from './text-layout';
import { PdfWriter } from './writer';

export interface PdfOptions extends ViewOptions {
  /** Compress the page streams (default); tests turn it off to read the PDF's objects. */
  compress?: boolean;
  /** How many laid-out texts are kept between the two passes (a bound on memory; tests set it to 0 or 1). */
  keptLayouts?: number;
}

/** Where the first pass put things: the headings' pages and the page count. */
interface Layout {
  toc: TocEntry[];
  pages: number;
}

/**
 * The PDF report, a document for the customer. The first page says what it is about (customer, consultant, date,
 * scope), the verdict with the coverage and the severity chart, and what to fix first; then the table of
 * contents, the findings by severity, what changed since the last scan and the waived and accepted findings
 * (when the report has them), what was not evaluated and the collection diagnostics, and as an appendix the
 * inventory and the passed checks. Sections flow on from one another (a new page only where one would not
 * start well), no finding is broken across pages; bookmarks for every section, header and footer with page
 * numbers on every page, DejaVu Sans embedded.
 *
 * It is laid out twice. The first pass only learns on which page each heading falls and how many pages
 * there are; the second writes the table of contents and "Page n of m" from that as it goes, so that every
 * page is written out when the next begins and memory stays flat however long the report is.
 */
export async function renderPdf(report: Report, options: PdfOptions): Promise<Buffer> {
  const view = reportView(displayReport(report), options);
  // The texts are broken into lines once, for both passes.
  const layouts = new TextLayouts(options.keptLayouts);
  const { layout } = await compose(report, view, options, layouts);
  const { pdf } = await compose(report, view, options, layouts, layout);
  return pdf;
}

async function compose(report: Report, view: ReportView, options: PdfOptions, layouts: TextLayouts, layout?: Layout) {
  const writer = new PdfWriter({
    lang: view.lang,
    title: view.customer ? `${view.title} – ${view.customer}` : view.title,
    ...(view.consultant ? { author: view.consultant } : {}),
    subject: view.profileLabel,
    createdAt: new Date(report.scan.finishedAt),
    accent: view.accent,
    compress: layout ? (options.compress ?? true) : false,
    keep: layout !== undefined,
    layouts,
  });
  if (layout) writer.onNewPage(() => drawPageFrame(writer, view, writer.pageNumber, layout.pages));
  drawCover(writer, view);
  const contents = new Contents(writer, layout?.toc);
  drawSummary(writer, contents, view);
  contents.reserve(headingCount(view), view.labels.contents);
  const findingPages = drawFindings(writer, contents, view);
  drawChanges(writer, contents, view);
  drawWaived(writer, contents, view);
  drawAccepted(writer, contents, view);
  drawNotEvaluated(writer, contents, view);
  drawDiagnostics(writer, contents, view);
  drawInventory(writer, contents, view, findingPages);
  drawPassed(writer, contents, view);
  contents.check();
  const pages = writer.pageNumber;
  if (layout && pages !== layout.pages) throw new Error(`PDF layout: ${pages} pages, the first pass had ${layout.pages}`);
  return { layout: { toc: contents.entries, pages }, pdf: await writer.finish() };
}

/**
 * The headings `Contents` will see: the summary with "Fix first", the findings with a subsection per severity,
 * the sections about the last scan, waivers and the baseline when the report has them, what was not evaluated,
 * the diagnostics, the inventory with an entry per server, and the passed checks.
 */
function headingCount(view: ReportView): number {
  const extras = [view.changes, view.waived, view.accepted].filter((s) => s !== undefined).length;
  return 2 + 1 + view.bySeverity.length + extras + 2 + 1 + view.appendix.servers.length + 1;
}

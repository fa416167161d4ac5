import { severityChart } from '../html/chart';
import { SEVERITY_COLORS } from '../html/groups';
import { fill } from '../html/labels';
import type { ReportView } from '../html/report-view';
import type { VerdictView } from '../html/verdict-view';
import type { Contents } from './contents';
import { CONTENT_WIDTH, INK, MUTED, PAGE, type PdfWriter } from './writer';

/** The verdict's colour: ready or healthy green, degraded amber, not ready or critical red. */
const TONE: Record<VerdictView['tone'], string> = {
  good: '#027a48',
  warn: SEVERITY_COLORS.warning,
  bad: SEVERITY_COLORS.critical,
};
/** Servers a cause names on its line before "… and n more". */
const CAUSE_SERVERS = 8;
const VERDICT_WIDTH = 210;

/**
 * The executive summary, on the first page: the verdict with the coverage line beside the severity chart, the
 * counts in a sentence, then "Fix first": one line per root cause naming every server it affects.
 */
export function drawSummary(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { doc } = writer;
  const { labels } = view;
  contents.heading(1, labels.summary, 'summary');
  const top = doc.y;
  const verdictBottom = drawVerdict(writer, view.verdict, labels.incomplete, top);
  const chartBottom = drawChart(writer, view, top);
  doc.x = PAGE.left;
  doc.y = Math.max(verdictBottom, chartBottom) + 8;
  writer.font('sans', 8.5).paragraph(view.summaryText, { lineGap: 1 });
  contents.heading(2, labels.fixFirst, 'fix-first');
  if (view.verdict.causes.length === 0) {
    writer.font('sans', 9, MUTED).paragraph(labels.nothingToFix);
    return;
  }
  for (const cause of view.verdict.causes) drawCause(writer, view, cause);
}

/** The verdict in a box with a bar in its colour: what it is about, the verdict, the coverage, why it is incomplete. */
function drawVerdict(writer: PdfWriter, verdict: VerdictView, incomplete: string, top: number): number {
  const { doc } = writer;
  const color = TONE[verdict.tone];
  const x = PAGE.left + 9;
  const width = VERDICT_WIDTH - 9;
  doc.y = top + 2;
  writer.font('bold', 6.5, MUTED);
  doc.text(writer.safe(verdict.heading.toLocaleUpperCase()), x, doc.y, { width, characterSpacing: 0.4 });
  doc.y += 1;
  writer.font('bold', writer.fittingSize('bold', verdict.text, width, 17, 11), color);
  doc.text(writer.safe(verdict.text), x, doc.y, { width, lineGap: 0 });
  if (verdict.incomplete) {
    doc.y += 1;
    writer.font('bold', 7.5, color);
    doc.text(writer.safe(`(${incomplete})`.toLocaleUpperCase()), x, doc.y, { width, characterSpacing: 0.4 });
  }
  if (verdict.coverage) {
    doc.y += 3;
    writer.font('bold', 8.5, INK);
    doc.text(writer.safe(verdict.coverage), x, doc.y, { width, lineGap: 1 });
  }
  for (const note of verdict.incompleteNotes) {
    doc.y += 2;
    writer.font('sans', 7.5, MUTED);
    doc.text(writer.safe(note), x, doc.y, { width, lineGap: 0.5 });
  }
  const bottom = doc.y + 3;
  doc.rect(PAGE.left, top, 3.5, bottom - top).fill(color);
  return bottom;
}

/** The bars of findings per severity and "not evaluated", beside the verdict. */
function drawChart(writer: PdfWriter, view: ReportView, top: number): number {
  const { doc } = writer;
  const left = PAGE.left + VERDICT_WIDTH + 14;
  const chart = severityChart(view.severities, CONTENT_WIDTH - VERDICT_WIDTH - 14, 96);
  const scale = 0.62;
  for (const bar of chart.bars) {
    const y = top + bar.y * scale;
    writer.font('sans', 8);
    doc.text(writer.safe(bar.label), left, y + 2, { width: chart.labelWidth - 6, lineBreak: false });
    doc.rect(left + chart.labelWidth, y, bar.width, chart.barHeight * scale).fill(bar.color);
    writer.font('bold', 8, INK);
    doc.text(String(bar.count), left + bar.countX, y + 2, { lineBreak: false });
  }
  doc.x = PAGE.left;
  return top + chart.height * scale + 2;
}

/** "● ACC-001 Das Kennwort … läuft ab — EX2007-NODE1, EX2007-NODE2", linked to the cause's first finding. */
function drawCause(writer: PdfWriter, view: ReportView, cause: VerdictView['causes'][number]): void {
  const { doc } = writer;
  const servers =
    cause.serverNames.length > CAUSE_SERVERS
      ? `${cause.serverNames.slice(0, CAUSE_SERVERS).join(', ')} ${fill(view.labels.more, { n: cause.serverNames.length - CAUSE_SERVERS })}`
      : cause.servers;
  const id = `${cause.ruleId}  `;
  const rest = `${cause.title} — ${servers}`;
  const x = PAGE.left + 11;
  const width = CONTENT_WIDTH - 11;
  // Measured all in bold, which takes at least as many lines as the mixed text.
  writer.font('bold', 8);
  const height = doc.heightOfString(writer.safe(id + rest), { width, lineGap: 0.5 });
  writer.ensureSpace(height + 3);
  const y = doc.y + 2;
  doc.circle(PAGE.left + 3.5, y + 4.3, 2.6).fill(SEVERITY_COLORS[cause.severity]);
  writer.font('bold', 8, SEVERITY_COLORS[cause.severity]);
  doc.text(writer.safe(id), x, y, { width, lineGap: 0.5, continued: true, goTo: cause.firstId });
  writer.font('bold', 8, INK);
  doc.text(writer.safe(`${cause.title} `), { width, lineGap: 0.5, continued: true, goTo: cause.firstId });
  writer.font('sans', 8, MUTED);
  doc.text(writer.safe(`— ${servers}`), { width, lineGap: 0.5, goTo: cause.firstId });
  doc.x = PAGE.left;
  doc.y += 1;
}

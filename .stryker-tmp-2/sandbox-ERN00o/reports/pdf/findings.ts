// @ts-nocheck
import type { FindingView } from '../html/finding-view';
import { fill } from '../html/labels';
import { SEVERITY_COLORS } from '../html/groups';
import type { ReportView } from '../html/report-view';
import type { Contents } from './contents';
import { drawTable, type Cell } from './table';
import { CONTENT_WIDTH, MUTED, PAGE, RULE, type PdfWriter } from './writer';

/** Up to this many occurrences of a rule are described one by one; more are listed in a table. */
const DETAILED = 6;

/**
 * The findings ordered by severity, one subsection per severity. Within it, each rule once, with its rationale,
 * remediation and references, then where it occurred: each occurrence with its message and evidence, or, for
 * a rule that fired on many servers, one table row per occurrence. Returns the page of each finding.
 */
export function drawFindings(writer: PdfWriter, contents: Contents, view: ReportView): Map<string, number> {
  const pages = new Map<string, number>();
  contents.heading(1, view.labels.findings, 'findings');
  if (view.findings.length === 0) writer.font('sans', 10, MUTED).paragraph(view.labels.noFindings);
  for (const group of view.bySeverity) {
    contents.heading(2, `${group.label} (${group.total})`, `severity-${group.key}`);
    for (const occurrences of byRule(group.items)) drawRule(writer, view, occurrences, pages);
  }
  return pages;
}

function byRule(findings: FindingView[]): FindingView[][] {
  const rules = new Map<string, FindingView[]>();
  for (const f of findings) {
    const list = rules.get(f.ruleId);
    if (list) list.push(f);
    else rules.set(f.ruleId, [f]);
  }
  return [...rules.values()];
}

function drawRule(writer: PdfWriter, view: ReportView, occurrences: FindingView[], pages: Map<string, number>): void {
  const { labels } = view;
  const first = occurrences[0]!;
  writer.ensureSpace(160);
  writer.doc.moveDown(0.6);
  badge(writer, first, occurrences.length > 1 ? fill(labels.occurrences, { n: occurrences.length }) : '');
  writer.font('bold', 11.5).paragraph(first.title);
  writer.doc.moveDown(0.2);
  if (occurrences.length <= DETAILED) {
    for (const f of occurrences) pages.set(f.id, drawOccurrence(writer, view, f));
  }
  if (first.rationale) section(writer, labels.why, first.rationale);
  section(writer, labels.remediation, first.remediation);
  if (first.references.length > 0) references(writer, labels.references, first.references);
  if (occurrences.length > DETAILED) affectedTable(writer, view, occurrences, pages);
  writer.doc.moveDown(0.5);
  rule(writer);
}

/** One occurrence: where, the message, the evidence. Returns its page. */
function drawOccurrence(writer: PdfWriter, view: ReportView, f: FindingView): number {
  const { doc } = writer;
  writer.ensureSpace(70);
  doc.moveDown(0.3);
  const page = writer.pageNumber;
  doc.addNamedDestination(f.id, 'XYZ', PAGE.left, doc.y, null);
  writer.font('bold', 9.5).paragraph(f.place);
  writer.font('sans', 9.5).paragraph(f.message);
  if (f.evidence.length > 0) {
    doc.moveDown(0.25);
    const { labels } = view;
    drawTable(
      writer,
      [
        { header: labels.evidencePath, width: 31 },
        { header: labels.actual, width: 26 },
        { header: labels.expected, width: 25 },
        { header: labels.sourceFile, width: 18 },
      ],
      f.evidence.map((e) => [{ text: e.path, font: 'mono' }, { text: e.actual.short, font: 'bold' }, e.expected, mono(e.source)]),
    );
  }
  return page;
}

/** A rule that fired on many servers: one row per occurrence with its evidence. */
function affectedTable(writer: PdfWriter, view: ReportView, occurrences: FindingView[], pages: Map<string, number>): void {
  const { labels } = view;
  label(writer, `${labels.affected} (${occurrences.length})`);
  const rowPages = drawTable(
    writer,
    [
      { header: labels.server, width: 26 },
      { header: labels.evidencePath, width: 28 },
      { header: labels.actual, width: 24 },
      { header: labels.expected, width: 22 },
    ],
    occurrences.map((f) => [
      { text: f.place, font: 'bold' },
      { text: f.evidence.map((e) => e.path).join('\n'), font: 'mono' },
      f.evidence.map((e) => e.actual.short).join('\n'),
      f.evidence.map((e) => e.expected).join('\n'),
    ]),
    { dests: occurrences.map((f) => f.id) },
  );
  occurrences.forEach((f, i) => pages.set(f.id, rowPages[i]!));
}

function mono(text: string | undefined): Cell {
  return { text: text ?? '', font: 'mono' };
}

/** The severity badge, the rule id and category, and how often the rule fired. */
function badge(writer: PdfWriter, f: FindingView, count: string): void {
  const { doc } = writer;
  const y = doc.y;
  const caps = f.severityLabel.toLocaleUpperCase();
  writer.font('bold', 7.5, '#ffffff');
  const width = doc.widthOfString(caps) + 10;
  doc.roundedRect(PAGE.left, y, width, 13, 2).fill(SEVERITY_COLORS[f.severity]);
  writer.font('bold', 7.5, '#ffffff');
  doc.text(caps, PAGE.left + 5, y + 3, { lineBreak: false });
  writer.font('mono', 8.5, MUTED);
  const meta = `${f.ruleId} · ${f.categoryLabel}${count ? ` · ${count}` : ''}`;
  doc.text(writer.safe(meta), PAGE.left + width + 6, y + 2, { lineBreak: false });
  doc.x = PAGE.left;
  doc.y = y + 17;
}

function label(writer: PdfWriter, text: string): void {
  writer.ensureSpace(40);
  writer.doc.moveDown(0.45);
  writer.font('bold', 7.5, MUTED).paragraph(text.toLocaleUpperCase(), { characterSpacing: 0.4 });
  writer.doc.moveDown(0.15);
}

function section(writer: PdfWriter, heading: string, text: string): void {
  label(writer, heading);
  writer.font('sans', 9.5).paragraph(text);
}

function references(writer: PdfWriter, heading: string, refs: FindingView['references']): void {
  label(writer, heading);
  for (const ref of refs) {
    writer.font('sans', 9, ref.url ? writer.accent : undefined);
    writer.paragraph(`•  ${ref.title}`, ref.url ? { link: ref.url, underline: false } : {});
  }
}

function rule(writer: PdfWriter): void {
  const { doc } = writer;
  doc
    .moveTo(PAGE.left, doc.y)
    .lineTo(PAGE.left + CONTENT_WIDTH, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

import type { FindingView } from '../html/finding-view';
import { fill } from '../html/labels';
import { SEVERITY_COLORS } from '../html/groups';
import type { ReportView } from '../html/report-view';
import { drawTogether, joinPieces, movesOn, type Piece } from './block';
import type { Contents } from './contents';
import { drawTable, tableHeight, type Cell, type Column } from './table';
import { CONTENT_WIDTH, INK, MUTED, PAGE, RULE, type PdfWriter } from './writer';

/** Up to this many occurrences of a rule are described one by one; more are listed in a table. */
const DETAILED = 6;
const TEXT = 8;
const SMALL = 7.5;
/** The height of a level-2 heading, kept on the page of the first rule under it. */
const SUBHEADING = 30;

/**
 * The findings ordered by severity, one subsection per severity. Within it, each rule once: its badge and
 * title, each occurrence with its place, message and evidence (or, for a rule that fired on many servers, one
 * table row per occurrence), then remediation, rationale and references. A rule is kept on one page when it
 * fits on one, and never broken inside an occurrence. Returns the page of each finding.
 */
export function drawFindings(writer: PdfWriter, contents: Contents, view: ReportView): Map<string, number> {
  const pages = new Map<string, number>();
  contents.heading(1, view.labels.findings, 'findings');
  if (view.findings.length === 0) writer.font('sans', 10, MUTED).paragraph(view.labels.noFindings);
  for (const group of view.bySeverity) {
    const rules = byRule(group.items).map((occurrences) => ({
      first: occurrences[0]!,
      pieces: rulePieces(writer, view, occurrences, pages),
    }));
    // The severity's heading goes where its first rule goes.
    if (
      rules[0] &&
      movesOn(
        writer,
        rules[0].pieces.map((p) => p.height()),
        SUBHEADING,
      ) &&
      writer.doc.y > PAGE.top
    )
      writer.addPage();
    contents.heading(2, `${group.label} (${group.total})`, `severity-${group.key}`);
    rules.forEach(({ first, pieces }, i) => {
      if (i > 0) pieces[0] = joinPieces([separator(writer), pieces[0]!]);
      drawTogether(writer, pieces, continuation(writer, view, first));
    });
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

/** The rule's pieces: head and first occurrence together, each further occurrence, then its texts. */
function rulePieces(writer: PdfWriter, view: ReportView, occurrences: FindingView[], pages: Map<string, number>): Piece[] {
  const { labels } = view;
  const first = occurrences[0]!;
  const head = headPiece(writer, first, occurrences.length > 1 ? fill(labels.occurrences, { n: occurrences.length }) : '');
  const texts = [
    labelled(writer, labels.remediation, first.remediation, INK, TEXT),
    ...(first.rationale ? [labelled(writer, labels.why, first.rationale, MUTED, SMALL)] : []),
    ...(first.references.length > 0 ? [referencesPiece(writer, labels.references, first.references)] : []),
  ];
  if (occurrences.length > DETAILED) {
    return [joinPieces([head, affectedPiece(writer, view, occurrences, pages)]), ...texts];
  }
  const [one, ...more] = occurrences.map((f) => occurrencePiece(writer, view, f, pages));
  return [joinPieces([head, one!]), ...more, ...texts];
}

const fixed = (height: number, draw: () => void): Piece => ({ height: () => height, draw });

/** A hairline between two rules; none at the top of a page. */
function separator(writer: PdfWriter): Piece {
  return {
    height: () => (writer.doc.y > PAGE.top ? 11 : 0),
    draw: () => {
      const { doc } = writer;
      if (doc.y <= PAGE.top) return;
      const y = doc.y + 5;
      doc
        .moveTo(PAGE.left, y)
        .lineTo(PAGE.left + CONTENT_WIDTH, y)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.y = y + 6;
    },
  };
}

/**
 * The head of a rule: the severity badge and the rule id, then on the same line the title and how often it fired
 * (one font, so that it measures exactly).
 */
function headPiece(writer: PdfWriter, f: FindingView, count: string): Piece {
  const { doc } = writer;
  const caps = f.severityLabel.toLocaleUpperCase();
  const id = `${f.ruleId}`;
  const tail = count ? ` · ${count}` : '';
  const indent = () => {
    writer.font('bold', 6.5);
    const badge = doc.widthOfString(caps) + 8;
    writer.font('mono', 8);
    return badge + 5 + doc.widthOfString(id) + 6;
  };
  const titleHeight = () => {
    const i = indent();
    writer.font('bold', 9.5);
    return doc.heightOfString(writer.safe(f.title + tail), { width: CONTENT_WIDTH, lineGap: 0.5, indent: i });
  };
  return {
    height: () => titleHeight() + 3,
    draw: () => {
      const y = doc.y;
      const h = titleHeight();
      const titleIndent = indent();
      writer.font('bold', 6.5, '#ffffff');
      const badge = doc.widthOfString(caps) + 8;
      doc.roundedRect(PAGE.left, y + 0.5, badge, 10.5, 2).fill(SEVERITY_COLORS[f.severity]);
      writer.font('bold', 6.5, '#ffffff');
      doc.text(caps, PAGE.left + 4, y + 2.6, { lineBreak: false });
      writer.font('mono', 8, MUTED);
      doc.text(writer.safe(id), PAGE.left + badge + 5, y + 1.6, { lineBreak: false });
      writer.font('bold', 9.5, INK);
      doc.text(writer.safe(f.title), PAGE.left, y, { width: CONTENT_WIDTH, lineGap: 0.5, indent: titleIndent, continued: true });
      writer.font('bold', 9.5, MUTED);
      doc.text(writer.safe(tail), { width: CONTENT_WIDTH, lineGap: 0.5 });
      doc.x = PAGE.left;
      doc.y = Math.max(doc.y, y + h) + 3;
    },
  };
}

/** "PRE-007 (continued)": above the rest of a rule that goes on on a new page. */
function continuation(writer: PdfWriter, view: ReportView, f: FindingView): Piece {
  return fixed(12, () => {
    writer
      .font('bold', SMALL, MUTED)
      .paragraph(`${f.ruleId} (${view.labels.continued}): ${f.title}`, { lineBreak: false, ellipsis: true, height: 10 });
    writer.doc.y = PAGE.top + 12;
  });
}

/**
 * One occurrence: where (bold) and the message in one paragraph, then its evidence. It is measured with the
 * whole paragraph in bold, which never takes fewer lines than the mixed text, so the room is never too small.
 */
function occurrencePiece(writer: PdfWriter, view: ReportView, f: FindingView, pages: Map<string, number>): Piece {
  const { doc } = writer;
  const place = `${f.place}: `;
  const message = f.notChecked.length > 0 ? `${f.message} ${view.labels.notChecked}: ${f.notChecked.join('; ')}` : f.message;
  const table = evidenceTable(view, f);
  const textHeight = () => {
    writer.font('bold', TEXT);
    return doc.heightOfString(writer.safe(place + message), { width: CONTENT_WIDTH, lineGap: 0.5 });
  };
  const evidenceHeight = () => (table ? 3 + tableHeight(writer, table.columns, table.rows) : 3);
  return {
    height: () => 4 + textHeight() + evidenceHeight(),
    draw: () => {
      doc.y += 4;
      pages.set(f.id, writer.pageNumber);
      doc.addNamedDestination(f.id, 'XYZ', PAGE.left, doc.y, null);
      writer.font('bold', TEXT, INK);
      doc.text(writer.safe(place), PAGE.left, doc.y, { width: CONTENT_WIDTH, lineGap: 0.5, continued: true });
      writer.font('sans', TEXT, INK);
      doc.text(writer.safe(message), { width: CONTENT_WIDTH, lineGap: 0.5 });
      doc.x = PAGE.left;
      doc.y += 3;
      if (table) drawTable(writer, table.columns, table.rows);
    },
  };
}

function evidenceTable(view: ReportView, f: FindingView): { columns: Column[]; rows: Cell[][] } | undefined {
  if (f.evidence.length === 0) return undefined;
  const { labels } = view;
  return {
    columns: [
      { header: labels.evidencePath, width: 35 },
      { header: labels.actual, width: 24 },
      { header: labels.expected, width: 23 },
      { header: labels.sourceFile, width: 18 },
    ],
    rows: f.evidence.map((e) => [
      { text: e.label },
      { text: e.actual.short, font: 'bold' },
      { text: e.expected },
      { text: e.source ?? '', font: 'mono' },
    ]),
  };
}

/** A rule that fired on many servers: one row per occurrence with its evidence. */
function affectedPiece(writer: PdfWriter, view: ReportView, occurrences: FindingView[], pages: Map<string, number>): Piece {
  const { labels } = view;
  const columns: Column[] = [
    { header: labels.server, width: 26 },
    { header: labels.evidencePath, width: 28 },
    { header: labels.actual, width: 24 },
    { header: labels.expected, width: 22 },
  ];
  const rows: Cell[][] = occurrences.map((f) => [
    { text: f.place, font: 'bold' },
    { text: f.evidence.map((e) => e.label).join('\n') },
    { text: f.evidence.map((e) => e.actual.short).join('\n') },
    { text: f.evidence.map((e) => e.expected).join('\n') },
  ]);
  const title = `${labels.affected} (${occurrences.length})`.toLocaleUpperCase();
  return {
    height: () => 14 + tableHeight(writer, columns, rows),
    draw: () => {
      writer.doc.y += 4;
      writer.font('bold', 7, MUTED).paragraph(title, { characterSpacing: 0.4 });
      writer.doc.y += 2;
      const rowPages = drawTable(writer, columns, rows, { dests: occurrences.map((f) => f.id) });
      occurrences.forEach((f, i) => pages.set(f.id, rowPages[i]!));
    },
  };
}

/** "ABHILFE  text…": a small label in front of the text, in the same font so that it measures exactly. */
function labelled(writer: PdfWriter, label: string, text: string, color: string, size: number): Piece {
  const { doc } = writer;
  const head = `${label.toLocaleUpperCase()}  `;
  const measure = () => {
    writer.font('sans', size);
    return doc.heightOfString(writer.safe(head + text), { width: CONTENT_WIDTH, lineGap: 0.5 });
  };
  return {
    height: () => 4 + measure(),
    draw: () => {
      doc.y += 4;
      const y = doc.y;
      const h = measure();
      writer.font('sans', size, MUTED);
      doc.text(writer.safe(head), PAGE.left, y, { width: CONTENT_WIDTH, lineGap: 0.5, continued: true });
      writer.font('sans', size, color);
      doc.text(writer.safe(text), { width: CONTENT_WIDTH, lineGap: 0.5 });
      doc.x = PAGE.left;
      doc.y = Math.max(doc.y, y + h);
    },
  };
}

/** "REFERENZEN  KB305813: … · Cluster Continuous Replication…", each title a link where it has a web address. */
function referencesPiece(writer: PdfWriter, label: string, refs: FindingView['references']): Piece {
  const { doc } = writer;
  const head = `${label.toLocaleUpperCase()}  `;
  const parts = refs.map((r, i) => ({ text: `${r.title}${i < refs.length - 1 ? '  ·  ' : ''}`, url: r.url }));
  const measure = () => {
    writer.font('sans', SMALL);
    return doc.heightOfString(writer.safe(head + parts.map((p) => p.text).join('')), { width: CONTENT_WIDTH, lineGap: 0.5 });
  };
  return {
    height: () => 3 + measure(),
    draw: () => {
      doc.y += 3;
      const y = doc.y;
      const h = measure();
      writer.font('sans', SMALL, MUTED);
      doc.text(writer.safe(head), PAGE.left, y, { width: CONTENT_WIDTH, lineGap: 0.5, continued: true });
      parts.forEach((part, i) => {
        writer.font('sans', SMALL, part.url ? writer.accent : INK);
        doc.text(writer.safe(part.text), {
          width: CONTENT_WIDTH,
          lineGap: 0.5,
          continued: i < parts.length - 1,
          ...(part.url ? { link: part.url, underline: false } : { link: null }),
        });
      });
      doc.x = PAGE.left;
      doc.y = Math.max(doc.y, y + h);
    },
  };
}

import type { FindingLink } from '../html/inventory-view';
import type { ReportView } from '../html/report-view';
import { subheadingSmall } from './appendix';
import type { Contents } from './contents';
import { PAGE_ROOM } from './block';
import { drawTable, tableHeight, type Cell, type Column } from './table';
import { CONTENT_WIDTH, INK, MUTED, PAGE, type PdfWriter } from './writer';

/**
 * The appendix: the servers (each a bookmark and a table-of-contents entry, with its findings and their pages),
 * the clusters with nodes and quorum, and the cluster networks with role and priority.
 */
export function drawInventory(writer: PdfWriter, contents: Contents, view: ReportView, findingPages: Map<string, number>): void {
  const { labels, appendix } = view;
  contents.heading(1, `${labels.appendix}: ${labels.inventory}`, 'inventory');
  if (!appendix.hasInventory) {
    writer.font('sans', 8.5, MUTED).paragraph(labels.noInventory);
    writer.doc.y += 4;
  }
  const links = (findings: FindingLink[]): Cell => ({
    text: findings.map((f) => `${f.ruleId} (${findingPages.get(f.id) ?? '?'})`).join(', ') || '–',
    ...(findings[0] ? { goTo: findings[0].id } : {}),
  });
  drawTable(
    writer,
    [
      { header: labels.server, width: 16 },
      { header: labels.role, width: 15 },
      { header: labels.operatingSystem, width: 24 },
      { header: labels.exchangeBuild, width: 17 },
      { header: labels.cluster, width: 12 },
      { header: labels.findingsWithPage, width: 16 },
    ],
    appendix.servers.map((s) => [{ text: s.name, font: 'bold' }, s.role, s.os, s.exchange, s.cluster, links(s.findings)]),
    { onRow: (i) => contents.anchor(appendix.servers[i]!.name, `server-${i + 1}`) },
  );
  if (appendix.clusters.length > 0) {
    const columns: Column[] = [
      { header: labels.cluster, width: 15 },
      { header: labels.clusterType, width: 8 },
      { header: labels.nodes, width: 20 },
      { header: labels.quorum, width: 17 },
      { header: labels.fileShareWitness, width: 24 },
      { header: labels.findingsWithPage, width: 16 },
    ];
    const rows: Cell[][] = appendix.clusters.map((c) => [
      { text: c.name, font: 'bold' },
      { text: c.type },
      { text: c.nodes },
      { text: c.quorum },
      { text: c.fileShareWitness, font: 'mono' },
      links(c.findings),
    ]);
    keepTogether(writer, tableHeight(writer, columns, rows));
    subheadingSmall(writer, labels.clusters);
    drawTable(writer, columns, rows);
  }
  if (appendix.networks.length > 0) {
    const columns: Column[] = [
      { header: labels.cluster, width: 17 },
      { header: labels.network, width: 16 },
      { header: labels.networkRole, width: 30 },
      { header: labels.priority, width: 10, align: 'right' },
      { header: labels.networkKind, width: 11 },
      { header: labels.subnet, width: 16 },
    ];
    const rows: Cell[][] = appendix.networks.map((n) => [
      { text: n.cluster },
      { text: n.name, font: 'bold' },
      { text: n.role },
      { text: n.priority },
      { text: n.kind },
      { text: n.subnet },
    ]);
    keepTogether(writer, tableHeight(writer, columns, rows));
    subheadingSmall(writer, labels.clusterNetworks);
    drawTable(writer, columns, rows);
  }
}

/** A short table stays on one page with its subheading: a new page when it fits on one but not in what is left. */
function keepTogether(writer: PdfWriter, height: number): void {
  const withHeading = height + 24;
  if (withHeading <= PAGE_ROOM) writer.ensureSpace(withHeading);
}

/**
 * The checks that passed, by category, each "id title" (a title names the problem that was not found), as
 * running text: forty checks take a third of a page, not two.
 */
export function drawPassed(writer: PdfWriter, contents: Contents, view: ReportView): void {
  const { labels, appendix } = view;
  const { doc } = writer;
  contents.heading(1, `${labels.appendix}: ${labels.passedChecks}`, 'passed');
  if (appendix.passed.length === 0) {
    writer.font('sans', 9, MUTED).paragraph(labels.noPassed);
    return;
  }
  writer.font('sans', 8).paragraph(labels.passedIntro);
  doc.y += 3;
  const byCategory = new Map<string, typeof appendix.passed>();
  for (const p of appendix.passed) {
    const list = byCategory.get(p.category);
    if (list) list.push(p);
    else byCategory.set(p.category, [p]);
  }
  for (const [category, checks] of byCategory) {
    const head = category ? `${category.toLocaleUpperCase()}   ` : '';
    const body = checks.map((c) => (c.title ? `${c.ruleId} ${c.title}` : c.ruleId)).join('  ·  ');
    writer.font('sans', 7.5);
    const height = doc.heightOfString(writer.safe(head + body), { width: CONTENT_WIDTH, lineGap: 1 });
    writer.ensureSpace(height + 3);
    const y = doc.y + 3;
    writer.font('sans', 7.5, MUTED);
    doc.text(writer.safe(head), PAGE.left, y, { width: CONTENT_WIDTH, lineGap: 1, continued: true });
    writer.font('sans', 7.5, INK);
    doc.text(writer.safe(body), { width: CONTENT_WIDTH, lineGap: 1 });
    doc.x = PAGE.left;
    doc.y = Math.max(doc.y, y + height);
  }
}

import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderPdf } from '../../reports/pdf/render-pdf';
import { fleetReport } from '../../bench/fleet-report';
import type { Report } from '../../src/report/report-schema';
import { reportView } from '../../reports/html/report-view';
import { fixFirst } from '../../src/report/fix-first';
import { coverageText } from '../../src/report/verdict';
import { extractText, pageFill, readOutline, tocPage, type OutlineNode, type PdfText } from './pdf-reading';
import { solidPng } from './png';
import { HOSTILE_ACCOUNT, HOSTILE_HOST, hostileReport, scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
/** The text with its lines joined (a line broken after a hyphen or slash joins without a space), runs of spaces as one. */
const oneLine = (text: string) =>
  text
    .replace(/([-/])\n\s*/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ {2,}/g, ' ');

describe('the PDF of the German CCR sample', () => {
  let report: Report;
  let pdf: Buffer;
  let text: PdfText;
  const pageOf = (title: string) => tocPage(text, 'Inhalt', title);

  beforeAll(async () => {
    report = await scanSample('ccr-health-de', 'de');
    pdf = await renderPdf(report, { lang: 'de', timeZone: 'Europe/Berlin', compress: false });
    text = await extractText(pdf);
  });

  test('has at most six pages for thirteen findings on four servers, none but the last less than half full', async () => {
    expect(report.findings).toHaveLength(13);
    expect(text.pages.length).toBeLessThanOrEqual(6);
    const fill = await pageFill(pdf);
    expect(fill).toHaveLength(text.pages.length);
    fill.slice(0, -1).forEach((share) => expect(share).toBeGreaterThan(0.5));
  });

  test('page 1 names customer, consultant, date with its time zone and scope, with umlauts intact', () => {
    const cover = oneLine(text.pages[0]!);
    expect(cover).toContain('Exchange Server 2007 Cluster – Zustandsprüfung');
    expect(cover).toContain('ERSTELLT FÜRMüller Logistik GmbH');
    expect(cover).toContain('ERSTELLT VONBeispiel Consulting');
    expect(cover).toContain('PRÜFDATUM20. November 2008 um 10:00 MEZ');
    expect(cover).toContain('DATEN ERFASST20. November 2008 um 02:15 MEZ');
    expect(cover).toContain('Zustandsprüfung laufender Server');
    expect(cover).toContain('SERVER (4)');
    expect(cover).toContain(report.scan.snapshotSha256);
  });

  test('page 1 says the verdict, the coverage and what to fix first: each cause once, with every server it affects', () => {
    const first = oneLine(text.pages[0]!);
    expect(first).toContain('ZUSTANDKritisch');
    expect(first).toContain(coverageText(report.coverage!, 'de'));
    const { checks } = report.coverage!;
    expect(first).toContain(`${checks.evaluated} von ${checks.total} Prüfungen ausgewertet auf 4 von 4 Servern`);
    expect(first).toContain('Zuerst beheben');
    const causes = fixFirst(report.findings);
    expect(causes.map((c) => c.ruleId)).toEqual(
      [...new Set(report.findings.map((f) => f.ruleId))].sort((a, b) => first.indexOf(a) - first.indexOf(b)),
    );
    for (const cause of causes) {
      const line = first.slice(first.indexOf(`${cause.ruleId} `), first.indexOf('—', first.indexOf(`${cause.ruleId} `)) + 80);
      expect(line).toContain(cause.title);
      for (const server of cause.servers) expect(line).toContain(server);
    }
    expect(first).toContain('ACC-001 Das Kennwort des Clusterdienstkontos läuft ab — EX2007-NODE1, EX2007-NODE2');
    expect(first).toContain(`bpa hat 4 Server gegen ${report.scan.rules.length} Regeln geprüft`);
    expect(first).toContain(`${report.summary.critical} kritische Probleme`);
  });

  test('every page has the header and "Seite n von N" in its footer', () => {
    const count = text.pages.length;
    expect(count).toBeGreaterThanOrEqual(4);
    text.pages.forEach((page, i) => {
      expect(page).toContain('Müller Logistik GmbH · Exchange Server 2007 Cluster – Zustandsprüfung');
      expect(page).toContain(`Seite ${i + 1} von ${count}`);
    });
  });

  test('the table of contents lists every section and server with the page it starts on', () => {
    const sections = [
      'Zusammenfassung',
      'Zuerst beheben',
      'Befunde',
      'Nicht ausgewertet',
      'Hinweise zur Datenerfassung',
      'Anhang: Bestandsaufnahme',
      'Anhang: Bestandene Prüfungen',
    ];
    for (const title of [...sections, ...report.scan.servers]) {
      const page = pageOf(title);
      expect([title, page]).toEqual([title, expect.any(Number)]);
      expect(text.pages[page! - 1]).toContain(title);
    }
  });

  test('the outline has the sections, a bookmark per severity and per server, pointing at their pages', () => {
    const outline = readOutline(pdf);
    expect(outline.map((n) => n.title)).toEqual([
      'Zusammenfassung',
      'Inhalt',
      'Befunde',
      'Nicht ausgewertet',
      'Hinweise zur Datenerfassung',
      'Anhang: Bestandsaufnahme',
      'Anhang: Bestandene Prüfungen',
    ]);
    expect(outline[0]!.children.map((n) => n.title)).toEqual(['Zuerst beheben']);
    const findings = outline.find((n) => n.title === 'Befunde')!;
    expect(findings.children.map((n) => n.title)).toEqual([
      `Kritisch (${report.summary.critical})`,
      `Warnung (${report.summary.warning})`,
      ...(report.summary.info > 0 ? [`Hinweis (${report.summary.info})`] : []),
    ]);
    const servers = outline.find((n) => n.title === 'Anhang: Bestandsaufnahme')!.children.map((n) => n.title);
    expect(servers).toEqual(report.scan.servers);
    for (const node of flat(outline)) expect(text.pages[node.page]).toContain(node.title.replace(/ \(\d+\)$/, ''));
  });

  test('findings come by severity, each with labelled evidence, remediation, rationale and references', () => {
    const body = oneLine(text.pages.join('\n'));
    const critical = body.indexOf('KRITISCHACC-001');
    const warning = body.indexOf('WARNUNGCON-001');
    expect(critical).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(critical);
    expect(body).toContain('ACC-001Das Kennwort des Clusterdienstkontos läuft ab · 2 Vorkommen');
    expect(body).toContain('Kennwort läuft nie abneinKennwort läuft nie ab');
    expect(body).toContain('NetBIOS über TCP/IPaktiviertdeaktiviert');
    expect(body).toContain('Windows-Service-PackSP1');
    expect(body).toContain('120 %');
    expect(body).not.toContain('account.passwordNeverExpires');
    expect(body).toContain('WARUM ES WICHTIG IST');
    expect(body).toContain('ABHILFE');
    expect(body).toContain('KB305813: How to change the Cluster service account password');
  });

  test('no finding is broken across pages: its place, message and evidence are on one page', () => {
    const view = reportView(report, { lang: 'de' });
    for (const f of view.findings) {
      const start = `${f.place}: ${f.message}`;
      const page = text.pages.find((p) => oneLine(p).includes(start));
      expect(page).toBeDefined();
      for (const e of f.evidence) expect(oneLine(page!)).toContain(`${e.actual.short.slice(0, 20)}`);
    }
  });

  test('the appendix lists servers with role, Windows and service pack, Exchange build and cluster, and the passed checks', () => {
    const appendix = oneLine(text.pages.slice(pageOf('Anhang: Bestandsaufnahme')! - 1).join('\n'));
    expect(appendix).toContain('EX2007-NODE1ClusterknotenWindows Server 2003 Enterprise x64 Edition, SP1');
    expect(appendix).toContain('8.1.240.6 (SP1) · Clientzugriff, Hub-Transport');
    expect(appendix).toContain('Majority Node Set');
    expect(appendix).toMatch(/Heartbeat\s*1 \(nur interne Clusterkommunikation\)\s*1\s*privat/);
    expect(appendix).toContain('Anhang: Bestandene Prüfungen');
    for (const id of report.coverage!.passed) expect(appendix).toContain(`${id} ${report.rules![id]!.title}`);
  });

  // `BPA_SCREENSHOTS=docs/screenshots npx jest test/reports` renders the README's pictures (pdftoppm, from poppler-utils).
  (process.env.BPA_SCREENSHOTS && existsSync('/usr/bin/pdftoppm') ? test : test.skip)(
    'screenshots of the cover and a findings page',
    () => {
      const dir = process.env.BPA_SCREENSHOTS!;
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'sample.pdf.tmp');
      writeFileSync(file, pdf);
      const findings = pageOf('Befunde')!;
      execFileSync('pdftoppm', ['-png', '-r', '64', '-singlefile', '-f', '1', '-l', '1', file, join(dir, 'pdf-cover')]);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '64',
        '-singlefile',
        '-f',
        String(findings),
        '-l',
        String(findings),
        file,
        join(dir, 'pdf-findings'),
      ]);
      unlinkSync(file);
    },
  );

  test('the same report gives the same bytes', async () => {
    expect((await renderPdf(report, { lang: 'de', timeZone: 'Europe/Berlin', compress: false })).equals(pdf)).toBe(true);
  });

  test('--lang en renders every fixed text in English and says the findings are German', async () => {
    const english = oneLine((await extractText(await renderPdf(report, { lang: 'en', timeZone: 'UTC' }))).pages.join('\n'));
    expect(english).toContain('Exchange Server 2007 cluster health check');
    expect(english).toContain('Finding texts are in German, the language of the scan.');
    expect(english).toContain('Page 1 of');
    expect(english).not.toMatch(/Seite \d+ von/);
  });
});

describe('the PDF with hostile input and branding', () => {
  test('markup in host and account names is text, and a javascript: reference is not a link', async () => {
    const report = hostileReport(await scanSample('ccr-health-de', 'en'));
    const pdf = await renderPdf(report, { lang: 'en', compress: false });
    const body = oneLine((await extractText(pdf)).pages.join('\n'));
    expect(body).toContain(HOSTILE_HOST);
    expect(body).toContain(oneLine(HOSTILE_ACCOUNT));
    expect(body).toContain('evil link');
    const raw = pdf.toString('latin1');
    expect(raw.includes('javascript:')).toBe(false);
    expect(/\/S \/JavaScript|\/JS /.test(raw)).toBe(false);
  });

  test('a character the font lacks is written as its code point, not dropped', async () => {
    const base = await scanSample('ccr-health-de', 'en');
    const report = { ...base, scan: { ...base.scan, customer: 'Kunde 中文 Ωmega' } };
    const body = oneLine((await extractText(await renderPdf(report, { lang: 'en' }))).pages.join('\n'));
    expect(body).toContain('Kunde [U+4E2D][U+6587] Ωmega');
  });

  test('the logo is embedded as an image and the accent colour is used', async () => {
    const base = await scanSample('ccr-health-de', 'de');
    const logo = { mediaType: 'image/png' as const, data: solidPng(40, 20, [200, 30, 60], 128).toString('base64') };
    const pdf = await renderPdf(
      { ...base, branding: { customer: 'Kunde AG', accent: '#8a1538', logo } },
      { lang: 'de', compress: false },
    );
    const raw = pdf.toString('latin1');
    // Asserted as booleans: a failing toContain would print the whole PDF.
    expect(/\/Subtype \/Image\s*\/BitsPerComponent 8\s*\/Width 40\s*\/Height 20/.test(raw)).toBe(true);
    expect(raw.includes(`${[0x8a, 0x15, 0x38].map((c) => c / 255).join(' ')} scn`)).toBe(true);
    expect(oneLine((await extractText(pdf)).pages[0]!)).toContain('ERSTELLT FÜRKunde AG');
  });
});

describe('an old findings file', () => {
  test('without coverage, inventory and rule titles still renders, with the verdict and the servers by name', async () => {
    const { coverage: _c, inventory: _i, rules: _r, ...old } = await scanSample('ccr-health-de', 'en');
    const pdf = await renderPdf(old, { lang: 'en', compress: false });
    const text = await extractText(pdf);
    const body = oneLine(text.pages.join('\n'));
    expect(oneLine(text.pages[0]!)).toContain('HEALTHCritical');
    expect(body).toContain('This report was written by a bpa version that did not record an inventory.');
    expect(body).toContain('No check passed everywhere.');
    expect(
      readOutline(pdf)
        .find((n) => n.title === 'Appendix: Inventory')!
        .children.map((n) => n.title),
    ).toEqual(old.scan.servers);
  });
});

describe('a fleet report', () => {
  test('has a table-of-contents entry and a bookmark per server, however many pages the contents take', async () => {
    const base = await scanSample('ccr-health-de', 'en');
    const report = fleetReport(base, 60, 240);
    const pdf = await renderPdf(report, { lang: 'en', compress: false });
    const text = await extractText(pdf);
    const servers = readOutline(pdf).find((n) => n.title === 'Appendix: Inventory')!.children;
    expect(servers.map((n) => n.title)).toEqual(report.scan.servers);
    for (const server of report.scan.servers) {
      const page = tocPage(text, 'Contents', server);
      expect(page).toBeDefined();
      expect(text.pages[page! - 1]).toContain(server);
    }
  }, 60_000);
});

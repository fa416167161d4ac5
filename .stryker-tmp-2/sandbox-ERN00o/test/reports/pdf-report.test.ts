// @ts-nocheck
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderPdf } from '../../reports/pdf/render-pdf';
import { fleetReport } from '../../bench/fleet-report';
import type { Report } from '../../src/report/report-schema';
import { extractText, readOutline, type OutlineNode, type PdfText } from './pdf-reading';
import { solidPng } from './png';
import { HOSTILE_ACCOUNT, HOSTILE_HOST, hostileReport, scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

describe('the PDF of the German CCR sample', () => {
  let report: Report;
  let pdf: Buffer;
  let text: PdfText;

  beforeAll(async () => {
    report = await scanSample('ccr-health-de', 'de');
    pdf = await renderPdf(report, { lang: 'de', timeZone: 'Europe/Berlin', compress: false });
    text = await extractText(pdf);
  });

  test('the cover names customer, consultant, date and scope, with umlauts intact', () => {
    const cover = oneLine(text.pages[0]!);
    expect(cover).toContain('Exchange Server 2007 Cluster – Zustandsprüfung');
    expect(cover).toContain('Erstellt für Müller Logistik GmbH');
    expect(cover).toContain('Erstellt von Beispiel Consulting');
    expect(cover).toContain('20. November 2008 um 10:00');
    expect(cover).toContain('Zustandsprüfung laufender Server');
    expect(cover).toContain('SERVER (4)');
    expect(cover).toContain(report.scan.snapshotSha256);
  });

  test('every page has the header and "Seite n von N" in its footer', () => {
    const count = text.pages.length;
    expect(count).toBeGreaterThanOrEqual(8);
    text.pages.forEach((page, i) => {
      expect(page).toContain('Müller Logistik GmbH · Exchange Server 2007 Cluster – Zustandsprüfung');
      expect(page).toContain(`Seite ${i + 1} von ${count}`);
    });
  });

  test('the table of contents lists every section and server with the page it starts on', () => {
    const toc = text.pages[1]!.split('\n');
    const pageOf = (title: string) => Number(toc.find((l) => l.startsWith(title))?.slice(title.length));
    for (const title of ['Zusammenfassung', 'Befunde', 'Server', 'Nicht ausgewertet', 'Hinweise zur Datenerfassung']) {
      const page = pageOf(title);
      expect(text.pages[page - 1]).toContain(title);
    }
    for (const server of report.scan.servers) expect(text.pages[pageOf(server) - 1]).toContain(server);
  });

  test('the outline has the sections, a bookmark per severity and per server, pointing at their pages', () => {
    const outline = readOutline(pdf);
    expect(outline.map((n) => n.title)).toEqual([
      'Inhalt',
      'Zusammenfassung',
      'Befunde',
      'Server',
      'Nicht ausgewertet',
      'Hinweise zur Datenerfassung',
    ]);
    const findings = outline.find((n) => n.title === 'Befunde')!;
    expect(findings.children.map((n) => n.title)).toEqual([
      `Kritisch (${report.summary.critical})`,
      `Warnung (${report.summary.warning})`,
      ...(report.summary.info > 0 ? [`Hinweis (${report.summary.info})`] : []),
    ]);
    const servers = outline.find((n) => n.title === 'Server')!.children.map((n) => n.title);
    expect(servers).toEqual(expect.arrayContaining(report.scan.servers));
    for (const node of flat(outline)) expect(text.pages[node.page]).toContain(node.title.replace(/ \(\d+\)$/, ''));
  });

  test('findings come by severity with evidence, rationale, remediation and references', () => {
    const body = oneLine(text.pages.join('\n'));
    const critical = body.indexOf('KRITISCHACC-001');
    const warning = body.indexOf('WARNUNGNET-002');
    expect(critical).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(critical);
    expect(body).toContain('ACC-001 · Konten · 2 Vorkommen');
    expect(body).toContain('account.passwordNeverExpires');
    expect(body).toContain('Kennwort läuft nie ab');
    expect(body).toContain('WARUM ES WICHTIG IST');
    expect(body).toContain('ABHILFE');
    expect(body).toContain('KB305813: How to change the Cluster service account password');
  });

  test('the executive summary says what was checked and what was found', () => {
    const summary = oneLine(text.pages[2]!);
    expect(summary).toContain(`bpa hat 4 Server gegen ${report.scan.rules.length} Regeln geprüft`);
    expect(summary).toContain(`${report.summary.critical} kritische Probleme`);
    expect(summary).toContain('Befunde nach Kategorie');
  });

  // `BPA_SCREENSHOTS=docs/screenshots npx jest test/reports` renders the README's pictures (pdftoppm, from poppler-utils).
  (process.env.BPA_SCREENSHOTS && existsSync('/usr/bin/pdftoppm') ? test : test.skip)(
    'screenshots of the cover and a findings page',
    () => {
      const dir = process.env.BPA_SCREENSHOTS!;
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'sample.pdf.tmp');
      writeFileSync(file, pdf);
      const findings = Number(/^Befunde(\d+)$/m.exec(text.pages[1]!)![1]);
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
    expect(oneLine((await extractText(pdf)).pages[0]!)).toContain('Erstellt für Kunde AG');
  });
});

describe('a fleet report', () => {
  test('has a table-of-contents entry and a bookmark per server, however many pages the contents take', async () => {
    const base = await scanSample('ccr-health-de', 'en');
    const report = fleetReport(base, 60, 240);
    const pdf = await renderPdf(report, { lang: 'en', compress: false });
    const text = await extractText(pdf);
    const servers = readOutline(pdf).find((n) => n.title === 'Servers')!.children;
    expect(servers.map((n) => n.title)).toEqual(report.scan.servers);
    const tocPages = text.pages.slice(1, 4).join('\n').split('\n');
    for (const server of report.scan.servers) {
      const line = tocPages.find((l) => l.startsWith(server));
      expect(line).toBeDefined();
      const page = Number(line!.slice(server.length));
      expect(text.pages[page - 1]).toContain(server);
    }
  }, 60_000);
});

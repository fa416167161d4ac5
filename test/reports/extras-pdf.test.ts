import { renderPdf } from '../../reports/pdf/render-pdf';
import type { Report } from '../../src/report/report-schema';
import { hostileExtras, PREVIOUS_ID, scanWithExtras } from './extras-report';
import { extractText, readOutline, tocPage, type PdfText } from './pdf-reading';
import { HOSTILE_ACCOUNT, HOSTILE_HOST } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

/** The text with its lines joined (a line broken after a hyphen or slash joins without a space), runs of spaces as one. */
const oneLine = (text: string) =>
  text
    .replace(/([-/])\n\s*/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ {2,}/g, ' ');

describe('the PDF of a scan with history, waivers and a baseline', () => {
  let report: Report;
  let pdf: Buffer;
  let text: PdfText;
  const pageWith = (heading: string) => text.pages.findIndex((p) => p.split('\n').includes(heading));
  /** A section flows on from the page of its heading: its text from the heading to the end of the next page. */
  const section = (heading: string) => {
    const page = pageWith(heading);
    const from = text.pages[page]!.split('\n').indexOf(heading);
    return oneLine([text.pages[page]!.split('\n').slice(from).join('\n'), text.pages[page + 1] ?? ''].join('\n'));
  };

  beforeAll(async () => {
    report = await scanWithExtras('de');
    pdf = await renderPdf(report, { lang: 'de', timeZone: 'Europe/Berlin', compress: false });
    text = await extractText(pdf);
  });

  test('the three sections have bookmarks and TOC entries, after the findings and before the appendix', () => {
    const titles = readOutline(pdf).map((n) => n.title);
    const at = (t: string) => titles.indexOf(t);
    expect(at('Befunde')).toBeGreaterThan(0);
    expect(titles.slice(at('Befunde') + 1, at('Befunde') + 4)).toEqual([
      'Seit dem letzten Scan',
      'Ausgenommene Befunde',
      'Akzeptierte Befunde (Baseline)',
    ]);
    const outline = readOutline(pdf);
    for (const title of ['Seit dem letzten Scan', 'Ausgenommene Befunde', 'Akzeptierte Befunde (Baseline)']) {
      const page = tocPage(text, 'Inhalt', title)!;
      expect(page - 1).toBe(pageWith(title));
      expect(outline.find((n) => n.title === title)!.page).toBe(pageWith(title));
    }
  });

  test('"Seit dem letzten Scan" shows the previous scan, the new and resolved findings and the NetBIOS change', () => {
    const page = section('Seit dem letzten Scan');
    expect(page).toContain('Vorheriger Scan: 19. November 2008 um 10:00 MEZ');
    expect(page).toContain(`Verlaufseintrag: ${PREVIOUS_ID}`);
    expect(page).toMatch(/Neue Befunde \(1\).*NET-002\s*EX2007-NODE2 · Heartbeat/);
    expect(page).toMatch(/Behobene Befunde \(1\).*CON-005\s*EX2007-CLUSTER/);
    expect(page).toMatch(
      /EX2007-NODE2\s*adapters\[Heartbeat\]\.netbiosOptions\s*\(geändert\)\s*2 → 1\s*reg-netbt-interfaces\.txt/,
    );
  });

  test('"Ausgenommene Befunde" has each waiver\'s justification, owner and expiry, the expired and the unmatched waiver', () => {
    const page = section('Ausgenommene Befunde');
    expect(page).toContain('Kritisch · ACC-001 · EX2007-NODE1 · clusdienst');
    expect(page).toContain('Jonas Weber (IT infrastructure, Müller Logistik)');
    expect(page).toContain('30. Juni 2030');
    expect(page).toMatch(
      /Abgelaufene Ausnahmen \(1\).*CON-004\s*EX2007-CLUSTER.*Wieder aktiv: CON-004 EX2007-CLUSTER.*31\. Dezember 2008/,
    );
    expect(page).toMatch(/Ausnahmen ohne Treffer \(1\).*NET-002\s*EX2007-HUB1 · Heartbeat/);
  });

  test('"Akzeptierte Befunde (Baseline)" names the baseline and lists what it accepted', () => {
    const page = section('Akzeptierte Befunde (Baseline)');
    expect(page).toContain(
      'Die Baseline baselines/müller-2008-11.json vom 19. November 2008 um 11:00 MEZ akzeptiert 13 Befunde.',
    );
    expect(page).toMatch(/Akzeptiert, nicht mehr gefunden \(1\).*CON-005/);
  });

  test('hostile texts from the bundle, waiver file and baseline are written as text', async () => {
    const hostile = await extractText(await renderPdf(hostileExtras(report), { lang: 'en', compress: false }));
    // Table cells wrap anywhere: compare without white space.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const all = squeeze(hostile.pages.join(''));
    expect(all).toContain(squeeze(HOSTILE_ACCOUNT));
    expect(all).toContain(squeeze(HOSTILE_HOST));
  });

  test('without the sections in the JSON the PDF has none of them', async () => {
    const { changes: _c, waived: _w, accepted: _a, ...plain } = report;
    const titles = readOutline(await renderPdf(plain, { lang: 'de', compress: false })).map((n) => n.title);
    expect(titles).not.toContain('Seit dem letzten Scan');
    expect(titles).not.toContain('Ausgenommene Befunde');
    expect(titles).not.toContain('Akzeptierte Befunde (Baseline)');
  });
});

import { NAME_MAX } from '../../reports/display-report';
import { renderHtml } from '../../reports/html/render-html';
import { renderPdf } from '../../reports/pdf/render-pdf';
import type { Report } from '../../src/report/report-schema';
import { shorten } from '../../src/shared/display-text';
import { byId, parseHtml, text } from './html-dom';
import { extractText } from './pdf-reading';
import { scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(120_000);

/** A server name that reads "EX1" followed by "exe.txt" reversed: what a right-to-left override does. */
const SPOOFED = 'EX1\u202Etxt.exe';
const LONG = `EX-${'N'.repeat(10000)}`;
/** Every character that must never reach a report raw (line breaks and tabs aside). */
// eslint-disable-next-line no-control-regex
const INVISIBLE_RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

function hostileNames(base: Report): Report {
  const [first, second, ...rest] = base.findings;
  return {
    ...base,
    scan: { ...base.scan, customer: `Fabrikam ${'Y'.repeat(10000)}`, servers: [...base.scan.servers, SPOOFED, LONG] },
    findings: [{ ...first!, server: SPOOFED }, { ...second!, server: LONG, target: `LAN\u200B\u0007` }, ...rest],
  };
}

describe('names from a bundle in the HTML report', () => {
  let html: string;
  beforeAll(async () => {
    html = renderHtml(hostileNames(await scanSample('ccr-health-de', 'en')), { lang: 'en' });
  });

  it('shows invisible characters escaped, never raw', () => {
    expect(html).not.toMatch(INVISIBLE_RAW);
    expect(html).toContain('EX1⟨U+202E⟩txt.exe');
    expect(html).toContain('LAN⟨U+200B⟩⟨U+0007⟩');
  });

  it('shows a long customer name shortened, and a long server name in full only as evidence', () => {
    expect(text(byId(parseHtml(html).root, 'customer')).length).toBeLessThanOrEqual(NAME_MAX);
    expect(html.split(LONG).length - 1).toBe(1);
    expect(html).toContain(shorten(LONG, NAME_MAX));
  });

  it('lets the browser break long unbroken text', () => {
    expect(html).toMatch(/body \{[^}]*overflow-wrap: anywhere;/);
  });
});

describe('names from a bundle in the PDF report', () => {
  let pages: string[];
  beforeAll(async () => {
    const pdf = await renderPdf(hostileNames(await scanSample('ccr-health-de', 'en')), { lang: 'en', compress: false });
    pages = (await extractText(pdf)).pages;
  });

  it('shows invisible characters escaped, never raw', () => {
    const all = pages.join('\n');
    expect(all).not.toMatch(INVISIBLE_RAW);
    expect(all).toContain('EX1⟨U+202E⟩txt.exe');
  });

  it('shows long names shortened, the full server name as evidence, in a few pages', () => {
    // pdf2json reads the ellipsis as three dots, and a break opportunity in a long run as a blank.
    const all = pages
      .join('')
      .replace(/\.\.\./g, '…')
      .replace(/\s/g, '');
    expect(all).toContain(`Fabrikam${'Y'.repeat(30)}`);
    expect(all).toContain(shorten(LONG, NAME_MAX));
    // The name is the evidence of its finding, as long as an evidence cell shows a value (400 characters).
    expect(all).toContain(`server${LONG.slice(0, 390)}`);
    expect(pages.length).toBeLessThan(20);
  });
});

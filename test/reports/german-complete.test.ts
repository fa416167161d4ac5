import { renderHtml } from '../../reports/html/render-html';
import { renderPdf } from '../../reports/pdf/render-pdf';
import { renderText } from '../../reports/text/render-text';
import type { Report } from '../../src/report/report-schema';
import type { Profile } from '../../src/rules/rule-schema';
import { englishValuesIn, englishWordsIn, htmlCells, visibleHtmlText } from './english-words';
import { extractRuns } from './pdf-reading';
import { scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

/** Product names that consist of English words. */
const PRODUCT_NAMES = ['Majority Node Set', 'Majority-Node-Set'];

/** The titles of the references: Microsoft's articles have English titles in every language, and are cited so. */
const referenceTitles = (report: Report) => [...new Set(report.findings.flatMap((f) => f.references.map((r) => r.title)))];

/**
 * The collectors' diagnostics are written in English only (a parser's message about a file); a German report
 * shows them as they are. Until they are translated, their messages are left out of this check.
 */
const withoutDiagnostics = (report: Report): Report => ({ ...report, diagnostics: [] });

describe.each([
  ['ccr-health-de', 'health'],
  ['readiness-de', 'readiness'],
] as [string, Profile][])('the German reports of %s have no English word in their visible text', (sample, profile) => {
  let report: Report;

  beforeAll(async () => {
    report = await scanSample(sample, 'de', profile);
  });

  test('HTML: no English word in the text, no English value in a cell', () => {
    const html = renderHtml(withoutDiagnostics(report), { lang: 'de', timeZone: 'Europe/Berlin' });
    const visible = visibleHtmlText(html, ['references']);
    expect(visible).toContain('Zuerst beheben');
    expect(englishWordsIn(visible, PRODUCT_NAMES)).toEqual([]);
    expect(englishValuesIn(htmlCells(html))).toEqual([]);
  });

  test('text: no English word in what the terminal shows', () => {
    const text = renderText(withoutDiagnostics(report), { lang: 'de' });
    expect(text).toContain('Zuerst beheben');
    expect(englishWordsIn(text, PRODUCT_NAMES)).toEqual([]);
  });

  test('PDF: no English word in the text, no English value in a cell', async () => {
    const pdf = await renderPdf(withoutDiagnostics(report), { lang: 'de', timeZone: 'Europe/Berlin' });
    const titles = referenceTitles(report);
    const runs = (await extractRuns(pdf))
      .flat()
      .filter((run) => !titles.some((t) => run.trim().length > 3 && t.includes(run.trim())));
    expect(runs.join(' ')).toContain('Zuerst beheben');
    expect(englishWordsIn(runs.join(' '), [...PRODUCT_NAMES, ...titles])).toEqual([]);
    expect(englishValuesIn(runs)).toEqual([]);
  });
});

describe('the check itself', () => {
  test('finds the words and values the German HTML showed before (enabled, disabled, True, False, private)', () => {
    expect(englishWordsIn('NetBIOS: enabled; EX2: disabled. Ist True, Soll False')).toEqual([
      'enabled',
      'disabled',
      'true',
      'false',
    ]);
    expect(englishValuesIn(['privat', 'private', ' True ', 'aktiviert'])).toEqual(['private', 'true']);
  });

  test('leaves German words, product names, quotations and product properties alone', () => {
    const text =
      'Der private Adapter; Majority Node Set; ExBPA meldet („Crash upload logging disabled“); (ErrorReportingEnabled: nein); -ErrorReportingEnabled $true';
    expect(englishWordsIn(text, PRODUCT_NAMES)).toEqual([]);
  });
});

import { renderTrendPdf } from '../../../reports/trend/render-trend-pdf';
import { englishWordsIn } from '../english-words';
import { extractText } from '../pdf-reading';
import { weekTrend } from './trend-model-fixture';

// Laid out twice (the page count first): seconds on a busy machine.
jest.setTimeout(60_000);

describe('the trend report as a PDF', () => {
  const model = weekTrend();
  let en: string[];
  let de: string[];
  beforeAll(async () => {
    const render = async (lang: 'en' | 'de') =>
      (await extractText(await renderTrendPdf(model, { lang, toolVersion: '9.9.9', compress: false }))).pages;
    [en, de] = [await render('en'), await render('de')];
  });
  const all = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

  test('has every section, the chart with its axis titles and legend, and "Page n of m" on every page', () => {
    const text = all(en);
    for (const heading of [
      'Trend of the nightly scans',
      'Findings per night by severity',
      'New and resolved findings per night',
      'Servers night by night',
      'Open findings',
      'Configuration changes between scans',
      'Scans night by night',
    ]) {
      expect(text).toContain(heading);
    }
    for (const label of [
      'Night',
      'Findings',
      'Critical',
      'Warning',
      'Information',
      'No scan',
      'Damaged scan',
      'Other profile',
      'Checks changed',
    ]) {
      expect(text).toContain(label);
    }
    en.forEach((page, i) => expect(page.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${en.length}`));
  });

  test('names the damaged scan, the gap, the strips, the timeline and the open findings', () => {
    const text = all(en);
    expect(text).toMatch(/Scan 20081120-001500 of 20 Nov 2008 is damaged and was not read/);
    expect(text).toContain('Nights without a scan: 19 Nov 2008');
    expect(text).toContain('Organization-wide');
    expect(text).toContain('Hotfix installed – NODE1: KB950050');
    expect(text).toContain('Windows service pack – NODE1: 2 → 3');
    expect(text).toContain('First seen: 22 Nov 2008');
    expect(text).toContain('checks added: CLU-010');
  });

  test('shows the hostile host name as text, its invisible character escaped', () => {
    const text = all(en);
    expect(text).toContain('<img src=x onerror="document.title=\'pwned\'">');
    expect(text).not.toContain('\u202E');
  });

  test('German: fully German', () => {
    const text = all(de);
    expect(text).toContain('Verlauf der nächtlichen Prüfungen');
    expect(text).toContain('Nächte ohne Prüfung: 19.11.2008');
    expect(text).toContain('Seite 1 von');
    expect(
      englishWordsIn(text.replace(/<img[^>]*>/g, ''), [
        'OS-001 title',
        'CLU-010 title',
        'NET-002 title',
        'TRN-001 title',
        'PRE-007 title',
      ]),
    ).toEqual([]);
  });
});

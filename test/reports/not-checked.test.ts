import { renderCsv } from '../../reports/csv';
import { renderHtml } from '../../reports/html/render-html';
import { renderJunit } from '../../reports/junit';
import { renderPdf } from '../../reports/pdf/render-pdf';
import type { Report } from '../../src/report/report-schema';
import { validateReport } from '../../src/report/validate-report';
import { byClass, parseHtml, text } from './html-dom';
import { extractText } from './pdf-reading';
import { scanSample } from './sample-report';

// A finding reached on partial knowledge names what it could not check wherever its evidence is shown.
jest.setTimeout(60_000);

const NOT_CHECKED = { fact: 'cluster.failedGroups', sources: ['cluster-group.txt'], reason: 'cluster-group.txt fehlt' };

describe('a finding with parts it could not check', () => {
  let report: Report;

  beforeAll(async () => {
    const base = await scanSample('ccr-health-de', 'de');
    report = { ...base, findings: base.findings.map((f, i) => (i === 0 ? { ...f, notChecked: [NOT_CHECKED] } : f)) };
  });

  test('is a valid JSON report', () => {
    expect(validateReport(report, 'report.json').findings[0]!.notChecked).toEqual([NOT_CHECKED]);
  });

  test('HTML says it under the evidence, in German', () => {
    const notes = byClass(parseHtml(renderHtml(report, { lang: 'de' })).root, 'not-checked').map(text);
    expect(notes).toEqual(['Nicht geprüft: Fehlerhafte Gruppen (cluster-group.txt fehlt)']);
  });

  test('the PDF says it with the occurrence', async () => {
    const { pages } = await extractText(await renderPdf(report, { lang: 'de', compress: false }));
    expect(pages.join('\n').replace(/\s+/g, ' ')).toContain('Nicht geprüft: Fehlerhafte Gruppen (cluster-group.txt fehlt)');
  });

  test('CSV and JUnit carry it with the evidence', () => {
    expect(renderCsv(report, { lang: 'de' })).toContain('not checked: cluster.failedGroups (cluster-group.txt fehlt)');
    expect(renderJunit(report)).toContain('not checked: cluster.failedGroups (cluster-group.txt fehlt)');
  });
});

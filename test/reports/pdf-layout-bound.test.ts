import { renderPdf } from '../../reports/pdf/render-pdf';
import { scanSample } from './sample-report';

/**
 * The PDF keeps at most so many laid-out texts between its two passes (reports/pdf/text-layout.ts), so that a
 * report of a very large fleet does not hold every line of the document in memory. A text no longer kept is laid
 * out again, and must give the very same document.
 */
describe('the bound on laid-out texts kept between the PDF passes', () => {
  it('the same bytes whether every text, one or none is kept (ccr-backlog-en: findings, tables, the inventory)', async () => {
    const report = await scanSample('ccr-backlog-en', 'en');
    const options = { lang: 'en', timeZone: 'Europe/Berlin', compress: false } as const;
    const everything = await renderPdf(report, options);
    const one = await renderPdf(report, { ...options, keptLayouts: 1 });
    const none = await renderPdf(report, { ...options, keptLayouts: 0 });
    expect(one.equals(everything)).toBe(true);
    expect(none.equals(everything)).toBe(true);
    expect(everything.length).toBeGreaterThan(10_000);
  });
});

import { renderSummaryHtml } from '../../../reports/summary/summary-html';
import { buildFleetSummary, worstExitCode, type BundleResult } from '../../../src/report/fleet-summary';

const scanned = (name: string, critical: number, exitCode: number): BundleResult => ({
  input: `in/${name}`,
  name,
  exitCode,
  reports: [`${name}.json`, `${name}.html`],
  warnings: [],
  scanned: {
    profile: 'health',
    customer: 'A & B <GmbH>',
    servers: 2,
    verdict: { profile: 'health', status: critical > 0 ? 'critical' : 'healthy', incomplete: false },
    coverage: { checks: { evaluated: 5, total: 6 }, servers: { evaluated: 2, total: 2, missing: [] } },
    counts: { critical, warning: 1, info: 0, notEvaluated: 1 },
  },
});
const failed: BundleResult = {
  input: 'in/"><script>alert(1)</script>',
  name: 'script-alert-1-script',
  exitCode: 2,
  reports: [],
  warnings: [],
  error: { message: 'in/"><script>: not a capture bundle \u202e', details: ['<b>line</b>'] },
};
const summary = buildFleetSummary([scanned('site a', 2, 1), failed, scanned('site-b', 0, 0)], {
  version: '9.9.9',
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: '2026-01-01T00:01:00Z',
});

describe('buildFleetSummary', () => {
  test('totals over the scanned bundles; the failed one counts as failed', () => {
    expect(summary.totals).toEqual({
      bundles: 3,
      scanned: 2,
      failed: 1,
      servers: 4,
      critical: 2,
      warning: 2,
      info: 0,
      notEvaluated: 2,
    });
    expect(summary.exitCode).toBe(2);
  });

  test.each([
    [[], 0],
    [[0, 0], 0],
    [[0, 1, 0], 1],
    [[1, 2, 0], 2],
    [[2, 1], 2],
  ])('worstExitCode(%j) = %d', (codes, worst) => expect(worstExitCode(codes)).toBe(worst));
});

describe('renderSummaryHtml', () => {
  const en = renderSummaryHtml(summary, 'en');
  const de = renderSummaryHtml(summary, 'de');

  test('everything from a bundle is escaped; no script, no network', () => {
    expect(en).not.toContain('<script');
    expect(en).toContain('&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(en).toContain('A &#38; B &#60;GmbH&#62;');
    expect(en).toContain('&#60;b&#62;line&#60;/b&#62;');
    expect(en).toContain('⟨U+202E⟩');
    expect(en).not.toMatch(/https?:/);
    expect(en).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
  });

  test('links each report by its URL-encoded file name', () => {
    expect(en).toContain('<a href="site%20a.html">site a.html</a>');
    expect(en).toContain('<a href="site-b.json">site-b.json</a>');
  });

  test('English: verdict, coverage, the failed row and the totals', () => {
    expect(en).toContain('<td class="critical">Critical</td>');
    expect(en).toContain('5 of 6 checks evaluated on 2 of 2 servers');
    expect(en).toContain('Could not be scanned: in/&#34;&#62;&#60;script&#62;: not a capture bundle');
    expect(en).toContain('3 bundles, 2 scanned, 1 could not be scanned; 4 servers');
  });

  test('German: every word of the page', () => {
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('<td class="critical">Kritisch</td>');
    expect(de).toContain('5 von 6 Prüfungen ausgewertet auf 2 von 2 Servern');
    expect(de).toContain('Nicht prüfbar:');
    expect(de).toContain('3 Bundles, 2 geprüft, 1 nicht prüfbar; 4 Server');
    expect(de).toContain('<td>Zustand</td>');
    for (const word of ['Critical', 'Coverage', 'Verdict', 'Reports', 'Total', 'Generated', 'health</td>'])
      expect(de).not.toContain(word);
  });
});

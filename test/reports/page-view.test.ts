import { fleetReport } from '../../bench/fleet-report';
import { displayReport } from '../../reports/display-report';
import { fullView } from '../../reports/html/finding-view';
import { pageView, reportView } from '../../reports/html/report-view';
import { SECTION_WRITERS } from '../../reports/html/section-writers';
import type { Report } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { hostileReport, scanSample } from './sample-report';

/** Control characters, bidi and zero-width characters, markup and a long name in every text a finding shows. */
function controls(base: Report): Report {
  const odd = 'a\r\nb\rc\u0001d\u0085e\u202Ef\u200Bg\th\u00ADi<&>"';
  const long = `SRV-${'X'.repeat(100)}\u202E`;
  return {
    ...base,
    scan: { ...base.scan, servers: [...base.scan.servers, long, `srv${odd}`] },
    findings: base.findings.map((f, i) => ({
      ...f,
      ruleId: i === 0 ? `${f.ruleId}${odd}` : f.ruleId,
      category: i === 1 ? `${f.category}${odd}` : f.category,
      server: i === 2 ? long : i === 3 ? `srv${odd}` : f.server,
      target: i === 4 ? long : i === 5 ? odd : f.target,
      title: `${f.title}${odd}`,
      message: `${odd}${f.message}`,
      remediation: `${f.remediation}${odd}`,
      fingerprint: `${f.fingerprint}${odd}`,
      references: f.references.map((r) => ({ ...r, title: `${r.title}${odd}` })),
      evidence: f.evidence.map((e, j) => (j === 0 ? { ...e, actual: { [odd]: odd }, expected: odd } : e)),
    })),
  };
}

const fleet = (base: Report) => fleetReport(base, 40, 120, { notEvaluated: 12, inventory: true });

/**
 * The HTML page writes from pageView, whose findings are refs made into full views where each is written; the
 * reference is reportView, whose findings are full views from the start (the PDF's view). Every section must come
 * out the same, for a report displayReport made (texts checked for carriage returns only) and for one it did not.
 */
describe('the page view writes what the full view writes', () => {
  test.each<[string, string, Lang, (r: Report) => Report]>([
    ['as scanned', 'ccr-health-de', 'de', (r) => r],
    ['as scanned', 'ccr-backlog-en', 'en', (r) => r],
    ['as scanned', 'readiness-de', 'en', (r) => r],
    ['hostile', 'ccr-health-de', 'de', hostileReport],
    ['control characters', 'ccr-health-de', 'en', controls],
    ['control characters', 'ccr-backlog-en', 'de', controls],
    ['a fleet of 40', 'ccr-health-de', 'de', fleet],
    ['empty', 'ccr-health-de', 'de', (r) => ({ ...r, findings: [], notEvaluated: [], diagnostics: [] })],
  ])('%s: %s in %s', async (what, sample, lang, change) => {
    const report = change(await scanSample(sample, lang, sample.startsWith('readiness') ? 'readiness' : 'health'));
    if (report.findings.length === 0) expect(what).toBe('empty');
    for (const shown of [displayReport(report), report]) {
      const options = { lang, timeZone: 'Europe/Berlin' };
      const full = reportView(shown, options);
      const page = pageView(shown, options);
      expect(page.findings.map(fullView)).toStrictEqual(full.findings);
      page.findings.forEach((ref, i) => {
        const { id, ruleId, severity, category, serverKey, server } = full.findings[i]!;
        expect({ id, ruleId, severity, category, serverKey, server }).toStrictEqual({
          id: ref.id,
          ruleId: ref.ruleId,
          severity: ref.severity,
          category: ref.category,
          serverKey: ref.serverKey,
          server: ref.server,
        });
      });
      for (const [name, write] of Object.entries(SECTION_WRITERS)) {
        expect([name, write(page)]).toEqual([name, write(full)]);
      }
    }
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import Handlebars from 'handlebars';
import { displayReport } from '../../reports/display-report';
import { findingHtml } from '../../reports/html/finding-html';
import { reportView } from '../../reports/html/report-view';
import { RuleTexts } from '../../reports/html/rule-texts';
import type { Report } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { ROOT } from '../helpers/run-bpa';
import { hostileReport, scanSample } from './sample-report';

/** finding.hbs, the reference of findingHtml, compiled as render-html.ts compiles its templates. */
const partial = Handlebars.create().compile(
  readFileSync(join(ROOT, 'reports', 'html', 'templates', 'partials', 'finding.hbs'), 'utf8'),
);

/** Findings with every branch of the partial: no target, no evidence, a folded value, no source, what was not checked, no rationale, no references, a reference without a link. */
function varied(base: Report): Report {
  const [a, b, c, ...rest] = base.findings;
  return {
    ...base,
    findings: [
      { ...a!, target: undefined, evidence: [], rationale: undefined, references: [] },
      {
        ...b!,
        evidence: [
          {
            path: 'server.hotfixes',
            actual: Array.from({ length: 40 }, (_, i) => `KB${900000 + i}`),
            expected: 'x & <y>',
            source: undefined,
          },
          { path: 'adapter.netbiosEnabled', actual: true, expected: 'False', source: 'ipconfig-all.txt' },
        ],
        notChecked: [
          { fact: 'cluster.groups', reason: 'cluster-group.txt missing', sources: ['cluster-group.txt'] },
          { fact: 'x"y', reason: "'quoted' `tick` =", sources: [] },
        ],
      },
      { ...c!, references: [{ title: 'not a web link <b>', url: 'javascript:alert(1)' }, ...c!.references] },
      ...rest,
    ],
  };
}

describe('findingHtml writes what finding.hbs writes', () => {
  test.each<[string, Lang, (r: Report) => Report]>([
    ['ccr-health-de', 'de', (r) => r],
    ['ccr-backlog-en', 'en', (r) => r],
    ['readiness-de', 'de', (r) => r],
    ['ccr-health-de', 'en', varied],
    ['ccr-health-de', 'de', hostileReport],
  ])('%s in %s', async (sample, lang, change) => {
    const report = change(await scanSample(sample, lang, sample.startsWith('readiness') ? 'readiness' : 'health'));
    const view = reportView(displayReport(report), { lang, timeZone: 'Europe/Berlin' });
    expect(view.findings.length).toBeGreaterThan(2);
    for (const f of view.findings) expect(findingHtml(f, view.labels)).toBe(partial(f, { data: { root: view } }));
  });
});

test("with the page's rule texts escaped once: the same markup, a finding whose rule text differs escaped on its own", async () => {
  const report = hostileReport(await scanSample('ccr-health-de', 'de', 'health'));
  const a = report.findings[0]!;
  const twins = [
    a,
    { ...a, remediation: `${a.remediation} <b>&amp;</b>`, rationale: 'x < y & "z"' },
    a,
    { ...a, rationale: undefined },
    { ...a, remediation: 'plain', rationale: a.rationale },
    a,
  ];
  const view = reportView(displayReport({ ...report, findings: [...twins, ...report.findings] }), { lang: 'de' });
  const texts = new RuleTexts();
  const written = view.findings.map((f) => findingHtml(f, view.labels, texts));
  expect(written).toEqual(view.findings.map((f) => partial(f, { data: { root: view } })));
  expect(written[1]).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
  expect(written[1]).toContain('x &lt; y &amp; &quot;z&quot;');
  expect(written[4]).toContain('<p class="remediation">plain</p>');
});

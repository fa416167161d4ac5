import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import Handlebars from 'handlebars';
import { fleetReport } from '../../bench/fleet-report';
import { displayReport } from '../../reports/display-report';
import { countTableHtml } from '../../reports/html/overview-html';
import { findingHtml } from '../../reports/html/finding-html';
import type { FindingView } from '../../reports/html/finding-view';
import type { Labels } from '../../reports/html/labels';
import { reportView, type ReportView } from '../../reports/html/report-view';
import { serverFolding } from '../../reports/html/scan-html';
import { SECTION_WRITERS } from '../../reports/html/section-writers';
import type { Report } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { ROOT } from '../helpers/run-bpa';
import { hostileReport, scanSample } from './sample-report';

/** The partials, compiled as render-html.ts compiled them before the functions wrote the sections. */
function referenceTemplates(): typeof Handlebars {
  const hb = Handlebars.create();
  const dir = join(ROOT, 'reports', 'html', 'templates', 'partials');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
  // findings.hbs writes each finding through this helper; findingHtml is held to finding.hbs by finding-html.test.ts.
  hb.registerHelper('findingArticles', (findings: FindingView[], options: { data: { root: { labels: Labels } } }) => {
    let html = '';
    for (const f of findings) html += findingHtml(f, options.data.root.labels);
    return new Handlebars.SafeString(html);
  });
  return hb;
}

const hb = referenceTemplates();
const sections = Object.keys(SECTION_WRITERS);
const reference = Object.fromEntries(sections.map((name) => [name, hb.compile(`{{> ${name}}}`)]));

/** Names with a line break, a tab, markup and quotes: what escaping and the indentation of a partial must keep. */
function oddNames(base: Report): Report {
  const odd = 'EX\nNODE"<1>\t&`=\'';
  return {
    ...base,
    scan: { ...base.scan, servers: [...base.scan.servers, odd] },
    findings: base.findings.map((f, i) => (i % 2 === 0 ? { ...f, server: odd, category: `${f.category}\n"x"` } : f)),
  };
}

/** Nothing to show: no findings, nothing not evaluated, no inventory, no coverage. */
function empty(base: Report): Report {
  return { ...base, findings: [], notEvaluated: [], diagnostics: [], inventory: undefined, coverage: undefined };
}

/** A fleet: causes with folded servers, a row per server, not-evaluated items without a title or severity. */
function fleet(base: Report): Report {
  const report = fleetReport(base, 40, 120, { notEvaluated: 12, inventory: true });
  return {
    ...report,
    notEvaluated: report.notEvaluated.map((n, i) => (i % 3 === 0 ? { ...n, title: undefined, severity: undefined } : n)),
  };
}

describe('the section functions write what their partials write', () => {
  test.each<[string, string, Lang, (r: Report) => Report]>([
    ['as scanned', 'ccr-health-de', 'de', (r) => r],
    ['as scanned', 'ccr-backlog-en', 'en', (r) => r],
    ['as scanned', 'readiness-de', 'de', (r) => r],
    ['hostile', 'ccr-health-de', 'de', hostileReport],
    ['odd names', 'ccr-health-en', 'en', oddNames],
    ['empty', 'ccr-health-de', 'de', empty],
    ['a fleet of 40', 'ccr-health-de', 'en', fleet],
  ])('%s: %s in %s', async (_, sample, lang, change) => {
    const report = change(await scanSample(sample, lang, sample.startsWith('readiness') ? 'readiness' : 'health'));
    const view: ReportView = reportView(displayReport(report), { lang, timeZone: 'Europe/Berlin' });
    // The page gives the partials the scan block's folding besides the view (render-html.ts did before scanHtml).
    const page = { ...view, ...serverFolding(view) };
    for (const name of sections) {
      expect(SECTION_WRITERS[name]!(view)).toBe(reference[name]!(page));
    }
  });

  test('a count table alone, unindented, is count-table.hbs', async () => {
    const view = reportView(displayReport(oddNames(await scanSample('ccr-health-en', 'en'))), { lang: 'en' });
    const partial = hb.compile('{{> count-table groups=byServer heading=labels.server filter="server"}}');
    expect(countTableHtml(view.byServer, view.labels.server, 'server', view.labels)).toBe(partial(view));
  });
});

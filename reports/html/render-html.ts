import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import Handlebars from 'handlebars';
import type { Report } from '../../src/report/report-schema';
import { packageRoot } from '../../src/shared/package-root';
import { displayReport } from '../display-report';
import { severityChart } from './chart';
import { SEVERITY_COLORS } from './groups';
import { fill } from './labels';
import type { FindingRef } from './finding-view';
import { pageView, type ReportView, type ViewOptions } from './report-view';
import { SECTION_WRITERS } from './section-writers';

interface Templates {
  page: Handlebars.TemplateDelegate;
  styles: Handlebars.TemplateDelegate;
  /** The filter script, taken as it is (not a template); its file is .hbs so that it ships with the templates. */
  script: string;
}

let templates: Templates | undefined;

/** The templates under reports/html/templates, compiled once; HTML-escaping is on for every {{value}}. */
function loadTemplates(): Templates {
  if (templates) return templates;
  const dir = join(packageRoot(), 'reports', 'html', 'templates');
  const hb = Handlebars.create();
  hb.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  const partials = join(dir, 'partials');
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(basename(file, '.hbs'), readFileSync(join(partials, file), 'utf8'));
  }
  // The sections with a row per server, finding or not-evaluated item, written by functions that write what
  // their partials write (each held to its .hbs by test/reports/section-html.test.ts): handlebars pays a frame
  // and helper calls for every block of every row, and most of a fleet report's time went there.
  for (const [name, write] of Object.entries(SECTION_WRITERS)) {
    hb.registerPartial(name, ((context: ReportView<FindingRef>) => write(context)) as Handlebars.Template);
  }
  const compile = (file: string) => hb.compile(readFileSync(join(dir, file), 'utf8'));
  templates = {
    page: compile('report.hbs'),
    styles: compile('styles.hbs'),
    script: readFileSync(join(dir, 'filter-script.hbs'), 'utf8'),
  };
  return templates;
}

/**
 * The HTML report: one self-contained page (styles, script, chart and logo inline; no network). A Content
 * Security Policy allows only the page's own style and script, by hash: even markup that slipped through
 * escaping could not run a script or load anything.
 */
export function renderHtml(report: Report, options: ViewOptions): string {
  const { page, styles, script } = loadTemplates();
  const view = pageView(displayReport(report), options);
  const css = styles({ accent: view.accent, colors: SEVERITY_COLORS });
  const csp = [
    "default-src 'none'",
    'img-src data:',
    `style-src '${sha256(css)}'`,
    `script-src '${sha256(script)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return page({
    ...view,
    css,
    script,
    csp,
    chart: severityChart(view.severities),
    generatedBy: fill(view.labels.generatedBy, { version: view.toolVersion }),
  });
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

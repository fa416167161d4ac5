import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import Handlebars from 'handlebars';
import type { TrendModel } from '../../src/history/trend/model';
import type { Lang } from '../../src/rules/rule-schema';
import { packageRoot } from '../../src/shared/package-root';
import { changesChartGeometry, severityChartGeometry, TREND_COLORS } from './geometry';
import { changesChartSvg, severityChartSvg, stripSvg } from './svg';
import { trendView } from './trend-view';

interface Templates {
  page: Handlebars.TemplateDelegate;
  styles: Handlebars.TemplateDelegate;
}

let templates: Templates | undefined;

/** The templates under reports/trend/templates, compiled once; HTML-escaping is on for every {{value}}. */
function loadTemplates(): Templates {
  if (templates) return templates;
  const dir = join(packageRoot(), 'reports', 'trend', 'templates');
  const hb = Handlebars.create();
  hb.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  hb.registerPartial('refs', readFileSync(join(dir, 'refs.hbs'), 'utf8'));
  const compile = (file: string) => hb.compile(readFileSync(join(dir, file), 'utf8'));
  templates = { page: compile('trend.hbs'), styles: compile('trend-styles.hbs') };
  return templates;
}

/**
 * The trend page: one self-contained HTML file (styles and charts inline, no script, nothing fetched), so it
 * opens from a file or an e-mail attachment. The Content Security Policy allows only the page's own style,
 * by hash; links to the stored reports are plain relative links. Charts are inline SVG built from the
 * model's geometry with every text escaped; everything else goes through the template's escaping.
 */
export function renderTrendHtml(model: TrendModel, options: { lang: Lang; toolVersion: string }): string {
  const { page, styles } = loadTemplates();
  const view = trendView(model, options.lang, options.toolVersion);
  const css = styles({
    colors: {
      critical: TREND_COLORS.critical,
      warning: TREND_COLORS.warning,
      info: TREND_COLORS.info,
      clean: TREND_COLORS.clean,
      notScanned: TREND_COLORS.notScanned,
      gap: TREND_COLORS.gap,
      damaged: TREND_COLORS.damaged,
      otherProfile: TREND_COLORS.clean,
    },
  });
  const csp = [
    "default-src 'none'",
    'img-src data:',
    `style-src '${sha256(css)}'`,
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const lang = options.lang;
  return page({
    ...view,
    css,
    csp,
    severityChart: severityChartSvg(severityChartGeometry(model.nights), model.nights, view.labels, lang),
    changesChart: changesChartSvg(changesChartGeometry(model.nights), model.nights, view.labels, lang),
    strips: view.strips.map((s, i) => ({ ...s, svg: stripSvg(model.strips[i]!, model.nights, view.labels, lang) })),
  });
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

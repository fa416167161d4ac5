import { e, indentBreaks } from './escape';
import { flat } from './flat';
import type { FindingHead } from './finding-view';
import type { Group } from './groups';
import type { Labels } from './labels';
import type { ReportView } from './report-view';

/**
 * What `templates/partials/overview.hbs` writes, byte for byte, as a function, with the two count tables of
 * `count-table.hbs` it includes: a fleet report has a row per server. `test/reports/section-html.test.ts` holds
 * both to their partials.
 */
export function overviewHtml(view: ReportView<FindingHead>): string {
  const { labels } = view;
  let out =
    `<section id="overview">\n  <div class="overview-grid">\n    <div>\n      <h2>${e(labels.findingsByServer)}</h2>\n` +
    countTableHtml(view.byServer, labels.server, 'server', labels, INDENT) +
    `    </div>\n    <div>\n      <h2 id="by-category">${e(labels.findingsByCategory)}</h2>\n`;
  out +=
    view.byCategory.length > 0
      ? countTableHtml(view.byCategory, labels.category, 'category', labels, INDENT)
      : `      <p class="empty">${e(labels.noFindings)}</p>\n`;
  return `${out}    </div>\n  </div>\n</section>\n`;
}

/** Where overview.hbs includes the count tables. */
const INDENT = '      ';

/**
 * count-table.hbs for `groups` (its `heading` and `filter`), indented as a partial alone on its line is: every
 * line by `indent`, the line breaks inside a value too.
 */
export function countTableHtml(
  groups: Group<FindingHead>[],
  heading: string,
  filter: string,
  labels: Labels,
  indent = '',
): string {
  const i = indent;
  const v = (value: unknown) => indentBreaks(e(value), indent);
  const f = v(filter);
  let out =
    `${i}<table class="counts">\n${i}  <thead>\n` +
    `${i}    <tr><th scope="col">${v(heading)}</th><th scope="col" class="num">${v(labels.critical)}</th><th scope="col" class="num">${v(labels.warning)}</th><th scope="col" class="num">${v(labels.info)}</th><th scope="col" class="num">${v(labels.total)}</th></tr>\n` +
    `${i}  </thead>\n${i}  <tbody>\n`;
  for (const g of groups) {
    const { critical, warning, info } = g.counts;
    out += flat(
      `${i}    <tr${g.total ? '' : ' class="zero"'}>\n` +
        `${i}      <th scope="row"><a href="#findings" data-filter="${f}" data-key="${v(g.key)}">${v(g.label)}</a></th>\n` +
        `${i}      <td class="num${critical ? ' has-critical' : ''}">${e(critical)}</td>\n` +
        `${i}      <td class="num${warning ? ' has-warning' : ''}">${e(warning)}</td>\n` +
        `${i}      <td class="num${info ? ' has-info' : ''}">${e(info)}</td>\n` +
        `${i}      <td class="num">${e(g.total)}</td>\n` +
        `${i}    </tr>\n`,
    );
  }
  return `${out}${i}  </tbody>\n${i}</table>\n`;
}

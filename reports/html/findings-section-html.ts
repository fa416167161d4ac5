import { e } from './escape';
import { findingHtml } from './finding-html';
import { fullView, type FindingHead, type FindingRef, type FindingView } from './finding-view';
import type { Group } from './groups';
import type { ReportView } from './report-view';

/**
 * What `templates/partials/findings.hbs` writes, byte for byte, as a function: the filter bar (a menu entry per
 * server) and every finding, grouped by severity. `test/reports/section-html.test.ts` holds it to the partial.
 * The page's view holds FindingRefs: each finding's full view is made here, written and dropped (see FindingRef).
 */
export function findingsSectionHtml(view: ReportView<FindingView | FindingRef>): string {
  const { labels } = view;
  let out =
    `<section id="findings">\n` +
    `  <h2>${e(labels.findings)}</h2>\n` +
    `  <form id="toolbar" class="toolbar" role="search" hidden="hidden">\n` +
    `    <fieldset class="severity-filter">\n` +
    `      <legend>${e(labels.filter)}</legend>\n`;
  for (const g of view.bySeverity) {
    out += `      <button type="button" class="sev-toggle sev-${e(g.key)}" data-severity="${e(g.key)}" aria-pressed="true">${e(g.label)} <span class="n">${e(g.total)}</span></button>\n`;
  }
  out +=
    `    </fieldset>\n` +
    `    <label>${e(labels.server)}\n` +
    `      <select id="filter-server">\n` +
    `        <option>${e(labels.allServers)}</option>\n` +
    `        ${options(view.byServer)}\n` +
    `      </select>\n` +
    `    </label>\n` +
    `    <label>${e(labels.category)}\n` +
    `      <select id="filter-category">\n` +
    `        <option>${e(labels.allCategories)}</option>\n` +
    `        ${options(view.byCategory)}\n` +
    `      </select>\n` +
    `    </label>\n` +
    `    <label>${e(labels.search)}\n` +
    `      <input id="filter-search" type="search" placeholder="${e(labels.searchPlaceholder)}" autocomplete="off" />\n` +
    `    </label>\n` +
    `    <label>${e(labels.groupBy)}\n` +
    `      <select id="group-by">\n` +
    `        <option value="severity" data-heading="${e(labels.findingsBySeverity)}">${e(labels.severity)}</option>\n` +
    `        <option value="server" data-heading="${e(labels.findingsByServer)}">${e(labels.server)}</option>\n` +
    `        <option value="category" data-heading="${e(labels.findingsByCategory)}">${e(labels.category)}</option>\n` +
    `      </select>\n` +
    `    </label>\n` +
    `    <button type="reset" id="filter-reset">${e(labels.reset)}</button>\n` +
    `  </form>\n` +
    `  <p id="filter-status" class="status" role="status" aria-live="polite" data-template="${e(labels.shown)}" data-empty="${e(labels.noMatch)}"></p>\n`;
  if (view.findings.length > 0) {
    out += `  <div id="finding-list">\n`;
    for (const g of view.bySeverity) {
      out += `    <section class="group" data-group="${e(g.key)}">\n      <h3>${e(g.label)} <span class="n">${e(g.total)}</span></h3>\n      `;
      for (const f of g.items) out += findingHtml(isRef(f) ? fullView(f) : f, labels);
      out += `\n    </section>\n`;
    }
    out += `  </div>\n`;
  } else {
    out += `  <p class="empty">${e(labels.noFindings)}</p>\n`;
  }
  return `${out}</section>\n`;
}

/** A menu entry per group, as the filter bar's server and category menus list them. */
function options(groups: Group<FindingHead>[]): string {
  let out = '';
  for (const g of groups) out += `<option data-key="${e(g.key)}">${e(g.label)}</option>`;
  return out;
}

function isRef(f: FindingView | FindingRef): f is FindingRef {
  return 'how' in f;
}

import { e } from './escape';
import { flat } from './flat';
import type { FindingHead } from './finding-view';
import type { ReportView } from './report-view';

/**
 * What `templates/partials/not-evaluated.hbs` writes, byte for byte, as a function: a fleet report has thousands
 * of rows. `test/reports/section-html.test.ts` holds it to the partial.
 */
export function notEvaluatedHtml(view: ReportView<FindingHead>): string {
  const { labels, notEvaluated } = view;
  let out =
    `<section id="not-evaluated">\n` + `  <h2>${e(labels.notEvaluated)} <span class="n">${e(notEvaluated.length)}</span></h2>\n`;
  if (notEvaluated.length > 0) {
    out +=
      `  <p>${e(labels.notEvaluatedIntro)}</p>\n` +
      `  <table class="list not-evaluated-table">\n` +
      `    <thead><tr><th scope="col">${e(labels.rule)}</th><th scope="col">${e(labels.server)}</th><th scope="col">${e(labels.missingSource)}</th><th scope="col">${e(labels.reason)}</th></tr></thead>\n` +
      `    <tbody>\n`;
    for (const n of notEvaluated) {
      let sources = '';
      for (const s of n.sources) sources += `<code>${e(s)}</code> `;
      out += flat(
        `      <tr>\n` +
          `        <td><span class="rule-id">${e(n.ruleId)}</span>${n.title ? ` ${e(n.title)}` : ''}${n.severityLabel ? ` <span class="badge-small sev-${e(n.severity)}">${e(n.severityLabel)}</span>` : ''}</td>\n` +
          `        <td>${e(n.place)}</td>\n` +
          `        <td>${sources}</td>\n` +
          `        <td>${e(n.reason)}</td>\n` +
          `      </tr>\n`,
      );
    }
    out += `    </tbody>\n  </table>\n`;
  } else {
    out += `  <p class="empty">${e(labels.noNotEvaluated)}</p>\n`;
  }
  return `${out}</section>\n`;
}

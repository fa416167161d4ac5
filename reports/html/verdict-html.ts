import { e } from './escape';
import type { FindingHead } from './finding-view';
import type { ReportView } from './report-view';

/**
 * What `templates/partials/verdict.hbs` writes, byte for byte, as a function: "Fix first" names every server of
 * each cause, thousands in a fleet report, and handlebars pays a frame and helper calls per name.
 * `test/reports/section-html.test.ts` holds it to the partial.
 */
export function verdictHtml(view: ReportView<FindingHead>): string {
  const { verdict, labels } = view;
  let out =
    `<section id="verdict" class="verdict tone-${e(verdict.tone)}" aria-labelledby="verdict-heading">\n` +
    `  <div class="verdict-head">\n` +
    `    <p class="verdict-kind" id="verdict-heading">${e(verdict.heading)}</p>\n` +
    `    <p class="verdict-text">${e(verdict.text)}${verdict.incomplete ? ` <span class="incomplete-tag">${e(labels.incomplete)}</span>` : ''}</p>\n` +
    `    ${verdict.coverage ? `<p class="coverage">${e(verdict.coverage)}</p>` : ''}\n    `;
  for (const note of verdict.incompleteNotes) out += `<p class="incomplete-note">${e(note)}</p>`;
  out += `\n  </div>\n  <div class="fix-first">\n    <h2 id="fix-first">${e(labels.fixFirst)}</h2>\n`;
  if (verdict.causes.length > 0) {
    out += `    <ol class="causes">\n`;
    for (const c of verdict.causes) {
      out += `      <li class="cause"><span class="badge-small sev-${e(c.severity)}">${e(c.severityLabel)}</span> <a class="rule-id" href="#${e(c.firstId)}">${e(c.ruleId)}</a> <span class="cause-title">${e(c.title)}</span> <span class="cause-servers">`;
      out += c.serversShown.length > 0 ? hosts(c.serversShown, true) : e(c.servers);
      if (c.foldedLabel) {
        out += ` <details class="more-servers"><summary>${e(c.foldedLabel)}</summary>${hosts(c.serversFolded, false)}</details>`;
      }
      out += `</span></li>\n`;
    }
    out += `    </ol>\n`;
  } else {
    out += `    <p class="empty">${e(labels.nothingToFix)}</p>\n`;
  }
  return `${out}  </div>\n</section>\n`;
}

/** Host names, a comma after each but the last; a blank after each but the last (`open`) or after every one. */
function hosts(names: string[], open: boolean): string {
  let out = '';
  const last = names.length - 1;
  for (let i = 0; i <= last; i++) {
    out += i < last ? `<span class="host">${e(names[i])},</span> ` : `<span class="host">${e(names[i])}</span>${open ? '' : ' '}`;
  }
  return out;
}

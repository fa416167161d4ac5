import { e } from './escape';
import { flat } from './flat';
import type { FindingView } from './finding-view';
import type { Labels } from './labels';

/**
 * The markup of one finding: what `templates/partials/finding.hbs` writes, byte for byte, as a function. A fleet
 * report has tens of thousands of findings, and handlebars pays for each `{{#if}}` and `{{#each}}` of the partial
 * with helper calls and frames (most of the HTML report's time went there). finding.hbs stays the reference:
 * `test/reports/finding-html.test.ts` renders both and requires the same text.
 */
export function findingHtml(f: FindingView, labels: Labels): string {
  const fixed = fixedMarkup(labels);
  // The markup in a few flat pieces, the long texts (message, remediation, rationale) between them as they are:
  // see `flat` for why a fleet report's articles are flattened. A text shown unescaped is the report's own string,
  // not copied; and a piece with a character beyond Latin-1 (German quotes in a text) takes two bytes per
  // character, so one such text would double the whole article's size in memory.
  let out =
    flat(
      `<article class="finding sev-${e(f.severity)}" id="${e(f.id)}" data-severity="${e(f.severity)}" data-severity-label="${e(f.severityLabel)}" data-server="${e(f.serverKey)}" data-server-label="${e(f.serverLabel)}" data-category="${e(f.category)}" data-category-label="${e(f.categoryLabel)}">\n` +
        `  <header class="finding-head">\n` +
        `    <p class="finding-meta"><span class="badge">${e(f.severityLabel)}</span> <span class="rule-id">${e(f.ruleId)}</span> <span class="place"><span class="server">${e(f.serverLabel)}</span>${f.target ? ` · <span class="target">${e(f.target)}</span>` : ''}</span> <span class="category">${e(f.categoryLabel)}</span></p>\n` +
        `    <h4><a class="anchor" href="#${e(f.id)}">${e(f.title)}</a></h4>\n` +
        `    <p class="message">`,
    ) + e(f.message);
  let piece: string;
  if (f.evidence.length > 0) {
    // The end of the header and the table's head, the same for every finding: one string, not a copy in each.
    out += fixed.evidenceHead;
    piece = '';
    for (const ev of f.evidence) {
      const actual = ev.actual.full
        ? `<details><summary>${e(ev.actual.short)}</summary>${e(ev.actual.full)}</details>`
        : e(ev.actual.short);
      piece +=
        `      <tr>\n` +
        `        <td title="${e(ev.path)}">${e(ev.label)}</td>\n` +
        `        <td class="actual">${actual}</td>\n` +
        `        <td class="expected">${e(ev.expected)}</td>\n` +
        `        <td>${ev.source ? `<code>${e(ev.source)}</code>` : ''}</td>\n` +
        `      </tr>\n`;
    }
    piece += `    </tbody>\n  </table>\n`;
  } else {
    piece = HEADER_END;
  }
  const notChecked =
    f.notChecked.length > 0 ? `<p class="not-checked">${fixed.notChecked}: ${f.notChecked.map(e).join('; ')}</p>` : '';
  piece +=
    `  ${notChecked}\n` + `  <div class="finding-text">\n` + `    <div><h5>${fixed.remediation}</h5><p class="remediation">`;
  out += flat(piece) + e(f.remediation);
  piece = `</p></div>\n    `;
  if (f.rationale) {
    out += flat(`${piece}<div><h5>${fixed.why}</h5><p class="rationale">`) + e(f.rationale);
    piece = `</p></div>`;
  }
  piece += `\n  </div>\n`;
  if (f.references.length > 0) {
    let items = '';
    for (const r of f.references) {
      items += `<li>${r.url ? `<a href="${e(r.url)}" rel="noopener noreferrer">${e(r.title)}</a>` : e(r.title)}</li>`;
    }
    piece += `  <h5>${fixed.references}</h5>\n  <ul class="references">\n    ${items}\n  </ul>\n`;
  }
  return out + flat(`${piece}</article>\n`);
}

const HEADER_END = `</p>\n  </header>\n`;

/** The markup of a finding that depends on the labels alone, escaped once per set of labels. */
interface FixedMarkup {
  /** The end of the finding's header and the head of its evidence table. */
  evidenceHead: string;
  notChecked: string;
  remediation: string;
  why: string;
  references: string;
}

const fixedByLabels = new WeakMap<Labels, FixedMarkup>();

function fixedMarkup(labels: Labels): FixedMarkup {
  let fixed = fixedByLabels.get(labels);
  if (!fixed) {
    fixed = {
      evidenceHead:
        HEADER_END +
        `  <table class="evidence" aria-label="${e(labels.evidence)}">\n` +
        `    <thead><tr><th scope="col">${e(labels.evidencePath)}</th><th scope="col">${e(labels.actual)}</th><th scope="col">${e(labels.expected)}</th><th scope="col">${e(labels.sourceFile)}</th></tr></thead>\n` +
        `    <tbody>\n`,
      notChecked: e(labels.notChecked),
      remediation: e(labels.remediation),
      why: e(labels.why),
      references: e(labels.references),
    };
    fixedByLabels.set(labels, fixed);
  }
  return fixed;
}

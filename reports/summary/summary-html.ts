import { createHash } from 'crypto';
import type { BundleResult, FleetSummary } from '../../src/report/fleet-summary';
import { coverageText, verdictText } from '../../src/report/verdict';
import { escapeInvisible } from '../../src/shared/display-text';
import { fillLabel, SUMMARY_LABELS, type SummaryLabels } from './summary-labels';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.4rem;margin:0 0 .5rem}
p{margin:.25rem 0}
table{border-collapse:collapse;margin-top:1rem;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.failed td{background:#fdecea}
.critical{color:#b00020;font-weight:600}
.degraded,.notReady{color:#8a5300;font-weight:600}
.healthy,.ready{color:#1b5e20;font-weight:600}
.error{color:#b00020}
.details{color:#555;font-size:.9em}
tfoot td{font-weight:600}
footer{margin-top:1.5rem;color:#666;font-size:.85em}
`;

/**
 * The summary of a fleet scan as one self-contained page: no script, no network, its style by hash in a
 * Content Security Policy. One row per bundle with its verdict, coverage and counts, linking to its reports
 * beside the page; a bundle that could not be scanned shows its error. Everything from a bundle (names,
 * paths, messages) is escaped.
 */
export function renderSummaryHtml(summary: FleetSummary, lang: 'en' | 'de'): string {
  const l = SUMMARY_LABELS[lang];
  const t = summary.totals;
  const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'; base-uri 'none'; form-action 'none'`;
  const head = [
    l.bundle,
    l.customer,
    l.profile,
    l.verdict,
    l.coverage,
    l.servers,
    l.critical,
    l.warning,
    l.info,
    l.notEvaluated,
    l.reports,
  ];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(l.title)}</h1>
<p>${esc(fillLabel(l.intro, { bundles: t.bundles, scanned: t.scanned, failed: t.failed, servers: t.servers }))}</p>
<p>${esc(l.started)}: ${esc(summary.startedAt)} · ${esc(l.finished)}: ${esc(summary.finishedAt)}</p>
<table>
<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${summary.bundles.map((b) => row(b, l, lang)).join('\n')}
</tbody>
<tfoot><tr><td colspan="5">${esc(l.total)}</td>${[t.servers, t.critical, t.warning, t.info, t.notEvaluated].map(num).join('')}<td></td></tr></tfoot>
</table>
<footer>${esc(fillLabel(l.generatedBy, { version: summary.tool.version }))}</footer>
</body>
</html>
`;
}

function row(b: BundleResult, l: SummaryLabels, lang: 'en' | 'de'): string {
  const name = `<td title="${esc(b.input)}">${esc(b.name)}</td>`;
  const links = `<td>${b.reports.map((file) => `<a href="${esc(encodeURIComponent(file))}">${esc(file)}</a>`).join('<br>')}</td>`;
  const s = b.scanned;
  if (!s) {
    const details = (b.error?.details ?? []).map((d) => `<div class="details">${esc(d)}</div>`).join('');
    return `<tr class="failed">${name}<td></td><td></td><td colspan="8"><span class="error">${esc(l.failed)}: ${esc(b.error?.message ?? '')}</span>${details}</td>${links}</tr>`;
  }
  const verdict = `${verdictText(s.verdict, lang)}${s.verdict.incomplete ? ` (${l.incomplete})` : ''}`;
  const c = s.counts;
  return `<tr>${name}<td>${esc(s.customer ?? '')}</td><td>${esc(l[s.profile])}</td><td class="${s.verdict.status}">${esc(verdict)}</td><td>${esc(coverageText(s.coverage, lang))}</td>${[s.servers, c.critical, c.warning, c.info, c.notEvaluated].map(num).join('')}${links}</tr>`;
}

function num(n: number): string {
  return `<td class="n">${n}</td>`;
}

/** HTML-escaped, with invisible characters shown as their code point. */
function esc(text: string): string {
  return escapeInvisible(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

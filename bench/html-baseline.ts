/**
 * The HTML baseline of issue 16 point 6, "a bare handlebars render of the same data": one handlebars template
 * (below, no partials, no helpers, HTML escaping on for every value as in bpa's templates) that writes the
 * visible text of bpa's HTML report from data that is ready for it: the title and scan details, the verdict
 * and "Fix first", the summary and its counts, the count tables by server and by category, the server and
 * category menus of the filter bar, every finding (severity, rule, place, category, title, message, every
 * evidence row, what could not be checked, remediation, rationale, references), what was not evaluated, the
 * diagnostics, the inventory (servers with their findings, clusters, networks) and the passed checks.
 *
 * The data is bpa's own view of the report (`reportView`), built before the timed part: the baseline does no
 * view-model work. What it leaves out is markup, not text: styles, the filter script, the chart, attributes.
 */
import Handlebars from 'handlebars';
import type { Report } from '../src/report/report-schema';
import { displayReport } from '../reports/display-report';
import { fill } from '../reports/html/labels';
import { reportView, type ReportView } from '../reports/html/report-view';

const TEMPLATE = `<!DOCTYPE html>
<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}} {{customer}}</title></head><body>
<h1>{{title}}</h1><p>{{labels.confidential}} {{customer}} {{consultant}}</p>
<section><p>{{verdict.heading}}</p><p>{{verdict.text}}</p><p>{{verdict.coverage}}</p>
{{#each verdict.incompleteNotes}}<p>{{this}}</p>{{/each}}
<h2>{{labels.fixFirst}}</h2><ol>{{#each verdict.causes}}<li>{{severityLabel}} {{ruleId}} {{title}} {{#each serverNames}}{{this}} {{/each}}</li>{{/each}}</ol></section>
<dl><dt>{{labels.scanDate}}</dt><dd>{{scannedAt}}</dd><dt>{{labels.collectedAt}}</dt><dd>{{collectedAt}}</dd><dt>{{labels.profile}}</dt><dd>{{profileLabel}}</dd>
<dt>{{labels.rulesRun}}</dt><dd>{{rulesRun}}</dd><dt>{{labels.toolVersion}}</dt><dd>{{toolVersion}}</dd><dt>{{labels.source}}</dt><dd>{{source}}</dd>
<dt>{{labels.servers}}</dt><dd>{{#each servers}}{{this}} {{/each}}</dd></dl>
<h2>{{labels.summary}}</h2><p>{{summaryText}}</p><ul>{{#each severities}}<li>{{count}} {{label}}</li>{{/each}}</ul>
<h2>{{labels.findingsByServer}}</h2><table>{{#each byServer}}<tr><th>{{label}}</th><td>{{counts.critical}}</td><td>{{counts.warning}}</td><td>{{counts.info}}</td><td>{{total}}</td></tr>{{/each}}</table>
<h2>{{labels.findingsByCategory}}</h2><table>{{#each byCategory}}<tr><th>{{label}}</th><td>{{counts.critical}}</td><td>{{counts.warning}}</td><td>{{counts.info}}</td><td>{{total}}</td></tr>{{/each}}</table>
<h2>{{labels.findings}}</h2><select>{{#each byServer}}<option>{{label}}</option>{{/each}}</select><select>{{#each byCategory}}<option>{{label}}</option>{{/each}}</select>
{{#each bySeverity}}<h3>{{label}} {{total}}</h3>
{{#each items}}<article><p>{{severityLabel}} {{ruleId}} {{serverLabel}} {{target}} {{categoryLabel}}</p><h4>{{title}}</h4><p>{{message}}</p>
<table>{{#each evidence}}<tr><td>{{label}}</td><td>{{actual.short}} {{actual.full}}</td><td>{{expected}}</td><td>{{source}}</td></tr>{{/each}}</table>
<p>{{#each notChecked}}{{this}}; {{/each}}</p><p>{{remediation}}</p><p>{{rationale}}</p>
<ul>{{#each references}}<li>{{title}} {{url}}</li>{{/each}}</ul></article>
{{/each}}{{/each}}
<h2>{{labels.notEvaluated}}</h2><table>{{#each notEvaluated}}<tr><td>{{ruleId}} {{title}} {{severityLabel}}</td><td>{{place}}</td><td>{{#each sources}}{{this}} {{/each}}</td><td>{{reason}}</td></tr>{{/each}}</table>
<h2>{{labels.diagnostics}}</h2><table>{{#each diagnostics}}<tr><td>{{file}}</td><td>{{line}}</td><td>{{severityLabel}}</td><td>{{message}}</td></tr>{{/each}}</table>
<h2>{{labels.inventory}}</h2><table>{{#each appendix.servers}}<tr><th>{{name}}</th><td>{{role}}</td><td>{{os}}</td><td>{{exchange}}</td><td>{{cluster}}</td><td>{{#each findings}}{{ruleId}} {{/each}}</td></tr>{{/each}}</table>
<table>{{#each appendix.clusters}}<tr><th>{{name}}</th><td>{{type}}</td><td>{{nodes}}</td><td>{{quorum}}</td><td>{{fileShareWitness}}</td><td>{{clusteredMailboxServers}}</td><td>{{#each findings}}{{ruleId}} {{/each}}</td></tr>{{/each}}</table>
<table>{{#each appendix.networks}}<tr><td>{{cluster}}</td><th>{{name}}</th><td>{{role}}</td><td>{{priority}}</td><td>{{kind}}</td><td>{{subnet}}</td></tr>{{/each}}</table>
<h2>{{labels.passedChecks}}</h2><ul>{{#each appendix.passed}}<li>{{ruleId}} {{title}} {{category}}</li>{{/each}}</ul>
<p>{{generatedBy}} {{snapshotSha256}}</p></body></html>`;

let template: Handlebars.TemplateDelegate | undefined;

/** The template, compiled once (outside the timed part, as bpa compiles its own once). */
export function htmlBaselineTemplate(): Handlebars.TemplateDelegate {
  template ??= Handlebars.create().compile(TEMPLATE);
  return template;
}

/** The data the baseline renders: bpa's view of the report, with the footer's sentence filled in. */
export function htmlBaselineData(report: Report, lang: 'en' | 'de'): ReportView & { generatedBy: string } {
  const view = reportView(displayReport(report), { lang });
  return { ...view, generatedBy: fill(view.labels.generatedBy, { version: view.toolVersion }) };
}

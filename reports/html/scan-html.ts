import { e } from './escape';
import { flat } from './flat';
import { fill } from './labels';
import type { FindingHead } from './finding-view';
import type { ReportView } from './report-view';

/** Servers listed openly in the scan block; more are folded into a <details>. */
const SERVERS_OPEN = 24;

/** Whether the scan block folds its server list, and the line shown while it is folded. */
export interface ServerFolding {
  serversFolded: boolean;
  serversPreview: string;
}

export function serverFolding(view: ReportView<FindingHead>): ServerFolding {
  const { servers } = view;
  const head = servers.slice(0, 6).join(', ');
  return {
    serversFolded: servers.length > SERVERS_OPEN,
    serversPreview: servers.length > 6 ? `${head} ${fill(view.labels.more, { n: servers.length - 6 })}` : head,
  };
}

/**
 * What `templates/partials/scan.hbs` writes, byte for byte, as a function (with `serverFolding` for the fields the
 * partial reads from the page): a fleet report lists every one of its servers. `test/reports/section-html.test.ts`
 * holds it to the partial.
 */
export function scanHtml(view: ReportView<FindingHead>): string {
  const { labels, servers } = view;
  const { serversFolded, serversPreview } = serverFolding(view);
  let list = `<p class="server-list">`;
  for (const s of servers) list += `<span>${e(s)}</span> `;
  list = flat(`${list}</p>`);
  const shown = serversFolded ? `<details><summary>${e(serversPreview)}</summary>${list}</details>` : list;
  return (
    `<section id="scan" class="scan-meta" aria-label="${e(labels.scanDate)}">\n` +
    `  <dl>\n` +
    `    ${view.customer ? `<div><dt>${e(labels.customer)}</dt><dd>${e(view.customer)}</dd></div>` : ''}\n` +
    `    ${view.consultant ? `<div><dt>${e(labels.consultant)}</dt><dd>${e(view.consultant)}</dd></div>` : ''}\n` +
    `    <div><dt>${e(labels.scanDate)}</dt><dd>${e(view.scannedAt)}</dd></div>\n` +
    `    ${view.collectedAt ? `<div><dt>${e(labels.collectedAt)}</dt><dd>${e(view.collectedAt)}</dd></div>` : ''}\n` +
    `    <div><dt>${e(labels.profile)}</dt><dd>${e(view.profileLabel)}</dd></div>\n` +
    `    <div><dt>${e(labels.rulesRun)}</dt><dd>${e(view.rulesRun)}</dd></div>\n` +
    `    <div><dt>${e(labels.toolVersion)}</dt><dd>bpa ${e(view.toolVersion)}</dd></div>\n` +
    `    <div><dt>${e(labels.source)}</dt><dd><code>${e(view.source)}</code></dd></div>\n` +
    `    <div class="wide"><dt>${e(labels.servers)} (${e(servers.length)})</dt>\n` +
    `      <dd>${shown}</dd></div>\n` +
    `  </dl>\n` +
    `  ${view.languageNote ? `<p class="note">${e(view.languageNote)}</p>` : ''}\n` +
    `</section>\n`
  );
}

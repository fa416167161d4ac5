import { e } from './escape';
import { flat } from './flat';
import type { FindingLink } from './inventory-view';
import type { FindingHead } from './finding-view';
import type { ReportView } from './report-view';

/**
 * What `templates/partials/appendix.hbs` writes, byte for byte, as a function, with `finding-links.hbs` for each
 * server and cluster: a fleet report has a row per server, a link per finding. `test/reports/section-html.test.ts`
 * holds it to the partials.
 */
export function appendixHtml(view: ReportView<FindingHead>): string {
  const { labels, appendix } = view;
  let out =
    `<section id="inventory">\n` +
    `  <h2>${e(labels.appendix)}: ${e(labels.inventory)}</h2>\n` +
    `  ${appendix.hasInventory ? '' : `<p class="note-small">${e(labels.noInventory)}</p>`}\n` +
    `  <h3 id="inventory-servers">${e(labels.servers)} <span class="n">${e(appendix.servers.length)}</span></h3>\n` +
    `  <table class="list inventory inventory-servers">\n` +
    `    <thead><tr><th scope="col">${e(labels.server)}</th><th scope="col">${e(labels.role)}</th><th scope="col">${e(labels.operatingSystem)}</th><th scope="col">${e(labels.exchangeBuild)}</th><th scope="col">${e(labels.cluster)}</th><th scope="col">${e(labels.findings)}</th></tr></thead>\n` +
    `    <tbody>\n`;
  for (const s of appendix.servers) {
    out += flat(
      `      <tr>\n` +
        `        <th scope="row">${e(s.name)}</th>\n` +
        `        <td>${e(s.role)}</td>\n` +
        `        <td>${e(s.os)}</td>\n` +
        `        <td>${e(s.exchange)}</td>\n` +
        `        <td>${e(s.cluster)}</td>\n` +
        `        <td>${findingLinksHtml(s.findings)}</td>\n` +
        `      </tr>\n`,
    );
  }
  out += `    </tbody>\n  </table>\n`;
  if (appendix.clusters.length > 0) {
    out +=
      `  <h3 id="inventory-clusters">${e(labels.clusters)} <span class="n">${e(appendix.clusters.length)}</span></h3>\n` +
      `  <table class="list inventory inventory-clusters">\n` +
      `    <thead><tr><th scope="col">${e(labels.cluster)}</th><th scope="col">${e(labels.clusterType)}</th><th scope="col">${e(labels.nodes)}</th><th scope="col">${e(labels.quorum)}</th><th scope="col">${e(labels.fileShareWitness)}</th><th scope="col">${e(labels.clusteredMailboxServers)}</th><th scope="col">${e(labels.findings)}</th></tr></thead>\n` +
      `    <tbody>\n`;
    for (const c of appendix.clusters) {
      out +=
        `      <tr>\n` +
        `        <th scope="row">${e(c.name)}</th>\n` +
        `        <td>${e(c.type)}</td>\n` +
        `        <td>${e(c.nodes)}</td>\n` +
        `        <td>${e(c.quorum)}</td>\n` +
        `        <td><code>${e(c.fileShareWitness)}</code></td>\n` +
        `        <td>${e(c.clusteredMailboxServers)}</td>\n` +
        `        <td>${findingLinksHtml(c.findings)}</td>\n` +
        `      </tr>\n`;
    }
    out += `    </tbody>\n  </table>\n`;
  }
  if (appendix.networks.length > 0) {
    out +=
      `  <h3 id="inventory-networks">${e(labels.clusterNetworks)} <span class="n">${e(appendix.networks.length)}</span></h3>\n` +
      `  <table class="list inventory inventory-networks">\n` +
      `    <thead><tr><th scope="col">${e(labels.cluster)}</th><th scope="col">${e(labels.network)}</th><th scope="col">${e(labels.networkRole)}</th><th scope="col" class="num">${e(labels.priority)}</th><th scope="col">${e(labels.networkKind)}</th><th scope="col">${e(labels.subnet)}</th></tr></thead>\n` +
      `    <tbody>\n`;
    for (const n of appendix.networks) {
      out +=
        `      <tr>\n` +
        `        <td>${e(n.cluster)}</td>\n` +
        `        <th scope="row">${e(n.name)}</th>\n` +
        `        <td>${e(n.role)}</td>\n` +
        `        <td class="num">${e(n.priority)}</td>\n` +
        `        <td>${e(n.kind)}</td>\n` +
        `        <td>${e(n.subnet)}</td>\n` +
        `      </tr>\n`;
    }
    out += `    </tbody>\n  </table>\n`;
  }
  out += `</section>\n<section id="passed">\n  <h2>${e(labels.appendix)}: ${e(labels.passedChecks)} <span class="n">${e(appendix.passed.length)}</span></h2>\n`;
  if (appendix.passed.length > 0) {
    out += `  <p>${e(labels.passedIntro)}</p>\n  <ul class="passed-list">\n`;
    for (const p of appendix.passed) {
      out += `    <li><span class="rule-id">${e(p.ruleId)}</span> ${e(p.title)}${p.category ? ` <span class="category">${e(p.category)}</span>` : ''}</li>\n`;
    }
    out += `  </ul>\n`;
  } else {
    out += `  <p class="empty">${e(labels.noPassed)}</p>\n`;
  }
  return `${out}</section>\n`;
}

/** finding-links.hbs: a link per finding, or a dash (its file ends with a line break, and so does its output). */
export function findingLinksHtml(links: FindingLink[]): string {
  if (links.length === 0) return `<span class="none">–</span>\n`;
  let out = '';
  const last = links.length - 1;
  for (let i = 0; i <= last; i++) {
    const l = links[i]!;
    out += `<a class="finding-link sev-${e(l.severity)}" href="#${e(l.id)}">${e(l.ruleId)}</a>${i < last ? ' ' : ''}`;
  }
  return `${out}\n`;
}

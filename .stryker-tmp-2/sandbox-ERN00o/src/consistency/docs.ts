/**
 * docs/consistency.md is generated from the settings table, so the documentation cannot drift from the
 * checks: `node dist/src/consistency/docs.js` rewrites it, and a test fails when it is stale.
 */
// @ts-nocheck

import { writeFileSync } from 'fs';
import { join } from 'path';
import { packageRoot } from '../shared/package-root';
import { CONSISTENCY_SETTINGS, type ConsistencySetting } from './settings';

const INTRO = `# Consistency checks (CON-001…)

Settings that should be equal on every node of a cluster. For each cluster in a snapshot, bpa compares
the nodes' values of each setting below. When they differ, the finding names the setting and every
node's value; its \`server\` is the cluster's name and it has no \`target\`. When a node's value is
unknown (its source is missing or failed, or the node's folder is not in the bundle), the check is
reported as *not evaluated* with the node and the source named: unknown is not false. A cluster with
one node is not compared. Hotfix lists (CON-001) are compared only when every node's list came from the
same source files: a node without \`qfe.txt\` lists fewer hotfixes for that reason alone.

The checks are code, not rule files (\`src/consistency/settings.ts\`): they compare servers with each
other, which a rule over one entity cannot. They run in both profiles (readiness and health), and
their findings are matched by waivers, baselines and \`bpa diff\` like any other (by fingerprint:
check id and cluster).

This page is generated from the settings table: \`npm run build && node dist/src/consistency/docs.js\`.
`;

function section(s: ConsistencySetting): string {
  const kind = { value: 'a value', set: 'a set (the order does not matter)', ordered: 'an ordered list (the order matters)' }[
    s.shape
  ];
  return [
    `## ${s.id}: ${s.title.en}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Severity | ${s.severity} |`,
    `| Profiles | readiness, health |`,
    `| Compares | \`${s.fact}\`, ${kind} |`,
    `| Sources | ${s.sources.map((f) => `\`${f}\``).join(', ')} |`,
    `| Title (de) | ${s.title.de} |`,
    '',
    `**Why.** ${s.rationale.en}`,
    '',
    `**How to fix.** ${s.remediation.en}`,
    '',
    `**Warum.** ${s.rationale.de}`,
    '',
    `**Behebung.** ${s.remediation.de}`,
    '',
    `**References.** ${s.references.map((r) => `[${r.title}](${r.url})`).join('; ')}`,
    '',
  ].join('\n');
}

/** The text of docs/consistency.md. */
export function consistencyDocs(): string {
  return [INTRO, ...CONSISTENCY_SETTINGS.map(section)].join('\n');
}

export const CONSISTENCY_DOCS_PATH = join('docs', 'consistency.md');

if (require.main === module) {
  writeFileSync(join(packageRoot(), CONSISTENCY_DOCS_PATH), consistencyDocs());
  process.stdout.write(`wrote ${CONSISTENCY_DOCS_PATH}\n`);
}
